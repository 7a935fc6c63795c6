// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// bench_gui: runs a scenario in the real main window as fast as the engine can go and
// measures how late a 10 ms timer fires on the GUI thread (event-loop latency). The GUI must
// never wait on the engine: the target is p99 < 50 ms and max < 200 ms on two cores.
//
// --window ab: the A/B window runs both live runs and, at the same time, both configurations
// on N replicate seeds on the thread pool, while the benchmark switches its metric every
// 200 ms; measured until the replicates are shown. --window frontier: the Trade-offs window
// runs a grid (knob values x N seeds) while the benchmark switches its short-term statistic
// every 200 ms; measured until the frontier is drawn. Both start 2 s after the windows are
// shown, so their first layout (a one-time cost) is not counted.
//
//   bench_gui [--scenario FILE] [--days N] [--set path=value]... [--tab KEY]
//             [--engine-threads N] [--window main|ab|frontier] [--replicates N]
//             [--compare path=value] [--grid path=v1,v2,...]
#include "charts/dashboard.h"
#include "compare/comparewindow.h"
#include "inspector/listenerinspector.h"
#include "mainwindow.h"
#include "metrics/metriccatalog.h"
#include "run/scenariofiles.h"
#include "run/simulationcontroller.h"
#include "session/batchsession.h"
#include "sim/scenario/scenarioio.h"
#include "tradeoffs/statisticeditor.h"
#include "tradeoffs/tradeoffwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kTickMs = 10;
/// --window ab / frontier: time for the windows to show and lay out before measuring.
constexpr int kSettleMs = 2000;

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t i
        = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

/// Timer lateness on the GUI thread: start() to begin, report() to print.
class LatenessProbe
{
public:
    LatenessProbe()
    {
        m_lateness.reserve(100000);
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(kTickMs);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const double late = std::max(0.0, double(m_sinceTick.nsecsElapsed()) / 1e6 - kTickMs);
            if (m_lateness.empty() || late > m_worst) {
                m_worst = late;
                m_worstAt = seconds();
            }
            m_lateness.push_back(late);
            m_sinceTick.start();
        });
    }
    void start()
    {
        m_wall.start();
        m_sinceTick.start();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }
    double seconds() const { return double(m_wall.elapsed()) / 1000.0; }
    void report() const
    {
        std::printf("  event-loop lateness of a %d ms timer over %zu ticks: p50 %.1f ms, "
                    "p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
            kTickMs, m_lateness.size(), percentile(m_lateness, 0.50), percentile(m_lateness, 0.90),
            percentile(m_lateness, 0.99),
            m_lateness.empty() ? 0.0 : *std::max_element(m_lateness.begin(), m_lateness.end()));
        std::printf("  the worst tick came %.1f s after the start\n", m_worstAt);
        std::printf("  target: p99 < 50 ms, max < 200 ms\n");
    }

private:
    std::vector<double> m_lateness;
    double m_worst = 0.0;
    double m_worstAt = 0.0;
    QElapsedTimer m_wall;
    QElapsedTimer m_sinceTick;
    QTimer m_ticker;
};

