// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/context/observationtally.h"

#include "base/capacitybytes.h"

namespace td::recsys {

ObservationTally::Key ObservationTally::keyOf(const SoftmaxRegression::Row &row)
{
    std::uint64_t packed = 0;
    for (int i = 0; i < row.count; ++i)
        packed |= std::uint64_t(row.active[std::size_t(i)]) << (16 * i);
    return { packed, int(row.count) };
}

std::size_t ObservationTally::slotOf(const SoftmaxRegression::Row &row)
{
    const auto [it, inserted] = m_slots.try_emplace(keyOf(row), m_rows.size());
    if (inserted) {
        m_rows.push_back(row);
        m_counts.push_back(0.0);
        m_targetSums.resize(m_targetSums.size() + std::size_t(m_classes), 0.0);
    }
    return it->second;
}

void ObservationTally::add(const SoftmaxRegression::Row &row, const float *target)
{
    const std::size_t s = slotOf(row);
    m_counts[s] += 1.0;
    double *sums = m_targetSums.data() + s * std::size_t(m_classes);
    for (int c = 0; c < m_classes; ++c)
        sums[c] += double(target[c]);
    m_total += 1.0;
}

void ObservationTally::merge(const ObservationTally &other)
{
    // In the other tally's observation order, so a merge of the same tallies in the same
    // order always rounds the same way.
    for (const auto &[key, from] : other.m_slots) {
        const std::size_t s = slotOf(other.m_rows[from]);
        m_counts[s] += other.m_counts[from];
        for (int c = 0; c < m_classes; ++c)
            m_targetSums[s * std::size_t(m_classes) + std::size_t(c)]
                += other.m_targetSums[from * std::size_t(m_classes) + std::size_t(c)];
    }
    m_total += other.m_total;
}

void ObservationTally::trainingSet(std::vector<SoftmaxRegression::Row> &rows,
    std::vector<float> &targets, std::vector<float> &weights) const
{
    rows.clear();
    targets.clear();
    weights.clear();
    for (const auto &[key, s] : m_slots) {
        rows.push_back(m_rows[s]);
        const double count = m_counts[s];
        weights.push_back(float(count));
        for (int c = 0; c < m_classes; ++c)
            targets.push_back(
                float(m_targetSums[s * std::size_t(m_classes) + std::size_t(c)] / count));
    }
}

std::size_t ObservationTally::memoryBytes() const
{
    // A map node is the key, the value and about four pointers of bookkeeping.
    constexpr std::size_t kNodeBytes = sizeof(Key) + sizeof(std::size_t) + 4 * sizeof(void *);
    return m_slots.size() * kNodeBytes + base::capacityBytes(m_rows) + base::capacityBytes(m_counts)
        + base::capacityBytes(m_targetSums);
}

} // namespace td::recsys
