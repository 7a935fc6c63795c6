// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// RunSession's rules without a widget: which history is shown and exported, how an overlay
// lives, and what an edit of the scenario leads to. Histories are hand-made: the test emits
// the controller's own signals with snapshots it built, as the worker would; a few cases run
// the small world for real.
#include "metrics/metriccatalog.h"
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "session/runsession.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>
#include <limits>

using td::run::RunState;
using td::run::SimulationController;
using td::test::kSignalTimeoutMs;
using td::ui::RunHistory;
using td::ui::RunSession;
using Effect = RunSession::EditEffect;

Q_DECLARE_METATYPE(RunSession::EditEffect)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

td::sim::DaySnapshotPtr snapshot(int day, int totalDays, double streams, double throughput = kNaN)
{
    auto s = std::make_shared<td::sim::DaySnapshot>();
    s->metrics.day = day;
    s->metrics.set("streams", streams);
    s->totalDays = totalDays;
    s->listenerDaysPerSecond = throughput;
    return s;
}

/// A stored run as the run browser loads it: `streams` per day, of `totalDays`.
td::run::StoredRunPtr storedRun(qint64 id, const QList<double> &streams, int totalDays)
{
    auto run = std::make_shared<td::run::StoredRun>();
    run->info.id = id;
    run->info.name = "Stored " + std::to_string(id);
    run->info.daysTotal = totalDays;
    run->info.daysDone = int(streams.size());
    run->scenarioTitle = QStringLiteral("Stored world");
    for (int day = 0; day < streams.size(); ++day)
        run->days.append(snapshot(day, totalDays, streams[day]));
    return run;
}

QList<double> streamsOf(const RunHistory &history)
{
    QList<double> out;
    const int streams = td::metrics::metricIndex("streams");
    for (const auto &day : history.days())
        out << day.values[std::size_t(streams)];
    return out;
}

/// A session whose live run is `streams` (hand-made, no engine) out of `totalDays`.
void feedLive(RunSession &session, const QList<double> &streams, int totalDays)
{
    SimulationController *c = session.controller();
    emit c->resetDone(totalDays);
    emit c->stateChanged(RunState::Paused, 0, totalDays);
    td::run::SnapshotBatch batch;
    for (int day = 0; day < streams.size(); ++day)
        batch.append(snapshot(day, totalDays, streams[day]));
    emit c->snapshotsPublished(batch);
    emit c->stateChanged(RunState::Paused, int(streams.size()), totalDays);
}

} // namespace

class TestRunSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<RunState>();
        qRegisterMetaType<const RunHistory *>();
    }

    void liveHistoryMirrorsThePublishedDays()
    {
        RunSession session;
        QSignalSpy appended(&session, &RunSession::liveDaysAppended);
        QSignalSpy states(&session, &RunSession::stateChanged);
        SimulationController *c = session.controller();
        emit c->resetDone(10);
        QCOMPARE(session.liveHistory().totalDays(), 10);
        QVERIFY(std::isnan(session.throughput()));
        emit c->stateChanged(RunState::Running, 0, 10);
        QCOMPARE(session.state(), RunState::Running);
        // Throughput: the mean over the batch's finite values, (100 + 300) / 2.
        emit c->snapshotsPublished({ snapshot(0, 10, 5.0, 100.0), snapshot(1, 10, 6.0, kNaN),
            snapshot(2, 10, 7.0, 300.0) });
        QCOMPARE(session.throughput(), 200.0);
        QCOMPARE(session.currentDay(), 3);
        QCOMPARE(streamsOf(session.liveHistory()), QList<double>({ 5.0, 6.0, 7.0 }));
        QCOMPARE(appended.size(), 1);
        QCOMPARE(states.size(), 1);
        // A new engine empties the live history.
        emit c->resetDone(4);
        QCOMPARE(session.liveHistory().daysDone(), 0);
        QCOMPARE(session.liveHistory().totalDays(), 4);
        QCOMPARE(session.currentDay(), 0);
    }

    void exportFollowsWhatIsShown()
    {
        RunSession session;
        feedLive(session, { 10.0, 11.0 }, 5);
        QSignalSpy shown(&session, &RunSession::shownHistoryChanged);
        // The live run is shown and exported.
        QCOMPARE(&session.shownHistory(), &session.liveHistory());
        QVERIFY(!session.showsStoredRun());
        QStringList facts = session.reportFacts();
        QVERIFY2(
            facts.value(1).startsWith(QStringLiteral("Day 2 of 5")), qPrintable(facts.value(1)));

        // A stored run opened: it is what the dashboard shows and the exports write.
        session.showStoredRun(storedRun(7, { 1.0, 2.0, 3.0 }, 4));
        QVERIFY(session.showsStoredRun());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<const RunHistory *>(), &session.shownHistory());
        QCOMPARE(streamsOf(session.shownHistory()), QList<double>({ 1.0, 2.0, 3.0 }));
        QCOMPARE(session.shownHistory().totalDays(), 4);
        facts = session.reportFacts();
        QCOMPARE(
            facts.value(0), QStringLiteral("Stored run 7 “Stored 7” (Stored world), day 3 of 4"));

        // The live run goes on underneath, unseen; the export still follows the stored run.
        emit session.controller()->snapshotsPublished({ snapshot(2, 5, 12.0) });
        QCOMPARE(streamsOf(session.liveHistory()), QList<double>({ 10.0, 11.0, 12.0 }));
        QCOMPARE(streamsOf(session.shownHistory()), QList<double>({ 1.0, 2.0, 3.0 }));

        // Back to live, explicitly; then Run and Step each return to the live run too.
        session.showLiveRun();
        QCOMPARE(&session.shownHistory(), &session.liveHistory());
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).at(0).value<const RunHistory *>(), &session.liveHistory());
        session.showLiveRun(); // already live: no signal
        QCOMPARE(shown.size(), 2);
        session.showStoredRun(storedRun(8, { 4.0 }, 1));
        session.run();
        QVERIFY(!session.showsStoredRun());
        session.showStoredRun(storedRun(8, { 4.0 }, 1));
        session.stepOne();
        QVERIFY(!session.showsStoredRun());
        session.showStoredRun(nullptr); // nothing to show: the live run stays
        QVERIFY(!session.showsStoredRun());
        QCOMPARE(streamsOf(session.shownHistory()), QList<double>({ 10.0, 11.0, 12.0 }));
    }

    void overlayStaysUntilRemoved()
    {
        RunSession session;
        feedLive(session, { 10.0 }, 5);
        QSignalSpy changed(&session, &RunSession::overlayChanged);
        QVERIFY(!session.overlayHistory());
        QCOMPARE(session.overlayLabel(), QString());

        session.setOverlayRun(storedRun(4, { 1.0, 2.0 }, 6));
        QVERIFY(session.overlayHistory());
        QCOMPARE(streamsOf(*session.overlayHistory()), QList<double>({ 1.0, 2.0 }));
        QCOMPARE(session.overlayHistory()->totalDays(), 6);
        QCOMPARE(session.overlayLabel(), QStringLiteral("run 4"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<const RunHistory *>(), session.overlayHistory());
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("run 4"));

        // Opening another run, going back to live, a new live run: the overlay stays.
        session.showStoredRun(storedRun(9, { 7.0 }, 1));
        session.showLiveRun();
        emit session.controller()->resetDone(5);
        emit session.controller()->snapshotsPublished({ snapshot(0, 5, 3.0) });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(streamsOf(*session.overlayHistory()), QList<double>({ 1.0, 2.0 }));
        QVERIFY(session.overlayHistory() != &session.shownHistory());

        // Another overlay replaces it; nullptr removes it.
        session.setOverlayRun(storedRun(5, { 8.0 }, 2));
        QCOMPARE(session.overlayLabel(), QStringLiteral("run 5"));
        QCOMPARE(streamsOf(*session.overlayHistory()), QList<double>({ 8.0 }));
        session.setOverlayRun(nullptr);
        QVERIFY(!session.overlayHistory());
        QVERIFY(!session.overlayRun());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.at(2).at(0).value<const RunHistory *>(), nullptr);
        QCOMPARE(changed.at(2).at(1).toString(), QString());
    }

    void editEffect_data()
    {
        QTest::addColumn<bool>("hasScenario");
        QTest::addColumn<RunState>("state");
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("live");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Effect>("effect");
        const QString knob = QStringLiteral("recommender.policy.epsilon");
        const QString setup = QStringLiteral("world.listeners.count");
        // clang-format off
        QTest::newRow("live, no scenario") << false << RunState::Empty << 0 << true << knob << Effect::Ignore;
        QTest::newRow("live, engine being built") << true << RunState::Empty << 0 << true << knob << Effect::RebuildSoon;
        QTest::newRow("live, day 0 paused") << true << RunState::Paused << 0 << true << knob << Effect::RebuildSoon;
        QTest::newRow("live, day 0 running") << true << RunState::Running << 0 << true << knob << Effect::SetLive;
        QTest::newRow("live, day 3 paused") << true << RunState::Paused << 3 << true << knob << Effect::SetLive;
        QTest::newRow("live, finished") << true << RunState::Finished << 5 << true << knob << Effect::SetLive;
        QTest::newRow("setup, no scenario") << false << RunState::Empty << 0 << false << setup << Effect::WaitForReset;
        QTest::newRow("setup, engine failed") << true << RunState::Empty << 0 << false << setup << Effect::RebuildSoon;
        QTest::newRow("setup, day 0 paused") << true << RunState::Paused << 0 << false << setup << Effect::RebuildSoon;
        QTest::newRow("setup, day 0 running") << true << RunState::Running << 0 << false << setup << Effect::WaitForReset;
        QTest::newRow("setup, day 3") << true << RunState::Paused << 3 << false << setup << Effect::WaitForReset;
        QTest::newRow("title, day 0") << true << RunState::Paused << 0 << false << QStringLiteral("title") << Effect::Ignore;
        QTest::newRow("description, day 3") << true << RunState::Paused << 3 << false << QStringLiteral("description") << Effect::Ignore;
        // clang-format on
    }
    void editEffect()
    {
        QFETCH(bool, hasScenario);
        QFETCH(RunState, state);
        QFETCH(int, day);
        QFETCH(bool, live);
        QFETCH(QString, path);
        QFETCH(Effect, effect);
        QCOMPARE(RunSession::editEffect(hasScenario, state, day, live, path), effect);
    }

    void editsBeforeAnyScenarioChangeNothing()
    {
        RunSession session;
        QSignalSpy applied(&session, &RunSession::scenarioApplied);
        td::sim::Scenario edited = td::test::smallScenario(5);
        QCOMPARE(session.liveValueEdited(
                     edited, QStringLiteral("recommender.policy.epsilon"), QStringLiteral("0.2")),
            Effect::Ignore);
        QCOMPARE(session.setupValueEdited(edited, QStringLiteral("world.listeners.count")),
            Effect::WaitForReset);
        QVERIFY(!session.rebuildPending());
        QVERIFY(!session.hasScenario());
        QCOMPARE(applied.size(), 0);
    }

    void autoApplyRebuildsOnlyBeforeTheFirstDay()
    {
        RunSession session;
        session.setAutoApplyDelay(0);
        QSignalSpy applied(&session, &RunSession::scenarioApplied);
        session.apply(td::test::smallScenario(5));
        QCOMPARE(applied.size(), 1); // at once, before the engine is built
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunState::Paused, kSignalTimeoutMs);

        // Day 0: two quick setup edits rebuild once, with the last edit.
        td::sim::Scenario edited = session.runScenario();
        edited.world.listeners.count = 150;
        QCOMPARE(session.setupValueEdited(edited, QStringLiteral("world.listeners.count")),
            Effect::RebuildSoon);
        edited.world.listeners.count = 120;
        QCOMPARE(session.setupValueEdited(edited, QStringLiteral("world.listeners.count")),
            Effect::RebuildSoon);
        QVERIFY(session.rebuildPending());
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, kSignalTimeoutMs);
        QCOMPARE(session.runScenario().world.listeners.count, 120);
        QVERIFY(!session.rebuildPending());
        // A title is a label: no rebuild.
        edited.title = "Renamed";
        QCOMPARE(session.setupValueEdited(edited, QStringLiteral("title")), Effect::Ignore);
        QVERIFY(!session.rebuildPending());

        // After a day: setup edits wait for a reset, live knobs go to the engine.
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunState::Paused, kSignalTimeoutMs);
        session.stepOne();
        QTRY_COMPARE_WITH_TIMEOUT(session.currentDay(), 1, kSignalTimeoutMs);
        edited.world.listeners.count = 90;
        QCOMPARE(session.setupValueEdited(edited, QStringLiteral("world.listeners.count")),
            Effect::WaitForReset);
        QVERIFY(!session.rebuildPending());
        QSignalSpy live(session.controller(), &SimulationController::parameterApplied);
        edited.recommender.policy.epsilon = 0.3;
        QCOMPARE(session.liveValueEdited(
                     edited, QStringLiteral("recommender.policy.epsilon"), QStringLiteral("0.3")),
            Effect::SetLive);
        QVERIFY(live.wait(kSignalTimeoutMs));
        QCOMPARE(live.at(0).at(0).toString(), QStringLiteral("recommender.policy.epsilon"));
        QCOMPARE(applied.size(), 2); // nothing was rebuilt
        QCOMPARE(session.runScenario().world.listeners.count, 120);
        QCOMPARE(session.liveHistory().daysDone(), 1);
    }

    void anEditWhileTheEngineIsBuiltIsNotLost()
    {
        // The A/B window edits B right after building it (--compare): the build in flight
        // must not win over the edit.
        RunSession session;
        session.setAutoApplyDelay(0);
        QSignalSpy applied(&session, &RunSession::scenarioApplied);
        session.apply(td::test::smallScenario(3));
        QCOMPARE(session.state(), RunState::Empty); // nothing has answered yet
        td::sim::Scenario edited = session.runScenario();
        edited.recommender.policy.epsilon = 0.3;
        QCOMPARE(session.liveValueEdited(
                     edited, QStringLiteral("recommender.policy.epsilon"), QStringLiteral("0.3")),
            Effect::RebuildSoon);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, kSignalTimeoutMs);
        QCOMPARE(session.runScenario().recommender.policy.epsilon, 0.3);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunState::Paused, kSignalTimeoutMs);
    }

    void openingAStoredRunPausesTheLiveRun()
    {
        RunSession session;
        session.controller()->setSpeed(30.0);
        session.apply(td::test::smallScenario(2000));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunState::Paused, kSignalTimeoutMs);
        session.run();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunState::Running, kSignalTimeoutMs);
        session.showStoredRun(storedRun(3, { 1.0 }, 1));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunState::Paused, kSignalTimeoutMs);
        QVERIFY(session.currentDay() < 2000);
        QVERIFY(session.showsStoredRun());
        // Rebuilding shows the live run again.
        session.apply(td::test::smallScenario(3));
        QVERIFY(!session.showsStoredRun());
    }
};

TD_REGISTER_TEST(TestRunSession)
#include "tst_runsession.moc"
