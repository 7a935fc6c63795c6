// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::base {

/// Prefix sums of non-negative weights, searched through a guide table (Chen and Asau, 1974):
/// firstAbove(x) is exactly std::upper_bound's answer over the sums, found in O(1) expected
/// reads instead of log2(n) dependent ones. The guide holds, for each of n equal slices of
/// [0, total), the first index past the slice's start; a search looks only between the guides
/// of x's slice and the next one; for a uniform x that range holds one sum on average. At a
/// million tracks a binary search over the 8 MB of sums is 20 dependent reads, and each organic
/// search draws sessions.search_candidates tracks (30 by default).
class CumulativeWeights
{
public:
    void clear();
    /// Appends one weight (≥ 0); its prefix sum is the running total.
    void add(double weight);
    /// Builds the guide; call after the last add() and before firstAbove().
    void finish();

    std::size_t size() const { return m_sums.size(); }
    double total() const { return m_sums.empty() ? 0.0 : m_sums.back(); }
    const std::vector<double> &sums() const { return m_sums; }

    /// The first index whose prefix sum is greater than x (size() if none): the same index as
    /// std::upper_bound(sums().begin(), sums().end(), x) for every x (NaN and ±inf included).
    std::size_t firstAbove(double x) const;

private:
    /// Start of guide slice g: g·total/slices, computed the same way by finish() and
    /// firstAbove().
    double sliceStart(std::size_t g) const { return double(g) * m_sliceWidth; }

    std::vector<double> m_sums;
    std::vector<std::uint32_t> m_guide; ///< first index whose sum exceeds sliceStart(g)
    double m_sliceWidth = 0.0;
};

} // namespace td::base
