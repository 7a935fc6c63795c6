// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/dashboard.h"
#include "charts/listenercharts.h"
#include "charts/tastebeliefchart.h"
#include "charts/timechart.h"
#include "inspector/listenerinspector.h"
#include "inspector/tracemodel.h"
#include "mainwindow.h"
#include "metrics/metriccatalog.h"
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "runtoolbar.h"
#include "scenario/scenariopanel.h"
#include "sim/report/metricscsv.h"
#include "testregistry.h"

#include <QtTest>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>

#include <atomic>
#include <cmath>
#include <memory>

using td::run::RunState;
using td::run::SimulationController;
using td::test::kSignalTimeoutMs;
using td::test::smallPipelineScenario;
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
    if (!QTest::qWaitFor(
            [&] { return window->controller()->state() == RunState::Paused; }, kSignalTimeoutMs))
        qWarning("the scenario did not become ready");
    return window;
}

bool runToTheEnd(MainWindow &window)
{
    action(window, "actionRun")->trigger();
    return QTest::qWaitFor(
        [&] { return window.controller()->state() == RunState::Finished; }, kSignalTimeoutMs);
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
        QVERIFY(action(*window, "actionRun")->isEnabled());
        QVERIFY(!action(*window, "actionPause")->isEnabled());
        QVERIFY(action(*window, "actionStep")->isEnabled());
        QVERIFY(action(*window, "actionReset")->isEnabled());
        QCOMPARE(window->runToolBar()->dayText(), QStringLiteral("Day 0 / 5"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Small test world — TasteDrift"));
        QCOMPARE(window->size(), QSize(MainWindow::kDefaultWidth, MainWindow::kDefaultHeight));
        // The menus and pages the user expects exist.
        for (const char *name : { "actionOpenScenario", "actionSaveScenario", "actionQuit",
                 "actionAbout", "actionGlossary", "actionExportCsv", "actionExportReport",
                 "actionExportCharts", "actionCompare", "actionLanguage_de" })
            QVERIFY2(action(*window, name), name);
        QVERIFY(window->dashboard()->tabIndex(QStringLiteral("inspector")) >= 0);
        QVERIFY(window->findChild<QMenu *>(QStringLiteral("presetMenu")));
        // Tooltips name the shortcuts.
        const QString ctrlR = QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText);
        QVERIFY2(action(*window, "actionRun")->toolTip().contains(ctrlR),
            qPrintable(action(*window, "actionRun")->toolTip()));
        // The panel shows the scenario being run.
        QCOMPARE(window->scenarioPanel()->scenario().world.listeners.count, 200);
    }

    void engineRunsOffTheGuiThreadAndOnlySnapshotsArrive()
    {
        auto window = readyWindow(smallPipelineScenario(3));
        td::test::SnapshotRecorder recorder(window->controller());
        std::atomic<int> offThreadDays { 0 };
        connect(window->controller(), &SimulationController::listenerDaysPublished, this,
            [&](const td::run::ListenerDayBatch &) {
                offThreadDays += QThread::currentThread() != thread() ? 1 : 0;
            });
        QVERIFY(window->controller()->engineThread() != nullptr);
        QVERIFY(window->controller()->engineThread() != QThread::currentThread());
        QCOMPARE(window->controller()->engineThread(), window->controller()->workerThread());
        QCOMPARE(window->controller()->engineThreads(),
            unsigned(std::max(1, QThread::idealThreadCount() - 1)));
        window->inspector()->inspect(1);
        QVERIFY(runToTheEnd(*window));
        // Everything the window shows came as published snapshots, delivered on its thread.
        QCOMPARE(recorder.offThreadBatches, 0);
        QCOMPARE(offThreadDays.load(), 0);
        QCOMPARE(window->history().daysDone(), 3);
        for (int day = 0; day < 3; ++day) {
            const auto &shown = window->history().days()[std::size_t(day)].values;
            const auto &published = recorder.snapshots.at(day)->metrics.values;
            QCOMPARE(shown.size(), published.size());
            for (std::size_t i = 0; i < shown.size(); ++i)
                QVERIFY(
                    (std::isnan(shown[i]) && std::isnan(published[i])) || shown[i] == published[i]);
        }
    }

    void threeDayRunAddsPointsToEveryTimeChart()
    {
        auto window = readyWindow(smallPipelineScenario(3));
        td::test::SnapshotRecorder recorder(window->controller());
        for (td::ui::TimeChart *chart : window->dashboard()->timeCharts()) {
            for (int i = 0; i < chart->lineCount(); ++i)
                QCOMPARE(chart->pointCount(i), 0);
        }
        QVERIFY(runToTheEnd(*window));
        window->dashboard()->flushAll();
        QCOMPARE(recorder.snapshots.size(), 3);
        int chartsWithPoints = 0;
        const QList<td::ui::TimeChart *> charts = window->dashboard()->metricCharts();
        for (td::ui::TimeChart *chart : charts) {
            bool any = false;
            // The retrieval index's metrics start on day 1: day 0 serves before the first model.
            const bool fromDayOne = chart->title() == QLatin1String("Retrieval recall")
                || chart->title() == QLatin1String("Index age");
            for (int i = 0; i < chart->lineCount(); ++i) {
                any = any || chart->pointCount(i) > 0;
                QVERIFY2(chart->pointCount(i) == 0 || chart->pointCount(i) == (fromDayOne ? 2 : 3),
                    qPrintable(chart->title() + QStringLiteral(": ") + chart->lineName(i)));
            }
            chartsWithPoints += any ? 1 : 0;
        }
        // Every chart whose metric the engine defines for the pipeline got its three days.
        for (td::ui::TimeChart *chart : charts) {
            if (chart->title() == QStringLiteral("Listeners")
                || chart->title() == QStringLiteral("Plays per day"))
                QCOMPARE(chart->pointCount(0), 3);
        }
        QVERIFY2(chartsWithPoints >= charts.size() - 2,
            qPrintable(QStringLiteral("%1 of %2").arg(chartsWithPoints).arg(charts.size())));
        QVERIFY(window->dashboard()->retentionChart()->lineCount() >= 1);
        QCOMPARE(window->dashboard()->retentionChart()->pointCount(0), 3);
        const double active = recorder.snapshots.at(2)->metrics.value("active_listeners");
        QCOMPARE(charts.first()->lastValue(0), active);
        QCOMPARE(window->runToolBar()->dayText(), QStringLiteral("Day 3 / 3"));
        QCOMPARE(window->findChild<QProgressBar *>(QStringLiteral("dayProgress"))->value(), 3);
        QVERIFY(!window->runToolBar()->throughputText().isEmpty());
        QVERIFY(!action(*window, "actionRun")->isEnabled());
        QVERIFY(action(*window, "actionReset")->isEnabled());
    }

    void liveKnobChangeDrawsAMarkerOnEveryTimeChart()
    {
        auto window = readyWindow(smallPipelineScenario(2000));
        window->runToolBar()->setSpeed(30.0);
        td::test::SnapshotRecorder recorder(window->controller());
        QSignalSpy applied(window->controller(), &SimulationController::parameterApplied);
        action(*window, "actionRun")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->history().daysDone() >= 2, kSignalTimeoutMs);
        QCOMPARE(window->controller()->state(), RunState::Running);
        // The user edits a live knob in the panel while the run goes on.
        QString error;
        QVERIFY2(
            window->scenarioPanel()->setValue(
                QStringLiteral("recommender.diversity.mmr_lambda"), QStringLiteral("0.3"), &error),
            qPrintable(error));
        QVERIFY(!window->scenarioPanel()->hasPendingChanges()); // live: no reset needed
        QVERIFY(applied.wait(kSignalTimeoutMs));
        const int effectiveDay = applied.at(0).at(2).toInt();
        QTRY_VERIFY_WITH_TIMEOUT(!window->history().markers().empty(), kSignalTimeoutMs);
        action(*window, "actionPause")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);

        // The engine recorded it as an annotation of the day it applied from...
        bool annotated = false;
        for (const auto &snapshot : recorder.snapshots) {
            for (const auto &a : snapshot->annotationsToday) {
                annotated = annotated
                    || (a.path == "recommender.diversity.mmr_lambda" && a.value == "0.3"
                        && a.day == effectiveDay && snapshot->metrics.day == effectiveDay);
            }
        }
        QVERIFY(annotated);
        // ...and every time chart marks it at that day boundary, labelled.
        const td::ui::ChartMarker &marker = window->history().markers().front();
        QCOMPARE(marker.x, double(effectiveDay));
        QCOMPARE(marker.label, QStringLiteral("mmr_lambda = 0.3"));
        window->dashboard()->flushAll();
        for (td::ui::TimeChart *chart : window->dashboard()->metricCharts())
            QVERIFY2(chart->markerCount() == 1, qPrintable(chart->title()));
    }

    void setupChangeWaitsForAReset()
    {
        auto window = readyWindow(smallScenario(50));
        action(*window, "actionStep")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window->controller()->currentDay(), 1, kSignalTimeoutMs);
        QVERIFY(window->scenarioPanel()->setValue(
            QStringLiteral("world.listeners.count"), QStringLiteral("150")));
        QVERIFY(window->scenarioPanel()->hasPendingChanges());
        QCOMPARE(window->runScenario().world.listeners.count, 200); // the run keeps its world
        QSignalSpy ready(window->controller(), &SimulationController::resetDone);
        window->findChild<QAction *>(QStringLiteral("actionApplyScenario"))->trigger();
        QVERIFY(ready.wait(kSignalTimeoutMs));
        QCOMPARE(window->runScenario().world.listeners.count, 150);
        QVERIFY(!window->scenarioPanel()->hasPendingChanges());
        QCOMPARE(window->controller()->currentDay(), 0);
    }

    void exportsPngSvgAndCsv()
    {
        auto window = readyWindow(smallScenario(3));
        QVERIFY(runToTheEnd(*window));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        td::ui::TimeChart *chart = window->dashboard()->metricCharts().first();
        window->showTab(QStringLiteral("engagement"));

        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(chart->savePng(png, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(png));
        QVERIFY(image.width() > 100 && image.height() > 100);

        td::ui::ChartMarker marker; // markers are drawn over the chart: they must be exported
        marker.x = 2.0;
        marker.label = QStringLiteral("epsilon = 0.2");
        chart->setMarkers({ marker });
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(chart->saveSvg(svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains(chart->title().toUtf8())); // text, not only a bitmap
        QVERIFY(svgText.contains("epsilon = 0.2"));
        QVERIFY(!svgText.contains("<image")); // vector drawing, no embedded bitmap

        const QString csv = dir.filePath(QStringLiteral("metrics.csv"));
        QVERIFY2(window->exportMetricsCsv(csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines
            = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header + 3 days
        QCOMPARE(lines.first() + QLatin1Char('\n'),
            QString::fromStdString(td::report::metricsCsvHeader()));
        QStringList header { QStringLiteral("day") };
        for (const auto &metric : td::metrics::metricCatalog())
            header << QString::fromLatin1(metric.name.data(), qsizetype(metric.name.size()));
        QCOMPARE(lines.first(), header.join(QLatin1Char(',')));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("0,")));

        const QString report = dir.filePath(QStringLiteral("report.png"));
        QVERIFY2(window->exportReport(report, &error), qPrintable(error));
        QImage reportImage;
        QVERIFY(reportImage.load(report));
        QVERIFY(reportImage.height() > 4 * image.height()); // every tab, one under another
        QCOMPARE(window->dashboard()->currentIndex(),
            window->dashboard()->tabIndex(QStringLiteral("engagement")));
    }

    void inspectorExplainsAChosenListenersSlate()
    {
        auto window = readyWindow(smallPipelineScenario(5));
        td::ui::ListenerInspector *inspector = window->inspector();
        window->showTab(QStringLiteral("inspector"));
        inspector->inspect(7);
        QCOMPARE(inspector->traceModel()->rowCount(), 0);
        action(*window, "actionStep")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->traceModel()->rowCount() > 0, kSignalTimeoutMs);
        const td::run::ListenerDayPtr &day = inspector->traceModel()->day();
        QCOMPARE(day->listener, td::ListenerId(7));
        QCOMPARE(day->day, 0);
        // The pipeline's stages and every candidate with its scores, source and fate.
        QVERIFY(day->trace->stages.size() >= 3);
        int shown = 0;
        for (int row = 0; row < inspector->traceModel()->rowCount(); ++row) {
            const auto *c = inspector->traceModel()->candidate(row);
            QVERIFY(!c->sources.empty());
            shown += c->slatePosition >= 0 ? 1 : 0;
        }
        // The slate holds what the policy stage let out, at most K tracks.
        QCOMPARE(shown, day->trace->stages.back().out);
        QVERIFY(shown >= 1 && shown <= window->runScenario().recommender.slateSize);
        const auto *table = window->findChild<QTableView *>(QStringLiteral("traceTable"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->columnCount(), int(td::ui::TraceModel::ColumnCount));
        // A teacher can read one recommendation end to end.
        inspector->selectCandidateRow(0);
        QVERIFY2(inspector->explanationText().contains(QStringLiteral("was proposed by")),
            qPrintable(inspector->explanationText()));
        QCOMPARE(inspector->dayCount(), 1);
        // Lists of listeners to pick from arrive from the worker.
        QTRY_VERIFY_WITH_TIMEOUT(
            window->findChild<QListWidget *>(QStringLiteral("listenerList"))->count() > 1,
            kSignalTimeoutMs);
    }

    void inspectorShowsTruthAgainstBelief()
    {
        auto window = readyWindow(smallPipelineScenario(3));
        td::ui::ListenerInspector *inspector = window->inspector();
        window->showTab(QStringLiteral("inspector"));
        inspector->inspect(7);
        QVERIFY(runToTheEnd(*window));
        QTRY_COMPARE_WITH_TIMEOUT(inspector->dayCount(), 3, kSignalTimeoutMs);

        // Summary: the truth about the listener and the model's certainty.
        QVERIFY2(inspector->summaryText().contains(QStringLiteral("satisfaction")),
            qPrintable(inspector->summaryText()));
        QVERIFY(inspector->summaryText().contains(QStringLiteral("posterior variance")));

        // Taste vs belief: nine features each, on the 0..1 scale, the belief drawn.
        td::ui::ListenerCharts *charts = inspector->charts();
        QCOMPARE(charts->currentIndex(), int(td::ui::ListenerCharts::TasteBeliefTab));
        td::ui::TasteBeliefChart *bars = charts->tasteBeliefChart();
        QVERIFY(bars->isVisible());
        const QList<double> truth = bars->trueValues(), belief = bars->beliefValues();
        QCOMPARE(truth.size(), td::events::kAudioFeatureCount);
        QCOMPARE(belief.size(), td::events::kAudioFeatureCount);
        for (int f = 0; f < truth.size(); ++f) {
            QVERIFY(truth[f] >= 0.0 && truth[f] <= 1.0);
            QVERIFY(belief[f] >= 0.0 && belief[f] <= 1.0);
        }
        QVERIFY(*std::max_element(truth.begin(), truth.end()) > 0.0);
        QVERIFY(bars->note().isEmpty());
        // Another context: another true profile (contexts shift taste).
        const auto first = bars->context();
        bars->setContext(first == td::events::Context::Workout ? td::events::Context::Sleep
                                                               : td::events::Context::Workout);
        QVERIFY(bars->trueValues() != truth);

        // Satisfaction, certainty and drift: one point per day.
        charts->setCurrentIndex(td::ui::ListenerCharts::WellbeingTab);
        QCOMPARE(charts->satisfactionChart()->pointCount(0), 3);
        QCOMPARE(charts->certaintyChart()->pointCount(0), 3);
        QCOMPARE(charts->driftChart()->pointCount(0), 3);

        // The ranker's score is a logit, said so in the header and the explanation.
        td::ui::TraceModel *model = inspector->traceModel();
        QCOMPARE(model->scoreKind(), std::string("logit"));
        QCOMPARE(model->headerData(td::ui::TraceModel::RankerScore, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            QStringLiteral("Ranker logit"));
        int top = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->candidate(row)->slatePosition == 0)
                top = row;
        }
        QVERIFY(top >= 0);
        inspector->selectCandidateRow(top);
        const double p = model->streamProbability(*model->candidate(top));
        QVERIFY(p >= 0.0 && p <= 1.0);
        QCOMPARE(p, 1.0 / (1.0 + std::exp(-double(model->candidate(top)->rankerScore))));
        QVERIFY2(inspector->explanationText().contains(QStringLiteral("logit of")),
            qPrintable(inspector->explanationText()));
        QVERIFY(inspector->explanationText().contains(QStringLiteral("stream probability")));

        // The lists that need the truth.
        auto *list = window->findChild<QListWidget *>(QStringLiteral("listenerList"));
        inspector->setListKind(3);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 20, kSignalTimeoutMs);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("drift")),
            qPrintable(list->item(0)->text()));
        inspector->setListKind(4);
        QVERIFY(list->count() >= 1); // churned listeners, or a line saying nobody churned
    }

    void inspectorSaysWhenTheRecommenderHasNoBelief()
    {
        td::sim::Scenario scenario = smallScenario(2);
        scenario.recommender.kind = td::recsys::RecommenderKind::Popular;
        auto window = readyWindow(scenario);
        td::ui::ListenerInspector *inspector = window->inspector();
        window->showTab(QStringLiteral("inspector"));
        inspector->inspect(4);
        QVERIFY(runToTheEnd(*window));
        QTRY_COMPARE_WITH_TIMEOUT(inspector->dayCount(), 2, kSignalTimeoutMs);
        td::ui::TasteBeliefChart *bars = inspector->charts()->tasteBeliefChart();
        QCOMPARE(bars->trueValues().size(), td::events::kAudioFeatureCount);
        QVERIFY(bars->beliefValues().isEmpty());
        QVERIFY2(
            bars->note().contains(QStringLiteral("keeps no belief")), qPrintable(bars->note()));
        QVERIFY(inspector->summaryText().contains(QStringLiteral("no posterior")));
    }

    void switchingLanguageRetranslatesVisibleLabels()
    {
        auto window = readyWindow(smallScenario(3));
        QAction *run = action(*window, "actionRun");
        QCOMPARE(run->text(), QStringLiteral("&Run"));
        window->setLanguage(QStringLiteral("de"));
        QTRY_COMPARE(run->text(), QStringLiteral("&Starten"));
        QTRY_COMPARE(window->dashboard()->tabText(0), QStringLiteral("Nutzung && Abwanderung"));
        QCOMPARE(window->runToolBar()->dayText(), QStringLiteral("Tag 0 / 3"));
        window->setLanguage(QStringLiteral("es"));
        QTRY_COMPARE(run->text(), QStringLiteral("&Ejecutar"));
        window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(run->text(), QStringLiteral("&Run"));
        QTRY_COMPARE(window->runToolBar()->dayText(), QStringLiteral("Day 0 / 3"));
    }

    void keyboardRunsAndPauses()
    {
        auto window = readyWindow(smallScenario(2000));
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *speed = window->findChild<QComboBox *>(QStringLiteral("speedCombo"));
        speed->setCurrentIndex(speed->findData(10.0)); // slow, so the pause lands mid-run
        QCOMPARE(window->controller()->speed(), 10.0);

        QTest::keyClick(window.get(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Running, kSignalTimeoutMs);
        QVERIFY(action(*window, "actionPause")->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        const int day = window->controller()->currentDay();
        QTest::keyClick(window.get(), Qt::Key_Period, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(window->controller()->currentDay(), day + 1, kSignalTimeoutMs);
        QSignalSpy ready(window->controller(), &SimulationController::resetDone);
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(ready.wait(kSignalTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(window->controller()->currentDay(), 0, kSignalTimeoutMs);
    }

    void resetGoesBackToDayZero()
    {
        auto window = readyWindow(smallScenario(5));
        action(*window, "actionStep")->trigger();
        action(*window, "actionStep")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->runToolBar()->dayText(), QStringLiteral("Day 2 / 5"), kSignalTimeoutMs);
        QSignalSpy ready(window->controller(), &SimulationController::resetDone);
        action(*window, "actionReset")->trigger();
        QVERIFY(ready.wait(kSignalTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QCOMPARE(window->runToolBar()->dayText(), QStringLiteral("Day 0 / 5"));
        QCOMPARE(window->history().daysDone(), 0);
        for (td::ui::TimeChart *chart : window->dashboard()->metricCharts()) {
            for (int i = 0; i < chart->lineCount(); ++i)
                QCOMPARE(chart->pointCount(i), 0);
        }
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

    void savedScenarioOpensAgain()
    {
        auto window = readyWindow(smallScenario(5));
        QVERIFY(window->scenarioPanel()->setValue(
            QStringLiteral("recommender.policy.epsilon"), QStringLiteral("0.25")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(window->saveScenarioFile(path));
        auto other = std::make_unique<MainWindow>();
        QVERIFY(other->openScenarioFile(path));
        QCOMPARE(other->scenarioPanel()->scenario().recommender.policy.epsilon, 0.25);
        QCOMPARE(other->scenarioPanel()->scenario().world.catalog.tracks, 500);
    }

    void engineErrorIsShown()
    {
        td::sim::Scenario broken = smallScenario(5);
        broken.world.listeners.count = 0;
        auto window = std::make_unique<MainWindow>();
        window->setScenario(broken);
        window->show();
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
