// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Pipeline benchmark (docs/pipeline.md, Performance): per setup (listeners x tracks), slates per
// second of the serving path (retrieval -> filters -> rank -> policy), ALS seconds per
// iteration, index build and ranker training times, the share of a simulated day's wall time
// per stage, and peak RSS; after every simulated day, the RSS, the allocator's bytes in use and
// held free, and the heap bytes of each structure the pipeline keeps across days (what grows:
// docs/performance.md, "Memory"). Reports, never asserts.
// Usage: bench_pipeline [--setup 10k-50k|100k-50k|10k-1m|100k-1m|all] [--listeners N]
//                       [--tracks T] [--days D] [--warmup W] [--threads K] [--policy P] [--full]
//                       [--set scenario.path=value ...]
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

struct Setup
{
    std::string name;
    int listeners = 10000;
    int tracks = 50000;
};

/// Peak resident set size of this process in MB (VmHWM), and resets it for the next setup.
double peakRssMb(bool reset)
{
    double kb = 0.0;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0)
            kb = std::stod(line.substr(6));
    }
    if (reset)
        std::ofstream("/proc/self/clear_refs") << "5"; // Linux: reset the peak to the current RSS
    return kb / 1024.0;
}

/// Current resident set size of this process in MB (VmRSS).
double rssMb()
{
    double kb = 0.0;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0)
            kb = std::stod(line.substr(6));
    }
    return kb / 1024.0;
}

/// One line per simulated day: the process's RSS and the heap bytes of the pipeline's state
/// kept across days (PipelineRecommender::memoryReport()), so that what grows shows by name.
/// Which part of an index is searched through graphs (the rest is scanned exactly).
void printIndexShape(const char *name, const td::recsys::ItemIndex &index)
{
    std::size_t graphs = 0, graphItems = 0;
    for (std::size_t b = 0; b < index.bucketCount(); ++b) {
        if (index.bucketIsGraph(b)) {
            ++graphs;
            graphItems += index.bucketSize(b);
        }
    }
    std::printf("; %s index %zu items, %zu buckets, %zu graphs over %zu items (%.1f MB)", name,
        index.size(), index.bucketCount(), graphs, graphItems,
        double(index.memoryBytes()) / (1024.0 * 1024.0));
}

void printMemory(const td::sim::Engine &engine, int day)
{
    const auto *pipeline
        = dynamic_cast<const td::recsys::PipelineRecommender *>(&engine.recommender());
    // The allocator's view: bytes in live allocations and bytes it holds free (fragmentation,
    // or pages it has not given back), both counted over every arena and mmapped blocks.
    const struct mallinfo2 heap = mallinfo2();
    std::printf("  memory day %d: rss %.0f MB, heap in use %.0f MB, heap free %.0f MB", day,
        rssMb(), double(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0),
        double(heap.fordblks) / (1024.0 * 1024.0));
    if (pipeline) {
        std::size_t sum = 0;
        for (const auto &[name, bytes] : pipeline->memoryReport()) {
            std::printf(", %s %.1f", name, double(bytes) / (1024.0 * 1024.0));
            sum += bytes;
        }
        const auto &evidence = pipeline->evidence();
        std::printf(" (sum %.1f MB); evidence pairs %zu (%.1f MB of them, %.1f per listener); "
                    "value held-out %zu",
            double(sum) / (1024.0 * 1024.0), evidence.pairCount(),
            double(evidence.pairCount() * sizeof(td::recsys::TrackEvidence)) / (1024.0 * 1024.0),
            double(evidence.pairCount())
                / double(std::max<std::size_t>(1, evidence.listenerCount())),
            pipeline->valueModel().heldOutCount());
        printIndexShape("ALS", pipeline->collaborative().index());
        printIndexShape("audio-feature", pipeline->content().index());
    }
    std::printf("\n");
}

std::string loadAverage()
{
    std::ifstream f("/proc/loadavg");
    double one = 0, five = 0, fifteen = 0;
    f >> one >> five >> fifteen;
    char text[64];
    std::snprintf(text, sizeof text, "%.2f %.2f %.2f", one, five, fifteen);
    return text;
}

/// Sums of the measured days.
struct Totals
{
    int days = 0;
    td::sim::DayTimings t;
    void add(const td::sim::DayTimings &d)
    {
        ++days;
        t.beginDay += d.beginDay;
        t.sessions += d.sessions;
        t.endDay += d.endDay;
        t.metrics += d.metrics;
        t.total += d.total;
        auto &p = t.pipeline;
        const auto &q = d.pipeline;
        p.serve += q.serve;
        p.requests += q.requests;
        p.foldIn += q.foldIn;
        p.contentIndex += q.contentIndex;
        p.cfIndex += q.cfIndex;
        p.endDayGather += q.endDayGather;
        p.evidenceMatrix += q.evidenceMatrix;
        p.alsFit += q.alsFit;
        p.alsIterations += q.alsIterations;
        p.rankerTrain += q.rankerTrain;
        p.itemPosteriors += q.itemPosteriors;
    }
};

