// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "testregistry.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <memory>

using td::run::RunState;
using td::run::SimulationController;
using td::test::kSignalTimeoutMs;
using td::test::smallScenario;
using td::test::SnapshotRecorder;

namespace {

// Resets `controller` to `scenario` and waits until the new engine is ready at day 0.
bool resetAndWait(SimulationController &controller, const td::sim::Scenario &scenario)
{
    QSignalSpy ready(&controller, &SimulationController::resetDone);
    controller.reset(scenario);
    // resetDone comes first, the state change to Paused right after it (a separate event).
    return ready.wait(kSignalTimeoutMs)
        && QTest::qWaitFor(
            [&] { return controller.state() == RunState::Paused; }, kSignalTimeoutMs);
}

bool sameValues(const td::metrics::DayMetrics &a, const td::metrics::DayMetrics &b)
{
    if (a.day != b.day || a.values.size() != b.values.size())
        return false;
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        const bool bothNaN = std::isnan(a.values[i]) && std::isnan(b.values[i]);
        if (!bothNaN && a.values[i] != b.values[i])
            return false;
    }
    return true;
}

} // namespace

class TestSimulationController : public QObject
{
    Q_OBJECT
private slots:
    void engineRunsOffTheCallerThread()
    {
        SimulationController controller;
        controller.setEngineThreads(1);
        SnapshotRecorder recorder(&controller);
        QVERIFY(controller.engineThread() == nullptr);
        QVERIFY(resetAndWait(controller, smallScenario(3)));
        QVERIFY(controller.engineThread() != nullptr);
        QVERIFY(controller.engineThread() != QThread::currentThread());
        QCOMPARE(controller.engineThread(), controller.workerThread());

        controller.run();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kSignalTimeoutMs);
        // Results reach the caller only as published snapshots, delivered on its own thread.
        QCOMPARE(recorder.days, td::test::firstDays(3));
        QCOMPARE(recorder.offThreadBatches, 0);
    }

    void runPublishesEveryDayOnceInOrder()
    {
        SimulationController controller;
        SnapshotRecorder recorder(&controller);
        QVERIFY(resetAndWait(controller, smallScenario(5)));
        QCOMPARE(controller.totalDays(), 5);
        QCOMPARE(controller.currentDay(), 0);
        controller.run();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kSignalTimeoutMs);
        QCOMPARE(recorder.days, td::test::firstDays(5));
        QCOMPARE(controller.currentDay(), 5);
        QCOMPARE(recorder.emptyBatches, 0);
        QVERIFY(recorder.batches >= 1 && recorder.batches <= 5);
        for (const td::sim::DaySnapshotPtr &snapshot : recorder.snapshots)
            QCOMPARE(snapshot->totalDays, 5);

        // Nothing is left to run: run() and stepOne() after the last day change nothing.
        QSignalSpy states(&controller, &SimulationController::stateChanged);
        controller.run();
        controller.stepOne();
        QVERIFY(resetAndWait(controller, smallScenario(1))); // flushes the queue of commands
        QCOMPARE(states.count(), 1); // only the reset's Paused
    }

    void stepAdvancesExactlyOneDay()
    {
        SimulationController controller;
        SnapshotRecorder recorder(&controller);
        QVERIFY(resetAndWait(controller, smallScenario(5)));
        QSignalSpy states(&controller, &SimulationController::stateChanged);

        controller.stepOne();
        QVERIFY(states.wait(kSignalTimeoutMs));
        QCOMPARE(recorder.days, td::test::firstDays(1));
        QCOMPARE(controller.currentDay(), 1);
        QCOMPARE(controller.state(), RunState::Paused);
        QCOMPARE(states.last().at(1).toInt(), 1);

        controller.stepOne();
        QVERIFY(states.wait(kSignalTimeoutMs));
        QCOMPARE(recorder.days, td::test::firstDays(2));
        QCOMPARE(controller.currentDay(), 2);
        QCOMPARE(controller.state(), RunState::Paused);
    }

    void pauseStopsDaysAdvancing()
    {
        SimulationController controller;
        SnapshotRecorder recorder(&controller);
        QVERIFY(resetAndWait(controller, smallScenario(400)));
        controller.setSpeed(50.0); // slow enough that the pause lands long before the end
        controller.run();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.days.isEmpty(), kSignalTimeoutMs);
        controller.pause();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kSignalTimeoutMs);
        const int pausedAt = controller.currentDay();
        QVERIFY(pausedAt >= 1 && pausedAt < 400);
        QCOMPARE(recorder.days, td::test::firstDays(pausedAt)); // published in full at the pause

        // If any day had run while paused, the step would not produce day `pausedAt`.
        QSignalSpy states(&controller, &SimulationController::stateChanged);
        controller.stepOne();
        QVERIFY(states.wait(kSignalTimeoutMs));
        QCOMPARE(recorder.days, td::test::firstDays(pausedAt + 1));
        QCOMPARE(controller.currentDay(), pausedAt + 1);
    }

    void resetGoesBackToDayZero()
    {
        SimulationController controller;
        SnapshotRecorder recorder(&controller);
        QVERIFY(resetAndWait(controller, smallScenario(4)));
        controller.run();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kSignalTimeoutMs);
        QCOMPARE(recorder.days.size(), 4);
        const td::sim::DaySnapshotPtr firstRunDay0 = recorder.snapshots.first();

        QVERIFY(resetAndWait(controller, smallScenario(4)));
        QCOMPARE(controller.currentDay(), 0);
        QCOMPARE(controller.totalDays(), 4);
        QVERIFY(recorder.days.isEmpty());

        QSignalSpy states(&controller, &SimulationController::stateChanged);
        controller.stepOne();
        QVERIFY(states.wait(kSignalTimeoutMs));
        QCOMPARE(recorder.days, td::test::firstDays(1));
        // Same scenario, same seed: the new day 0 is the old day 0, number for number.
        QVERIFY(sameValues(recorder.snapshots.first()->metrics, firstRunDay0->metrics));
    }

    void resetWhileRunningStartsOver()
    {
        SimulationController controller;
        SnapshotRecorder recorder(&controller);
        QVERIFY(resetAndWait(controller, smallScenario(400)));
        controller.setSpeed(50.0);
        controller.run();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.days.isEmpty(), kSignalTimeoutMs);
        QVERIFY(resetAndWait(controller, smallScenario(3)));
        QCOMPARE(controller.currentDay(), 0);
        QCOMPARE(controller.totalDays(), 3);
        controller.setSpeed(0.0);
        controller.run();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kSignalTimeoutMs);
        QCOMPARE(recorder.days, td::test::firstDays(3)); // nothing of the old run leaks in
    }

    void engineErrorBecomesASignal()
    {
        SimulationController controller;
        QSignalSpy errors(&controller, &SimulationController::errorOccurred);
        td::sim::Scenario broken = smallScenario(5);
        broken.world.listeners.count = 0; // the engine refuses to build this world
        controller.reset(broken);
        QVERIFY(errors.wait(kSignalTimeoutMs));
        QVERIFY2(
            errors.first().first().toString().contains(QStringLiteral("world.listeners.count")),
            qPrintable(errors.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Empty, kSignalTimeoutMs);
        QVERIFY(controller.engineThread() == nullptr);

        // Without an engine, commands are harmless; a good scenario afterwards works.
        controller.run();
        controller.stepOne();
        QVERIFY(resetAndWait(controller, smallScenario(2)));
        QCOMPARE(errors.count(), 1);
    }

    void liveParameterTakesEffectNextDay()
    {
        SimulationController controller;
        SnapshotRecorder recorder(&controller);
        QSignalSpy applied(&controller, &SimulationController::parameterApplied);
        QSignalSpy rejected(&controller, &SimulationController::parameterRejected);
        QVERIFY(resetAndWait(controller, smallScenario(5)));

        controller.setParameter(QStringLiteral("no.such.knob"), QStringLiteral("1"));
        QVERIFY(rejected.wait(kSignalTimeoutMs));
        QCOMPARE(rejected.first().at(0).toString(), QStringLiteral("no.such.knob"));
        QVERIFY(!rejected.first().at(1).toString().isEmpty());

        controller.setParameter(
            QStringLiteral("recommender.policy.epsilon"), QStringLiteral("0.2"));
        QVERIFY(applied.wait(kSignalTimeoutMs));
        QCOMPARE(applied.first().at(0).toString(), QStringLiteral("recommender.policy.epsilon"));
        QCOMPARE(applied.first().at(2).toInt(), 0); // from the next day to simulate: day 0

        QSignalSpy states(&controller, &SimulationController::stateChanged);
        controller.stepOne();
        QVERIFY(states.wait(kSignalTimeoutMs));
        QCOMPARE(recorder.snapshots.size(), 1);
        const auto &annotations = recorder.snapshots.first()->annotationsToday;
        QCOMPARE(int(annotations.size()), 1);
        QCOMPARE(annotations.front().path, std::string("recommender.policy.epsilon"));
        QCOMPARE(annotations.front().day, 0);
    }

    void pacedRunStillRunsEveryDay()
    {
        SimulationController controller;
        SnapshotRecorder recorder(&controller);
        QVERIFY(resetAndWait(controller, smallScenario(4)));
        controller.setSpeed(200.0);
        QCOMPARE(controller.speed(), 200.0);
        controller.run();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kSignalTimeoutMs);
        QCOMPARE(recorder.days, td::test::firstDays(4));
    }

    void destroyingMidRunStopsTheThread()
    {
        auto controller = std::make_unique<SimulationController>();
        SnapshotRecorder recorder(controller.get());
        QVERIFY(resetAndWait(*controller, smallScenario(10000)));
        std::atomic<bool> threadFinished { false };
        connect(
            controller->workerThread(), &QThread::finished, controller->workerThread(),
            [&threadFinished] { threadFinished = true; }, Qt::DirectConnection);
        controller->run();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.days.isEmpty(), kSignalTimeoutMs);
        QCOMPARE(controller->state(), RunState::Running);
        controller.reset(); // waits for the day in progress, then the thread ends
        QVERIFY(threadFinished);
    }

    void shutdownIgnoresLaterCommands()
    {
        SimulationController controller;
        QVERIFY(resetAndWait(controller, smallScenario(5)));
        controller.shutdown();
        QVERIFY(controller.workerThread()->isFinished());
        QSignalSpy states(&controller, &SimulationController::stateChanged);
        controller.run();
        controller.stepOne();
        controller.shutdown(); // twice is fine
        QCoreApplication::processEvents();
        QCOMPARE(states.count(), 0);
    }

    void guiRunLeavesOneCoreToTheGuiThread()
    {
        const unsigned expected = unsigned(std::max(1, QThread::idealThreadCount() - 1));
        QCOMPARE(SimulationController::defaultEngineThreads(), expected);
        SimulationController controller;
        QCOMPARE(controller.engineThreads(), expected);
        controller.setEngineThreads(0);
        QCOMPARE(controller.engineThreads(), 1u);
    }
};

TD_REGISTER_TEST(TestSimulationController)
#include "tst_simulationcontroller.moc"
