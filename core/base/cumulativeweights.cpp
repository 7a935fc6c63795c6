// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/cumulativeweights.h"

#include <algorithm>
#include <cmath>

namespace td::base {

void CumulativeWeights::clear()
{
    m_sums.clear();
    m_guide.clear();
    m_sliceWidth = 0.0;
}

void CumulativeWeights::add(double weight)
{
    m_sums.push_back(total() + weight);
}

void CumulativeWeights::finish()
{
    m_guide.clear();
    const double sum = total();
    if (m_sums.empty() || !(sum > 0.0) || !std::isfinite(sum)) {
        m_sliceWidth = 0.0; // firstAbove() then searches every sum
        return;
    }
    const std::size_t slices = m_sums.size();
    m_sliceWidth = sum / double(slices);
    m_guide.resize(slices);
    std::size_t i = 0;
    for (std::size_t g = 0; g < slices; ++g) {
        const double start = sliceStart(g);
        while (i < m_sums.size() && !(start < m_sums[i]))
            ++i;
        m_guide[g] = std::uint32_t(i);
    }
}

std::size_t CumulativeWeights::firstAbove(double x) const
{
    if (!(x < total())) // past the last sum (or NaN): upper_bound finds nothing either
        return m_sums.size();
    auto begin = m_sums.begin(), end = m_sums.end();
    if (!m_guide.empty() && x >= 0.0) {
        // The slice whose start is the last one ≤ x (the division may round either way, so
        // step to it): the answer lies between its guide and the next slice's.
        const std::size_t slices = m_guide.size();
        std::size_t g = std::min(slices - 1, std::size_t(x / m_sliceWidth));
        while (g > 0 && sliceStart(g) > x)
            --g;
        while (g + 1 < slices && !(sliceStart(g + 1) > x))
            ++g;
        begin += std::ptrdiff_t(m_guide[g]);
        if (g + 1 < slices)
            end = m_sums.begin() + std::ptrdiff_t(m_guide[g + 1]);
    }
    return std::size_t(std::upper_bound(begin, end, x) - m_sums.begin());
}

} // namespace td::base
