// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// tastedrift: the desktop application. Parses the command line, finds the scenario and hands
// everything else to td::ui::MainWindow.
#include "charts/dashboard.h"
#include "compare/comparewindow.h"
#include "export/imageexport.h"
#include "inspector/listenerinspector.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "metrics/metriccatalog.h"
#include "run/scenariofiles.h"
#include "run/simulationcontroller.h"
#include "runs/runbrowser.h"
#include "session/batchsession.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "tradeoffs/tradeoffwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "tastedrift: %s\n", qUtf8Printable(message));
}

/// The first failure's exit status: a later "done" (0) must not hide it.
int s_exitStatus = 0;

/// Leaves the event loop with `status`, unless a failure was reported before.
void quit(int status)
{
    if (s_exitStatus == 0)
        s_exitStatus = status;
    QCoreApplication::exit(s_exitStatus);
}

/// app.exec(), then the first failure's status if there was one.
int execApp(QApplication &app)
{
    const int status = app.exec();
    return s_exitStatus != 0 ? s_exitStatus : status;
}

// Saves the window, or one tab of it, and leaves the event loop with 0 (1 if it cannot).
void saveScreenshot(td::ui::MainWindow &window, const QString &tab, const QString &outPath)
{
    QWidget *target = &window;
    if (!tab.isEmpty())
        target = window.showTab(tab);
    else
        window.dashboard()->flushAll();
    // One more event-loop turn lets the charts lay out their new axis ranges.
    QTimer::singleShot(50, &window, [&window, target, outPath] {
        if (s_exitStatus != 0)
            return; // a failure was reported (e.g. the workspace): no picture that looks fine
        // A followed listener who never appeared (an id beyond the population) is bad input.
        if (const qint64 listener = window.inspector()->listener();
            listener >= 0 && window.inspector()->followedDays() == 0) {
            const auto &days = window.history().days();
            const qint64 population = days.empty() ? 0 : qint64(days.back().value("population"));
            printError(QCoreApplication::translate(
                "main", "--listener %1: no such listener in this run (ids 0 to %2 on the last day)")
                           .arg(listener)
                           .arg(population - 1));
            quit(2);
            return;
        }
        QString error;
        if (!td::ui::writePng(td::ui::widgetImage(target), outPath, &error)) {
            printError(error);
            quit(1);
            return;
        }
        quit(0);
    });
}

// --tab inspector --screenshot without --listener: simulate day 1, follow the listener with
// the most streams that day (an active listener, so the slate has reactions) from day 2 on,
// then run the rest. Deterministic: the lists are.
void pickListenerThenRun(td::ui::MainWindow &window)
{
    td::run::SimulationController *controller = window.controller();
    auto *picking = new QObject(&window);
    QObject::connect(controller, &td::run::SimulationController::stateChanged, picking,
        [controller](td::run::RunState state, int currentDay) {
            if (state == td::run::RunState::Paused && currentDay == 1)
                controller->requestListenerLists();
        });
    QObject::connect(controller, &td::run::SimulationController::listenerListsPublished, picking,
        [&window, controller, picking](const td::run::ListenerLists &lists) {
            if (lists.day != 0)
                return; // e.g. the empty lists the inspector asks for before the first day
            picking->deleteLater();
            window.inspector()->inspect(
                lists.mostStreams.empty() ? 0 : qint64(lists.mostStreams.front().first));
            controller->run();
        });
    controller->stepOne();
}

