// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Run databases: damaged files given to every command that opens one, and kill -9 of a
// recording run at many points (including between a day's computation and its commit).
#include "base/rng.h"
#include "clirunner.h"
#include "dbdamage.h"
#include "faultsuite.h"
#include "storedamage.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

using namespace td::faults;

namespace {

/// A damage done to a copy of one of the suite's databases, and what it was.
struct Damage
{
    QString what;
    bool large = false; ///< done to the large store (page 500 exists), else the small one
    std::function<bool(const QString &)> apply;
};

/// The issue's three reproducers on a store of a few megabytes (tests/core/store/
/// storedamage.h, the store's own helpers), then damage at drawn places of a small recorded
/// database: bytes flipped elsewhere, other pages zeroed, the file truncated, its header hit.
std::vector<Damage> damages(const QString &small, int count)
{
    using td::storetest::Damage;
    std::vector<::Damage> out;
    for (Damage how : { Damage::FlipMiddle64, Damage::ZeroPage500, Damage::FlipRandomBits200 })
        out.push_back({ QString::fromLatin1(td::storetest::damageName(how)), true,
            [how](const QString &p) { return td::storetest::damage(p, how, 1); } });
    const qint64 size = QFileInfo(small).size();
    const qint64 page = pageSize(small);
    const qint64 pages = page > 0 ? size / page : 1;
    td::base::Rng rng(0xDA3A'6Eull);
    for (int i = int(out.size()); i < count; ++i) {
        switch (i % 4) {
        case 0: {
            const qint64 at = 100 + qint64(rng.below(std::uint32_t(size - 164)));
            out.push_back({ QStringLiteral("64 bytes flipped at byte %1").arg(at), false,
                [at](const QString &p) { return flipBytes(p, at, 64); } });
            break;
        }
        case 1: {
            const qint64 which
                = 2 + qint64(rng.below(std::uint32_t(std::max<qint64>(1, pages - 1))));
            out.push_back({ QStringLiteral("page %1 of %2 zeroed").arg(which).arg(pages), false,
                [which](const QString &p) { return zeroPage(p, which); } });
            break;
        }
        case 2: {
            const qint64 keep
                = page * (1 + qint64(rng.below(std::uint32_t(std::max<qint64>(1, pages - 1)))));
            out.push_back({ QStringLiteral("truncated to %1 bytes").arg(keep), false,
                [keep](const QString &p) { return QFile::resize(p, keep); } });
            break;
        }
        default: {
            const std::uint64_t seed = 2 + rng.below(1u << 30);
            out.push_back({ QStringLiteral("200 random bits flipped (seed %1)").arg(seed), false,
                [seed](const QString &p) {
                    return td::storetest::damage(p, Damage::FlipRandomBits200, seed);
                } });
        }
        }
    }
    out.push_back({ QStringLiteral("file header damaged"), false,
        [](const QString &p) { return flipBytes(p, 16, 24); } });
    return out;
}

bool mentionsDamage(const QByteArray &err)
{
    const QByteArray lower = err.toLower();
    return lower.contains("damaged") || lower.contains("malformed") || lower.contains("corrupt")
        || lower.contains("integrity");
}

/// Days of the last "day N/T" progress line in `err` (the days committed so far).
int committedDays(const QByteArray &err)
{
    static const QRegularExpression day(QStringLiteral("(?:^|\\n)day (\\d+)/\\d+"));
    int last = 0;
    auto it = day.globalMatch(QString::fromUtf8(err));
    while (it.hasNext())
        last = it.next().captured(1).toInt();
    return last;
}

} // namespace

void TestFaults::databaseDamage()
{
    struct Command
    {
        std::string family;
        bool writes;
        std::function<QStringList(const QString &db)> args;
    };
    const QString tiny = m_tiny;
    const QString out = path("merged.sqlite");
    const std::vector<Command> commands {
        { "database damage: runs", true,
            [](const QString &db) {
                return QStringList { QStringLiteral("runs"), db };
            } },
        { "database damage: summarize", false,
            [](const QString &db) {
                return QStringList { QStringLiteral("summarize"), db, QStringLiteral("--csv"),
                    QStringLiteral("-") };
            } },
        { "database damage: replay", false,
            [](const QString &db) {
                return QStringList { QStringLiteral("replay"), db, QStringLiteral("1"),
                    QStringLiteral("-q") };
            } },
        { "database damage: run --db", true,
            [tiny](const QString &db) {
                return QStringList { QStringLiteral("run"), tiny, QStringLiteral("--days"),
                    QStringLiteral("2"), QStringLiteral("-q"), QStringLiteral("--db"), db };
            } },
        { "database damage: merge", true,
            [out](const QString &db) {
                return QStringList { QStringLiteral("merge"), out, db, QStringLiteral("-q") };
            } },
    };
    // The large store: three runs of four days, every event kept (page 500 exists).
    const QString large = path("large.sqlite");
    if (!QFileInfo::exists(large))
        QVERIFY(td::storetest::makeLargeStore(large));
    const std::vector<Damage> cases = damages(m_database, 14);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const QString probe = path(QStringLiteral("damaged-%1-probe.sqlite").arg(i));
        QFile::remove(probe);
        QVERIFY(QFile::copy(cases[i].large ? large : m_database, probe));
        QVERIFY(cases[i].apply(probe));
        const bool sound = integrityOk(probe);
        for (const Command &command : commands) {
            // Every command gets a fresh damaged copy: `runs` and `run --db` may write.
            const QString db = path(QStringLiteral("damaged-%1.sqlite").arg(i));
            QFile::remove(db);
            QFile::remove(out);
            QVERIFY(QFile::copy(probe, db));
            const QStringList args = command.args(db);
            const RunResult r = runCli(args);
            const QString detail = cases[i].what
                + QStringLiteral(" (integrity %1): ")
                      .arg(sound ? QStringLiteral("ok") : QStringLiteral("damaged"))
                + r.describe(args);
            Outcome outcome;
            if (isCrash(r))
                outcome = Outcome::Crash;
            else if (r.exitCode != 0)
                // A refusal must be clear and say that this file is damaged (a warning line
                // before the error counts), not blame another one.
                outcome = isClearRefusal(r)
                        && (sound || (r.err.contains(db.toUtf8()) && mentionsDamage(r.err))
                            || lastLine(r.err).contains(db.toUtf8()))
                    ? Outcome::Refused
                    : Outcome::Silent;
            else if (sound || (!command.writes && mentionsDamage(r.err)))
                outcome = Outcome::Handled; // harmless damage, or read with a warning
            else
                outcome = Outcome::Silent;
            m_tally.add(command.family, outcome, detail);
        }
    }
    for (const Command &c : commands) {
        const QString failures = failuresOf(c.family);
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
    }
    ++m_familiesDone;
}

