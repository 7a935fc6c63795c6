// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/rankingmetrics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace td::recsys::offline {

RankingScores scoreUser(
    const std::vector<ScoredItem> &list, const std::vector<std::uint32_t> &relevant, std::size_t k)
{
    RankingScores s;
    if (relevant.empty())
        return s;
    if (k == 0)
        throw std::invalid_argument("ranking metrics: K must be >= 1");
    s.users = 1;
    const std::size_t m = std::min(k, relevant.size());
    std::vector<std::uint32_t> counted;
    double hits = 0.0, dcg = 0.0, apSum = 0.0;
    for (std::size_t r = 1; r <= std::min(k, list.size()); ++r) {
        const std::uint32_t item = list[r - 1].item;
        if (!std::binary_search(relevant.begin(), relevant.end(), item)
            || std::find(counted.begin(), counted.end(), item) != counted.end())
            continue;
        counted.push_back(item);
        hits += 1.0;
        dcg += 1.0 / std::log2(double(r) + 1.0);
        apSum += hits / double(r);
    }
    double idcg = 0.0;
    for (std::size_t r = 1; r <= m; ++r)
        idcg += 1.0 / std::log2(double(r) + 1.0);
    s.recall = hits / double(m);
    s.precision = hits / double(k);
    s.ndcg = dcg / idcg;
    s.map = apSum / double(m);
    return s;
}

RankingScores evaluateRanking(const RecommendationLists &lists,
    const std::vector<std::vector<std::uint32_t>> &relevant, std::size_t k)
{
    RankingScores total;
    const std::vector<ScoredItem> empty;
    for (std::size_t u = 0; u < relevant.size(); ++u) {
        const RankingScores s = scoreUser(u < lists.size() ? lists[u] : empty, relevant[u], k);
        total.users += s.users;
        total.recall += s.recall;
        total.precision += s.precision;
        total.ndcg += s.ndcg;
        total.map += s.map;
    }
    if (total.users > 0) {
        const double n = double(total.users);
        total.recall /= n;
        total.precision /= n;
        total.ndcg /= n;
        total.map /= n;
    }
    return total;
}

} // namespace td::recsys::offline