// --screenshot: run every day as fast as possible, then save the window (or a tab) and quit.
void runForScreenshot(
    td::ui::MainWindow &window, const QString &tab, const QString &outPath, bool pickListener)
{
    td::run::SimulationController *controller = window.controller();
    QObject::connect(controller, &td::run::SimulationController::errorOccurred, &window,
        [](const QString &message) {
            printError(message);
            quit(1);
        });
    QObject::connect(controller, &td::run::SimulationController::stateChanged, &window,
        [&window, tab, outPath](td::run::RunState state) {
            if (state != td::run::RunState::Finished)
                return;
            if (tab == QLatin1String("runs")) {
                // The browser lists the workspace again once the run is stored: wait for it.
                auto *waiting = new QObject(&window);
                const auto shoot = [&window, outPath, waiting] {
                    if (waiting->property("done").toBool())
                        return;
                    waiting->setProperty("done", true);
                    saveScreenshot(window, QString(), outPath);
                };
                QObject::connect(
                    window.runBrowser(), &td::ui::RunBrowser::listRefreshed, waiting, shoot);
                window.runBrowser()->refresh();
                QTimer::singleShot(3000, waiting, shoot);
                return;
            }
            if (tab != QLatin1String("inspector")) {
                saveScreenshot(window, tab, outPath);
                return;
            }
            // The inspector's lists are asked for at the end of the run: wait for them.
            auto *waiting = new QObject(&window);
            const auto shoot = [&window, tab, outPath, waiting] {
                if (waiting->property("done").toBool())
                    return;
                waiting->setProperty("done", true);
                saveScreenshot(window, tab, outPath);
            };
            QObject::connect(window.controller(),
                &td::run::SimulationController::listenerListsPublished, waiting, shoot);
            QTimer::singleShot(3000, waiting, shoot);
        });
    controller->setSpeed(0.0);
    if (pickListener)
        pickListenerThenRun(window);
    else
        controller->run();
}

// --compare: configuration B = the scenario plus the given changes; with --screenshot, run
// both to the end and save the A/B window.
bool startCompare(td::ui::MainWindow &window, const QStringList &assignments, const QString &metric,
    int replicates, const QString &outPath)
{
    td::ui::CompareWindow *compare = window.openCompareWindow();
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        QString error;
        if (eq <= 0 || !compare->setValueB(assignment.left(eq), assignment.mid(eq + 1), &error)) {
            printError(QCoreApplication::translate("main", "--compare %1: %2")
                           .arg(assignment,
                               error.isEmpty() ? QStringLiteral("expected path=value") : error));
            return false;
        }
    }
    if (!metric.isEmpty())
        compare->setMetric(metric);
    if (replicates > 0) {
        // --replicates: both configurations on N seeds; a screenshot shows their statistics.
        compare->runReplicates(replicates);
        if (outPath.isEmpty())
            return true;
        compare->resize(td::ui::MainWindow::kDefaultWidth, td::ui::MainWindow::kDefaultHeight);
        QObject::connect(compare->batchSession(), &td::ui::BatchSession::failed, compare,
            [](const QString &message) {
                printError(message);
                quit(1);
            });
        QObject::connect(
            compare, &td::ui::CompareWindow::replicatesShown, compare, [compare, outPath] {
                compare->flush();
                QTimer::singleShot(50, compare, [compare, outPath] {
                    if (s_exitStatus != 0)
                        return;
                    QString error;
                    const bool written
                        = td::ui::writePng(td::ui::widgetImage(compare), outPath, &error);
                    if (!written)
                        printError(error);
                    quit(written ? 0 : 1);
                });
            });
        return true;
    }
    if (outPath.isEmpty())
        return true;
    compare->resize(td::ui::MainWindow::kDefaultWidth, td::ui::MainWindow::kDefaultHeight);
    auto started = std::make_shared<bool>(false);
    const auto check = [compare, outPath, started] {
        using td::run::RunState;
        const RunState a = compare->controllerA()->state();
        const RunState b = compare->controllerB()->state();
        if (!*started && a == RunState::Paused && b == RunState::Paused
            && compare->controllerA()->currentDay() == 0
            && compare->controllerB()->currentDay() == 0) {
            *started = true;
            compare->runBoth();
        } else if (*started && a == RunState::Finished && b == RunState::Finished) {
            compare->flush();
            QTimer::singleShot(50, compare, [compare, outPath] {
                if (s_exitStatus != 0)
                    return;
                QString error;
                const bool written
                    = td::ui::writePng(td::ui::widgetImage(compare), outPath, &error);
                if (!written)
                    printError(error);
                quit(written ? 0 : 1);
            });
        }
    };
    QObject::connect(
        compare->controllerA(), &td::run::SimulationController::stateChanged, compare, check);
    QObject::connect(
        compare->controllerB(), &td::run::SimulationController::stateChanged, compare, check);
    QTimer::singleShot(0, compare, check);
    return true;
}