void printShare(const char *stage, double seconds, double dayTotal, const char *note = "")
{
    std::printf("  %-34s %9.3f s %6.1f %%  %s\n", stage, seconds, 100.0 * seconds / dayTotal, note);
}

void runSetup(const Setup &setup, int days, int warmup, unsigned threads, const std::string &policy,
    const std::vector<std::pair<std::string, std::string>> &overrides)
{
    td::sim::Scenario s;
    s.world.listeners.count = setup.listeners;
    s.world.listeners.arrivalsPerDay = 0;
    s.world.catalog.tracks = setup.tracks;
    s.recommender.kind = td::recsys::RecommenderKind::Pipeline;
    td::sim::setScenarioValue(s, "recommender.policy.kind", policy);
    s.run.days = warmup + days;
    for (const auto &[path, value] : overrides)
        td::sim::setScenarioValue(s, path, value);
    peakRssMb(true);
    std::printf("\n== setup %s: %d listeners x %d tracks, policy %s, %u threads; load average "
                "%s ==\n",
        setup.name.c_str(), setup.listeners, setup.tracks, policy.c_str(), threads,
        loadAverage().c_str());
    const auto t0 = std::chrono::steady_clock::now();
    td::sim::Engine engine(s, threads);
    std::printf("world setup %.2f s; warm-up: %d day(s) (day 0 has no model; its end runs the "
                "first ALS fit of 8 iterations)\n",
        td::events::secondsSince(t0), warmup);
    for (int d = 0; d < warmup; ++d) {
        const auto snap = engine.stepDay();
        std::printf("  warm-up day %d: %.2f s (content index %.2f s, cf index %.2f s, ALS %.2f "
                    "s / %d it)\n",
            d, snap->timings.total, snap->timings.pipeline.contentIndex,
            snap->timings.pipeline.cfIndex, snap->timings.pipeline.alsFit,
            snap->timings.pipeline.alsIterations);
        printMemory(engine, d);
        std::fflush(stdout);
    }
    std::printf("%5s %8s %9s %9s %9s %9s %9s %12s %9s %10s\n", "day", "slates", "day (s)", "begin",
        "sessions", "end day", "metrics", "serve sl/s", "index age", "ann recall");
    Totals sum;
    double streams = 0.0, active = 0.0;
    while (!engine.finished()) {
        const auto snap = engine.stepDay();
        const auto &t = snap->timings;
        sum.add(t);
        streams += snap->metrics.value("streams");
        active += snap->metrics.value("active_listeners");
        // index_age_days and ann_recall (recommender.index_lag_days; docs/retrieval.md)
        std::printf("%5d %8lld %9.2f %9.2f %9.2f %9.2f %9.2f %12.0f %9.0f %10.3f\n",
            snap->metrics.day, static_cast<long long>(t.pipeline.requests), t.total, t.beginDay,
            t.sessions, t.endDay, t.metrics,
            t.pipeline.serve > 0 ? double(t.pipeline.requests) / t.pipeline.serve : 0.0,
            snap->metrics.value("index_age_days"), snap->metrics.value("ann_recall"));
        printMemory(engine, snap->metrics.day);
        std::fflush(stdout);
    }
    if (sum.days == 0)
        return;
    const double n = sum.days;
    const auto &t = sum.t;
    const auto &p = t.pipeline;
    const double day = t.total / n;
    // serve and fold-in are thread-seconds; their wall share of the sessions stage is that
    // divided by the threads (approximate on a loaded machine: preemption counts as work).
    const double serveWall = p.serve / n / threads;
    const double foldWall = p.foldIn / n / threads;
    std::printf(
        "summary of %d measured day(s) after %d warm-up day(s), mean per day:\n", sum.days, warmup);
    std::printf("  serving path: %.0f slates/day, %.0f slates/s per thread (%.3f ms per slate), "
                "%.0f slates/s on %u threads while sessions run\n",
        double(p.requests) / n, p.serve > 0 ? double(p.requests) / p.serve : 0.0,
        p.requests > 0 ? 1e3 * p.serve / double(p.requests) : 0.0,
        t.sessions > 0 ? double(p.requests) / t.sessions : 0.0, threads);
    std::printf("  end to end: %.0f slates/s (the whole day, retrain included)\n",
        double(p.requests) / t.total);
    std::printf("  quality check: %.3f streams per active listener-day\n", streams / active);
    std::printf("  ALS: %.3f s/iteration (%d iterations per retrain, incl. the transpose)\n",
        p.alsIterations > 0 ? p.alsFit / p.alsIterations : 0.0,
        int(p.alsIterations / std::max(1, sum.days)));
    std::printf("  index build: ALS item factors %.3f s per day, audio features %.3f s per day "
                "(built once, in the warm-up); ranker training %.3f s\n",
        p.cfIndex / n, p.contentIndex / n, p.rankerTrain / n);
    std::printf("  stage shares of a %.2f s day:\n", day);
    printShare("start of day: cf index (build or wait)", p.cfIndex / n, day);
    printShare("start of day: content index build", p.contentIndex / n, day);
    printShare(
        "start of day: world, other", t.beginDay / n - (p.cfIndex + p.contentIndex) / n, day);
    printShare("sessions: serving path", serveWall, day, "(thread-s / threads)");
    printShare("sessions: fold-ins", foldWall, day, "(thread-s / threads)");
    printShare("sessions: world (response, drift)", t.sessions / n - serveWall - foldWall, day);
    printShare("end of day: gather rows, trending", p.endDayGather / n, day);
    printShare("end of day: evidence -> matrix", p.evidenceMatrix / n, day);
    printShare("end of day: ALS fit", p.alsFit / n, day);
    printShare("end of day: ALS item posteriors", p.itemPosteriors / n, day);
    printShare("end of day: ranker training", p.rankerTrain / n, day);
    printShare("end of day: other",
        t.endDay / n
            - (p.endDayGather + p.evidenceMatrix + p.alsFit + p.itemPosteriors + p.rankerTrain) / n,
        day);
    printShare("metrics", t.metrics / n, day);
    std::printf("  peak RSS %.0f MB; load average at the end %s\n", peakRssMb(false),
        loadAverage().c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<Setup> known { { "10k-50k", 10000, 50000 }, { "100k-50k", 100000, 50000 },
        { "10k-1m", 10000, 1000000 }, { "100k-1m", 100000, 1000000 } };
    std::vector<Setup> setups { known[0] };
    int days = -1, warmup = 2;
    bool full = false;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::string policy = "epsilon_greedy";
    Setup custom { "custom", 0, 0 };
    std::vector<std::pair<std::string, std::string>> overrides;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &flag = args[i];
        if (flag == QLatin1String("--full")) {
            full = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "bench_pipeline: %s needs a value\n", qPrintable(flag));
            return 2;
        }
        const QString value = args[++i];
        if (flag == QLatin1String("--setup")) {
            setups.clear();
            for (const Setup &k : known) {
                if (value == QLatin1String("all") || value.toStdString() == k.name)
                    setups.push_back(k);
            }
            if (setups.empty()) {
                std::fprintf(stderr,
                    "bench_pipeline: unknown setup '%s' (10k-50k, 100k-50k, 10k-1m, 100k-1m, "
                    "all)\n",
                    qPrintable(value));
                return 2;
            }
        } else if (flag == QLatin1String("--listeners")) {
            custom.listeners = value.toInt();
        } else if (flag == QLatin1String("--tracks")) {
            custom.tracks = value.toInt();
        } else if (flag == QLatin1String("--days")) {
            days = value.toInt();
        } else if (flag == QLatin1String("--warmup")) {
            warmup = value.toInt();
        } else if (flag == QLatin1String("--threads")) {
            threads = value.toUInt();
        } else if (flag == QLatin1String("--set")) {
            const int eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                std::fprintf(stderr, "bench_pipeline: --set expects path=value\n");
                return 2;
            }
            overrides.emplace_back(value.left(eq).toStdString(), value.mid(eq + 1).toStdString());
        } else if (flag == QLatin1String("--policy")) {
            policy = value.toStdString();
        } else {
            std::fprintf(stderr, "bench_pipeline: unknown flag %s\n", qPrintable(flag));
            return 2;
        }
    }
    if (custom.listeners > 0 || custom.tracks > 0) {
        custom.listeners = custom.listeners > 0 ? custom.listeners : 10000;
        custom.tracks = custom.tracks > 0 ? custom.tracks : 50000;
        setups = { custom };
    }
    if (threads < 1 || warmup < 1) {
        std::fprintf(stderr, "bench_pipeline: --threads and --warmup must be >= 1\n");
        return 2;
    }
    std::printf("pipeline benchmark (times are wall clock on this machine as it is)\n");
    for (const Setup &setup : setups) {
        // 1M tracks: one index build takes minutes, so measure one day after one warm-up day
        // unless --full. Every stage still runs on the full catalogue and population.
        const bool reduced = setup.tracks >= 1000000 && !full;
        const int measured = days > 0 ? days : (reduced ? 1 : 4);
        const int warm = reduced && days <= 0 ? 1 : warmup;
        if (reduced)
            std::printf("\nREDUCED mode for %s: %d warm-up day and %d measured day (instead of 2 "
                        "and 4); pass --full or --days/--warmup to change\n",
                setup.name.c_str(), warm, measured);
        try {
            runSetup(setup, measured, warm, threads, policy, overrides);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "bench_pipeline: %s\n", e.what());
            return 2;
        }
    }
    return 0;
}
