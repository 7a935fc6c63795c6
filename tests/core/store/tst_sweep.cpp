// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Sweeps (core/store/sweep/): plan parsing, shards, the single-writer runner, merge and the
// statistics of summaries.
#include "storetesthelpers.h"
#include "testregistry.h"

#include "store/sweep/merge.h"
#include "store/sweep/summary.h"
#include "store/sweep/sweepplan.h"
#include "store/sweep/sweeprunner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <set>

using namespace td;
using store::SweepPlan;

namespace {

SweepPlan smallPlan(int days = 2)
{
    const sim::Scenario base = storetest::smallScenario(days, 1, 0.05);
    std::vector<store::GridAxis> axes {
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
        } catch (const store::SweepError &e) {
            QVERIFY2(expected.isEmpty(), e.what());
            QVERIFY(QString::fromUtf8(e.what()).startsWith(QLatin1String("--seeds")));
        }
    }

    void shardSpec()
    {
        QCOMPARE(SweepPlan::parseShard("2/3"), std::make_pair(2, 3));
        for (const char *bad : { "0/2", "3/2", "1/0", "1", "a/b", "1/2/3" })
            QVERIFY_THROWS_EXCEPTION(store::SweepError, SweepPlan::parseShard(bad));
    }

    void gridIsCheckedAgainstTheSchema()
    {
        const sim::Scenario base = storetest::smallScenario();
        for (const char *bad : { "world.listeners.malleability=0.5,1.5", "world.listeners.colour=1",
                 "recommender.kind=popular,best", "world.listeners.malleability", "=1",
                 "recommender.kind=popular,popular", "recommender.kind=popular," })
            QVERIFY_THROWS_EXCEPTION(store::SweepError, SweepPlan::parseGrid(bad, base));
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
            store::SweepRunner runner(plan, items, db, jobs, "t");
            std::size_t callbacks = 0;
            const auto ids = runner.run(
                [&](const store::SweepItem &, long long, std::size_t done, std::size_t total) {
                    ++callbacks;
                    QCOMPARE(total, plan.size());
                    QVERIFY(done <= total);
                });
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
            QVERIFY_THROWS_EXCEPTION(
                store::StoreError, store::SweepRunner(plan, plan.shard(2, 3), db, 1, "t").run());
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

    void mergeCopiesEverythingAndRefusesDuplicates()
    {
        const SweepPlan plan = smallPlan();
        for (int i = 1; i <= 2; ++i) {
            store::RunStore db(path(i == 1 ? "shard1.sqlite" : "shard2.sqlite").toStdString());
            store::SweepRunner(plan, plan.shard(i, 2), db, 2, "t").run();
        }
        store::RunStore out(path("merged.sqlite").toStdString());
        const int copied = store::mergeStores(
            out, { path("shard1.sqlite").toStdString(), path("shard2.sqlite").toStdString() });
        QCOMPARE(copied, int(plan.size()));
        const auto runs = out.runs();
        QCOMPARE(runs.size(), plan.size());
        std::set<long long> items;
        for (std::size_t k = 0; k < runs.size(); ++k) {
            QCOMPARE(runs[k].id, (long long)(k + 1)); // renumbered
            items.insert(runs[k].sweepItem);
            QCOMPARE(out.dayMetrics(runs[k].id).size(), std::size_t(2));
            QVERIFY(out.cohorts(runs[k].id).size() > 0);
        }
        QCOMPARE(items.size(), plan.size());
        // Shard 1 ran items 0, 2, 4, 6: they come first.
        QCOMPARE(runs[1].sweepItem, 2LL);
        // Merging a shard again would count its runs twice.
        try {
            store::mergeStores(out, { path("shard2.sqlite").toStdString() });
            QFAIL("a shard merged twice was accepted");
        } catch (const store::StoreError &e) {
            QVERIFY2(
                QString::fromUtf8(e.what()).contains(QLatin1String("both hold item")), e.what());
        }
        QCOMPARE(out.runs().size(), plan.size());
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError, store::mergeStores(out, { path("merged.sqlite").toStdString() }));
    }