// --grid: the Trade-offs window with these knobs; with --screenshot, run the grid and save
// that window once the frontier is drawn.
bool startTradeoffs(
    td::ui::MainWindow &window, const QStringList &grids, int seeds, const QString &outPath)
{
    td::ui::TradeoffWindow *tradeoffs = window.openTradeoffWindow();
    for (int k = 0; k < 2; ++k) {
        const QString grid = k < grids.size() ? grids[k] : QString();
        const qsizetype eq = grid.indexOf(QLatin1Char('='));
        QString error;
        if (k < grids.size()
            && (eq <= 0 || !tradeoffs->setKnob(k, grid.left(eq), grid.mid(eq + 1), &error))) {
            printError(
                QCoreApplication::translate("main", "--grid %1: %2")
                    .arg(
                        grid, error.isEmpty() ? QStringLiteral("expected path=v1,v2,...") : error));
            return false;
        }
        if (k >= grids.size())
            tradeoffs->setKnob(1, QString(), QString());
    }
    if (seeds > 0)
        tradeoffs->setSeeds(seeds);
    if (outPath.isEmpty())
        return true;
    tradeoffs->resize(td::ui::MainWindow::kDefaultWidth, td::ui::MainWindow::kDefaultHeight);
    QString error;
    if (!tradeoffs->runGrid(&error)) {
        printError(error); // the plan's message names --grid and the field
        return false;
    }
    QObject::connect(
        tradeoffs, &td::ui::TradeoffWindow::frontierShown, tradeoffs, [tradeoffs, outPath] {
            QTimer::singleShot(50, tradeoffs, [tradeoffs, outPath] {
                if (s_exitStatus != 0)
                    return;
                QString message;
                const bool written
                    = td::ui::writePng(td::ui::widgetImage(tradeoffs), outPath, &message);
                if (!written)
                    printError(message);
                quit(written ? 0 : 1);
            });
        });
    return true;
}

