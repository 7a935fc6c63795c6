// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Exact replay (core/run/replay.h): a run with a live change replays bit for bit, with any
// thread count; a tampered value is found, and it is the first difference that is reported;
// a run of another simulation model version is not replayed but named; a replay can be
// cancelled.
#include "storetesthelpers.h"
#include "testregistry.h"

#include "run/dayrecord.h"
#include "run/replay.h"
#include "sim/modelversion.h"
#include "sim/scenario/textformat.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace td;
using td::storetest::RawConnection;

namespace {
constexpr int kDays = 6;
constexpr int kChangeDay = 3;

run::ReplayResult replayRun(const store::RunStore &db, long long id, unsigned threads,
    const std::function<void(int, int)> &progress = {}, const std::atomic<bool> *cancel = nullptr)
{
    run::ReplayOptions options;
    options.threads = threads;
    options.progress = progress;
    options.cancel = cancel;
    return run::replay(run::loadReplayInput(db, id), options);
}

/// Stores a run with a live change of world.listeners.malleability on day 3.
long long recordAnnotatedRun(store::RunStore &db)
{
    return storetest::recordRun(db, storetest::smallScenario(kDays, 5), [](sim::Engine &engine) {
        if (engine.currentDay() == kChangeDay)
            engine.setParameter("world.listeners.malleability", "0.95");
    });
}
} // namespace

