// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// base::AtomicFile: a file is complete or absent, whatever fails (docs/reliability.md).
#include "base/atomicfile.h"
#include "smalltmpfs.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using td::base::AtomicFile;
namespace faults = td::base::writefaults;

std::string local(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

/// Every entry of the folder, hidden ones included (a leftover temporary file shows here).
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

std::string bytes(std::size_t n)
{
    std::string s(n, 'a');
    for (std::size_t i = 0; i < n; ++i)
        s[i] = char('a' + i % 26);
    return s;
}

/// Restores the process-wide fault state whatever the test does.
struct FaultGuard
{
    ~FaultGuard()
    {
        faults::setBudget(-1);
        faults::setSyncFails(false);
    }
};

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT
private slots:
    void writesTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        AtomicFile file(local(path));
        QVERIFY(file.open());
        QVERIFY(!QFileInfo::exists(path)); // nothing under the name until commit
        const std::string text = bytes(200'000); // crosses the 64 KiB buffer several times
        QVERIFY(file.write(text.substr(0, 70'000)));
        QVERIFY(file.write(text.substr(70'000)));
        QVERIFY(file.commit());
        QCOMPARE(readAll(path), QByteArray::fromStdString(text));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.csv") });
        QVERIFY(!file.failed());
    }

    void injectedFullDiskLeavesNothing_data()
    {
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("size");
        // Fails in a buffered write (size > 64 KiB), or only in the final flush of commit()
        // (the case QSaveFile let through), or with no byte left at all.
        QTest::newRow("in a write") << 100'000 << 300'000;
        QTest::newRow("in the final flush") << 1000 << 5000;
        QTest::newRow("disk already full") << 0 << 10;
    }
    void injectedFullDiskLeavesNothing()
    {
        QFETCH(int, budget);
        QFETCH(int, size);
        FaultGuard guard;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        faults::setBudget(budget);
        AtomicFile file(local(path));
        QVERIFY(file.open());
        (void)file.write(bytes(std::size_t(size)));
        QVERIFY(!file.commit());
        QVERIFY(file.failed());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(u',')));
        QCOMPARE(QString::fromStdString(file.error()),
            QStringLiteral("cannot write '%1': No space left on device (no partial file was left)")
                .arg(path));
    }

    void failureKeepsTheOldFile()
    {
        FaultGuard guard;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.csv"));
        std::string error;
        QVERIFY(td::base::writeFileAtomically(local(path), "old content\n", error));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        faults::setSyncFails(true);
        QVERIFY(!td::base::writeFileAtomically(local(path), "new content\n", error));
        QCOMPARE(readAll(path), QByteArray("old content\n"));
        QCOMPARE(QString::fromStdString(error),
            QStringLiteral(
                "cannot write '%1': Input/output error (the existing file was left unchanged)")
                .arg(path));
        QCOMPARE(entries(dir.path()).size(), 1);
        faults::setSyncFails(false);
        QVERIFY(td::base::writeFileAtomically(local(path), "new content\n", error));
        QCOMPARE(readAll(path), QByteArray("new content\n"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0640); // the replaced file kept its permissions
    }

    void discardAndDestructorRemoveTheTemporary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.json"));
        {
            AtomicFile file(local(path));
            QVERIFY(file.open());
            QVERIFY(file.write("{}"));
            QCOMPARE(entries(dir.path()).size(), 1); // the hidden temporary file
        } // no commit: e.g. the simulation failed
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void refusesWhatCannotBeWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing folder") << "no/such/folder/x.csv"
                                        << "No such file or directory";
        QTest::newRow("a directory") << "."
                                     << "Is a directory";
        QTest::newRow("empty name") << QString() << "empty file name";
    }
    void refusesWhatCannotBeWritten()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = name.isEmpty() ? name : dir.filePath(name);
        AtomicFile file(local(path));
        QVERIFY(!file.open());
        QVERIFY(!file.write("x"));
        QVERIFY(!file.commit());
        QCOMPARE(QString::fromStdString(file.reason()), reason);
        // No file was made, so the message says nothing about one.
        QCOMPARE(QString::fromStdString(file.error()),
            QStringLiteral("cannot write '%1': %2").arg(path, reason));
    }

    void aPipeIsWrittenInPlace()
    {
        // A device or a pipe must not be replaced by a regular file (as root, the rename
        // would turn /dev/null into a plain file).
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        AtomicFile file(fifo.toStdString());
        QVERIFY(file.open());
        QVERIFY(file.write("through the pipe\n"));
        QVERIFY(file.commit());
        char buffer[64] = {};
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        QCOMPARE(QByteArray(buffer, int(n)), QByteArray("through the pipe\n"));
        struct stat st;
        QCOMPARE(::lstat(fifo.constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }

    void aLinkKeepsPointingAtTheNewFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("real.csv"));
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        std::string error;
        QVERIFY(td::base::writeFileAtomically(local(target), "v1", error));
        QVERIFY(QFile::link(target, link));
        QVERIFY(td::base::writeFileAtomically(local(link), "v2", error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(target), QByteArray("v2"));
    }

    void realFullTmpfs_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("fails in a write") << 400'000;
        QTest::newRow("fails in the final flush") << 40'000;
    }
    void realFullTmpfs()
    {
        // The reproducer: a tmpfs with ~20 KB left.
        QFETCH(int, size);
        td::test::SmallTmpfs disk(256 * 1024);
        if (!disk.mounted())
            QSKIP(disk.skipReason().constData());
        QVERIFY(disk.fill(20 * 1024));
        const QString path = disk.filePath(QStringLiteral("r.csv"));
        AtomicFile file(local(path));
        QVERIFY(file.open());
        (void)file.write(bytes(std::size_t(size)));
        QVERIFY(!file.commit());
        QCOMPARE(QString::fromStdString(file.reason()), QStringLiteral("No space left on device"));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entries(disk.path()), QStringList { QStringLiteral(".filler") });
    }
};

TD_REGISTER_TEST(TestAtomicFile)
#include "tst_atomicfile.moc"
