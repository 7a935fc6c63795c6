// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/topk.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace td::recsys::offline {

namespace {

void checkTieRank(const als::InteractionMatrix &seen, const std::vector<std::uint32_t> &tieRank)
{
    if (tieRank.size() < seen.columns())
        throw std::invalid_argument("top-K: tieRank must cover every item");
}

} // namespace

RecommendationLists recommendAls(const als::ImplicitAls &model, const als::InteractionMatrix &seen,
    std::size_t k, const std::vector<std::uint32_t> &tieRank, base::ThreadPool *pool)
{
    kernels::BatchedTopK::Params params;
    params.k = k;
    return recommendAls(model, seen, tieRank, params, pool);
}

RecommendationLists recommendAls(const als::ImplicitAls &model, const als::InteractionMatrix &seen,
    const std::vector<std::uint32_t> &tieRank, const kernels::BatchedTopK::Params &params,
    base::ThreadPool *pool, kernels::BatchedTopK::Stats *stats)
{
    checkTieRank(seen, tieRank);
    const als::FactorMatrix &items = model.itemFactors();
    const als::FactorMatrix &users = model.userFactors();
    // Items the model has never seen (beyond its rows) cannot be scored: leave them out.
    const std::size_t itemCount = std::min(seen.columns(), model.itemCount());
    const std::size_t userCount = std::min(seen.rows(), model.userCount());
    RecommendationLists lists(seen.rows());
    if (itemCount == 0 || userCount == 0 || params.k == 0)
        return lists;
    const kernels::BatchedTopK topk(items.data(), itemCount, model.factors(),
        std::vector<std::uint32_t>(tieRank.begin(), tieRank.begin() + std::ptrdiff_t(itemCount)));
    const kernels::BatchedTopK::Stats done = topk.run(
        users.data(), userCount, std::size_t(users.cols()), params,
        [&](std::size_t u, std::uint32_t item) {
            // Rows are sorted by item: binary search for "already has it".
            const als::EntrySpan row = seen.row(u);
            const als::Entry *at = std::lower_bound(row.begin(), row.end(), item,
                [](const als::Entry &e, std::uint32_t i) { return e.index < i; });
            return at != row.end() && at->index == item;
        },
        [&](std::size_t u, const kernels::ItemScore *best, std::size_t n) {
            std::vector<ScoredItem> &list = lists[u];
            list.reserve(n);
            for (std::size_t r = 0; r < n; ++r)
                list.push_back(ScoredItem { best[r].item, double(best[r].score) });
        },
        pool);
    if (stats)
        *stats = done;
    return lists;
}

RecommendationLists recommendPopular(
    const als::InteractionMatrix &seen, std::size_t k, const std::vector<std::uint32_t> &tieRank)
{
    checkTieRank(seen, tieRank);
    std::vector<std::uint32_t> users(seen.columns(), 0);
    for (std::size_t u = 0; u < seen.rows(); ++u) {
        for (const als::Entry &e : seen.row(u))
            ++users[e.index];
    }
    std::vector<std::uint32_t> chart(seen.columns());
    std::iota(chart.begin(), chart.end(), 0u);
    std::sort(chart.begin(), chart.end(), [&](std::uint32_t a, std::uint32_t b) {
        return users[a] != users[b] ? users[a] > users[b] : tieRank[a] < tieRank[b];
    });
    RecommendationLists lists(seen.rows());
    for (std::size_t u = 0; u < seen.rows(); ++u) {
        const als::EntrySpan row = seen.row(u);
        for (std::uint32_t item : chart) {
            if (lists[u].size() >= k)
                break;
            // Rows are sorted by item: binary search for "already has it".
            const als::Entry *at = std::lower_bound(row.begin(), row.end(), item,
                [](const als::Entry &e, std::uint32_t i) { return e.index < i; });
            const bool has = at != row.end() && at->index == item;
            if (!has)
                lists[u].push_back(ScoredItem { item, double(users[item]) });
        }
    }
    return lists;
}

} // namespace td::recsys::offline
