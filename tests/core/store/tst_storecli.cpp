// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The run store through tastedrift-cli, as a user or a batch scheduler runs it: a run killed
// with SIGKILL, a run still alive in another process (even without its lock file), the
// bad-input messages, damaged and read-only databases, `check`, sharded sweeps merged back
// (and merged incomplete), and replay (docs/store.md, docs/sweeps.md).
#include "storedamage.h"
#include "storetesthelpers.h"
#include "testregistry.h"

#include "sim/modelversion.h"
#include "store/runlock.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <grp.h>
#include <unistd.h>

using namespace td;
using td::storetest::RawConnection;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI. `asNobody`: when the test runs as root (CI containers), the child drops to
/// the user nobody, for whom file permissions are real (root writes to read-only files).
Result runCli(const QStringList &args, const QStringList &env = {}, bool asNobody = false)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : env)
        environment.insert(
            assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    if (asNobody && ::geteuid() == 0)
        process.setChildProcessModifier([] {
            const gid_t nobodyGroup = 65534;
            if (::setgroups(1, &nobodyGroup) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    process.start(QStringLiteral(TD_CLI_PATH), args);
    Result r;
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString text(const Result &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestStoreCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_small; ///< 300 listeners, 800 tracks, 4 days
    QString m_slow; ///< long enough to be killed in the middle

    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &file, const QByteArray &content)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    /// A database holding one complete run, for the bad-input cases.
    QString databaseWithOneRun(const QString &name)
    {
        const QString file = path(name);
        const Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), file,
            QStringLiteral("--quiet") });
        return r.exitCode == 0 ? file : QString();
    }
    int runCount(const QString &file)
    {
        RawConnection raw(file);
        return raw.exec(QStringLiteral("SELECT count(*) FROM runs")).toInt();
    }
    /// Whether the CLI can be run as the user nobody (needed where the test runs as root and
    /// file permissions must bind); makes the test folder traversable for nobody.
    bool canRunAsNobody()
    {
        if (::geteuid() != 0)
            return true;
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        return runCli({ QStringLiteral("--version") }, {}, true).exitCode == 0;
    }
    /// Starts `run` of the slow scenario into `db` and waits until day 2 is committed.
    bool startSlowRun(QProcess &process, const QString &db)
    {
        process.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("run"), m_slow, QStringLiteral("--db"), db,
                QStringLiteral("--threads"), QStringLiteral("1") });
        if (!process.waitForStarted())
            return false;
        QByteArray err;
        QDeadlineTimer deadline(120000);
        while (!err.contains("day 2/") && !deadline.hasExpired()
            && process.state() == QProcess::Running) {
            process.waitForReadyRead(1000);
            err += process.readAllStandardError();
        }
        return err.contains("day 2/");
    }
    /// The shards of a 2 x 2 x 2 sweep (8 runs of 2 days), made once.
    void makeShards()
    {
        if (QFile::exists(path(QStringLiteral("part-2.sqlite"))))
            return;
        for (const char *shard : { "1/2", "2/2" }) {
            const QString db = path(QStringLiteral("part-%1.sqlite").arg(QLatin1Char(shard[0])));
            const Result r = runCli({ QStringLiteral("sweep"), m_small, QStringLiteral("--grid"),
                QStringLiteral("recommender.kind=random,popular"), QStringLiteral("--grid"),
                QStringLiteral("world.listeners.malleability=0.1,0.5"), QStringLiteral("--seeds"),
                QStringLiteral("1,2"), QStringLiteral("--days"), QStringLiteral("2"),
                QStringLiteral("--shard"), QString::fromLatin1(shard), QStringLiteral("--db"), db,
                QStringLiteral("-q") });
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = path(QStringLiteral("small.json"));
        write(m_small, R"({ "title": "small", "run": { "days": 4, "seed": 3 },
            "world": { "listeners": { "count": 300 }, "catalog": { "tracks": 800 } },
            "recommender": { "kind": "popular" }, "events": { "sample_rate": 0.1 } })");
        m_slow = path(QStringLiteral("slow.json"));
        write(m_slow, R"({ "title": "slow", "run": { "days": 1000, "seed": 1 },
            "world": { "listeners": { "count": 4000 }, "catalog": { "tracks": 2000 } },
            "recommender": { "kind": "popular" } })");
    }

    void runStoresAndPrintsTheId()
    {
        const QString db = path(QStringLiteral("ids.sqlite"));
        for (const char *expected : { "1\n", "2\n" }) {
            const Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), db,
                QStringLiteral("--name"), QStringLiteral("mine"), QStringLiteral("--quiet") });
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
            QCOMPARE(r.out, QByteArray(expected));
        }
        const store::RunStore store(db.toStdString());
        QCOMPARE(store.run(2).name, std::string("mine"));
        QCOMPARE(store.run(2).status, store::RunStatus::Complete);
        QCOMPARE(store.run(2).daysDone, 4);
        QCOMPARE(store.journalMode(), std::string("wal"));
        // --journal delete: for network file systems.
        const QString plain = path(QStringLiteral("delete.sqlite"));
        const Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), plain,
            QStringLiteral("--journal"), QStringLiteral("delete"), QStringLiteral("-q") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QCOMPARE(store::RunStore(plain.toStdString()).journalMode(), std::string("delete"));
    }

    void killedRunIsInterruptedAndItsDaysAreWhole()
    {
        const QString db = path(QStringLiteral("killed.sqlite"));
        QProcess process;
        process.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("run"), m_slow, QStringLiteral("--db"), db,
                QStringLiteral("--threads"), QStringLiteral("1") });
        QVERIFY(process.waitForStarted());
        // A progress line is printed after its day is committed: wait for day 4.
        QByteArray err;
        QDeadlineTimer deadline(120000);
        while (!err.contains("day 4/") && !deadline.hasExpired()
            && process.state() == QProcess::Running) {
            process.waitForReadyRead(1000);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("day 4/"), err.constData());

        // Alive: another process opening the database for writing leaves the run alone.
        {
            const store::RunStore live(db.toStdString());
            QVERIFY(live.markedInterrupted().empty());
            QCOMPARE(live.run(1).status, store::RunStatus::Running);
            QVERIFY(live.isLive(1));
        }
        QCOMPARE(process.state(), QProcess::Running); // still in the middle of its 1000 days

        process.kill(); // SIGKILL: no destructor, no rollback, no unlock
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const store::RunStore after(db.toStdString());
        QCOMPARE(after.integrityCheck(), std::string("ok"));
        QCOMPARE(after.markedInterrupted(), std::vector<long long> { 1 });
        const store::RunInfo run = after.run(1);
        QCOMPARE(run.status, store::RunStatus::Interrupted);
        QVERIFY2(
            run.daysDone >= 4 && run.daysDone < 1000, qPrintable(QString::number(run.daysDone)));
        // Every stored day is whole; nothing of the day in progress is there.
        const auto days = after.dayMetrics(1);
        QCOMPARE(int(days.size()), run.daysDone);
        for (int d = 0; d < run.daysDone; ++d) {
            QCOMPARE(days[std::size_t(d)].day, d);
            QCOMPARE(days[std::size_t(d)].values.size(), metrics::metricCatalog().size());
        }
        const auto cohorts = after.cohorts(1);
        QVERIFY(!cohorts.empty());
        QCOMPARE(cohorts.back().day, run.daysDone - 1);
        QVERIFY(
            !QFile::exists(QString::fromStdString(store::RunLock::lockPath(db.toStdString(), 1))));
        // The database takes new runs.
        const Result next = runCli(
            { QStringLiteral("run"), m_small, QStringLiteral("--db"), db, QStringLiteral("-q") });
        QVERIFY2(next.exitCode == 0, qPrintable(text(next)));
        QCOMPARE(next.out, QByteArray("2\n"));
        // And the interrupted run replays the days it has (a few, to keep the test short).
    }

    void notADatabase()
    {
        const QString file = path(QStringLiteral("notes.sqlite"));
        write(file, "these are my notes, not a database\n");
        for (const QStringList &args :
            { QStringList { QStringLiteral("run"), m_small, QStringLiteral("--db"), file },
                QStringList { QStringLiteral("replay"), file, QStringLiteral("1") },
                QStringList { QStringLiteral("summarize"), file, QStringLiteral("--csv"),
                    QStringLiteral("-") },
                QStringList { QStringLiteral("runs"), file } }) {
            const Result r = runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
            QVERIFY2(r.err.endsWith("' is not a database (file is not a database)\n"),
                r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(storetest::fileBytes(file), QByteArray("these are my notes, not a database\n"));
    }

    void newerSchema()
    {
        const QString file = databaseWithOneRun(QStringLiteral("newer.sqlite"));
        QVERIFY(!file.isEmpty());
        {
            RawConnection raw(file);
            raw.exec(QStringLiteral(
                "INSERT INTO schema_version (version, applied, description) VALUES (9, 'x', 'y')"));
        }
        const Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QCOMPARE(r.err,
            QByteArray("tastedrift-cli run: database '") + file.toUtf8()
                + "' has schema version 9, newer than this TasteDrift knows ("
                + QByteArray::number(store::latestVersion(store::storeMigrations()))
                + "); open it with a newer TasteDrift\n");
        QCOMPARE(runCount(file), 1);
    }

    void lockedDatabase()
    {
        const QString file = databaseWithOneRun(QStringLiteral("locked.sqlite"));
        QVERIFY(!file.isEmpty());
        RawConnection holder(file);
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")).isNull());
        const Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), file },
            { QStringLiteral("TASTEDRIFT_BUSY_TIMEOUT_MS=300") });
        holder.exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli run: database '" + file.toUtf8()
                     + "' is locked by another process"),
            r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(runCount(file), 1);
    }

    void readOnly_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("message");
        QTest::newRow("read-only file") << false << QStringLiteral("': the file is read-only\n");
        QTest::newRow("read-only folder") << true << QStringLiteral("': its folder is read-only");
    }
    void readOnly()
    {
        QFETCH(bool, folder);
        QFETCH(QString, message);
        // Needs permissions that bind: as root, the child runs as nobody.
        if (::geteuid() == 0) {
            QFile::setPermissions(m_dir.path(),
                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                    | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
            const Result probe = runCli({ QStringLiteral("--version") }, {}, true);
            if (probe.exitCode != 0)
                QSKIP("cannot run the CLI as user nobody here");
        }
        QTemporaryDir sub(m_dir.filePath(QStringLiteral("ro-XXXXXX")));
        QVERIFY(sub.isValid());
        const QString file = sub.filePath(QStringLiteral("runs.sqlite"));
        QVERIFY(QFile::copy(databaseWithOneRun(QStringLiteral("ro-source.sqlite")), file));
        const auto all = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto exec = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        const auto write = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        QFile::setPermissions(file, folder ? (all | write) : all);
        QFile::setPermissions(sub.path(), folder ? (all | exec) : (all | exec | QFile::WriteOwner));
        const QByteArray before = storetest::fileBytes(file);
        const Result r
            = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), file }, {}, true);
        QFile::setPermissions(sub.path(), all | exec | write);
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli run: cannot write to database '")
                && QString::fromUtf8(r.err).contains(message),
            r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void mergedShardsEqualTheUnshardedSweep()
    {
        // A 2 x 3 grid with 2 seeds: 12 runs, 3 days each.
        const QStringList sweep = { QStringLiteral("sweep"), m_small, QStringLiteral("--grid"),
            QStringLiteral("world.listeners.malleability=0.1,0.5"), QStringLiteral("--grid"),
            QStringLiteral("recommender.kind=random,popular,oracle"), QStringLiteral("--seeds"),
            QStringLiteral("1..2"), QStringLiteral("--days"), QStringLiteral("3"),
            QStringLiteral("-q") };
        const QString full = path(QStringLiteral("full.sqlite"));
        const QString shard1 = path(QStringLiteral("shard-1.sqlite"));
        const QString shard2 = path(QStringLiteral("shard-2.sqlite"));
        const QString merged = path(QStringLiteral("merged.sqlite"));
        for (const QStringList &extra :
            { QStringList {
                  QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--db"), full },
                QStringList { QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("--db"),
                    shard1, QStringLiteral("--shard"), QStringLiteral("1/2") },
                QStringList { QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--db"),
                    shard2, QStringLiteral("--shard"), QStringLiteral("2/2") } }) {
            const Result r = runCli(sweep + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        }
        QCOMPARE(runCount(full), 12);
        QCOMPARE(runCount(shard1), 6);
        QCOMPARE(runCount(shard2), 6);
        const Result m
            = runCli({ QStringLiteral("merge"), merged, shard1, shard2, QStringLiteral("-q") });
        QVERIFY2(m.exitCode == 0, qPrintable(text(m)));
        QCOMPARE(runCount(merged), 12);

        const QString a = path(QStringLiteral("full.csv")), b = path(QStringLiteral("merged.csv"));
        for (const auto &[db, csv] : { std::make_pair(full, a), std::make_pair(merged, b) }) {
            const Result r
                = runCli({ QStringLiteral("summarize"), db, QStringLiteral("--csv"), csv });
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        }
        const QByteArray summary = storetest::fileBytes(a);
        QCOMPARE(storetest::fileBytes(b), summary);
        const QList<QByteArray> lines = summary.split('\n');
        QCOMPARE(lines.size(), 8); // header, 6 grid points, final newline
        QVERIFY(lines[1].contains(",oracle,0.1,2,2,2,"));

        // The same shard again is refused, and nothing is added.
        const Result again = runCli({ QStringLiteral("merge"), merged, shard2 });
        QVERIFY2(again.exitCode == 2, qPrintable(text(again)));
        QVERIFY(again.err.contains("both hold item"));
        QCOMPARE(runCount(merged), 12);

        // A merged run replays exactly; a tampered one fails with the first mismatch.
        const Result ok = runCli(
            { QStringLiteral("replay"), merged, QStringLiteral("7"), QStringLiteral("-q") });
        QVERIFY2(ok.exitCode == 0, qPrintable(text(ok)));
        QVERIFY2(ok.out.startsWith("run 7 (complete): 3 days, "), ok.out.constData());
        {
            RawConnection raw(merged);
            raw.exec(QStringLiteral("UPDATE day_metrics SET value = value + 0.5 WHERE run_id = 7"
                                    " AND day = 1 AND metric = 'population'"));
        }
        const Result bad = runCli(
            { QStringLiteral("replay"), merged, QStringLiteral("7"), QStringLiteral("-q") });
        QVERIFY2(bad.exitCode == 1, qPrintable(text(bad)));
        QVERIFY2(bad.out.startsWith("mismatch: run 7, day 1, metric population: stored "),
            bad.out.constData());
    }

    void checkListsRunsAndSaysOk()
    {
        const QString file = databaseWithOneRun(QStringLiteral("check.sqlite"));
        QVERIFY(!file.isEmpty());
        const Result r = runCli({ QStringLiteral("check"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QCOMPARE(r.out,
            QByteArray("1 complete 4/4 ") + QByteArray::number(sim::kModelVersion)
                + "\nintegrity ok\n");
        QVERIFY(r.err.isEmpty());
    }

    void damagedDatabase_data()
    {
        QTest::addColumn<storetest::Damage>("how");
        for (auto how : { storetest::Damage::FlipMiddle64, storetest::Damage::ZeroPage500,
                 storetest::Damage::FlipRandomBits200 })
            QTest::newRow(storetest::damageName(how)) << how;
    }
    void damagedDatabase()
    {
        // Issue 16, item 2: every reproducer, through every command.
        QFETCH(storetest::Damage, how);
        const QString file = path(QStringLiteral("damaged.sqlite"));
        QFile::remove(file);
        QVERIFY(storetest::makeLargeStore(file));
        QVERIFY(storetest::damage(file, how));
        const QByteArray before = storetest::fileBytes(file);
        const QByteArray named = "database '" + file.toUtf8() + "' is damaged (";

        // Writing: refused, one line naming the file, nothing appended.
        Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli run: " + named), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        // Reading: a warning naming the file, then what can be read, and exit 1.
        r = runCli({ QStringLiteral("runs"), file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli runs: warning: " + named), r.err.constData());
        QVERIFY(r.out.startsWith("id\tstatus\t"));
        r = runCli(
            { QStringLiteral("summarize"), file, QStringLiteral("--csv"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli summarize: " + named)
                || r.err.startsWith("tastedrift-cli summarize: warning: " + named),
            r.err.constData());
        // check: the runs it can list, then the verdict.
        r = runCli({ QStringLiteral("check"), file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("integrity damaged: "), r.out.constData());
        // merge: the damaged input is blamed, not OUT, and no OUT is left behind.
        const QString out = path(QStringLiteral("merged-from-damaged.sqlite"));
        r = runCli({ QStringLiteral("merge"), out, file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli merge: " + named), r.err.constData());
        QVERIFY(!r.err.contains("'" + out.toUtf8() + "' is"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void readOnlyDatabaseIsRead()
    {
        // Issue 16, item 14: a read-only copy (file and folder) of a WAL database.
        if (!canRunAsNobody())
            QSKIP("cannot run the CLI as user nobody here");
        QTemporaryDir sub(m_dir.filePath(QStringLiteral("rocopy-XXXXXX")));
        QVERIFY(sub.isValid());
        const QString file = sub.filePath(QStringLiteral("runs.sqlite"));
        QVERIFY(QFile::copy(databaseWithOneRun(QStringLiteral("rocopy-source.sqlite")), file));
        const auto read = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto exec = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QFile::setPermissions(file, read);
        QFile::setPermissions(sub.path(), read | exec);
        const QByteArray before = storetest::fileBytes(file);
        for (const QStringList &args : { QStringList { QStringLiteral("runs"), file },
                 QStringList {
                     QStringLiteral("replay"), file, QStringLiteral("1"), QStringLiteral("-q") },
                 QStringList { QStringLiteral("summarize"), file, QStringLiteral("--csv"),
                     QStringLiteral("-") },
                 QStringList { QStringLiteral("check"), file } }) {
            const Result r = runCli(args, {}, true);
            QVERIFY2(r.exitCode == 0, qPrintable(args.first() + QLatin1Char(' ') + text(r)));
            QVERIFY(!r.out.isEmpty());
        }
        QFile::setPermissions(sub.path(), read | exec | QFile::WriteOwner);
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void deletedLockFileKeepsTheRunLive()
    {
        // Issue 16, item 12: `runs` marked a live run interrupted once its lock file was
        // deleted, and a merge meanwhile copied it as partial.
        const QString db = path(QStringLiteral("nolockfile.sqlite"));
        QProcess process;
        QVERIFY(startSlowRun(process, db));
        QVERIFY(
            QFile::remove(QString::fromStdString(store::RunLock::lockPath(db.toStdString(), 1))));
        Result r = runCli({ QStringLiteral("runs"), db });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains("\n1\trunning\t"), r.out.constData());
        const QString out = path(QStringLiteral("merged-live.sqlite"));
        r = runCli({ QStringLiteral("merge"), out, db });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QVERIFY(r.err.contains("is still being written by another process"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished(30000));
        r = runCli({ QStringLiteral("runs"), db });
        QVERIFY2(r.out.contains("\n1\tinterrupted\t"), r.out.constData());
    }

    void schemaVersionBeyond32Bits()
    {
        // Issue 16, item 11: version 4294967297 was read as 1 and the file written to.
        const QString file = databaseWithOneRun(QStringLiteral("v4294967297.sqlite"));
        QVERIFY(!file.isEmpty());
        RawConnection(file).exec(QStringLiteral("INSERT INTO schema_version (version, applied,"
                                                " description) VALUES (4294967297, 'x', 'y')"));
        const QByteArray before = storetest::fileBytes(file);
        for (const QStringList &args :
            { QStringList { QStringLiteral("run"), m_small, QStringLiteral("--db"), file },
                QStringList { QStringLiteral("runs"), file } }) {
            const Result r = runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
            QVERIFY2(r.err.contains("has schema version 4294967297, newer than this TasteDrift"),
                r.err.constData());
        }
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void replayOfAnotherModelSaysSo()
    {
        const QString file = databaseWithOneRun(QStringLiteral("othermodel.sqlite"));
        QVERIFY(!file.isEmpty());
        RawConnection(file).exec(
            QStringLiteral("UPDATE runs SET model_version = %1").arg(sim::kModelVersion + 1));
        const Result r = runCli({ QStringLiteral("replay"), file, QStringLiteral("1") });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QCOMPARE(r.err,
            QStringLiteral("tastedrift-cli replay: run 1 was not replayed: recorded by simulation "
                           "model %1, this build is %2: numbers are expected to differ\n")
                .arg(sim::kModelVersion + 1)
                .arg(sim::kModelVersion)
                .toUtf8());
        QVERIFY(r.out.isEmpty()); // no "mismatch" line
    }

    void incompleteSweepIsNamed()
    {
        // Issue 16, item 10: merging a killed (or missing) shard said only "merged N runs".
        makeShards();
        const QString merged = path(QStringLiteral("half.sqlite"));
        Result r = runCli({ QStringLiteral("merge"), merged, path(QStringLiteral("part-1.sqlite")),
            QStringLiteral("-q") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli merge: warning: sweep "), r.err.constData());
        QVERIFY2(r.err.contains(": 4 of 8 planned runs complete; 4 missing: item 1 ("),
            r.err.constData());
        r = runCli(
            { QStringLiteral("summarize"), merged, QStringLiteral("--csv"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.err.contains("summarize: warning: sweep ") && r.err.contains("4 missing"),
            r.err.constData());
        // The other half: whole, and silent.
        r = runCli({ QStringLiteral("merge"), merged, path(QStringLiteral("part-2.sqlite")),
            QStringLiteral("-q") });
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(text(r)));
        r = runCli(
            { QStringLiteral("summarize"), merged, QStringLiteral("--csv"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(text(r)));
    }

    void refusedMergeLeavesNothing()
    {
        makeShards();
        const QString out = path(QStringLiteral("never.sqlite"));
        const QString shard = path(QStringLiteral("part-1.sqlite"));
        const QString copy = path(QStringLiteral("part-1-copy.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(shard, copy));
        const Result r = runCli({ QStringLiteral("merge"), out, shard, copy });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QVERIFY(r.err.contains("both hold item"));
        for (const char *suffix : { "", "-wal", "-shm" })
            QVERIFY2(!QFile::exists(out + QLatin1String(suffix)), suffix);
    }

    void sweepBadInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("no db") << QStringList { QStringLiteral("--grid"),
            QStringLiteral("recommender.kind=random") }
                               << QStringLiteral("--db OUT.sqlite is required");
        QTest::newRow("bad value")
            << QStringList { QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                   QStringLiteral("--grid"), QStringLiteral("world.listeners.malleability=0.5,2") }
            << QStringLiteral("--grid world.listeners.malleability: ");
        QTest::newRow("bad shard") << QStringList { QStringLiteral("--db"),
            QStringLiteral("x.sqlite"), QStringLiteral("--shard"), QStringLiteral("3/2") }
                                   << QStringLiteral("--shard: expected I/N");
        QTest::newRow("bad seeds") << QStringList { QStringLiteral("--db"),
            QStringLiteral("x.sqlite"), QStringLiteral("--seeds"), QStringLiteral("5..1") }
                                   << QStringLiteral("--seeds: expected a range");
    }
    void sweepBadInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Result r = runCli(QStringList { QStringLiteral("sweep"), m_small } + extra);
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QVERIFY2(
            QString::fromUtf8(r.err).startsWith(QStringLiteral("tastedrift-cli sweep: ") + message),
            r.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("x.sqlite")));
    }
};

TD_REGISTER_TEST(TestStoreCli)
#include "tst_storecli.moc"
