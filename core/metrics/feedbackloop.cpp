// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/feedbackloop.h"

#include "base/rng.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace td::metrics {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

PopularityRanks::PopularityRanks(std::vector<float> appeal, const std::vector<Day> &releaseDay)
    : m_appeal(std::move(appeal))
{
    m_byRelease.resize(m_appeal.size());
    std::iota(m_byRelease.begin(), m_byRelease.end(), TrackId(0));
    std::stable_sort(m_byRelease.begin(), m_byRelease.end(),
        [&](TrackId a, TrackId b) { return releaseDay[a] < releaseDay[b]; });
    m_releaseDay.reserve(m_byRelease.size());
    for (TrackId t : m_byRelease)
        m_releaseDay.push_back(releaseDay[t]);
}

void PopularityRanks::advanceTo(Day day)
{
    const std::size_t first = m_next;
    while (m_next < m_byRelease.size() && m_releaseDay[m_next] <= day)
        ++m_next;
    if (m_next == first)
        return;
    // Most days add a handful of new releases to a large sorted list: merge, not re-sort.
    std::vector<float> added;
    added.reserve(m_next - first);
    for (std::size_t i = first; i < m_next; ++i)
        added.push_back(m_appeal[m_byRelease[i]]);
    std::sort(added.begin(), added.end());
    const std::size_t middle = m_sorted.size();
    m_sorted.insert(m_sorted.end(), added.begin(), added.end());
    std::inplace_merge(m_sorted.begin(), m_sorted.begin() + std::ptrdiff_t(middle), m_sorted.end());
    m_percentile.assign(m_appeal.size(), kNaN); // every rank may have moved
}

double PopularityRanks::percentile(TrackId t) const
{
    if (m_sorted.empty())
        return kNaN;
    double &cached = m_percentile[t];
    if (std::isnan(cached)) {
        const float z = m_appeal[t];
        const auto range = std::equal_range(m_sorted.begin(), m_sorted.end(), z);
        const double less = double(range.first - m_sorted.begin());
        const double equal = double(range.second - range.first);
        cached = (less + 0.5 * equal) / double(m_sorted.size());
    }
    return cached;
}

double jaccard(const std::vector<TrackId> &a, const std::vector<TrackId> &b)
{
    if (a.empty() && b.empty())
        return kNaN;
    std::size_t common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

double meanPairwiseJaccard(const std::vector<const std::vector<TrackId> *> &sets,
    std::size_t maxPairs, std::uint64_t streamHash)
{
    const std::size_t n = sets.size();
    if (n < 2)
        return kNaN;
    double sum = 0.0;
    std::size_t pairs = 0;
    if (n * (n - 1) / 2 <= maxPairs) {
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                sum += jaccard(*sets[i], *sets[j]);
                ++pairs;
            }
        }
    } else {
        base::Rng rng(streamHash);
        for (std::size_t p = 0; p < maxPairs; ++p) {
            const std::size_t i = rng.below(std::uint32_t(n));
            std::size_t j = rng.below(std::uint32_t(n - 1));
            j += j >= i ? 1 : 0; // uniform over the other n − 1 sets
            sum += jaccard(*sets[i], *sets[j]);
            ++pairs;
        }
    }
    return sum / double(pairs);
}

std::vector<std::size_t> nearestByCosine(const float *rows, std::size_t n, int dim)
{
    const std::size_t d = std::size_t(dim);
    std::vector<double> norm(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double s = 0.0;
        for (std::size_t k = 0; k < d; ++k)
            s += double(rows[i * d + k]) * double(rows[i * d + k]);
        norm[i] = std::sqrt(s);
    }
    std::vector<std::size_t> partner(n, kNoPartner);
    for (std::size_t i = 0; i < n; ++i) {
        if (norm[i] <= 0.0)
            continue;
        double best = -std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i || norm[j] <= 0.0)
                continue;
            double dot = 0.0;
            for (std::size_t k = 0; k < d; ++k)
                dot += double(rows[i * d + k]) * double(rows[j * d + k]);
            const double cosine = dot / (norm[i] * norm[j]);
            if (cosine > best) { // strict: the lower index keeps a tie
                best = cosine;
                partner[i] = j;
            }
        }
    }
    return partner;
}

double meanPartnerJaccard(
    const std::vector<std::vector<TrackId>> &sets, const std::vector<std::size_t> &partner)
{
    double sum = 0.0;
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < partner.size() && i < sets.size(); ++i) {
        if (partner[i] == kNoPartner || partner[i] >= sets.size())
            continue;
        const double j = jaccard(sets[i], sets[partner[i]]);
        if (std::isnan(j))
            continue;
        sum += j;
        ++pairs;
    }
    return pairs > 0 ? sum / double(pairs) : kNaN;
}

void MeanPairwiseCosine::add(const float *x)
{
    double norm2 = 0.0;
    for (std::size_t i = 0; i < m_sum.size(); ++i)
        norm2 += double(x[i]) * double(x[i]);
    if (norm2 <= 0.0)
        return;
    const double inv = 1.0 / std::sqrt(norm2);
    for (std::size_t i = 0; i < m_sum.size(); ++i)
        m_sum[i] += double(x[i]) * inv;
    ++m_count;
}

double MeanPairwiseCosine::value() const
{
    if (m_count < 2)
        return kNaN;
    double s2 = 0.0;
    for (double v : m_sum)
        s2 += v * v;
    const double n = double(m_count);
    return (s2 - n) / (n * (n - 1.0));
}

std::vector<double> averageRanks(const std::vector<double> &x)
{
    const std::size_t n = x.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> ranks(n, 0.0);
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i + 1;
        while (j < n && x[order[j]] == x[order[i]])
            ++j;
        // Positions i..j-1 (0-based) hold ranks i+1..j: their mean is (i + 1 + j) / 2.
        const double rank = 0.5 * double(i + 1 + j);
        for (std::size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

double spearman(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = a.size();
    if (n < 2 || b.size() != n)
        return kNaN;
    const std::vector<double> ra = averageRanks(a);
    const std::vector<double> rb = averageRanks(b);
    const double mean = 0.5 * double(n + 1); // the mean of any fractional ranking of n items
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double da = ra[i] - mean;
        const double db = rb[i] - mean;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }
    if (saa <= 0.0 || sbb <= 0.0)
        return kNaN;
    return std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
}

std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t k, std::uint64_t streamHash)
{
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), std::size_t(0));
    if (k >= n)
        return all;
    base::Rng rng(streamHash);
    for (std::size_t i = 0; i < k; ++i) {
        const std::size_t j = i + rng.below(std::uint32_t(n - i));
        std::swap(all[i], all[j]);
    }
    all.resize(k);
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace td::metrics
