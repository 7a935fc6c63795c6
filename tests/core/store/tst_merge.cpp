// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Merge, summaries and completeness of sweeps (core/store/sweep/): what merge copies and
// refuses, that a refused merge leaves nothing, which planned runs a database misses, and the
// statistics of summaries. The sweeps themselves are run by core/run's SweepRunner.
#include "storedamage.h"
#include "storetesthelpers.h"
#include "testregistry.h"

#include "run/sweep/sweepplan.h"
#include "run/sweep/sweeprunner.h"
#include "store/sweep/completeness.h"
#include "store/sweep/merge.h"
#include "store/sweep/summary.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

using namespace td;
using run::SweepPlan;
using td::storetest::RawConnection;

namespace {

/// 2 x 2 grid, seeds 3 and 4: 8 runs of `days` days.
SweepPlan smallPlan(int days = 2)
{
    const sim::Scenario base = storetest::smallScenario(days, 1, 0.05);
    std::vector<run::GridAxis> axes {
        SweepPlan::parseGrid("world.listeners.malleability=0.1,0.50", base),
        SweepPlan::parseGrid("recommender.kind=random,popular", base),
    };
    return SweepPlan(base, axes, SweepPlan::parseSeeds("3,4"));
}

void runInto(const std::string &file, const SweepPlan &plan, const std::vector<std::size_t> &items)
{
    run::SweepRunner runner(run::plannedRuns(plan, items, "t"), 2);
    run::runSweep(file, {}, runner);
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    std::string file(const char *name) const { return path(name).toStdString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const SweepPlan plan = smallPlan();
        runInto(file("sweep.sqlite"), plan, plan.shard(1, 1));
        runInto(file("shard1.sqlite"), plan, plan.shard(1, 2));
        runInto(file("shard2.sqlite"), plan, plan.shard(2, 2));
    }

    void mergeCopiesEverythingAndRefusesDuplicates()
    {
        const SweepPlan plan = smallPlan();
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
        const store::RunStore db(path("sweep.sqlite").toStdString(), readOnly);
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

    void completenessNamesWhatIsMissing()
    {
        // Shard 1 of 2 holds items 0, 2, 4, 6: the other four are missing, by name.
        const SweepPlan plan = smallPlan();
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        {
            const store::RunStore shard(file("shard1.sqlite"), readOnly);
            const auto sweeps = store::sweepCompleteness(shard);
            QCOMPARE(sweeps.size(), std::size_t(1));
            const store::SweepCompleteness &c = sweeps[0];
            QCOMPARE(c.sweepId, plan.sweepId());
            QCOMPARE(c.planned, 8LL);
            QCOMPARE(c.complete, 4LL);
            QCOMPARE(c.missingCount, 4LL);
            QVERIFY(!c.isComplete());
            for (std::size_t k = 0; k < 4; ++k) {
                const run::SweepItem item = plan.item(2 * k + 1);
                QCOMPARE(c.missing[k].item, (long long)item.index);
                QCOMPARE(c.missing[k].gridPoint, item.gridPoint); // the canonical text
                QCOMPARE(c.missing[k].seed, item.seed);
            }
            QVERIFY2(
                QString::fromStdString(c.describe())
                    .startsWith(QStringLiteral("sweep ") + QString::fromStdString(plan.sweepId())
                        + QStringLiteral(": 4 of 8 planned runs complete; 4 missing: item 1 (")),
                c.describe().c_str());
        }
        {
            const store::RunStore whole(file("sweep.sqlite"), readOnly);
            const auto sweeps = store::sweepCompleteness(whole);
            QCOMPARE(sweeps.size(), std::size_t(1));
            QVERIFY(sweeps[0].isComplete());
            QCOMPARE(sweeps[0].complete, 8LL);
        }
        // A run killed half-way is incomplete, not complete.
        QVERIFY(QFile::copy(path("sweep.sqlite"), path("killed.sqlite")));
        RawConnection(path("killed.sqlite"))
            .exec(QStringLiteral(
                "UPDATE runs SET status = 'interrupted', days_done = 1 WHERE sweep_item = 5"));
        const store::RunStore killed(file("killed.sqlite"), readOnly);
        const store::SweepCompleteness c = store::sweepCompleteness(killed).at(0);
        QCOMPARE(c.complete, 7LL);
        QCOMPARE(c.missingCount, 0LL);
        QCOMPARE(c.incomplete.size(), std::size_t(1));
        QCOMPARE(c.incomplete[0].sweepItem, 5LL);
        QVERIFY2(QString::fromStdString(c.describe())
                     .endsWith(QLatin1String("(item 5, interrupted, 1 of 2 days)")),
            c.describe().c_str());
    }

    void mergeIntoWarnsUntilTheSweepIsWhole()
    {
        const std::string out = file("into.sqlite");
        const store::MergeReport first = store::mergeInto(out, {}, { file("shard1.sqlite") });
        QCOMPARE(first.copied, 4);
        QCOMPARE(first.incompleteSweeps.size(), std::size_t(1));
        QCOMPARE(first.incompleteSweeps[0].missingCount, 4LL);
        const store::MergeReport second = store::mergeInto(out, {}, { file("shard2.sqlite") });
        QCOMPARE(second.copied, 4);
        QVERIFY(second.incompleteSweeps.empty());
    }

    void refusedMergeLeavesNoFile_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("shard given twice") << QStringLiteral("twice");
        QTest::newRow("damaged input") << QStringLiteral("damaged");
        QTest::newRow("input is missing") << QStringLiteral("missing");
    }
    void refusedMergeLeavesNoFile()
    {
        QFETCH(QString, why);
        const std::string out = file("refused.sqlite");
        std::vector<std::string> inputs { file("shard1.sqlite") };
        std::string blamed;
        if (why == QLatin1String("twice")) {
            QFile::remove(path("shard1-copy.sqlite"));
            QVERIFY(QFile::copy(path("shard1.sqlite"), path("shard1-copy.sqlite")));
            inputs.push_back(file("shard1-copy.sqlite"));
            blamed = inputs.back();
        } else if (why == QLatin1String("damaged")) {
            const QString damaged = path("damaged-input.sqlite");
            QFile::remove(damaged);
            QVERIFY(storetest::makeLargeStore(damaged));
            QVERIFY(storetest::damage(damaged, storetest::Damage::ZeroPage500));
            inputs.push_back(damaged.toStdString());
            blamed = inputs.back();
        } else {
            inputs.push_back(file("no-such-shard.sqlite"));
            blamed = inputs.back();
        }
        try {
            store::mergeInto(out, {}, inputs);
            QFAIL("the merge was accepted");
        } catch (const store::StoreError &e) {
            // The input is blamed, never OUT.
            QVERIFY2(
                QString::fromUtf8(e.what()).contains(QString::fromStdString("'" + blamed + "'")),
                e.what());
            QVERIFY2(!QString::fromUtf8(e.what()).contains(QLatin1String("refused.sqlite' is")),
                e.what());
        }
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QVERIFY2(!QFile::exists(QString::fromStdString(out + suffix)), suffix);
    }

    void mergeKeepsAnOlderInputsRunsWithoutModelVersion()
    {
        const QString v1 = path("v1-input.sqlite");
        QVERIFY(QFile::copy(QStringLiteral(TD_SOURCE_DIR "/tests/fixtures/store/v1.sqlite"), v1));
        QFile::setPermissions(v1, QFile::ReadOwner | QFile::WriteOwner);
        const std::string out = file("from-v1.sqlite");
        const store::MergeReport report = store::mergeInto(out, {}, { v1.toStdString() });
        QCOMPARE(report.copied, 2);
        const store::RunStore db(out);
        QCOMPARE(db.schemaVersion(), store::latestVersion(store::storeMigrations()));
        for (const store::RunInfo &r : db.runs())
            QVERIFY(!r.modelVersion);
        // The input was only read: still version 1.
        QCOMPARE(RawConnection(v1)
                     .exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))
                     .toInt(),
            1);
    }
};

TD_REGISTER_TEST(TestMerge)
#include "tst_merge.moc"