/// `option` as a whole number >= `minimum`, or `fallback` when it is not given. A bad value
/// prints `error` (its %1 = the text given) and gives nothing: the caller exits with 2.
std::optional<qint64> wholeNumberOption(const QCommandLineParser &parser,
    const QCommandLineOption &option, qint64 minimum, qint64 fallback, const QString &error)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (ok && value >= minimum)
        return value;
    printError(error.arg(parser.value(option)));
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TasteDrift"));
    QCoreApplication::setApplicationName(QStringLiteral("TasteDrift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("tastedrift"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "TasteDrift: a laboratory for music recommendation with live charts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QCoreApplication::translate(
            "main", "Scenario to load (default: the last one opened, or scenarios/default.json)."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        QCoreApplication::translate("main", "Override run.days: simulate N days."),
        QCoreApplication::translate("main", "N"));
    const QCommandLineOption runOption(QStringLiteral("run"),
        QCoreApplication::translate("main", "Start running at once instead of paused."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Run every day, save the window as an image, exit."),
        QCoreApplication::translate("main", "OUT.png"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QCoreApplication::translate("main",
            "Show this tab: engagement, feedback, diversity, certainty, funnel or inspector "
            "(with --screenshot: save only that tab), or runs: the run browser (with "
            "--screenshot: the whole window)."),
        QCoreApplication::translate("main", "TAB"));
    const QCommandLineOption listenerOption(QStringLiteral("listener"),
        QCoreApplication::translate("main",
            "Inspect this listener from day 1 (default with --tab inspector: 0; an "
            "inspector screenshot follows the listener with the most streams on day 1)."),
        QCoreApplication::translate("main", "ID"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QCoreApplication::translate("main",
            "User interface language: en, de or es (default: the saved choice, else the "
            "system's)."),
        QCoreApplication::translate("main", "CODE"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
        QCoreApplication::translate("main",
            "Open the A/B window with configuration B = the scenario plus this change "
            "(repeatable; with --screenshot: run both and save that window)."),
        QCoreApplication::translate("main", "PATH=VALUE"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QCoreApplication::translate("main",
            "Run database to record runs in and browse (created if missing; default: the last "
            "one opened, else runs.sqlite in the application-data folder; screenshots record "
            "only with this option)."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption metricOption(QStringLiteral("metric"),
        QCoreApplication::translate("main", "Metric shown in the A/B window (e.g. skip_rate)."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption replicatesOption(QStringLiteral("replicates"),
        QCoreApplication::translate("main",
            "With --compare: run both configurations on N seeds and show their means, "
            "intervals and paired differences; with --grid: seeds per setting (default 5)."),
        QCoreApplication::translate("main", "N"));
    const QCommandLineOption gridOption(QStringLiteral("grid"),
        QCoreApplication::translate("main",
            "Open the Trade-offs window with this knob and its values (at most twice; with "
            "--screenshot: run the grid and save that window)."),
        QCoreApplication::translate("main", "PATH=V1,V2,..."));
    const QCommandLineOption overlayOption(QStringLiteral("overlay"),
        QCoreApplication::translate(
            "main", "Draw run ID of the workspace dashed on the charts (run browser: Overlay)."),
        QCoreApplication::translate("main", "ID"));
    parser.addOptions({ scenarioOption, daysOption, runOption, screenshotOption, tabOption,
        listenerOption, languageOption, compareOption, metricOption, workspaceOption, overlayOption,
        replicatesOption, gridOption });
    parser.addPositionalArgument(QStringLiteral("file"),
        QCoreApplication::translate("main", "Scenario file to open (like --scenario)."),
        QCoreApplication::translate("main", "[FILE]"));
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    // --days is validated like `tastedrift-cli run --days` (the schema's range of run.days),
    // so 99999999999 is reported as typed, not as a truncated int.
    std::optional<int> days;
    if (parser.isSet(daysOption)) {
        td::sim::Scenario probe;
        try {
            td::sim::setScenarioValue(probe, "run.days", parser.value(daysOption).toStdString());
        } catch (const td::sim::ScenarioError &e) {
            const QString message = QString::fromStdString(e.what()); // "run.days: ..."
            printError(QStringLiteral("--days") + message.mid(message.indexOf(QLatin1Char(':'))));
            return 2;
        }
        days = probe.run.days;
    }
    const QString language = parser.value(languageOption);
    QStringList languages = td::ui::LanguageManager::choices();
    languages.removeAll(QString()); // "" = the system's language: not something to type
    if (parser.isSet(languageOption) && !languages.contains(language)) {
        printError(QCoreApplication::translate("main", "--language: expected one of %1, got '%2'")
                       .arg(languages.join(QStringLiteral(", ")), language));
        return 2;
    }
    const QString metric = parser.value(metricOption);
    if (parser.isSet(metricOption)) {
        if (!parser.isSet(compareOption)) {
            printError(QCoreApplication::translate(
                "main", "--metric chooses the metric of the A/B window: it needs --compare"));
            return 2;
        }
        if (td::metrics::metricIndex(metric.toStdString()) < 0) {
            printError(QCoreApplication::translate("main",
                "--metric: unknown metric '%1' (the columns of 'tastedrift-cli metrics', e.g. "
                "skip_rate)")
                           .arg(metric));
            return 2;
        }
    }
    const auto replicates = wholeNumberOption(parser, replicatesOption, 2, 0,
        QCoreApplication::translate(
            "main", "--replicates: expected a number of seeds >= 2, got '%1'"));
    if (!replicates)
        return 2;
    if (*replicates > 0 && !parser.isSet(compareOption) && !parser.isSet(gridOption)) {
        printError(QCoreApplication::translate(
            "main", "--replicates needs --compare (A/B with replicates) or --grid (trade-offs)"));
        return 2;
    }
    if (parser.values(gridOption).size() > 2) {
        printError(QCoreApplication::translate("main", "--grid: at most two knobs"));
        return 2;
    }
    if (parser.isSet(gridOption) && parser.isSet(compareOption)) {
        printError(QCoreApplication::translate(
            "main", "--grid and --compare open different windows: give one of them"));
        return 2;
    }
    const QString tab = parser.value(tabOption);
    QStringList tabs = td::ui::Dashboard::chartTabKeys();
    tabs << QStringLiteral("inspector") << QStringLiteral("runs");
    if (!tab.isEmpty() && !tabs.contains(tab)) {
        printError(QCoreApplication::translate("main", "--tab: expected one of %1, got '%2'")
                       .arg(tabs.join(QStringLiteral(", ")), tab));
        return 2;
    }
    const bool screenshot = parser.isSet(screenshotOption);
    // A scripted inspector screenshot without --listener picks an active listener itself (-1);
    // otherwise the inspector tab follows listener 0.
    const bool pickListener
        = screenshot && tab == QLatin1String("inspector") && !parser.isSet(listenerOption);
    const qint64 defaultListener = tab == QLatin1String("inspector") && !pickListener ? 0 : -1;
    const auto listener = wholeNumberOption(parser, listenerOption, 0, defaultListener,
        QCoreApplication::translate("main", "--listener: expected an id >= 0, got '%1'"));
    if (!listener)
        return 2;
    const auto overlay = wholeNumberOption(parser, overlayOption, 1, 0,
        QCoreApplication::translate("main", "--overlay: expected a run id >= 1, got '%1'"));
    if (!overlay)
        return 2;
    if (*overlay > 0 && screenshot && !parser.isSet(workspaceOption)) {
        printError(QCoreApplication::translate("main",
            "--overlay: a screenshot opens no workspace of its own; give --workspace FILE"));
        return 2;
    }

    // Search order: --scenario, the last scenario opened (not for screenshots: they must not
    // depend on a user's history), ./scenarios/default.json, <exe>/../scenarios/default.json,
    // the installed share folder, the source tree; none found means the built-in defaults.
    QString path = parser.value(scenarioOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty() && !screenshot) {
        const QString last = QSettings().value(QStringLiteral("lastScenario")).toString();
        if (!last.isEmpty() && QFileInfo(last).isFile())
            path = last;
    }
    if (path.isEmpty())
        path = td::run::findDefaultScenario(QCoreApplication::applicationDirPath());
    td::sim::Scenario scenario;
    QString error;
    const bool loaded = path.isEmpty() || td::run::loadScenario(path, scenario, error);
    if (loaded && days)
        scenario.run.days = *days;
    // A listener id the run can never reach: the initial population is known and nobody
    // arrives. (With arrivals, a screenshot checks at the end that the listener appeared.)
    if (loaded && *listener >= 0 && scenario.world.listeners.arrivalsPerDay <= 0.0
        && scenario.world.listeners.seed.countsPath.empty()
        && *listener >= scenario.world.listeners.count) {
        printError(QCoreApplication::translate("main",
            "--listener: no listener %1 in this scenario (%2 listeners, ids 0 to %3, and no "
            "arrivals)")
                       .arg(*listener)
                       .arg(scenario.world.listeners.count)
                       .arg(scenario.world.listeners.count - 1));
        return 2;
    }

    td::ui::MainWindow window;
    // Screenshots use the default geometry and no saved state, so they are reproducible.
    if (!screenshot)
        window.enableSettings();
    // The workspace before the scenario, so the first run is already recorded there.
    if (*overlay > 0) {
        // Once the workspace is open (asynchronously, on the worker thread), load the run.
        auto *once = new QObject(&window);
        QObject::connect(window.controller(), &td::run::SimulationController::workspaceOpened, once,
            [&window, overlayId = *overlay, once] {
                window.runBrowser()->overlayRun(overlayId);
                once->deleteLater();
            });
        // A run id the workspace does not have: said on stderr; a screenshot stops (exit 2).
        auto *watch = new QObject(&window);
        QObject::connect(window.runBrowser(), &td::ui::RunBrowser::failed, watch,
            [overlayId = *overlay, screenshot, watch](const QString &message) {
                printError(QStringLiteral("--overlay %1: %2").arg(overlayId).arg(message));
                watch->deleteLater();
                if (screenshot)
                    quit(2);
            });
        QObject::connect(window.runBrowser(), &td::ui::RunBrowser::overlayRequested, watch,
            [watch] { watch->deleteLater(); });
    }
    if (screenshot) {
        // A refused --workspace must not give a screenshot that looks fine (exit 0) while
        // nothing was recorded.
        QObject::connect(window.controller(), &td::run::SimulationController::workspaceFailed,
            &window, [](const QString &file, const QString &message, bool badInput) {
                printError(
                    QCoreApplication::translate("main", "--workspace %1: %2").arg(file, message));
                quit(badInput ? 2 : 1);
            });
    }
    if (!screenshot)
        window.restoreWorkspace(parser.value(workspaceOption));
    else if (parser.isSet(workspaceOption))
        window.setWorkspace(parser.value(workspaceOption));
    if (parser.isSet(languageOption))
        window.setLanguage(language);
    else if (screenshot)
        window.setLanguage(QStringLiteral("en"));
    if (!loaded) {
        const QString message
            = QCoreApplication::translate("main", "Cannot load scenario %1: %2").arg(path, error);
        if (screenshot) {
            printError(message);
            return 2;
        }
        window.show();
        QMessageBox::critical(
            &window, QCoreApplication::translate("main", "Cannot load scenario"), message);
        return execApp(app); // an empty window: File > Open Scenario… still works
    }

    window.setScenario(scenario, path);
    if (*listener >= 0)
        window.inspector()->inspect(*listener);
    window.show();
    if (tab == QLatin1String("runs"))
        window.showRunBrowser();
    else if (!tab.isEmpty())
        window.showTab(tab);
    if (parser.isSet(compareOption)) {
        if (!startCompare(window, parser.values(compareOption), metric, int(*replicates),
                screenshot ? parser.value(screenshotOption) : QString()))
            return 2;
        if (screenshot)
            return execApp(app);
    }
    if (parser.isSet(gridOption)) {
        if (!startTradeoffs(window, parser.values(gridOption), int(*replicates),
                screenshot ? parser.value(screenshotOption) : QString()))
            return 2;
        if (screenshot)
            return execApp(app);
    }
    if (screenshot && *overlay > 0) {
        // The picture must show the overlay: run once the stored run is loaded (a missing one
        // stops the screenshot with exit 2, see above).
        auto *waiting = new QObject(&window);
        QObject::connect(window.runBrowser(), &td::ui::RunBrowser::overlayRequested, waiting,
            [&window, tab, out = parser.value(screenshotOption), pickListener, waiting] {
                waiting->deleteLater();
                runForScreenshot(window, tab, out, pickListener);
            });
    } else if (screenshot) {
        runForScreenshot(window, tab, parser.value(screenshotOption), pickListener);
    } else if (parser.isSet(runOption))
        window.controller()->run();
    return execApp(app);
}
