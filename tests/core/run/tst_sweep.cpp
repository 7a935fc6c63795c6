// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Sweeps (core/run/sweep/): plan parsing, shards, and the batch runner with its progress,
// cancel and results, the API a GUI drives (merge and summaries: tests/core/store/tst_merge).
#include "storetesthelpers.h"
#include "testregistry.h"

#include "run/sweep/sweepplan.h"
#include "run/sweep/sweeprunner.h"

#include <QTemporaryDir>
#include <QtTest>

#include "run/storedrun.h"
#include "store/runstore.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <future>
#include <set>
#include <thread>

using namespace td;
using run::SweepPlan;

namespace {

SweepPlan smallPlan(int days = 2)
{
    const sim::Scenario base = storetest::smallScenario(days, 1, 0.05);
    std::vector<run::GridAxis> axes {
        SweepPlan::parseGrid("world.listeners.malleability=0.1,0.50", base),
        SweepPlan::parseGrid("recommender.kind=random,popular", base),
    };
    return SweepPlan(base, axes, SweepPlan::parseSeeds("3,4"));
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void seeds_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected"); // "" = error
        QTest::newRow("range") << "1..5"
                               << "1 2 3 4 5";
        QTest::newRow("list") << "1,3,7"
                              << "1 3 7";
        QTest::newRow("mix") << "1..3,10"
                             << "1 2 3 10";
        QTest::newRow("single") << "42"
                                << "42";
        QTest::newRow("reversed") << "5..1"
                                  << "";
        QTest::newRow("duplicate") << "1..3,2"
                                   << "";
        QTest::newRow("negative") << "-1"
                                  << "";
        QTest::newRow("garbage") << "1;2"
                                 << "";
        QTest::newRow("empty item") << "1,,2"
                                    << "";
    }
    void seeds()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        try {
            const auto seeds = SweepPlan::parseSeeds(spec.toStdString());
            QStringList text;
            for (auto s : seeds)
                text << QString::number(s);
            QCOMPARE(text.join(QLatin1Char(' ')), expected);
        } catch (const run::SweepError &e) {
            QVERIFY2(expected.isEmpty(), e.what());
            QVERIFY(QString::fromUtf8(e.what()).startsWith(QLatin1String("--seeds")));
        }
    }

    void shardSpec()
    {
        QCOMPARE(SweepPlan::parseShard("2/3"), std::make_pair(2, 3));
        for (const char *bad : { "0/2", "3/2", "1/0", "1", "a/b", "1/2/3" })
            QVERIFY_THROWS_EXCEPTION(run::SweepError, SweepPlan::parseShard(bad));
    }

    void gridIsCheckedAgainstTheSchema()
    {
        const sim::Scenario base = storetest::smallScenario();
        for (const char *bad : { "world.listeners.malleability=0.5,1.5", "world.listeners.colour=1",
                 "recommender.kind=popular,best", "world.listeners.malleability", "=1",
                 "recommender.kind=popular,popular", "recommender.kind=popular," })
            QVERIFY_THROWS_EXCEPTION(run::SweepError, SweepPlan::parseGrid(bad, base));
    }

    void planOrderAndCanonicalGridPoints()
    {
        const SweepPlan plan = smallPlan();
        QCOMPARE(plan.size(), std::size_t(8));
        QCOMPARE(plan.gridPointCount(), std::size_t(4));
        // First axis slowest, seeds innermost; keys sorted; 0.50 written as 0.5.
        const char *expected[] = {
            R"({"recommender.kind":"random","world.listeners.malleability":0.1})",
            R"({"recommender.kind":"random","world.listeners.malleability":0.1})",
            R"({"recommender.kind":"popular","world.listeners.malleability":0.1})",
            R"({"recommender.kind":"popular","world.listeners.malleability":0.1})",
            R"({"recommender.kind":"random","world.listeners.malleability":0.5})",
        };
        for (std::size_t i = 0; i < 5; ++i)
            QCOMPARE(plan.item(i).gridPoint, std::string(expected[i]));
        QCOMPARE(plan.item(0).seed, std::uint64_t(3));
        QCOMPARE(plan.item(1).seed, std::uint64_t(4));
        const sim::Scenario s = plan.scenarioFor(plan.item(5));
        QCOMPARE(s.run.seed, std::uint64_t(4));
        QCOMPARE(s.world.listeners.malleability, 0.5);
        QCOMPARE(s.recommender.kind, td::recsys::RecommenderKind::Random);
        // The id depends on the definition only.
        QCOMPARE(smallPlan().sweepId(), plan.sweepId());
        QVERIFY(smallPlan(3).sweepId() != plan.sweepId());
    }

    void shardsPartitionThePlan()
    {
        const SweepPlan plan = smallPlan();
        for (int n = 1; n <= 9; ++n) {
            std::vector<std::size_t> all;
            for (int i = 1; i <= n; ++i) {
                for (std::size_t k : plan.shard(i, n)) {
                    QCOMPARE(int(k % std::size_t(n)), i - 1);
                    all.push_back(k);
                }
            }
            std::sort(all.begin(), all.end());
            QCOMPARE(all.size(), plan.size());
            for (std::size_t k = 0; k < all.size(); ++k)
                QCOMPARE(all[k], k);
        }
    }

    void runnerStoresThePlanInOrderWhateverTheJobs()
    {
        const SweepPlan plan = smallPlan();
        std::vector<std::vector<store::StoredDay>> byJobs[2];
        for (unsigned jobs : { 1u, 3u }) {
            const QString file = path(jobs == 1 ? "sweep-1.sqlite" : "sweep-3.sqlite");
            store::RunStore db(file.toStdString());
            std::vector<std::size_t> items(plan.size());
            for (std::size_t k = 0; k < items.size(); ++k)
                items[k] = k;
            run::SweepRunner runner(run::plannedRuns(plan, items, "t"), jobs);
            std::size_t callbacks = 0;
            run::SweepRunner::Callbacks on;
            on.runDone = [&](std::size_t slot, long long id) {
                ++callbacks;
                QVERIFY(slot < plan.size());
                QCOMPARE(id, (long long)(slot + 1));
            };
            const auto ids = runner.run(db, on).runIds();
            QCOMPARE(callbacks, plan.size());
            const auto runs = db.runs();
            QCOMPARE(runs.size(), plan.size());
            for (std::size_t k = 0; k < runs.size(); ++k) {
                QCOMPARE(ids[k], (long long)(k + 1)); // rows created in plan order
                QCOMPARE(runs[k].status, store::RunStatus::Complete);
                QCOMPARE(runs[k].sweepItem, (long long)k);
                QCOMPARE(runs[k].gridPoint, plan.item(k).gridPoint);
                QCOMPARE(runs[k].seed, plan.item(k).seed);
                QCOMPARE(runs[k].sweepId, plan.sweepId());
                QCOMPARE(runs[k].daysDone, 2);
                byJobs[jobs == 1 ? 0 : 1].push_back(db.dayMetrics(runs[k].id));
            }
        }
        {
            // The same sweep again into the same database is refused before any run.
            store::RunStore db(path("sweep-1.sqlite").toStdString());
            QVERIFY_THROWS_EXCEPTION(store::StoreError,
                run::SweepRunner(run::plannedRuns(plan, plan.shard(2, 3), "t"), 1).run(db));
            QCOMPARE(db.runs().size(), plan.size());
        }
        // Same bits with 1 or 3 jobs.
        for (std::size_t k = 0; k < plan.size(); ++k)
            for (std::size_t d = 0; d < 2; ++d)
                for (std::size_t m = 0; m < byJobs[0][k][d].values.size(); ++m) {
                    const auto &a = byJobs[0][k][d].values[m].value;
                    const auto &b = byJobs[1][k][d].values[m].value;
                    QCOMPARE(bool(a), bool(b));
                    if (a)
                        QVERIFY(std::memcmp(&*a, &*b, sizeof(double)) == 0);
                }
    }

    void progressAndResults()
    {
        // 2 grid points x 2 seeds, 3 days each: what a GUI sees of a batch, and reads back.
        const SweepPlan plan = smallPlan(3);
        const std::vector<std::size_t> items { 0, 1, 2, 3 };
        const std::string file = path("progress.sqlite").toStdString();
        run::SweepRunner runner(run::plannedRuns(plan, items, "p"), 2);
        std::vector<run::SweepProgress> seen;
        std::vector<std::size_t> done;
        run::SweepRunner::Callbacks on;
        on.progress = [&](const run::SweepProgress &p) { seen.push_back(p); };
        on.runDone = [&](std::size_t slot, long long) { done.push_back(slot); };
        const run::SweepOutcome outcome = run::runSweep(file, {}, runner, on);
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.completeCount(), std::size_t(4));
        // Once at the start, once per committed day (12), once per finished run (4).
        QCOMPARE(seen.size(), std::size_t(1 + 12 + 4));
        QCOMPARE(seen.front().daysDone, 0LL);
        QCOMPARE(seen.front().runsTotal, std::size_t(4));
        QCOMPARE(seen.front().daysTotal, 12LL);
        for (std::size_t i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i].daysDone >= seen[i - 1].daysDone);
            QVERIFY(seen[i].runsDone >= seen[i - 1].runsDone);
            QVERIFY(seen[i].daysDone - seen[i - 1].daysDone <= 1);
        }
        QCOMPARE(seen.back().daysDone, 12LL);
        QCOMPARE(seen.back().runsDone, std::size_t(4));
        QCOMPARE(done.size(), std::size_t(4));
        // Results read back: each run holds exactly what the same run recorded alone holds.
        store::RunStore alone(path("alone.sqlite").toStdString());
        const store::RunStore db(file);
        for (std::size_t k = 0; k < items.size(); ++k) {
            const run::SweepRunOutcome &r = outcome.runs[k];
            QCOMPARE(r.status, run::SweepRunOutcome::Status::Complete);
            QCOMPARE(r.daysDone, 3);
            const run::StoredRunPtr stored = run::loadStoredRun(file, r.runId);
            QCOMPARE(stored->info.sweepItem, (long long)items[k]);
            QCOMPARE(stored->days.size(), qsizetype(3));
            const long long reference
                = storetest::recordRun(alone, plan.scenarioFor(plan.item(items[k])));
            const auto a = db.dayMetrics(r.runId);
            const auto b = alone.dayMetrics(reference);
            QCOMPARE(a.size(), b.size());
            for (std::size_t d = 0; d < a.size(); ++d)
                for (std::size_t m = 0; m < a[d].values.size(); ++m) {
                    QCOMPARE(a[d].values[m].metric, b[d].values[m].metric);
                    QCOMPARE(bool(a[d].values[m].value), bool(b[d].values[m].value));
                    if (a[d].values[m].value)
                        QVERIFY(std::memcmp(
                                    &*a[d].values[m].value, &*b[d].values[m].value, sizeof(double))
                            == 0);
                }
        }
    }

    void cancelLeavesNoRunningRunAndStartsNoMore()
    {
        // Cancelled from the progress callback after 3 committed days: the workers stop at
        // their next day, runs in progress are interrupted with their days, the others are
        // never created.
        const sim::Scenario base = storetest::smallScenario(25, 1, 0.0);
        const SweepPlan plan(base, {}, SweepPlan::parseSeeds("1..6"));
        const std::string file = path("cancel.sqlite").toStdString();
        run::SweepRunner runner(run::plannedRuns(plan, plan.shard(1, 1), "c"), 2);
        run::SweepRunner::Callbacks on;
        on.progress = [&](const run::SweepProgress &p) {
            if (p.daysDone == 3)
                runner.cancel();
        };
        const run::SweepOutcome outcome = run::runSweep(file, {}, runner, on);
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.completeCount() < 6);
        const store::RunStore db(file);
        const auto runs = db.runs();
        QCOMPARE(runs.size(), outcome.runIds().size());
        QVERIFY(runs.size() < 6);
        int stored = 0;
        for (std::size_t k = 0; k < outcome.runs.size(); ++k) {
            const run::SweepRunOutcome &r = outcome.runs[k];
            if (r.status == run::SweepRunOutcome::Status::NotStarted) {
                QCOMPARE(r.runId, 0LL);
                continue;
            }
            const store::RunInfo info = db.run(r.runId);
            QCOMPARE(info.status,
                r.status == run::SweepRunOutcome::Status::Complete ? store::RunStatus::Complete
                                                                   : store::RunStatus::Interrupted);
            QCOMPARE(info.daysDone, r.daysDone);
            QCOMPARE(int(db.dayMetrics(r.runId).size()), r.daysDone);
            QVERIFY(!db.isLive(r.runId));
            stored += r.daysDone;
        }
        QCOMPARE(stored, 3); // nothing committed after the cancel
    }

    void cancelFromAnotherThread()
    {
        const sim::Scenario base = storetest::smallScenario(200, 1, 0.0);
        const SweepPlan plan(base, {}, SweepPlan::parseSeeds("1..4"));
        const std::string file = path("cancel-thread.sqlite").toStdString();
        run::SweepRunner runner(run::plannedRuns(plan, plan.shard(1, 1), "t"), 2);
        std::promise<void> started;
        std::atomic<bool> signalled { false };
        run::SweepRunner::Callbacks on;
        on.progress = [&](const run::SweepProgress &p) {
            if (p.daysDone >= 2 && !signalled.exchange(true))
                started.set_value();
        };
        run::SweepOutcome outcome;
        // The batch runs on its own thread, which opens (and owns) the connection.
        std::thread batch([&] { outcome = run::runSweep(file, {}, runner, on); });
        QVERIFY(
            started.get_future().wait_for(std::chrono::minutes(2)) == std::future_status::ready);
        runner.cancel();
        batch.join();
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.completeCount(), std::size_t(0)); // 200 days: nothing finished
        const store::RunStore db(file);
        for (const store::RunInfo &r : db.runs())
            QCOMPARE(r.status, store::RunStatus::Interrupted);
    }

    void cancelBeforeRunCreatesNothing()
    {
        const SweepPlan plan = smallPlan();
        run::SweepRunner runner(run::plannedRuns(plan, plan.shard(1, 1), "x"), 2);
        runner.cancel();
        const std::string file = path("cancel-first.sqlite").toStdString();
        const run::SweepOutcome outcome = run::runSweep(file, {}, runner);
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.runIds().empty());
        QVERIFY(store::RunStore(file).runs().empty());
    }

    void failedRunStopsTheBatch()
    {
        // A run whose scenario cannot be simulated (a CSV catalogue that is not there): the
        // batch stops with the run's message and leaves nothing `running`.
        sim::Scenario bad = storetest::smallScenario(3);
        bad.world.catalog.source = "csv";
        bad.world.catalog.path = path("no-such-catalogue.csv").toStdString();
        std::vector<run::PlannedRun> runs(1);
        runs[0].scenario = bad;
        runs[0].row.name = "bad";
        run::SweepRunner runner(std::move(runs), 1);
        const std::string file = path("failed.sqlite").toStdString();
        bool threw = false;
        try {
            run::runSweep(file, {}, runner);
        } catch (const std::runtime_error &e) {
            threw = QString::fromUtf8(e.what()).startsWith(QLatin1String("run of bad failed: "));
        }
        QVERIFY(threw);
        for (const store::RunInfo &r : store::RunStore(file).runs())
            QCOMPARE(r.status, store::RunStatus::Interrupted);
    }
};

TD_REGISTER_TEST(TestSweep)
#include "tst_sweep.moc"
