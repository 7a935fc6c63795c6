// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/policytypes.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

/// Helpers shared by the policies (not part of the public API).
namespace td::recsys::policy::detail {

/// NaN sorts last, so a bad score never breaks the strict weak order of a sort.
inline double sortableKey(double v)
{
    return std::isnan(v) ? -std::numeric_limits<double>::infinity() : v;
}

/// Puts the best k of indices[0, m) first, in order: key (indexed by candidate) descending,
/// ties by lower candidate index, so equal keys give one reproducible order. O(m log k).
inline void topK(std::uint32_t *indices, std::size_t m, int k, const double *keys)
{
    const auto better = [keys](std::uint32_t a, std::uint32_t b) {
        const double ka = sortableKey(keys[a]), kb = sortableKey(keys[b]);
        return ka > kb || (ka == kb && a < b);
    };
    const std::size_t kk = std::min(m, static_cast<std::size_t>(std::max(k, 0)));
    std::partial_sort(indices, indices + kk, indices + m, better);
}

/// scratch.order = 0 .. n−1, then its best k by `keys` first; writes them to `out` with
/// key = keys[i] and bonus = keys[i] − exploit[i] (exploit may be null: bonus 0).
inline void topKSlate(std::vector<std::uint32_t> &order, std::size_t n, int k, const double *keys,
    const double *exploit, SlateItem *out)
{
    order.resize(n);
    std::iota(order.begin(), order.end(), 0u);
    topK(order.data(), n, k, keys);
    for (int j = 0; j < k; ++j) {
        const std::uint32_t i = order[std::size_t(j)];
        out[j] = SlateItem {};
        out[j].candidate = i;
        out[j].key = static_cast<float>(keys[i]);
        out[j].bonus = exploit ? static_cast<float>(keys[i] - exploit[i]) : 0.0f;
    }
}

} // namespace td::recsys::policy::detail
