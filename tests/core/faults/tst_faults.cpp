// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The fault-injection suite: set-up, and the table it writes for docs/reliability.md.
#include "clirunner.h"
#include "faultsuite.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace td::faults;

namespace {

const QString kBegin = QStringLiteral("<!-- fault-table:begin -->\n");
const QString kEnd = QStringLiteral("<!-- fault-table:end -->");
constexpr int kFamilyFunctions = 5; // fullDisk .. fuzzedCsvs

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestFaults::writeFile(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString TestFaults::failuresOf(const std::string &family) const
{
    const QString prefix = QString::fromStdString(family) + QLatin1Char(':');
    QStringList mine;
    for (const QString &f : m_tally.failures()) {
        if (f.startsWith(prefix))
            mine << f;
    }
    return mine.join(QLatin1Char('\n'));
}

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = path("tiny.json");
    writeFile(m_tiny, R"({"title": "fault suite", "run": {"days": 3, "seed": 5},
        "world": {"listeners": {"count": 200, "arrivals_per_day": 2},
                  "catalog": {"tracks": 300, "genres": 4}},
        "recommender": {"kind": "pipeline", "slate_size": 10,
                        "candidates": {"pool_size": 40}}})");
    // A recorded run database: summarize's input, and the original the damage is done to.
    m_database = path("recorded.sqlite");
    const RunResult recorded = runCli({ QStringLiteral("run"), m_tiny, QStringLiteral("--days"),
        QStringLiteral("8"), QStringLiteral("--db"), m_database, QStringLiteral("-q"),
        QStringLiteral("--threads"), QStringLiteral("1") });
    QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
    QVERIFY(!QFile::exists(m_database + QStringLiteral("-wal"))); // checkpointed on close
    m_train = path("train.tsv");
    QByteArray train = "user\titem\tweight\n";
    for (int u = 0; u < 60; ++u) {
        for (int k = 0; k < 6; ++k)
            train += "u" + QByteArray::number(u) + "\ti" + QByteArray::number((u * 7 + k * 13) % 90)
                + "\t" + QByteArray::number(1 + (u + k) % 9) + "\n";
    }
    writeFile(m_train, train);
}

void TestFaults::cleanupTestCase()
{
    const QString table = m_tally.markdownTable();
    const QString generated
        = QStringLiteral(TD_BINARY_DIR "/tests/core/faults/reliability-table.md");
    {
        QFile out(generated);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(table.toUtf8());
    }
    if (m_familiesDone < kFamilyFunctions)
        return; // a partial run (one function chosen): its counts are not the table
#ifndef TD_GUI_PATH
    QSKIP("built without the GUI (TD_BUILD_GUI=OFF): its screenshot row is missing, so the "
          "table is not compared with docs/reliability.md");
#endif
    const QString doc
        = QString::fromUtf8(readAll(QStringLiteral(TD_SOURCE_DIR "/docs/reliability.md")));
    const qsizetype begin = doc.indexOf(kBegin);
    const qsizetype end = doc.indexOf(kEnd);
    QVERIFY2(begin >= 0 && end > begin, "docs/reliability.md lacks the fault-table markers");
    const QString checkedIn = doc.mid(begin + kBegin.size(), end - begin - kBegin.size());
    QVERIFY2(checkedIn == table,
        qPrintable(QStringLiteral("docs/reliability.md's table is stale; the suite found:\n%1\n"
                                  "Update it with: scripts/update-reliability-table.sh %2")
                       .arg(table, generated)));
}

TD_REGISTER_TEST(TestFaults)
