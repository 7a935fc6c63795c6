// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Full disks: every writer of the CLI (and the GUI's screenshot, which goes through the same
// ui::writeFileSafely as every GUI export) under an injected write budget, and on a real
// full tmpfs when the suite may mount one.
#include "base/rng.h"
#include "clirunner.h"
#include "faultsuite.h"
#include "smalltmpfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

#include <functional>

using namespace td::faults;

namespace {

/// One program that writes one file, and how to make it write `target`.
struct Writer
{
    std::string name; ///< the family row, e.g. "full disk: run --csv"
    QString program;
    std::function<QStringList(const QString &target)> args;
    QByteArray prefix; ///< how its messages start
    /// The same bytes every time (the GUI's picture is not: it shows a measured speed).
    bool deterministic = true;
};

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Hidden temporary files a writer left next to its target (there must be none).
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral(".*.tmp-*") }, QDir::Files | QDir::Hidden);
}

QString cli()
{
    return QStringLiteral(TD_CLI_PATH);
}

} // namespace

void TestFaults::fullDisk()
{
    const QString tiny = m_tiny, database = m_database, train = m_train;
    std::vector<Writer> writers {
        { "full disk: run --csv", cli(),
            [=](const QString &t) {
                return QStringList { QStringLiteral("run"), tiny, QStringLiteral("-q"),
                    QStringLiteral("--csv"), t };
            },
            "tastedrift-cli" },
        { "full disk: run --json", cli(),
            [=](const QString &t) {
                return QStringList { QStringLiteral("run"), tiny, QStringLiteral("-q"),
                    QStringLiteral("--json"), t };
            },
            "tastedrift-cli" },
        { "full disk: run --cohorts", cli(),
            [=](const QString &t) {
                return QStringList { QStringLiteral("run"), tiny, QStringLiteral("-q"),
                    QStringLiteral("--cohorts"), t, QStringLiteral("--csv"), QStringLiteral("-") };
            },
            "tastedrift-cli" },
        { "full disk: summarize --csv", cli(),
            [=](const QString &t) {
                return QStringList { QStringLiteral("summarize"), database, QStringLiteral("--csv"),
                    t };
            },
            "tastedrift-cli" },
        { "full disk: inspect --json", cli(),
            [=](const QString &t) {
                return QStringList { QStringLiteral("inspect"), tiny, QStringLiteral("--day"),
                    QStringLiteral("1"), QStringLiteral("--listener"), QStringLiteral("3"),
                    QStringLiteral("--json"), t };
            },
            "tastedrift-cli" },
        { "full disk: als --out", cli(),
            [=](const QString &t) {
                return QStringList { QStringLiteral("als"), QStringLiteral("--train"), train,
                    QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--iterations"),
                    QStringLiteral("2"), QStringLiteral("--out"), t };
            },
            "tastedrift-cli" },
    };
#ifdef TD_GUI_PATH
    writers.push_back({ "full disk: GUI --screenshot", QStringLiteral(TD_GUI_PATH),
        [=](const QString &t) {
            return QStringList { QStringLiteral("--scenario"), tiny, QStringLiteral("--days"),
                QStringLiteral("2"), QStringLiteral("--screenshot"), t };
        },
        "tastedrift", false });
#endif
    td::base::Rng rng(0xD15C'F011ull);
    for (std::size_t w = 0; w < writers.size(); ++w) {
        const Writer &writer = writers[w];
        const QString folder = path(QStringLiteral("disk-%1").arg(w));
        QVERIFY(QDir().mkpath(folder));
        const QString reference = folder + QStringLiteral("/reference.out");
        const RunResult ok = runProgram(writer.program, writer.args(reference));
        QVERIFY2(ok.exitCode == 0 && QFileInfo::exists(reference),
            qPrintable(ok.describe(writer.args(reference))));
        const QByteArray expected = readAll(reference);
        const qint64 size = expected.size();
        QVERIFY(size > 4);

        // Budgets: nothing left, one byte, somewhere inside, one byte short; then a budget
        // that fails over an existing file, and one that just fits.
        // A picture that differs from run to run gets budgets well inside it, and room to fit.
        const qint64 inside = writer.deterministic ? size - 3 : size / 2;
        std::vector<qint64> budgets { 0, 1, 2 + qint64(rng.below(std::uint32_t(inside))),
            writer.deterministic ? size - 1 : size / 2 };
        for (std::size_t b = 0; b <= budgets.size() + 1; ++b) {
            const bool existing = b == budgets.size();
            const bool fits = b == budgets.size() + 1;
            const qint64 room = writer.deterministic ? size : size + size / 2;
            const qint64 budget = fits ? room : existing ? size / 2 : budgets[b];
            const QString target = folder + QStringLiteral("/out-%1.out").arg(b);
            if (existing)
                writeFile(target, "the previous file\n");
            const QStringList args = writer.args(target);
            const RunResult r = runProgram(
                writer.program, args, { QStringLiteral("TD_FAULT_WRITE_BUDGET=%1").arg(budget) });
            const QString detail
                = QStringLiteral("budget %1 of %2: %3").arg(budget).arg(size).arg(r.describe(args));
            if (isCrash(r)) {
                m_tally.add(writer.name, Outcome::Crash, detail);
            } else if (fits) {
                const QByteArray written = readAll(target);
                const bool complete = writer.deterministic
                    ? written == expected
                    : written.startsWith("\x89PNG") && written.endsWith("IEND\xae\x42\x60\x82");
                m_tally.add(writer.name,
                    r.exitCode == 0 && complete ? Outcome::Handled : Outcome::Silent, detail);
            } else {
                const bool refused = isClearRefusal(r, writer.prefix) && r.exitCode == 1
                    && r.err.contains("No space left on device");
                const bool intact = existing ? readAll(target) == "the previous file\n"
                                             : !QFileInfo::exists(target);
                m_tally.add(writer.name,
                    refused && intact && leftovers(folder).isEmpty() ? Outcome::Refused
                                                                     : Outcome::Silent,
                    detail);
            }
        }
        QVERIFY2(failuresOf(writer.name).isEmpty(), qPrintable(failuresOf(writer.name)));
    }
    ++m_familiesDone;
}

void TestFaults::realFullDisk()
{
    // The reproducer: a tmpfs with a few KB left. Not counted in the table: it
    // depends on mount rights, which CI containers often lack.
    td::test::SmallTmpfs disk(512 * 1024);
    if (!disk.mounted())
        QSKIP(disk.skipReason().constData());
    QVERIFY(disk.fill(2 * 1024));
    const std::vector<QStringList> commands {
        { QStringLiteral("run"), m_tiny, QStringLiteral("-q"), QStringLiteral("--json"),
            disk.filePath(QStringLiteral("r.json")) },
        { QStringLiteral("summarize"), m_database, QStringLiteral("--csv"),
            disk.filePath(QStringLiteral("s.csv")) },
        { QStringLiteral("als"), QStringLiteral("--train"), m_train, QStringLiteral("--topk"),
            QStringLiteral("20"), QStringLiteral("--out"),
            disk.filePath(QStringLiteral("recs.tsv")) },
    };
    for (const QStringList &args : commands) {
        const RunResult r = runCli(args);
        QVERIFY2(isClearRefusal(r) && r.exitCode == 1, qPrintable(r.describe(args)));
        QVERIFY2(r.err.contains("No space left on device (no partial file was left)"),
            r.err.constData());
        const QStringList left
            = QDir(disk.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList { QStringLiteral(".filler") });
    }
}
