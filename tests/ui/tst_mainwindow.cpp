// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/livemetricschart.h"
#include "mainwindow.h"
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "runtoolbar.h"
#include "testregistry.h"

#include <QtTest>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>

#include <atomic>
#include <memory>

using td::run::RunState;
using td::run::SimulationController;
using td::test::kSignalTimeoutMs;
using td::test::smallScenario;
using td::ui::MainWindow;

namespace {

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

// A shown window with `scenario` loaded and ready at day 0.
std::unique_ptr<MainWindow> readyWindow(const td::sim::Scenario &scenario)
{
    auto window = std::make_unique<MainWindow>();
    window->setScenario(scenario);
    window->show();
    return window;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void startsPausedAndReady()
    {
        auto window = readyWindow(smallScenario(5));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QVERIFY(action(*window, "actionRun")->isEnabled());
        QVERIFY(!action(*window, "actionPause")->isEnabled());
        QVERIFY(action(*window, "actionStep")->isEnabled());
        QVERIFY(action(*window, "actionReset")->isEnabled());
        QCOMPARE(window->runToolBar()->dayText(), QStringLiteral("Day 0 / 5"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Small test world — TasteDrift"));
        QCOMPARE(window->size(), QSize(MainWindow::kDefaultWidth, MainWindow::kDefaultHeight));
        // The menus the user expects exist.
        QVERIFY(action(*window, "actionOpenScenario"));
        QVERIFY(action(*window, "actionQuit"));
        QVERIFY(action(*window, "actionAbout"));
        // Tooltips name the shortcuts.
        const QString ctrlR = QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText);
        QVERIFY2(action(*window, "actionRun")->toolTip().contains(ctrlR),
            qPrintable(action(*window, "actionRun")->toolTip()));
    }

    void engineRunsOffTheGuiThreadWithACoreLeftOver()
    {
        auto window = readyWindow(smallScenario(2));
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->engineThread() != nullptr, kSignalTimeoutMs);
        QVERIFY(window->controller()->engineThread() != QThread::currentThread());
        QCOMPARE(window->controller()->engineThreads(),
            unsigned(std::max(1, QThread::idealThreadCount() - 1)));
    }

    void threeDayRunAddsThreePointsToEachSeries()
    {
        auto window = readyWindow(smallScenario(3));
        td::test::SnapshotRecorder recorder(window->controller());
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        const td::ui::LiveMetricsChart *chart = window->chart();
        QCOMPARE(chart->seriesCount(), 3);
        for (int i = 0; i < chart->seriesCount(); ++i)
            QCOMPARE(chart->pointCount(i), 0);

        action(*window, "actionRun")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Finished, kSignalTimeoutMs);
        for (int i = 0; i < chart->seriesCount(); ++i)
            QTRY_COMPARE_WITH_TIMEOUT(chart->pointCount(i), 3, kSignalTimeoutMs);
        QCOMPARE(recorder.offThreadBatches, 0);
        QCOMPARE(window->runToolBar()->dayText(), QStringLiteral("Day 3 / 3"));
        QCOMPARE(window->findChild<QProgressBar *>(QStringLiteral("dayProgress"))->value(), 3);
        QVERIFY(!window->findChild<QLabel *>(QStringLiteral("throughputLabel"))->text().isEmpty());
        QVERIFY(!action(*window, "actionRun")->isEnabled());
        QVERIFY(!action(*window, "actionStep")->isEnabled());
        QVERIFY(action(*window, "actionReset")->isEnabled());
    }