/// --window ab / frontier: the replicate or grid runs on the pool while the window is driven.
int benchWindow(QApplication &app, const QCommandLineParser &parser,
    const td::sim::Scenario &scenario, const QString &path, const QString &which)
{
    const int replicates = parser.isSet(QStringLiteral("replicates"))
        ? parser.value(QStringLiteral("replicates")).toInt()
        : 5;
    td::ui::MainWindow window;
    window.setScenario(scenario, path);
    window.show();
    LatenessProbe probe;
    QTimer driver; // what a user does meanwhile: look at other metrics
    driver.setInterval(200);
    int step = 0;
    const QStringList metrics
        = { QStringLiteral("streams"), QStringLiteral("skip_rate"), QStringLiteral("population"),
              QStringLiteral("intra_list_diversity"), QStringLiteral("mean_satisfaction") };
    const auto finish = [&](const char *what, int runs) {
        driver.stop();
        probe.stop();
        std::printf("bench_gui: %s window, %s, %d listeners, %d days, %d runs on %u job(s) "
                    "(one engine thread each)\n",
            qPrintable(which), scenario.title.c_str(), scenario.world.listeners.count,
            scenario.run.days, runs, td::ui::BatchSession::defaultJobs());
        std::printf("  %s after %.1f s wall\n", what, probe.seconds());
        probe.report();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    };
    if (which == QLatin1String("ab")) {
        td::ui::CompareWindow *compare = window.openCompareWindow();
        const QString assignment = parser.isSet(QStringLiteral("compare"))
            ? parser.value(QStringLiteral("compare"))
            : QStringLiteral("recommender.policy.kind=thompson");
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        QString error;
        if (eq <= 0 || !compare->setValueB(assignment.left(eq), assignment.mid(eq + 1), &error)) {
            std::fprintf(
                stderr, "bench_gui: --compare %s: %s\n", qPrintable(assignment), qPrintable(error));
            return 2;
        }
        QObject::connect(&driver, &QTimer::timeout, [&] {
            compare->setMetric(metrics[step++ % metrics.size()]);
            compare->setShowReplicates(step % 2 == 0);
        });
        QObject::connect(compare, &td::ui::CompareWindow::replicatesShown,
            [&] { finish("replicates shown", 2 * replicates); });
        QObject::connect(
            compare->batchSession(), &td::ui::BatchSession::failed, [](const QString &message) {
                std::fprintf(stderr, "bench_gui: %s\n", qUtf8Printable(message));
                QCoreApplication::exit(1);
            });
        // After the windows are first shown and laid out (a one-time cost, as the main window's
        // measurement starts once its engine is ready): the live runs and the replicates.
        QTimer::singleShot(kSettleMs, compare, [&, compare] {
            probe.start();
            driver.start();
            compare->runBoth(); // the live runs too, now or once their worlds are built
            for (auto *controller : { compare->controllerA(), compare->controllerB() })
                QObject::connect(controller, &td::run::SimulationController::stateChanged,
                    controller, [controller](td::run::RunState state, int day) {
                        if (state == td::run::RunState::Paused && day == 0)
                            controller->run();
                    });
            compare->runReplicates(replicates);
        });
        return app.exec();
    }
    td::ui::TradeoffWindow *tradeoffs = window.openTradeoffWindow();
    const QString grid = parser.isSet(QStringLiteral("grid"))
        ? parser.value(QStringLiteral("grid"))
        : QStringLiteral("recommender.policy.epsilon=0,0.1,0.2,0.3");
    const qsizetype eq = grid.indexOf(QLatin1Char('='));
    QString error;
    if (eq <= 0 || !tradeoffs->setKnob(0, grid.left(eq), grid.mid(eq + 1), &error)) {
        std::fprintf(stderr, "bench_gui: --grid %s: %s\n", qPrintable(grid), qPrintable(error));
        return 2;
    }
    tradeoffs->setSeeds(replicates);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        td::run::RunStatistic s = tradeoffs->shortTermEditor()->statistic();
        s.aggregate = step++ % 2 ? td::run::RunStatistic::Aggregate::Mean
                                 : td::run::RunStatistic::Aggregate::Sum;
        tradeoffs->shortTermEditor()->setStatistic(s);
    });
    const int settings = int(grid.mid(eq + 1).count(QLatin1Char(',')) + 1);
    QObject::connect(tradeoffs, &td::ui::TradeoffWindow::frontierShown,
        [&] { finish("frontier drawn", settings * replicates); });
    QTimer::singleShot(kSettleMs, tradeoffs, [&, tradeoffs] {
        probe.start();
        driver.start();
        QString message;
        if (!tradeoffs->runGrid(&message)) {
            std::fprintf(stderr, "bench_gui: %s\n", qPrintable(message));
            QCoreApplication::exit(2);
        }
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("scenario"), QStringLiteral("scenario file"),
                            QStringLiteral("FILE") },
        { QStringLiteral("days"), QStringLiteral("override run.days"), QStringLiteral("N") },
        { QStringLiteral("set"), QStringLiteral("override a leaf, path=value"),
            QStringLiteral("ASSIGNMENT") },
        { QStringLiteral("tab"), QStringLiteral("tab shown during the run"),
            QStringLiteral("KEY") },
        { QStringLiteral("engine-threads"), QStringLiteral("engine threads (default: cores - 1)"),
            QStringLiteral("N") },
        { QStringLiteral("window"), QStringLiteral("main (default), ab or frontier"),
            QStringLiteral("NAME") },
        { QStringLiteral("replicates"), QStringLiteral("seeds per arm or setting (5)"),
            QStringLiteral("N") },
        { QStringLiteral("compare"),
            QStringLiteral("configuration B of --window ab (recommender.policy.kind=thompson)"),
            QStringLiteral("ASSIGNMENT") },
        { QStringLiteral("grid"),
            QStringLiteral("knob of --window frontier (recommender.policy.epsilon=0,0.1,0.2,0.3)"),
            QStringLiteral("ASSIGNMENT") } });
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

    const QString which = parser.value(QStringLiteral("window"));
    if (which == QLatin1String("ab") || which == QLatin1String("frontier"))
        return benchWindow(app, parser, scenario, path, which);
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
