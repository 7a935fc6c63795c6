// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The run store through tastedrift-cli, as a user or a batch scheduler runs it: a run killed
// with SIGKILL, a run still alive in another process, the bad-input messages, sharded
// sweeps merged back, and replay (docs/store.md, docs/sweeps.md). Damaged and read-only
// databases, `check` and the other faults of issue 16: tst_storeclifaults.cpp.
#include "clitesthelpers.h"
#include "testregistry.h"

#include "store/runlock.h"

using namespace td;
using namespace td::clitest;

class TestStoreCli : public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(); }

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

    /// summarize over a window and paired against a grid point, as a user runs it on merged
    /// shards: the layouts, the pairs counted, and every refusal with exit 2 and a message
    /// naming the option (the arithmetic by hand: tst_summary.cpp).
    void summarizeWindowAndPaired()
    {
        makeShards();
        const QString merged = path(QStringLiteral("paired.sqlite"));
        const Result m
            = runCli({ QStringLiteral("merge"), merged, path(QStringLiteral("part-1.sqlite")),
                path(QStringLiteral("part-2.sqlite")), QStringLiteral("-q") });
        QVERIFY2(m.exitCode == 0, qPrintable(text(m)));
        const QStringList summarize
            = { QStringLiteral("summarize"), merged, QStringLiteral("--csv"), QStringLiteral("-"),
                  QStringLiteral("--metrics"), QStringLiteral("streams") };

        Result r = runCli(summarize
            + QStringList { QStringLiteral("--from-day"), QStringLiteral("0"),
                QStringLiteral("--to-day"), QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 6); // header, 4 grid points, final newline
        QCOMPARE(lines[0],
            QByteArray("sweep,recommender.kind,world.listeners.malleability,from_day,to_day,runs,"
                       "streams_sum_n,streams_sum_mean,streams_sum_sd,streams_sum_ci95_low,"
                       "streams_sum_ci95_high,streams_daymean_n,streams_daymean_mean,"
                       "streams_daymean_sd,streams_daymean_ci95_low,streams_daymean_ci95_high"));
        QVERIFY2(lines[1].contains(",popular,0.1,0,1,2,2,"), lines[1].constData());

        r = runCli(summarize
            + QStringList { QStringLiteral("--paired"),
                QStringLiteral("recommender.kind=popular,world.listeners.malleability=0.1") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY(r.err.isEmpty());
        lines = r.out.split('\n');
        QCOMPARE(lines.size(), 5); // header, the 3 other grid points, final newline
        QCOMPARE(lines[0],
            QByteArray("sweep,recommender.kind,world.listeners.malleability,reference,day,runs,"
                       "streams_diff_n,streams_diff_mean,streams_diff_sd,streams_diff_ci95_low,"
                       "streams_diff_ci95_high"));
        const QByteArray reference
            = R"("{""recommender.kind"":""popular"",""world.listeners.malleability"":0.1}")";
        QVERIFY2(lines[1].contains(",popular,0.5," + reference + ",1,2,2,"), lines[1].constData());
        QVERIFY2(lines[3].contains(",random,0.5," + reference + ",1,2,2,"), lines[3].constData());

        // Shard 1 of 3 holds items 0, 3, 6 (the first --grid slowest, seeds innermost):
        // (random, 0.1, seed 1), (random, 0.5, seed 2), (popular, 0.5, seed 1).
        const QString third = path(QStringLiteral("third.sqlite"));
        r = runCli({ QStringLiteral("sweep"), m_small, QStringLiteral("--grid"),
            QStringLiteral("recommender.kind=random,popular"), QStringLiteral("--grid"),
            QStringLiteral("world.listeners.malleability=0.1,0.5"), QStringLiteral("--seeds"),
            QStringLiteral("1,2"), QStringLiteral("--days"), QStringLiteral("2"),
            QStringLiteral("--shard"), QStringLiteral("1/3"), QStringLiteral("--db"), third,
            QStringLiteral("-q") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        r = runCli({ QStringLiteral("summarize"), third, QStringLiteral("--csv"),
            QStringLiteral("-"), QStringLiteral("--paired"),
            QStringLiteral("recommender.kind=random,world.listeners.malleability=0.1") });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("tastedrift-cli summarize: --paired: seeds do not match: ")
                && r.err.contains(" has no run of seed 1, which the reference ")
                && r.err.contains(" has no run of seed 2, which grid point ")
                && r.err.count('\n') == 1,
            r.err.constData());

        const std::pair<QStringList, QByteArray> refused[] = {
            { { QStringLiteral("--from-day"), QStringLiteral("1"), QStringLiteral("--to-day"),
                  QStringLiteral("0") },
                "--from-day: day 1 is after --to-day 0" },
            { { QStringLiteral("--to-day"), QStringLiteral("2") },
                "--to-day: day 2 is beyond the runs in '" },
            { { QStringLiteral("--day"), QStringLiteral("7") }, "--day: day 7 is beyond the runs" },
            { { QStringLiteral("--day"), QStringLiteral("0"), QStringLiteral("--from-day"),
                  QStringLiteral("0") },
                "--day and --from-day/--to-day exclude each other" },
            { { QStringLiteral("--from-day"), QStringLiteral("x") },
                "--from-day: expected a day number >= 0, got 'x'" },
            { { QStringLiteral("--paired"), QStringLiteral("recommender.kind=oracle") },
                "--paired: no grid point in '" },
            { { QStringLiteral("--paired"), QStringLiteral("recommender.kind=popular") },
                "--paired: 'recommender.kind=popular' matches 2 grid points of sweep " },
            { { QStringLiteral("--paired"), QStringLiteral("nope=1") },
                "--paired: 'nope' is not a grid field of the sweeps in '" },
        };
        for (const auto &[extra, message] : refused) {
            r = runCli(summarize + extra);
            QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
            QVERIFY(r.out.isEmpty());
            QVERIFY2(
                r.err.startsWith("tastedrift-cli summarize: " + message) && r.err.count('\n') == 1,
                r.err.constData());
        }
    }
};

TD_REGISTER_TEST(TestStoreCli)
#include "tst_storecli.moc"
