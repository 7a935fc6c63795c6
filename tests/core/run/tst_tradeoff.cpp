// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// A/B comparisons with replicate seeds and trade-off frontiers (core/run/tradeoff/): the plan
// and its record as a sweep, the sweep read back, the report's statistics by hand and against
// `summarize --paired`, the run statistics, the frontier, and a sweep made by
// `tastedrift-cli sweep` opened like one of the GUI's.
#include "storetesthelpers.h"
#include "testregistry.h"

#include "metrics/metriccatalog.h"
#include "run/sweep/sweepplan.h"
#include "run/sweep/sweeprunner.h"
#include "run/tradeoff/frontier.h"
#include "run/tradeoff/replicateplan.h"
#include "run/tradeoff/replicatereport.h"
#include "run/tradeoff/sweepresults.h"
#include "stats/multipletesting.h"
#include "store/runstore.h"
#include "store/sweep/completeness.h"
#include "store/sweep/summary.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace td;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

int metric(const char *name)
{
    return metrics::metricIndex(name);
}

/// A hand-made run of a sweep: `days` days, every metric NaN except those given (by day).
run::SweepRunValues handRun(const std::string &gridPoint, std::size_t gridIndex, std::uint64_t seed,
    int days, const std::map<std::string, std::vector<double>> &values)
{
    run::SweepRunValues run;
    run.info.gridPoint = gridPoint;
    run.info.seed = seed;
    run.info.scenarioJson = "{\"seed\":" + std::to_string(seed) + "}";
    run.gridIndex = gridIndex;
    run.values.assign(
        std::size_t(days), std::vector<double>(metrics::metricCatalog().size(), kNaN));
    for (const auto &[name, perDay] : values)
        for (std::size_t d = 0; d < perDay.size(); ++d)
            run.values[d][std::size_t(metrics::metricIndex(name))] = perDay[d];
    return run;
}

/// The cells of row `row` (0 = header) of a CSV without quoted cells.
QStringList csvRow(const std::string &csv, int row)
{
    const QStringList lines = QString::fromStdString(csv).split(QLatin1Char('\n'));
    return lines.value(row).split(QLatin1Char(','));
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-7 * std::max(1.0, std::abs(b));
}

} // namespace

