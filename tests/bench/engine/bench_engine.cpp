// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Engine benchmark (docs/architecture.md §5): simulated listener-days per second and resident bytes
// per listener at 10k, 100k and 1M listeners, actually run (not extrapolated). Reports, never
// asserts. Usage: bench_engine [--listeners N[,N...]] [--days D] [--threads T] [--kind K]
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>

namespace {

/// Resident set size in bytes (Linux /proc/self/statm).
double residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    double pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * double(sysconf(_SC_PAGESIZE));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList listeners { QStringLiteral("10000"), QStringLiteral("100000"),
        QStringLiteral("1000000") };
    int days = 3;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::string kind = "popular";
    int tracks = 50000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--listeners"))
            listeners = args[i + 1].split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--days"))
            days = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--threads"))
            threads = args[i + 1].toUInt();
        else if (args[i] == QLatin1String("--kind"))
            kind = args[i + 1].toStdString();
        else if (args[i] == QLatin1String("--tracks"))
            tracks = args[i + 1].toInt();
    }
    std::printf("engine benchmark: recommender %s, %d tracks, %d days after day 0, %u threads\n",
        kind.c_str(), tracks, days, threads);
    std::printf("%10s %14s %16s %14s %12s\n", "listeners", "setup (s)", "listener-days/s",
        "bytes/listener", "peak RSS MB");
    for (const QString &n : listeners) {
        td::sim::Scenario s;
        s.world.listeners.count = n.toInt();
        s.world.listeners.arrivalsPerDay = 0;
        s.world.catalog.tracks = tracks;
        td::sim::setScenarioValue(s, "recommender.kind", kind);
        s.run.days = days + 1;
        const double before = residentBytes();
        const auto t0 = std::chrono::steady_clock::now();
        td::sim::Engine engine(s, threads);
        engine.stepDay(); // day 0 warms buffers up
        const auto t1 = std::chrono::steady_clock::now();
        double listenerDays = 0;
        while (!engine.finished()) {
            engine.stepDay();
            listenerDays += engine.history().back().value("population");
        }
        const auto t2 = std::chrono::steady_clock::now();
        const double after = residentBytes();
        const double seconds = std::chrono::duration<double>(t2 - t1).count();
        std::printf("%10d %14.2f %16.0f %14.0f %12.0f\n", n.toInt(),
            std::chrono::duration<double>(t1 - t0).count(), listenerDays / seconds,
            (after - before) / n.toDouble(), after / 1e6);
        std::fflush(stdout);
    }
    return 0;
}
