// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Hyper-parameter grid of implicit ALS on the Last.fm hold-out split (docs/validation.md):
// recall@10 and NDCG@10 of every setting next to most-popular, with seconds per iteration.
// Reports, never asserts. Usage:
//   als_validation [--data FILE] [--write-split DIR] [--threads T] [--iterations N]
//                  [--cg-steps S] [--factors 16,32] [--reg 0.1,1] [--alpha 1,10]
//                  [--confidence log,linear] [--seed S]
#include "base/threadpool.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/offline/confidence.h"
#include "recsys/als/offline/holdoutsplit.h"
#include "recsys/als/offline/rankingmetrics.h"
#include "recsys/als/offline/topk.h"
#include "recsys/als/offline/tsvio.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

using namespace td::recsys;

namespace {

std::vector<double> numberList(const std::string &text)
{
    std::vector<double> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        out.push_back(std::strtod(part.c_str(), nullptr));
    return out;
}

std::vector<std::string> wordList(const std::string &text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        out.push_back(part);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    std::string data
        = std::string(TD_SOURCE_DIR) + "/../shared/data/lastfm-2k/train_user_artists.tsv";
    std::string splitDir;
    unsigned threads = 0;
    int iterations = als::AlsParams().iterations;
    int cgSteps = als::AlsParams().cgSteps;
    std::uint64_t seed = 0;
    std::vector<double> factors { 16, 32, 64, 128 }, regs { 0.01, 0.1, 1 }, alphas { 1, 10, 40 };
    std::vector<std::string> modes { "log", "linear" };
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--data")
            data = value;
        else if (flag == "--write-split")
            splitDir = value;
        else if (flag == "--threads")
            threads = unsigned(std::atoi(value.c_str()));
        else if (flag == "--iterations")
            iterations = std::atoi(value.c_str());
        else if (flag == "--cg-steps")
            cgSteps = std::atoi(value.c_str());
        else if (flag == "--seed")
            seed = std::strtoull(value.c_str(), nullptr, 10);
        else if (flag == "--factors")
            factors = numberList(value);
        else if (flag == "--reg")
            regs = numberList(value);
        else if (flag == "--alpha")
            alphas = numberList(value);
        else if (flag == "--confidence")
            modes = wordList(value);
        else {
            std::fprintf(stderr, "als_validation: unknown option %s\n", flag.c_str());
            return 2;
        }
    }
    offline::InteractionTable table;
    try {
        table = offline::readInteractionTable(data);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "als_validation: %s (skipping)\n", e.what());
        return 0;
    }
    // The split of docs/validation.md: 20 % of each user with >= 5 artists, seed 1.
    const offline::HoldoutSplit split = offline::holdoutSplit(table, 0.2, 5, 1);
    if (!splitDir.empty()) {
        try {
            offline::writeInteractions(
                splitDir + "/split_train.tsv", table.users, table.items, split.train);
            offline::writeInteractions(
                splitDir + "/split_test.tsv", table.users, table.items, split.test);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "als_validation: %s\n", e.what());
            return 1;
        }
    }
    // Index the training pairs exactly as `tastedrift-cli als --train split_train.tsv` does
    // (ids in order of first appearance in that file), so each row of the table below is the
    // CLI's result bit for bit: the initial factors are seeded per row index.
    offline::InteractionTable train;
    for (const offline::WeightedPair &p : split.train)
        train.pairs.push_back(offline::WeightedPair { train.users.insert(table.users.id(p.user)),
            train.items.insert(table.items.id(p.item)), p.weight });
    const std::size_t users = train.users.size(), items = train.items.size();
    // Test-only ids get indices after the training ones, as in `tastedrift-cli eval`.
    std::vector<offline::WeightedPair> test;
    for (const offline::WeightedPair &p : split.test)
        test.push_back(offline::WeightedPair { train.users.insert(table.users.id(p.user)),
            train.items.insert(table.items.id(p.item)), p.weight });
    const auto relevant = offline::itemsByUser(test, train.users.size());
    std::vector<std::uint32_t> ties = train.items.idRanks();
    ties.resize(items);
    td::base::ThreadPool pool(threads);
    std::printf("data: %s\nsplit: %zu train pairs, %zu test pairs, %zu users, %zu items; "
                "%u threads, %d iterations, %d CG steps, seed %llu\n\n",
        data.c_str(), split.train.size(), split.test.size(), users, items, pool.threadCount(),
        iterations, cgSteps, static_cast<unsigned long long>(seed));
    std::printf("| model | factors | reg | alpha | confidence | recall@10 | NDCG@10 | MAP@10 | "
                "s/iteration |\n|---|---:|---:|---:|---|---:|---:|---:|---:|\n");
    {
        const als::InteractionMatrix popular = offline::toImplicitMatrix(
            train.pairs, users, items, 1.0, offline::ConfidenceMode::Log);
        const auto s
            = offline::evaluateRanking(offline::recommendPopular(popular, 10, ties), relevant, 10);
        std::printf("| most-popular | | | | | %.4f | %.4f | %.4f | |\n", s.recall, s.ndcg, s.map);
        std::fflush(stdout);
    }
    for (const std::string &modeName : modes) {
        offline::ConfidenceMode mode;
        if (!offline::parseConfidenceMode(modeName, mode))
            return 2;
        for (double alpha : alphas) {
            const als::InteractionMatrix matrix
                = offline::toImplicitMatrix(train.pairs, users, items, alpha, mode);
            const als::InteractionMatrix itemUsers = matrix.transposed();
            for (double f : factors) {
                for (double reg : regs) {
                    als::AlsParams params;
                    params.factors = int(f);
                    params.regularization = float(reg);
                    params.iterations = iterations;
                    params.cgSteps = cgSteps;
                    params.seed = seed;
                    als::ImplicitAls model(params);
                    double seconds = 0.0;
                    for (const auto &st : model.fit(matrix, itemUsers, &pool))
                        seconds += st.seconds;
                    const auto s = offline::evaluateRanking(
                        offline::recommendAls(model, matrix, 10, ties, &pool), relevant, 10);
                    std::printf("| ALS | %d | %g | %g | %s | %.4f | %.4f | %.4f | %.4f |\n",
                        params.factors, reg, alpha, modeName.c_str(), s.recall, s.ndcg, s.map,
                        iterations > 0 ? seconds / iterations : 0.0);
                    std::fflush(stdout);
                }
            }
        }
    }
    return 0;
}
