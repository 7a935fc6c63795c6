// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli run` with a plugin recommender (docs/extending.md): the example item-kNN
// plugin end to end at 1 and 2 threads (byte-identical CSV), and the exit codes of a plugin
// path that names no file (2) and of a plugin that breaks its contract (1).
#include "clirun.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = td::clirun::Result;
using td::clirun::runCli;

QString plugin(const char *name)
{
    return QStringLiteral(TD_BINARY_DIR "/plugins/lib") + QLatin1String(name)
        + QStringLiteral(".so");
}

QString defaultScenario()
{
    return QStringLiteral(TD_SOURCE_DIR "/scenarios/default.json");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliPlugin : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// The default scenario, smaller and shorter, served by `library`.
    QStringList runArgs(const QString &library, const QString &csv, int threads) const
    {
        return { QStringLiteral("run"), defaultScenario(), QStringLiteral("--days"),
            QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("7"),
            QStringLiteral("--set"), QStringLiteral("world.listeners.count=400"),
            QStringLiteral("--set"), QStringLiteral("recommender.kind=plugin"),
            QStringLiteral("--set"), QStringLiteral("recommender.plugin.path=") + library,
            QStringLiteral("--threads"), QString::number(threads), QStringLiteral("--csv"), csv,
            QStringLiteral("--quiet") };
    }

private slots:
    void itemKnnGivesTheSameBytesAtAnyThreadCount()
    {
        const QString one = m_dir.filePath(QStringLiteral("one.csv"));
        const QString two = m_dir.filePath(QStringLiteral("two.csv"));
        const Run a = runCli(runArgs(plugin("itemknn"), one, 1));
        QVERIFY2(a.exitCode == 0, a.err.constData());
        const Run b = runCli(runArgs(plugin("itemknn"), two, 2));
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const QByteArray csv = readAll(one);
        QCOMPARE(csv.count('\n'), 7); // header + 6 days
        QCOMPARE(readAll(two), csv);
        // It explores: the exploration share column is positive on every day.
        const QList<QByteArray> header = csv.split('\n').first().split(',');
        const int column = int(header.indexOf("exploration_share"));
        QVERIFY(column > 0);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].split(',')[column].toDouble() > 0.0, lines[i].constData());
    }

    /// examples/plugin-popular re-implements the in-tree `popular` baseline in plain C: every
    /// request, event and catalogue field it reads crosses the C interface, so if any of them
    /// arrived wrong (a field shifted, a day's events missing, the catalogue misread) the
    /// numbers would part. They are byte for byte those of recommender.kind = popular.
    void popularInCGivesTheNumbersOfTheInTreePopular()
    {
        const QString inTree = m_dir.filePath(QStringLiteral("popular.csv"));
        QStringList args = runArgs(plugin("itemknn"), inTree, 1);
        args[args.indexOf(QStringLiteral("recommender.kind=plugin"))]
            = QStringLiteral("recommender.kind=popular");
        args << QStringLiteral("--set") << QStringLiteral("recommender.popular.half_life_days=3");
        const Run a = runCli(args);
        QVERIFY2(a.exitCode == 0, a.err.constData());
        const QByteArray expected = readAll(inTree);
        QCOMPARE(expected.count('\n'), 7);
        for (int threads : { 1, 2 }) {
            const QString csv = m_dir.filePath(QStringLiteral("popular-c-%1.csv").arg(threads));
            QStringList c = runArgs(plugin("popular"), csv, threads);
            c << QStringLiteral("--set")
              << QStringLiteral("recommender.plugin.options=half_life_days=3");
            const Run b = runCli(c);
            QVERIFY2(b.exitCode == 0, b.err.constData());
            QCOMPARE(readAll(csv), expected);
        }
    }

    /// A stored plugin run records the library's path and SHA-256 and replays while the library
    /// is the same; once it changes, replay refuses it with both hashes (exit code 2).
    void replayRefusesARunWhosePluginChanged()
    {
        const QString library = m_dir.filePath(QStringLiteral("libmine.so"));
        QFile::remove(library);
        QVERIFY(QFile::copy(plugin("itemknn"), library));
        QFile::setPermissions(library, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString db = m_dir.filePath(QStringLiteral("runs.sqlite"));
        QStringList record = runArgs(library, m_dir.filePath(QStringLiteral("r.csv")), 2);
        record << QStringLiteral("--db") << db;
        const Run r = runCli(record);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray id = r.out.trimmed();
        const QByteArray hash
            = QCryptographicHash::hash(readAll(library), QCryptographicHash::Sha256).toHex();

        const Run listed = runCli({ QStringLiteral("runs"), db });
        QCOMPARE(listed.exitCode, 0);
        const QList<QByteArray> lines = listed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].endsWith("\tgit_commit\tplugin\tplugin_sha256"));
        QVERIFY2(lines[1].endsWith("\t" + library.toUtf8() + "\t" + hash), lines[1].constData());

        const Run same = runCli(
            { QStringLiteral("replay"), db, QString::fromLatin1(id), QStringLiteral("--quiet") });
        QVERIFY2(same.exitCode == 0, same.err.constData());
        QVERIFY2(same.out.contains("values identical"), same.out.constData());

        {
            QFile f(library);
            QVERIFY(f.open(QIODevice::Append));
            f.write("rebuilt"); // still loads: trailing bytes do not matter to the loader
        }
        const QByteArray changed
            = QCryptographicHash::hash(readAll(library), QCryptographicHash::Sha256).toHex();
        const Run other = runCli(
            { QStringLiteral("replay"), db, QString::fromLatin1(id), QStringLiteral("--quiet") });
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("was not replayed: it was recorded with a plugin of SHA-256 "
                     + hash + ", but '" + library.toUtf8() + "' now has SHA-256 " + changed),
            other.err.constData());
    }

    void aPluginPathThatNamesNoFileIsBadInput()
    {
        const Run r = runCli(runArgs(m_dir.filePath(QStringLiteral("nothing.so")),
            m_dir.filePath(QStringLiteral("x.csv")), 1));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("recommender.plugin.path: no file"), r.err.constData());
    }

    void aPluginThatBreaksItsContractIsARuntimeFailure()
    {
        const Run r = runCli(
            runArgs(plugin("faulty_duplicate"), m_dir.filePath(QStringLiteral("y.csv")), 2));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("libfaulty_duplicate.so': request of listener"), r.err.constData());
        QVERIFY2(r.err.contains("appears twice in one slate"), r.err.constData());
        const Run v = runCli(
            runArgs(plugin("faulty_wrong_version"), m_dir.filePath(QStringLiteral("z.csv")), 1));
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains("implements plugin interface version 99"), v.err.constData());
    }
};
TD_REGISTER_TEST(TestCliPlugin)

#include "tst_cliplugin.moc"
