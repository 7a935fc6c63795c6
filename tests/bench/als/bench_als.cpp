// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// ALS seconds per iteration on synthetic power-law interactions (~30 per user, 64 factors,
// 3 CG steps), at 10k and 100k users × 50k items, with 1 and 2 threads; plus the cost of a
// fold-in and of a posterior for one user. Reports, never asserts.
// Usage: bench_als [--iterations N] [--threads-max T] [--threads T (only T)]
#include "base/rng.h"
#include "base/threadpool.h"
#include "recsys/als/implicitals.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
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

} // namespace

int main(int argc, char **argv)
{
    int iterations = 3;
    unsigned threadsMin = 1, threadsMax = 2;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--iterations")
            iterations = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--threads-max")
            threadsMax = unsigned(std::max(1, std::atoi(argv[i + 1])));
        else if (flag == "--threads")
            threadsMin = threadsMax = unsigned(std::max(1, std::atoi(argv[i + 1])));
    }
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
    return 0;
}
