// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// ALS seconds per iteration on synthetic power-law interactions (~30 per user, 64 factors,
// 3 CG steps), at 10k and 100k users × 50k items, with 1 and 2 threads; plus the cost of a
// fold-in and of a posterior for one user; then the shape of issue 17 (issueshape.h): read
// time of its 5M-line TSV, s/iteration of a 15-iteration fit and the all-users top-10.
// Reports, never asserts.
// Usage: bench_als [--iterations N] [--threads-max T] [--threads T (only T)]
//                  [--issue-shape (only those rows)] [--runs R (issue-shape repeats, 1)]
//                  [--variants (top-10 per kernel instruction set, pruning on/off)]
//                  [--read-only (issue shape: only read the TSV and build the matrix)]
//                  [--write-tsv PATH (write the issue-shape TSV and exit)]
#include "base/rng.h"
#include "base/threadpool.h"
#include "issueshape.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/offline/confidence.h"
#include "recsys/als/offline/topk.h"
#include "recsys/als/offline/tsvio.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace td::recsys;

namespace {

/// Each user plays 10..50 distinct items (mean 30) drawn from a Zipf law over the items
/// (weight 1 / (rank + 1)^0.9), with c = 1 + 5·log(1 + plays), plays uniform in 1..100.
als::InteractionMatrix powerLaw(std::size_t users, std::size_t items, std::uint64_t seed)
{
    std::vector<double> cdf(items);
    double total = 0.0;
    for (std::size_t i = 0; i < items; ++i) {
        total += 1.0 / std::pow(double(i + 1), 0.9);
        cdf[i] = total;
    }
    std::vector<als::Triplet> triplets;
    triplets.reserve(users * 30);
    std::vector<std::uint32_t> chosen;
    for (std::size_t u = 0; u < users; ++u) {
        td::base::Rng rng(seed, td::base::Purpose::Model, u, 0);
        const std::size_t n = 10 + rng.below(41);
        chosen.clear();
        while (chosen.size() < n) {
            const double x = rng.uniform() * total;
            const auto item
                = std::uint32_t(std::lower_bound(cdf.begin(), cdf.end(), x) - cdf.begin());
            if (item < items && std::find(chosen.begin(), chosen.end(), item) == chosen.end())
                chosen.push_back(item);
        }
        for (std::uint32_t item : chosen)
            triplets.push_back(als::Triplet { std::uint32_t(u), item,
                float(1.0 + 5.0 * std::log1p(double(1 + rng.below(100)))), 1.0f });
    }
    return als::InteractionMatrix::fromTriplets(users, items, std::move(triplets));
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

/// The 1-minute load average (foreign CPU while we measure), or -1 if unknown.
double loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double load = -1.0;
    in >> load;
    return load;
}

/// All-users top-10 of one fitted model with each kernel instruction set, pruning on and off:
/// what SIMD and the norm bound each buy (the lists are identical by construction).
void topkVariants(const als::ImplicitAls &model, const als::InteractionMatrix &m,
    const std::vector<std::uint32_t> &tieRank, td::base::ThreadPool &pool)
{
    std::printf("\n| kernel | pruning | top-10 s | top-10 CPU s | pairs scored | load 1 min |\n"
                "|---|---|---:|---:|---:|---:|\n");
    for (const bool prune : { true, false }) {
        for (const auto isa : { td::recsys::kernels::Isa::Avx512, td::recsys::kernels::Isa::Avx2,
                 td::recsys::kernels::Isa::Portable }) {
            if (!td::recsys::kernels::isaAvailable(isa))
                continue;
            td::recsys::kernels::BatchedTopK::Params params;
            params.k = 10;
            params.isa = isa;
            params.prune = prune;
            td::recsys::kernels::BatchedTopK::Stats stats;
            const auto start = std::chrono::steady_clock::now();
            const std::clock_t cpu = std::clock();
            offline::recommendAls(model, m, tieRank, params, &pool, &stats);
            const double s = seconds(start);
            const double sCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
            std::printf("| %s | %s | %.2f | %.2f | %.1f %% | %.2f |\n",
                td::recsys::kernels::isaName(isa), prune ? "on" : "off", s, sCpu,
                100.0 * double(stats.pairsScored) / double(stats.pairsTotal), loadAverage());
            std::fflush(stdout);
        }
    }
}

/// Issue 17's shape: read, fit (15 iterations, 3 CG steps, 64 factors) and all-users top-10
/// on `threads` threads, `runs` times; one table row per run.
int issueShapeRows(unsigned threads, int runs, bool variants, bool readOnly)
{
    const td::bench::IssueShape shape;
    const std::string path
        = (std::filesystem::temp_directory_path() / "tastedrift-bench-als-issue17.tsv").string();
    const std::size_t lines = td::bench::writeIssueShapeTsv(shape, path);
    std::printf("\nIssue 17 shape: %zu users x %zu items, %zu lines (%.1f MB), 64 factors, 15 "
                "iterations, 3 CG steps, %u threads\n\n",
        shape.users, shape.items, lines, double(std::filesystem::file_size(path)) / 1e6, threads);
    std::printf(
        "| run | read TSV s | read CPU s | build matrix s | fit s | fit CPU s | s/iteration | "
        "top-10 s | top-10 CPU s | load 1 min |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double sink = 0.0;
    for (int run = 1; run <= runs; ++run) {
        auto start = std::chrono::steady_clock::now();
        const std::clock_t cpuStart = std::clock();
        const offline::InteractionTable table = offline::readInteractionTable(path);
        const double read = seconds(start);
        const double readCpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        start = std::chrono::steady_clock::now();
        const als::InteractionMatrix m = offline::toImplicitMatrix(table.pairs, table.users.size(),
            table.items.size(), offline::kDefaultAlpha, offline::kDefaultConfidenceMode);
        const double build = seconds(start);
        if (readOnly) {
            std::printf("| %d | %.3f | %.3f | %.3f | | | | | | %.2f |\n", run, read, readCpu, build,
                loadAverage());
            std::fflush(stdout);
            continue;
        }
        td::base::ThreadPool pool(threads);
        als::AlsParams params;
        params.factors = 64;
        params.iterations = 15;
        params.cgSteps = 3;
        als::ImplicitAls model(params);
        double fit = 0.0;
        std::clock_t cpu = std::clock();
        for (const als::IterationStats &s : model.fit(m, &pool))
            fit += s.seconds;
        const double fitCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        start = std::chrono::steady_clock::now();
        cpu = std::clock();
        const offline::RecommendationLists lists
            = offline::recommendAls(model, m, 10, table.items.idRanks(), &pool);
        const double topk = seconds(start);
        const double topkCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        for (const auto &list : lists)
            sink += list.empty() ? 0.0 : list.front().score;
        std::printf("| %d | %.3f | %.3f | %.3f | %.2f | %.2f | %.3f | %.2f | %.2f | %.2f |\n", run,
            read, readCpu, build, fit, fitCpu, fit / params.iterations, topk, topkCpu,
            loadAverage());
        std::fflush(stdout);
        if (variants && run == runs)
            topkVariants(model, m, table.items.idRanks(), pool);
    }
    std::filesystem::remove(path);
    return std::isfinite(sink) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    int iterations = 3, runs = 1;
    unsigned threadsMin = 1, threadsMax = 2;
    bool issueOnly = false, variants = false, readOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--issue-shape" || flag == "--variants" || flag == "--read-only") {
            (flag == "--variants" ? variants : flag == "--read-only" ? readOnly : issueOnly) = true;
            continue;
        }
        if (i + 1 >= argc)
            break;
        if (flag == "--write-tsv") {
            const std::size_t lines = td::bench::writeIssueShapeTsv({}, argv[i + 1]);
            std::printf("wrote %zu lines to %s\n", lines, argv[i + 1]);
            return 0;
        }
        if (flag == "--runs")
            runs = std::max(1, std::atoi(argv[++i]));
        else if (flag == "--iterations")
            iterations = std::max(1, std::atoi(argv[++i]));
        else if (flag == "--threads-max")
            threadsMax = unsigned(std::max(1, std::atoi(argv[++i])));
        else if (flag == "--threads")
            threadsMin = threadsMax = unsigned(std::max(1, std::atoi(argv[++i])));
    }
    if (issueOnly)
        return issueShapeRows(threadsMax, runs, variants, readOnly);
    // CPU seconds (std::clock, all threads) next to wall seconds: on a shared machine the
    // one-thread CPU time is the uncontended cost.
    std::printf(
        "| users | items | pairs | threads | wall s/iteration | CPU s/iteration | "
        "fold-in µs/user | posterior µs/user |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const std::size_t users : { std::size_t(10000), std::size_t(100000) }) {
        const std::size_t items = 50000;
        const als::InteractionMatrix m = powerLaw(users, items, 1);
        const als::InteractionMatrix t = m.transposed();
        for (unsigned threads = threadsMin; threads <= threadsMax; ++threads) {
            td::base::ThreadPool pool(threads);
            als::AlsParams params;
            params.factors = 64;
            params.iterations = iterations;
            als::ImplicitAls model(params);
            model.ensureSize(users, items, &pool);
            double total = 0.0;
            const std::clock_t cpuStart = std::clock();
            for (const als::IterationStats &s : model.fit(m, t, &pool))
                total += s.seconds;
            const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            // Fold-in and posterior of 1000 users (one thread: the per-session cost).
            const std::size_t probe = 1000;
            auto start = std::chrono::steady_clock::now();
            float sink = 0.0f;
            for (std::size_t u = 0; u < probe; ++u)
                sink += model.foldInUser(m.row(u))[0];
            const double foldIn = seconds(start) / double(probe) * 1e6;
            start = std::chrono::steady_clock::now();
            for (std::size_t u = 0; u < probe; ++u)
                sink += float(model.userPosterior(m.row(u)).meanVariance());
            const double posterior = seconds(start) / double(probe) * 1e6;
            std::printf("| %zu | %zu | %zu | %u | %.3f | %.3f | %.0f | %.0f |\n", users, items,
                m.nonZeros(), threads, total / iterations, cpu / iterations, foldIn, posterior);
            std::fflush(stdout);
            if (!std::isfinite(sink))
                return 1;
        }
    }
    return issueShapeRows(threadsMax, runs, variants, readOnly);
}
