// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// tastedrift: the desktop application. Parses the command line, finds the scenario and hands
// everything else to td::ui::MainWindow.
#include "charts/livemetricschart.h"
#include "mainwindow.h"
#include "run/scenariofiles.h"
#include "run/simulationcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "tastedrift: %s\n", qUtf8Printable(message));
}

// --screenshot: run every day as fast as possible, then save the window and quit.
void runForScreenshot(td::ui::MainWindow &window, const QString &outPath)
{
    td::run::SimulationController *controller = window.controller();
    QObject::connect(controller, &td::run::SimulationController::errorOccurred, &window,
        [](const QString &message) {
            printError(message);
            QCoreApplication::exit(1);
        });
    QObject::connect(controller, &td::run::SimulationController::stateChanged, &window,
        [&window, outPath](td::run::RunState state) {
            if (state != td::run::RunState::Finished)
                return;
            window.chart()->flush();
            // One more event-loop turn lets the chart lay out its new axis ranges.
            QTimer::singleShot(0, &window, [&window, outPath] {
                if (!window.grab().save(outPath)) {
                    printError(QCoreApplication::translate("main", "cannot write %1").arg(outPath));
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            });
        });
    controller->setSpeed(0.0);
    controller->run();
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
        QCoreApplication::translate("main", "Scenario to load (default: scenarios/default.json)."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        QCoreApplication::translate("main", "Override run.days: simulate N days."),
        QCoreApplication::translate("main", "N"));
    const QCommandLineOption runOption(QStringLiteral("run"),
        QCoreApplication::translate("main", "Start running at once instead of paused."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Run every day, save the window as an image, exit."),
        QCoreApplication::translate("main", "OUT.png"));
    parser.addOptions({ scenarioOption, daysOption, runOption, screenshotOption });
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    int days = -1;
    if (parser.isSet(daysOption)) {
        bool ok = false;
        days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 1) {
            printError(QCoreApplication::translate(
                "main", "--days: expected a whole number >= 1, got '%1'")
                           .arg(parser.value(daysOption)));
            return 2;
        }
    }
    const bool screenshot = parser.isSet(screenshotOption);

    // Search order: --scenario, ./scenarios/default.json, <exe>/../scenarios/default.json,
    // the installed share folder, the source tree; none found means the built-in defaults.
    QString path = parser.value(scenarioOption);
    if (path.isEmpty())
        path = td::run::findDefaultScenario(QCoreApplication::applicationDirPath());
    td::sim::Scenario scenario;
    QString error;
    const bool loaded = path.isEmpty() || td::run::loadScenario(path, scenario, error);
    if (loaded && days > 0)
        scenario.run.days = days;

    td::ui::MainWindow window;
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
        return app.exec(); // an empty window: File > Open Scenario… still works
    }

    window.setScenario(scenario, path);
    window.show();
    if (screenshot)
        runForScreenshot(window, parser.value(screenshotOption));
    else if (parser.isSet(runOption))
        window.controller()->run();
    return app.exec();
}