class TestReplay : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void annotatedRunReplaysExactly_data()
    {
        QTest::addColumn<unsigned>("threads");
        QTest::newRow("1 thread") << 1u;
        QTest::newRow("3 threads") << 3u;
    }
    void annotatedRunReplaysExactly()
    {
        QFETCH(unsigned, threads);
        QFile::remove(path("replay.sqlite"));
        store::RunStore db(path("replay.sqlite").toStdString());
        const long long id = recordAnnotatedRun(db);
        QCOMPARE(db.annotations(id).size(), std::size_t(1));
        const run::ReplayResult result = replayRun(db, id, threads);
        QVERIFY2(result.matches(),
            result.mismatch
                ? (result.mismatch->metric + " day " + std::to_string(result.mismatch->day)).c_str()
                : "");
        QCOMPARE(result.daysCompared, kDays);
        QCOMPARE(result.valuesCompared, (long long)(kDays * metrics::metricCatalog().size()));
        QCOMPARE(result.metricsNotStored, 0);
    }

    void theAnnotationMatters()
    {
        // Guards the test above against passing vacuously: without the live change, the
        // same scenario and seed must give different metrics after day 3, so a replay that
        // ignored annotations would fail.
        store::RunStore db(path("matters.sqlite").toStdString());
        const long long id = recordAnnotatedRun(db);
        const auto stored = db.dayMetrics(id);
        sim::Engine plain(storetest::smallScenario(kDays, 5), 1);
        bool differs = false;
        bool equalBefore = true;
        for (int d = 0; d < kDays; ++d) {
            const metrics::DayMetrics m = plain.stepDay()->metrics;
            for (const store::StoredValue &v : stored[std::size_t(d)].values) {
                const double x = m.value(v.metric);
                const bool same
                    = v.value ? std::memcmp(&*v.value, &x, sizeof x) == 0 : std::isnan(x);
                if (d < kChangeDay)
                    equalBefore = equalBefore && same;
                else
                    differs = differs || !same;
            }
        }
        QVERIFY(equalBefore);
        QVERIFY(differs);
    }

    void tamperedValueIsTheFirstMismatch()
    {
        const QString file = path("tampered.sqlite");
        long long id = 0;
        double original = 0;
        {
            store::RunStore db(file.toStdString());
            id = recordAnnotatedRun(db);
            const auto days = db.dayMetrics(id); // a named vector: it must outlive the loop
            for (const store::StoredValue &v : days[4].values)
                if (v.metric == "streams")
                    original = *v.value;
        }
        {
            // Day 5 is changed too: the report must name day 4, the first.
            RawConnection raw(file);
            raw.exec(QStringLiteral("UPDATE day_metrics SET value = value + 1 WHERE run_id = %1"
                                    " AND day = 4 AND metric = 'streams'")
                         .arg(id));
            raw.exec(QStringLiteral("UPDATE day_metrics SET value = value * 2 WHERE run_id = %1"
                                    " AND day = 5 AND metric = 'active_listeners'")
                         .arg(id));
        }
        store::OpenOptions options;
        options.readOnly = true;
        const store::RunStore db(file.toStdString(), options);
        const run::ReplayResult result = replayRun(db, id, 1);
        QVERIFY(!result.matches());
        QCOMPARE(result.mismatch->day, 4);
        QCOMPARE(result.mismatch->metric, std::string("streams"));
        QCOMPARE(result.mismatch->stored, sim::text::shortestNumber(original + 1));
        QCOMPARE(result.mismatch->replayed, sim::text::shortestNumber(original));
        QCOMPARE(result.daysCompared, 4);
    }

    void lastBitMatters()
    {
        // One ulp off is a mismatch: the comparison is on bits, not on printed digits.
        const QString file = path("ulp.sqlite");
        long long id = 0;
        double original = 0;
        {
            store::RunStore db(file.toStdString());
            id = storetest::recordRun(db, storetest::smallScenario(2, 9));
            const auto days = db.dayMetrics(id);
            for (const store::StoredValue &v : days[1].values)
                if (v.metric == "mean_satisfaction")
                    original = *v.value;
        }
        {
            RawConnection raw(file);
            QSqlQuery q(raw.db());
            q.prepare(QStringLiteral("UPDATE day_metrics SET value = ? WHERE run_id = ? AND day = 1"
                                     " AND metric = 'mean_satisfaction'"));
            q.addBindValue(std::nextafter(original, 2.0));
            q.addBindValue(id);
            QVERIFY(q.exec());
        }
        const store::RunStore db(file.toStdString());
        const run::ReplayResult result = replayRun(db, id, 1);
        QVERIFY(!result.matches());
        QCOMPARE(result.mismatch->day, 1);
        QCOMPARE(result.mismatch->metric, std::string("mean_satisfaction"));
    }

    void interruptedRunReplaysItsDays()
    {
        store::RunStore db(path("partial.sqlite").toStdString());
        long long id = 0;
        {
            const sim::Scenario scenario = storetest::smallScenario(8, 4);
            store::NewRun run;
            run.scenarioJson = sim::scenarioToJson(scenario);
            run.seed = scenario.run.seed;
            run.daysTotal = 8;
            store::RunRecorder recorder(db, run);
            id = recorder.runId();
            sim::Engine engine(scenario, 1);
            for (int d = 0; d < 3; ++d) {
                const auto snapshot = engine.stepDay();
                recorder.writeDay(run::dayRecordOf(
                    *snapshot, engine.lastDayEvents(), engine.lastDayContexts(), 0.2));
            }
        } // destroyed unfinished: interrupted after 3 days
        QCOMPARE(db.run(id).status, store::RunStatus::Interrupted);
        const run::ReplayResult result = replayRun(db, id, 1);
        QVERIFY(result.matches());
        QCOMPARE(result.daysCompared, 3);
    }

    void runOfAnotherModelIsNotReplayed()
    {
        // Issue 16: a run recorded by another simulation model must say so, not "mismatch".
        const QString file = path("model.sqlite");
        long long id = 0;
        {
            store::RunStore db(file.toStdString());
            id = storetest::recordRun(db, storetest::smallScenario(2, 9));
            QCOMPARE(db.run(id).modelVersion, std::optional<int>(sim::kModelVersion));
        }
        RawConnection(file).exec(QStringLiteral("UPDATE runs SET model_version = %1 WHERE id = %2")
                                     .arg(sim::kModelVersion + 1)
                                     .arg(id));
        const store::RunStore db(file.toStdString());
        int days = 0;
        const run::ReplayResult result = replayRun(db, id, 1, [&](int, int) { ++days; });
        QCOMPARE(result.status, run::ReplayStatus::OtherModel);
        QVERIFY(!result.mismatch);
        QCOMPARE(days, 0); // not simulated at all
        QCOMPARE(result.modelNote(),
            "recorded by simulation model " + std::to_string(sim::kModelVersion + 1)
                + ", this build is " + std::to_string(sim::kModelVersion)
                + ": numbers are expected to differ");
    }

    void runWithoutModelVersionReplaysAndHintsOnMismatch()
    {
        // Runs stored before schema version 2 have no model version: replayed as before, and
        // a mismatch carries the hint that the model may have changed since.
        const QString file = path("nomodel.sqlite");
        long long id = 0;
        {
            store::RunStore db(file.toStdString());
            id = storetest::recordRun(db, storetest::smallScenario(2, 9));
        }
        {
            RawConnection raw(file);
            raw.exec(QStringLiteral("UPDATE runs SET model_version = NULL"));
        }
        {
            const store::RunStore db(file.toStdString());
            const run::ReplayResult result = replayRun(db, id, 1);
            QVERIFY(result.matches());
            QVERIFY(!result.recordedModel);
            QVERIFY(result.modelNote().empty());
        }
        RawConnection(file).exec(QStringLiteral(
            "UPDATE day_metrics SET value = value + 1 WHERE day = 0 AND metric = 'streams'"));
        const store::RunStore db(file.toStdString());
        const run::ReplayResult result = replayRun(db, id, 1);
        QCOMPARE(result.status, run::ReplayStatus::Mismatch);
        QVERIFY2(QString::fromStdString(result.modelNote())
                     .contains(QLatin1String("stored before model versions existed")),
            result.modelNote().c_str());
    }

    void cancelStopsAtTheNextDay()
    {
        store::RunStore db(path("cancel.sqlite").toStdString());
        const long long id = storetest::recordRun(db, storetest::smallScenario(6, 2));
        std::atomic<bool> cancel { false };
        int days = 0;
        const run::ReplayResult result = replayRun(
            db, id, 1,
            [&](int day, int) {
                ++days;
                if (day == 1)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(result.status, run::ReplayStatus::Cancelled);
        QCOMPARE(days, 2);
        QCOMPARE(result.daysCompared, 2);
    }

    void replayByPathClosesItsConnectionFirst()
    {
        const QString file = path("bypath.sqlite");
        long long id = 0;
        {
            store::RunStore db(file.toStdString());
            id = storetest::recordRun(db, storetest::smallScenario(3, 1));
        }
        const int before = QSqlDatabase::connectionNames().size();
        int connectionsWhileSimulating = -1;
        run::ReplayOptions options;
        options.progress = [&](int, int) {
            connectionsWhileSimulating = QSqlDatabase::connectionNames().size();
        };
        const run::ReplayResult result = run::replayStoredRun(file.toStdString(), id, options);
        QVERIFY(result.matches());
        QCOMPARE(result.daysCompared, 3);
        // The simulation holds no connection (the connection rule, docs/store.md).
        QCOMPARE(connectionsWhileSimulating, before);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    }
};

TD_REGISTER_TEST(TestReplay)
#include "tst_replay.moc"
