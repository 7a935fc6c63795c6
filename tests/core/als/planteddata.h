// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "recsys/als/offline/tsvio.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace td::test {

/// Planted low-rank interactions: items belong to `clusters` groups (item i to i % clusters),
/// user u to u % clusters; each user picks `perUser` distinct items of their own group, the
/// group's items weighted by a Zipf law (1 / (rank + 1)) so that a within-group popularity
/// exists for the model to learn, plus a play count in [1, 100). Most-popular cannot know the
/// group and so scores low. Ids are "u<index>" / "i<index>".
inline recsys::offline::InteractionTable plantedClusters(
    int users, int items, int clusters, int perUser, std::uint64_t seed)
{
    recsys::offline::InteractionTable t;
    for (int u = 0; u < users; ++u)
        t.users.insert("u" + std::to_string(u));
    for (int i = 0; i < items; ++i)
        t.items.insert("i" + std::to_string(i));
    for (int u = 0; u < users; ++u) {
        const int c = u % clusters;
        std::vector<int> group;
        for (int i = c; i < items; i += clusters)
            group.push_back(i);
        std::vector<double> weight(group.size());
        for (std::size_t r = 0; r < group.size(); ++r)
            weight[r] = 1.0 / double(r + 1);
        base::Rng rng(seed, base::Purpose::Metrics, std::uint64_t(u), 0);
        std::vector<int> chosen;
        while (int(chosen.size()) < std::min<int>(perUser, int(group.size()))) {
            double total = 0.0;
            for (double w : weight)
                total += w;
            double x = rng.uniform() * total;
            std::size_t r = 0;
            while (r + 1 < weight.size() && x >= weight[r]) {
                x -= weight[r];
                ++r;
            }
            if (weight[r] == 0.0)
                continue;
            chosen.push_back(group[r]);
            weight[r] = 0.0;
        }
        std::sort(chosen.begin(), chosen.end());
        for (int i : chosen)
            t.pairs.push_back(recsys::offline::WeightedPair {
                std::uint32_t(u), std::uint32_t(i), double(1 + rng.below(99)) });
    }
    return t;
}

} // namespace td::test
