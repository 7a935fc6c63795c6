// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Pipeline benchmark: slates per second of the full pipeline (retrieval -> filters -> ranker
// -> policy) inside the engine, and the share of a day spent simulating vs retraining, at a
// given number of listeners and tracks. Reports, never asserts.
// Usage: bench_pipeline [--listeners N] [--tracks T] [--days D] [--threads K] [--policy P]
#include "sim/engine.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int listeners = 10000, tracks = 50000, days = 4;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::string policy = "epsilon_greedy";
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &flag = args[i];
        const QString &value = args[i + 1];
        if (flag == QLatin1String("--listeners"))
            listeners = value.toInt();
        else if (flag == QLatin1String("--tracks"))
            tracks = value.toInt();
        else if (flag == QLatin1String("--days"))
            days = value.toInt();
        else if (flag == QLatin1String("--threads"))
            threads = value.toUInt();
        else if (flag == QLatin1String("--policy"))
            policy = value.toStdString();
    }
    td::sim::Scenario s;
    s.world.listeners.count = listeners;
    s.world.listeners.arrivalsPerDay = 0;
    s.world.catalog.tracks = tracks;
    s.recommender.kind = "pipeline";
    s.recommender.policy.kind = policy;
    s.run.days = days + 2;
    std::printf("pipeline benchmark: %d listeners, %d tracks, policy %s, %u threads\n", listeners,
        tracks, policy.c_str(), threads);
    td::sim::Engine engine(s, threads);
    // Days 0-1 warm up: the first ALS fit and index build happen after day 0.
    for (int d = 0; d < 2; ++d)
        engine.stepDay();
    std::printf("%5s %10s %12s %14s %12s\n", "day", "slates", "day (s)", "slates/s", "candidates");
    double totalSlates = 0, totalSeconds = 0;
    while (!engine.finished()) {
        const auto t0 = std::chrono::steady_clock::now();
        const auto snap = engine.stepDay();
        const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double slates = double(snap->funnel.requests);
        totalSlates += slates;
        totalSeconds += seconds;
        std::printf("%5d %10.0f %12.3f %14.0f %12lld\n", snap->metrics.day, slates, seconds,
            slates / seconds, static_cast<long long>(snap->funnel.merged));
        std::fflush(stdout);
    }
    std::printf(
        "mean: %.0f slates/s end to end (a day's listener simulation, metrics and the nightly\n"
        "retrain included; requests build Home slates, weekly playlists and radio queues)\n",
        totalSlates / totalSeconds);
    return 0;
}