    void tQuantiles()
    {
        // Tables of Student's t, two-sided 95 %.
        QVERIFY(std::abs(store::tQuantile975(1) - 12.7062047) < 1e-6);
        QVERIFY(std::abs(store::tQuantile975(3) - 3.18244631) < 1e-6);
        QVERIFY(std::abs(store::tQuantile975(9) - 2.26215716) < 1e-6);
        QVERIFY(std::abs(store::tQuantile975(1000) - 1.96233908) < 1e-6);
    }

    void meanIntervalByHand()
    {
        // {1, 2, 3, 4}: mean 2.5, sd = sqrt(5/3), half width = t(3) * sd / 2.
        const store::MeanInterval r = store::meanInterval({ 4, 1, 3, 2 });
        QCOMPARE(r.n, 4);
        QCOMPARE(r.mean, 2.5);
        QVERIFY(std::abs(r.sd - std::sqrt(5.0 / 3.0)) < 1e-12);
        const double half = 3.18244631 * std::sqrt(5.0 / 3.0) / 2.0;
        QVERIFY(std::abs(r.low - (2.5 - half)) < 1e-6);
        QVERIFY(std::abs(r.high - (2.5 + half)) < 1e-6);
        const store::MeanInterval one = store::meanInterval({ 7 });
        QCOMPARE(one.mean, 7.0);
        QVERIFY(std::isnan(one.sd) && std::isnan(one.low));
        QVERIFY(std::isnan(store::meanInterval({}).mean));
    }

    void meanIntervalIgnoresOrder()
    {
        // Values whose float sum depends on the order: the result must not.
        std::vector<double> v { 1e16, 1.0, -1e16, 3.0, 0.1, 0.2, 0.3 };
        const store::MeanInterval a = store::meanInterval(v);
        std::reverse(v.begin(), v.end());
        const store::MeanInterval b = store::meanInterval(v);
        std::swap(v[0], v[3]);
        const store::MeanInterval c = store::meanInterval(v);
        QVERIFY(std::memcmp(&a.mean, &b.mean, sizeof(double)) == 0);
        QVERIFY(std::memcmp(&a.mean, &c.mean, sizeof(double)) == 0);
        QVERIFY(std::memcmp(&a.high, &c.high, sizeof(double)) == 0);
    }

    void summaryRowsAndColumns()
    {
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        const store::RunStore db(path("sweep-1.sqlite").toStdString(), readOnly);
        store::SummaryOptions options;
        options.metrics = { "streams", "skip_rate" };
        const QStringList lines = QString::fromStdString(store::summaryCsv(db, options))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header + 4 grid points
        QCOMPARE(lines[0],
            QStringLiteral("sweep,recommender.kind,world.listeners.malleability,day,runs,"
                           "streams_n,streams_mean,streams_sd,streams_ci95_low,streams_ci95_high,"
                           "skip_rate_n,skip_rate_mean,skip_rate_sd,skip_rate_ci95_low,"
                           "skip_rate_ci95_high"));
        // Sorted by grid-point text: "popular" < "random", then 0.1 < 0.5.
        QVERIFY(lines[1].contains(QLatin1String(",popular,0.1,1,2,2,")));
        QVERIFY(lines[2].contains(QLatin1String(",popular,0.5,1,2,2,")));
        QVERIFY(lines[3].contains(QLatin1String(",random,0.1,1,2,2,")));
        // The mean of streams at one grid point, by hand from the stored values.
        const auto runs = db.runs();
        std::vector<double> streams;
        for (const auto &r : runs) {
            if (r.gridPoint
                != R"({"recommender.kind":"popular","world.listeners.malleability":0.1})")
                continue;
            const auto days = db.dayMetrics(r.id);
            for (const auto &v : days[1].values)
                if (v.metric == "streams")
                    streams.push_back(*v.value);
        }
        QCOMPARE(streams.size(), std::size_t(2));
        const QStringList cells = lines[1].split(QLatin1Char(','));
        QCOMPARE(cells[6].toDouble(), (streams[0] + streams[1]) / 2);
        options.metrics = { "no_such_metric" };
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store::summaryCsv(db, options));
    }
};

TD_REGISTER_TEST(TestSweep)
#include "tst_sweep.moc"