void TestFaults::killRecording()
{
    const std::string family = "kill -9 while recording";
    const QString scenario = path("kill.json");
    writeFile(scenario, R"({"title": "kill", "run": {"days": 12, "seed": 9},
        "world": {"listeners": {"count": 200, "arrivals_per_day": 2},
                  "catalog": {"tracks": 300, "genres": 4}},
        "recommender": {"kind": "pipeline", "slate_size": 10,
                        "candidates": {"pool_size": 40}}})");
    td::base::Rng rng(0x0C1'11ull);
    for (int i = 0; i < 20; ++i) {
        const QString db = path(QStringLiteral("kill-%1.sqlite").arg(i));
        // Where to strike: after day `target` is reported committed, plus up to 30 ms, so
        // the kill lands anywhere in the next day, its commit window included. The checks
        // below hold wherever it lands.
        const int target = int(rng.below(13));
        const unsigned delay = rng.below(31);
        QProcess process;
        process.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("run"), scenario, QStringLiteral("--db"), db,
                QStringLiteral("--threads"), QStringLiteral("1") });
        QVERIFY(process.waitForStarted());
        QByteArray err;
        while (committedDays(err) < target && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            err += process.readAllStandardError();
        }
        QThread::msleep(delay);
        process.kill();
        process.waitForFinished(10000);
        err += process.readAllStandardError();
        const int committed = committedDays(err);
        const QString detail = QStringLiteral("kill %1 ms after day %2 (committed %3): ")
                                   .arg(delay)
                                   .arg(target)
                                   .arg(committed);

        if (!QFileInfo::exists(db)) {
            m_tally.add(family, committed == 0 ? Outcome::Handled : Outcome::Silent,
                detail + QStringLiteral("no database"));
            continue;
        }
        // The database opens (a writing open recovers the dead writer's run) ...
        const RunResult runs = runCli({ QStringLiteral("runs"), db });
        if (isCrash(runs) || runs.exitCode != 0) {
            m_tally.add(family, isCrash(runs) ? Outcome::Crash : Outcome::Silent,
                detail + runs.describe({ QStringLiteral("runs"), db }));
            continue;
        }
        // ... has every day that was reported committed ...
        const QList<QByteArray> lines = runs.out.trimmed().split('\n');
        int stored = 0;
        if (lines.size() > 1)
            stored = lines[1].split('\t').value(2).split('/').value(0).toInt();
        if (stored < committed) {
            m_tally.add(family, Outcome::Silent,
                detail + QStringLiteral("only %1 days stored").arg(stored));
            continue;
        }
        // ... and replays bit for bit.
        if (stored > 0) {
            const QStringList args
                = { QStringLiteral("replay"), db, QStringLiteral("1"), QStringLiteral("-q") };
            const RunResult replay = runCli(args);
            if (isCrash(replay) || replay.exitCode != 0) {
                m_tally.add(family, isCrash(replay) ? Outcome::Crash : Outcome::Silent,
                    detail + replay.describe(args));
                continue;
            }
        }
        m_tally.add(family, Outcome::Handled, detail);
    }
    QVERIFY2(failuresOf(family).isEmpty(), qPrintable(failuresOf(family)));
    ++m_familiesDone;
}
