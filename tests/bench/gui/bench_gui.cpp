// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// bench_gui: runs a scenario in the real main window as fast as the engine can go and
// measures how late a 10 ms timer fires on the GUI thread (event-loop latency). The GUI must
// never wait on the engine: the target is p99 < 50 ms and max < 200 ms on two cores.
//
//   bench_gui [--scenario FILE] [--days N] [--set path=value]... [--tab KEY]
//             [--engine-threads N]
#include "charts/dashboard.h"
#include "inspector/listenerinspector.h"
#include "mainwindow.h"
#include "run/scenariofiles.h"
#include "run/simulationcontroller.h"
#include "sim/scenario/scenarioio.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kTickMs = 10;

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t i
        = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("scenario"), QStringLiteral("scenario file"), QStringLiteral("FILE") },
            { QStringLiteral("days"), QStringLiteral("override run.days"), QStringLiteral("N") },
            { QStringLiteral("set"), QStringLiteral("override a leaf, path=value"),
                QStringLiteral("ASSIGNMENT") },
            { QStringLiteral("tab"), QStringLiteral("tab shown during the run"),
                QStringLiteral("KEY") },
            { QStringLiteral("engine-threads"),
                QStringLiteral("engine threads (default: cores - 1)"), QStringLiteral("N") } });
    parser.addHelpOption();
    parser.process(app);

    QString path = parser.value(QStringLiteral("scenario"));
    if (path.isEmpty())
        path = QStringLiteral(TD_SOURCE_DIR "/scenarios/default.json");
    td::sim::Scenario scenario;
    QString error;
    if (!td::run::loadScenario(path, scenario, error)) {
        std::fprintf(stderr, "bench_gui: %s\n", qUtf8Printable(error));
        return 2;
    }
    if (parser.isSet(QStringLiteral("days")))
        scenario.run.days = parser.value(QStringLiteral("days")).toInt();
    for (const QString &assignment : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        try {
            td::sim::setScenarioValue(
                scenario, assignment.left(eq).toStdString(), assignment.mid(eq + 1).toStdString());
        } catch (const std::exception &e) {
            std::fprintf(stderr, "bench_gui: %s\n", e.what());
            return 2;
        }
    }

    td::ui::MainWindow window;
    if (parser.isSet(QStringLiteral("engine-threads")))
        window.controller()->setEngineThreads(
            parser.value(QStringLiteral("engine-threads")).toUInt());
    window.setScenario(scenario, path);
    window.show();
    const QString tab = parser.value(QStringLiteral("tab"));

    std::vector<double> lateness;
    lateness.reserve(100000);
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        // Lateness: how much later than its interval the timer fired (0 = on time).
        lateness.push_back(std::max(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - kTickMs));
        sinceTick.start();
    });
    int batches = 0;
    QObject::connect(window.controller(), &td::run::SimulationController::snapshotsPublished,
        [&] { ++batches; });
    QObject::connect(window.controller(), &td::run::SimulationController::stateChanged,
        [&](td::run::RunState state, int day, int total) {
            if (state == td::run::RunState::Paused && day == 0 && !ticker.isActive()) {
                wall.start();
                sinceTick.start();
                ticker.start();
                window.controller()->setSpeed(0.0);
                window.controller()->run();
            } else if (state == td::run::RunState::Finished) {
                ticker.stop();
                const double seconds = double(wall.elapsed()) / 1000.0;
                std::printf("bench_gui: %s, %d listeners, %d days, recommender %s, %u engine "
                            "thread(s), tab %s\n",
                    scenario.title.c_str(), scenario.world.listeners.count, total,
                    td::recsys::kRecommenderKindNames[std::size_t(scenario.recommender.kind)],
                    window.controller()->engineThreads(),
                    tab.isEmpty() ? "engagement" : qPrintable(tab));
                std::printf("  run: %.1f s wall, %.1f days/s, %d snapshot batches\n", seconds,
                    seconds > 0 ? total / seconds : 0.0, batches);
                std::printf("  event-loop lateness of a %d ms timer over %zu ticks: p50 %.1f ms, "
                            "p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                    kTickMs, lateness.size(), percentile(lateness, 0.50),
                    percentile(lateness, 0.90), percentile(lateness, 0.99),
                    lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
                std::printf("  target: p99 < 50 ms, max < 200 ms\n");
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
            }
            Q_UNUSED(day);
        });
    QObject::connect(window.controller(), &td::run::SimulationController::errorOccurred,
        [](const QString &message) {
            std::fprintf(stderr, "bench_gui: %s\n", qUtf8Printable(message));
            QCoreApplication::exit(1);
        });
    // After the connections: showing a tab runs the event loop, which may deliver "ready".
    if (!tab.isEmpty()) {
        window.showTab(tab);
        if (tab == QLatin1String("inspector"))
            window.inspector()->inspect(0);
    }
    if (window.controller()->state() == td::run::RunState::Paused && !ticker.isActive()) {
        wall.start();
        sinceTick.start();
        ticker.start();
        window.controller()->setSpeed(0.0);
        window.controller()->run();
    }
    return app.exec();
}