    void chartShowsThePublishedValues()
    {
        auto window = readyWindow(smallScenario(2));
        td::test::SnapshotRecorder recorder(window->controller());
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        action(*window, "actionRun")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Finished, kSignalTimeoutMs);
        window->chart()->flush();
        QCOMPARE(recorder.snapshots.size(), 2);
        QStringList metrics;
        for (int i = 0; i < window->chart()->seriesCount(); ++i)
            metrics << QString::fromStdString(window->chart()->seriesMetric(i));
        QCOMPARE(metrics,
            QStringList({ QStringLiteral("active_listeners"), QStringLiteral("streams"),
                QStringLiteral("skip_rate") }));
        // Active listeners of day 2 (x is the 1-based day) is what the engine published.
        const double published = recorder.snapshots.at(1)->metrics.value("active_listeners");
        QVERIFY(published > 0.0);
        QCOMPARE(window->chart()->pointCount(0), 2);
    }

    void stepAdvancesOneDay()
    {
        auto window = readyWindow(smallScenario(5));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        action(*window, "actionStep")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->runToolBar()->dayText(), QStringLiteral("Day 1 / 5"), kSignalTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->chart()->pointCount(0), 1, kSignalTimeoutMs);
        QCOMPARE(window->controller()->state(), RunState::Paused);
        QCOMPARE(window->controller()->currentDay(), 1);
    }

    void keyboardRunsAndPauses()
    {
        auto window = readyWindow(smallScenario(2000));
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        auto *speed = window->findChild<QComboBox *>(QStringLiteral("speedCombo"));
        speed->setCurrentIndex(speed->findData(10.0)); // slow, so the pause lands mid-run
        QCOMPARE(window->controller()->speed(), 10.0);

        QTest::keyClick(window.get(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Running, kSignalTimeoutMs);
        QVERIFY(action(*window, "actionPause")->isEnabled());
        QVERIFY(!action(*window, "actionRun")->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Running, kSignalTimeoutMs);
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);

        const int day = window->controller()->currentDay();
        QTest::keyClick(window.get(), Qt::Key_Period, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(window->controller()->currentDay(), day + 1, kSignalTimeoutMs);
    }

    void resetGoesBackToDayZero()
    {
        auto window = readyWindow(smallScenario(5));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        action(*window, "actionStep")->trigger();
        action(*window, "actionStep")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->runToolBar()->dayText(), QStringLiteral("Day 2 / 5"), kSignalTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->chart()->pointCount(0), 2, kSignalTimeoutMs);

        QSignalSpy ready(window->controller(), &SimulationController::resetDone);
        action(*window, "actionReset")->trigger();
        QVERIFY(ready.wait(kSignalTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QCOMPARE(window->runToolBar()->dayText(), QStringLiteral("Day 0 / 5"));
        QCOMPARE(window->controller()->currentDay(), 0);
        for (int i = 0; i < window->chart()->seriesCount(); ++i)
            QCOMPARE(window->chart()->pointCount(i), 0);
    }

    void closingMidRunStopsCleanly()
    {
        auto *window = new MainWindow;
        window->setScenario(smallScenario(10000));
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QThread *engineThread = window->controller()->workerThread();
        std::atomic<bool> threadFinished { false };
        connect(
            engineThread, &QThread::finished, engineThread,
            [&threadFinished] { threadFinished = true; }, Qt::DirectConnection);
        QSignalSpy published(window->controller(), &SimulationController::snapshotsPublished);
        action(*window, "actionRun")->trigger();
        QVERIFY(published.wait(kSignalTimeoutMs));
        QCOMPARE(window->controller()->state(), RunState::Running);

        QVERIFY(window->close());
        QTRY_VERIFY_WITH_TIMEOUT(threadFinished, kSignalTimeoutMs);
        QVERIFY(engineThread->isFinished());
        delete window; // and nothing arrives afterwards at a deleted window
        QCoreApplication::processEvents();
    }

    void badScenarioFileIsReportedAndKeepsTheRun()
    {
        auto window = readyWindow(smallScenario(5));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QVERIFY(!window->openScenarioFile(QStringLiteral("/nonexistent/missing.json")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window->findChild<QMessageBox *>()) != nullptr && box->isVisible(),
            kSignalTimeoutMs);
        QVERIFY(box->text().contains(QStringLiteral("missing.json")));
        box->close();
        QVERIFY(window->hasScenario());
        QCOMPARE(window->windowTitle(), QStringLiteral("Small test world — TasteDrift"));
    }

    void engineErrorIsShown()
    {
        td::sim::Scenario broken = smallScenario(5);
        broken.world.listeners.count = 0;
        auto window = readyWindow(broken);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window->findChild<QMessageBox *>()) != nullptr && box->isVisible(),
            kSignalTimeoutMs);
        QVERIFY2(
            box->text().contains(QStringLiteral("world.listeners.count")), qPrintable(box->text()));
        QCOMPARE(window->controller()->state(), RunState::Empty);
        QVERIFY(!action(*window, "actionRun")->isEnabled());
        QVERIFY(action(*window, "actionReset")->isEnabled()); // try again after fixing
        box->close();
    }
};

TD_REGISTER_TEST(TestMainWindow)
#include "tst_mainwindow.moc"