class TestTradeoff : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string file(const char *name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }

    run::ReplicateComparison smallComparison(int days = 3) const
    {
        run::ReplicateComparison c;
        c.a = storetest::smallScenario(days, 1, 0.0);
        c.b = c.a;
        c.b.recommender.kind = recsys::RecommenderKind::Random;
        c.seeds = { 5, 6, 7 };
        return c;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void replicatePlan()
    {
        const run::ReplicateComparison c = smallComparison();
        const std::vector<run::PlannedRun> runs = c.plannedRuns("cmp");
        QCOMPARE(runs.size(), std::size_t(6));
        // Pair by pair, so a cancel keeps whole pairs; items grid-major like a sweep's plan.
        const long long items[] = { 0, 3, 1, 4, 2, 5 };
        const std::uint64_t seeds[] = { 5, 5, 6, 6, 7, 7 };
        for (std::size_t i = 0; i < runs.size(); ++i) {
            QCOMPARE(runs[i].row.sweepItem, items[i]);
            QCOMPARE(runs[i].scenario.run.seed, seeds[i]);
            QCOMPARE(runs[i].row.gridPoint, std::string(i % 2 ? run::kArmPointB : run::kArmPointA));
            QCOMPARE(runs[i].row.sweepId, c.sweepId());
            QCOMPARE(runs[i].scenario.recommender.kind,
                i % 2 ? recsys::RecommenderKind::Random : recsys::RecommenderKind::Popular);
        }
        QCOMPARE(runs[1].row.name, std::string("cmp B seed 5"));
        QCOMPARE(c.sweepId(), run::sweepIdOf(c.definitionJson()));
        // A different B is a different comparison.
        run::ReplicateComparison other = c;
        other.b.recommender.kind = recsys::RecommenderKind::Popular;
        QVERIFY(other.sweepId() != c.sweepId());

        const auto back = run::ReplicateComparison::fromDefinition(c.definitionJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->seeds, c.seeds);
        QCOMPARE(back->b.recommender.kind, recsys::RecommenderKind::Random);
        QCOMPARE(back->a.world.listeners.count, c.a.world.listeners.count);
        // A grid sweep is not a comparison.
        const run::SweepPlan plan(c.a, {}, { 1, 2 });
        QVERIFY(!run::ReplicateComparison::fromDefinition(plan.definitionJson()));

        run::ReplicateComparison twice = c;
        twice.seeds = { 1, 1 };
        QVERIFY_THROWS_EXCEPTION(run::SweepError, twice.plannedRuns("x"));
        twice.seeds.clear();
        QVERIFY_THROWS_EXCEPTION(run::SweepError, twice.plannedRuns("x"));
        QCOMPARE(run::consecutiveSeeds(9, 3), (std::vector<std::uint64_t> { 9, 10, 11 }));
    }

    void replicatesRecordedAndReadBack()
    {
        const run::ReplicateComparison c = smallComparison();
        const std::string db = file("ab.sqlite");
        {
            store::RunStore store(db);
            run::SweepRunner runner(c.plannedRuns("cmp"), 2);
            const run::SweepOutcome outcome = runner.run(store);
            QCOMPARE(outcome.completeCount(), std::size_t(6));
            // The store sees a whole sweep of 2 grid points x 3 seeds.
            const auto completeness = store::sweepCompleteness(store);
            QCOMPARE(completeness.size(), std::size_t(1));
            QCOMPARE(completeness[0].planned, 6LL);
            QVERIFY(completeness[0].isComplete());
        }
        const std::vector<run::SweepListing> sweeps = run::listSweeps(db);
        QCOMPARE(sweeps.size(), std::size_t(1));
        QVERIFY(sweeps[0].isComparison);
        QCOMPARE(sweeps[0].id, c.sweepId());
        QCOMPARE(sweeps[0].runs, 6);
        QCOMPARE(sweeps[0].complete, 6);
        QCOMPARE(sweeps[0].gridPaths, std::vector<std::string> { "arm" });
        QCOMPARE(sweeps[0].gridPoints, std::size_t(2));
        QCOMPARE(sweeps[0].seeds, std::size_t(3));

        const run::SweepResultsPtr results = run::loadSweepResults(db, c.sweepId());
        QCOMPARE(results->runs.size(), std::size_t(6));
        QCOMPARE(
            results->gridPoints, (std::vector<std::string> { run::kArmPointA, run::kArmPointB }));
        QCOMPARE(results->incomplete, 0);
        const run::ReplicateReport report(results);
        QCOMPARE(report.pairedSeeds(), (std::vector<std::uint64_t> { 5, 6, 7 }));
        QCOMPARE(report.days(), 3);

        // The values are the stored ones, seed by seed.
        const store::RunStore store(db, [] {
            store::OpenOptions o;
            o.readOnly = true;
            return o;
        }());
        const int streams = metric("streams");
        std::map<std::pair<std::string, std::uint64_t>, double> stored;
        for (const store::RunInfo &r : store.runs())
            for (const store::StoredDay &day : store.dayMetrics(r.id))
                if (day.day == 2)
                    for (const store::StoredValue &v : day.values)
                        if (v.metric == "streams")
                            stored[{ r.gridPoint, r.seed }] = *v.value;
        const std::vector<double> a = report.values(0, streams, 2);
        const std::vector<double> b = report.values(1, streams, 2);
        double sum = 0.0;
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(a[i], (stored[{ run::kArmPointA, report.pairedSeeds()[i] }]));
            QCOMPARE(b[i], (stored[{ run::kArmPointB, report.pairedSeeds()[i] }]));
            sum += b[i] - a[i];
        }
        QVERIFY(near(report.difference(streams, 2).mean, sum / 3.0));
        // Popular against random: the arms differ.
        QVERIFY(report.difference(streams, 2).mean != 0.0);

        // The same paired difference as `summarize --paired arm=A`.
        store::SummaryOptions options;
        options.metrics = { "streams", "skip_rate" };
        options.day = 2;
        options.paired = "arm=A";
        const std::string summary = store::summaryCsv(store, options);
        const QStringList header = csvRow(summary, 0);
        const QStringList row = csvRow(summary, 1);
        const int rows[] = { streams, metric("skip_rate") };
        int tested = 0;
        const std::vector<run::ReplicateReport::Row> table = report.table(2, &tested);
        for (int m : rows) {
            const QString name
                = QString::fromLatin1(metrics::metricCatalog()[std::size_t(m)].name.data());
            const auto cell = [&](const char *suffix) {
                return row.value(int(header.indexOf(name + QLatin1String(suffix)))).toDouble();
            };
            QVERIFY(near(table[std::size_t(m)].diff.mean, cell("_diff_mean")));
            QVERIFY(near(table[std::size_t(m)].diff.low, cell("_diff_ci95_low")));
            QVERIFY(near(table[std::size_t(m)].diff.high, cell("_diff_ci95_high")));
        }

        // The table's significance is Benjamini-Hochberg over the tested metrics' p-values.
        std::vector<double> p;
        for (const auto &r : table)
            p.push_back(r.p);
        const std::vector<bool> bh = stats::benjaminiHochberg(p, 0.05);
        int withP = 0;
        for (std::size_t i = 0; i < table.size(); ++i) {
            QCOMPARE(table[i].significant, bool(bh[i]));
            withP += std::isnan(table[i].p) ? 0 : 1;
        }
        QCOMPARE(tested, withP);
        QVERIFY(tested > 0);

        // The CSVs: exactly the issue's columns; one value row per metric, day, seed and arm.
        const std::string values = report.valuesCsv();
        QCOMPARE(
            csvRow(values, 0).join(QLatin1Char(',')), QStringLiteral("metric,day,seed,arm,value"));
        QCOMPARE(QString::fromStdString(values).count(QLatin1Char('\n')),
            qsizetype(1 + metrics::metricCatalog().size() * 3 * 3 * 2));
        QCOMPARE(csvRow(values, 1).join(QLatin1Char(',')).left(19),
            QStringLiteral("active_listeners,0,"));
        const std::string summaryAb = run::ReplicateReport::summaryCsv(table);
        QCOMPARE(csvRow(summaryAb, 0).join(QLatin1Char(',')),
            QStringLiteral("metric,mean_a,mean_b,diff,ci_low,ci_high,significant"));
        QCOMPARE(QString::fromStdString(summaryAb).count(QLatin1Char('\n')),
            qsizetype(1 + metrics::metricCatalog().size()));
    }

    void reportByHand()
    {
        // Streams on day 0: A = {10, 12, 11, 13}, B = {12, 15, 12, 16}: differences
        // {2, 3, 1, 3}, mean 2.25, sd sqrt(2.75/3), half width t(0.975, 3) sd / 2 = 1.52348,
        // p = 0.01822. Sessions: differences {5, 5.1, 5, 5.1}, p = 4e-7. Saves: {1, 3, 1, 3},
        // t = 2 sqrt(3), p = 0.04052. Skips: {1, -1, 2, -2}, mean 0, p = 1. Four metrics
        // tested, BH thresholds 0.0125, 0.025, 0.0375, 0.05: sessions and streams survive;
        // saves do not (0.0405 > 0.0375) although p < 0.05 uncorrected.
        auto results = std::make_shared<run::SweepResults>();
        results->gridPoints = { run::kArmPointA, run::kArmPointB };
        const double a[] = { 10, 12, 11, 13 }, b[] = { 12, 15, 12, 16 };
        const double sa[] = { 5, 5, 5, 5 }, sb[] = { 6, 4, 7, 3 };
        const double nb[] = { 5, 5.1, 5, 5.1 }, vb[] = { 1, 3, 1, 3 };
        for (std::uint64_t s = 0; s < 4; ++s) {
            results->runs.push_back(handRun(run::kArmPointA, 0, s + 1, 1,
                { { "streams", { a[s] } }, { "skip_rate", { sa[s] } }, { "sessions", { 0 } },
                    { "saves", { 0 } } }));
            results->runs.push_back(handRun(run::kArmPointB, 1, s + 1, 1,
                { { "streams", { b[s] } }, { "skip_rate", { sb[s] } }, { "sessions", { nb[s] } },
                    { "saves", { vb[s] } } }));
        }
        // An unpaired run (its B was cancelled) does not count.
        results->runs.push_back(handRun(run::kArmPointA, 0, 99, 1, { { "streams", { 1000 } } }));
        const run::ReplicateReport report(results);
        QCOMPARE(report.pairedSeeds(), (std::vector<std::uint64_t> { 1, 2, 3, 4 }));
        int tested = 0;
        const auto table = report.table(0, &tested);
        QCOMPARE(tested, 4);
        const auto &streams = table[std::size_t(metric("streams"))];
        QCOMPARE(streams.a.mean, 11.5);
        QCOMPARE(streams.b.mean, 13.75);
        QVERIFY(near(streams.diff.mean, 2.25));
        QVERIFY(std::abs(streams.diff.low - (2.25 - 1.5234802)) < 1e-6);
        QVERIFY(std::abs(streams.p - 0.0182199) < 1e-6);
        QVERIFY(streams.significant);
        // sd/delta = 0.42553: n = 4 needs (3.18245 + 0.97847)² · 0.18108 = 3.13 <= 4, n = 3 needs
        // (4.30265 + 1.06066)² · 0.18108 = 5.21 > 3.
        QCOMPARE(streams.seedsNeeded.value_or(-1), 4LL);
        const auto &skips = table[std::size_t(metric("skip_rate"))];
        QCOMPARE(skips.diff.mean, 0.0);
        QCOMPARE(skips.p, 1.0);
        QVERIFY(!skips.significant);
        QVERIFY(!skips.seedsNeeded);
        QVERIFY(table[std::size_t(metric("sessions"))].significant);
        const auto &saves = table[std::size_t(metric("saves"))];
        QVERIFY(std::abs(saves.p - 0.0405193) < 1e-6);
        QVERIFY(!saves.significant);
        const auto &untested = table[std::size_t(metric("coverage"))];
        QVERIFY(std::isnan(untested.p) && !untested.significant);

        const std::string csv = run::ReplicateReport::summaryCsv(table);
        QVERIFY(csv.find("\nstreams,11.5,13.75,2.25,0.726519819,3.77348018") != std::string::npos);
        QVERIFY(csv.find("\nskip_rate,5,5,0,") != std::string::npos);
        QVERIFY(csv.find("\ncoverage,,,,,,\n") != std::string::npos);
        QVERIFY(QString::fromStdString(csv).contains(
            QRegularExpression(QStringLiteral("\nstreams,[^\n]*,1\n"))));
        QVERIFY(QString::fromStdString(csv).contains(
            QRegularExpression(QStringLiteral("\nskip_rate,[^\n]*,0\n"))));
    }

    void runStatistics()
    {
        const run::SweepRunValues r = handRun("{}", 0, 1, 5,
            { { "streams", { 1, 2, kNaN, 4, 5 } }, { "population", { 9, 8, 7, 6, 5 } } });
        run::RunStatistic s = run::RunStatistic::shortTermDefault();
        QCOMPARE(s.metric, std::string("streams"));
        QCOMPARE(s.fromDay, 0);
        QCOMPARE(s.toDay, 13);
        QVERIFY(std::isnan(s.of(r))); // the run has 5 days, the window 14
        s.toDay = 1;
        QCOMPARE(s.of(r), 3.0);
        s.toDay = 3;
        QVERIFY(std::isnan(s.of(r))); // a sum needs every day of the window
        s.aggregate = run::RunStatistic::Aggregate::Mean;
        QCOMPARE(s.of(r), 7.0 / 3.0); // the mean over the days it is defined
        s.fromDay = run::RunStatistic::kLastDay;
        s.toDay = run::RunStatistic::kLastDay;
        QCOMPARE(s.of(r), 5.0);
        const run::RunStatistic population = run::RunStatistic::longTermDefault();
        QCOMPARE(population.of(r), 5.0);
        s.fromDay = 3;
        s.toDay = 1;
        QVERIFY(std::isnan(s.of(r))); // a window that ends before it starts
    }

    void frontierByHand()
    {
        // Three settings x two seeds. Means: P0 (15, 100), P1 (25, 90), P2 (20, 80): P2 is
        // dominated by P1 (more streams and more listeners); P0 and P1 trade one for the other.
        auto results = std::make_shared<run::SweepResults>();
        results->gridPoints = { "{\"x.e\":0}", "{\"x.e\":0.1}", "{\"x.e\":0.2}" };
        const double streams[3][2] = { { 10, 20 }, { 24, 26 }, { 20, 20 } };
        const double population[3][2] = { { 101, 99 }, { 88, 92 }, { 70, 90 } };
        for (std::size_t g = 0; g < 3; ++g)
            for (std::uint64_t s = 0; s < 2; ++s)
                results->runs.push_back(handRun(results->gridPoints[g], g, 2 - s, 1,
                    { { "streams", { streams[g][s] } }, { "population", { population[g][s] } } }));
        run::RunStatistic x = run::RunStatistic::shortTermDefault();
        x.toDay = 0;
        const run::Frontier f
            = run::computeFrontier(*results, x, run::RunStatistic::longTermDefault());
        QCOMPARE(f.points.size(), std::size_t(3));
        QCOMPARE(f.points[0].x.mean, 15.0);
        QCOMPARE(f.points[0].y.mean, 100.0);
        QCOMPARE(f.points[1].x.n, 2);
        // Interval of {10, 20}: 15 ± t(0.975, 1) · sqrt(50) / sqrt(2) = 15 ± 63.531.
        QVERIFY(std::abs(f.points[0].x.high - (15.0 + 12.7062047 * 5.0)) < 1e-5);
        QCOMPARE(f.front, (std::vector<std::size_t> { 0, 1 }));
        QVERIFY(f.points[0].onFrontier && f.points[1].onFrontier && !f.points[2].onFrontier);
        QCOMPARE(f.points[1].values,
            (std::vector<std::pair<std::string, std::string>> { { "x.e", "0.1" } }));
        // The setting opens with its lowest seed.
        QCOMPARE(f.points[2].scenarioJson, std::string("{\"seed\":1}"));
        QCOMPARE(f.points[2].seeds, (std::vector<std::uint64_t> { 1, 2 }));
        // Fewer is better in y (as for a churn count): P0 is now dominated by P1 (more
        // streams, fewer listeners); P2 has the fewest, P1 the most streams. By x: P2, P1.
        const run::Frontier lower = run::computeFrontier(*results, x,
            run::RunStatistic::longTermDefault(), stats::Better::Higher, stats::Better::Lower);
        QCOMPARE(lower.front, (std::vector<std::size_t> { 2, 1 }));
    }

    void gridPointText()
    {
        QCOMPARE(run::gridPointValues("{\"a.b\":0.10,\"c\":\"x y\",\"d\":true}"),
            (std::vector<std::pair<std::string, std::string>> {
                { "a.b", "0.10" }, { "c", "x y" }, { "d", "true" } }));
        QVERIFY(run::gridPointValues("{}").empty());
    }

    void cliSweepOpens()
    {
        // A researcher's sweep: made by tastedrift-cli, opened like the GUI's own.
        const QString scenario = m_dir.filePath(QStringLiteral("small.json"));
        {
            QFile out(scenario);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(R"({"world": {"listeners": {"count": 150}, "catalog": {"tracks": 400}},
                         "recommender": {"kind": "popular"}})");
        }
        const QString db = m_dir.filePath(QStringLiteral("cli-sweep.sqlite"));
        QProcess cli;
        cli.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("sweep"), scenario, QStringLiteral("--grid"),
                QStringLiteral("world.listeners.malleability=0,0.5"), QStringLiteral("--seeds"),
                QStringLiteral("1..2"), QStringLiteral("--days"), QStringLiteral("3"),
                QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--db"), db,
                QStringLiteral("--quiet") });
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const std::vector<run::SweepListing> sweeps = run::listSweeps(db.toStdString());
        QCOMPARE(sweeps.size(), std::size_t(1));
        QVERIFY(!sweeps[0].isComparison);
        QCOMPARE(sweeps[0].gridPaths, std::vector<std::string> { "world.listeners.malleability" });
        const run::SweepResultsPtr results = run::loadSweepResults(db.toStdString(), sweeps[0].id);
        QCOMPARE(results->runs.size(), std::size_t(4));
        run::RunStatistic x = run::RunStatistic::shortTermDefault();
        x.toDay = run::RunStatistic::kLastDay;
        const run::Frontier f
            = run::computeFrontier(*results, x, run::RunStatistic::longTermDefault());
        QCOMPARE(f.points.size(), std::size_t(2));
        QCOMPARE(f.points[1].values.front().second, std::string("0.5"));
        QVERIFY(!f.front.empty());

        // The long-term means are summarize's population means on the last day.
        cli.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("summarize"), db, QStringLiteral("--metrics"),
                QStringLiteral("population"), QStringLiteral("--csv"), QStringLiteral("-") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const std::string summary = cli.readAllStandardOutput().toStdString();
        const QStringList header = csvRow(summary, 0);
        const int meanColumn = int(header.indexOf(QStringLiteral("population_mean")));
        QVERIFY(meanColumn > 0);
        for (int g = 0; g < 2; ++g)
            QVERIFY(near(f.points[std::size_t(g)].y.mean,
                csvRow(summary, g + 1).value(meanColumn).toDouble()));
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError, run::loadSweepResults(db.toStdString(), "nope"));
    }
};

TD_REGISTER_TEST(TestTradeoff)
#include "tst_tradeoff.moc"
