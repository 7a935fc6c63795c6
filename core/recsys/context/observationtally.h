// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/context/softmaxregression.h"

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace td::recsys {

/// Training rows of the context prior with identical observations merged. The prior's loss,
/// gradient and Hessian depend on a row only through its observation (hour × day type ×
/// device: at most a few hundred distinct ones), so the rows that share one add up exactly:
///
///     Σ_r −Σ_c q_rc log P(c | x)  =  −Σ_c Q_c log P(c | x),   Q_c = Σ_r q_rc,
///
/// and the same for the gradient (count·P(c | x) − Q_c) and the Hessian (count·P(c)(δ − P)).
/// Training on the tally (weight = count, target = Q / count) is the same Newton iteration as
/// training on the rows, at a cost that no longer grows with the listeners or the sessions;
/// only the rounding of the sums differs.
class ObservationTally
{
public:
    explicit ObservationTally(int classes) : m_classes(classes) { }

    int classes() const { return m_classes; }
    /// One row with its soft label `target` (classes() values).
    void add(const SoftmaxRegression::Row &row, const float *target);
    /// Adds every observation of `other` (same number of classes).
    void merge(const ObservationTally &other);

    /// Distinct observations held.
    std::size_t distinctRows() const { return m_rows.size(); }
    /// Rows added (all observations together).
    double rowCount() const { return m_total; }
    bool empty() const { return m_rows.empty(); }

    /// The training set SoftmaxRegression::train takes: one row per distinct observation (in
    /// observation order, so the result does not depend on the order rows were added in),
    /// its mean soft label as the target and its count as the row weight.
    void trainingSet(std::vector<SoftmaxRegression::Row> &rows, std::vector<float> &targets,
        std::vector<float> &weights) const;

    std::size_t memoryBytes() const;

private:
    using Key = std::pair<std::uint64_t, int>;
    static Key keyOf(const SoftmaxRegression::Row &row);
    /// The slot of `row`, created empty if new.
    std::size_t slotOf(const SoftmaxRegression::Row &row);

    int m_classes;
    std::map<Key, std::size_t> m_slots; ///< observation → index into the arrays below
    std::vector<SoftmaxRegression::Row> m_rows;
    std::vector<double> m_counts;
    std::vector<double> m_targetSums; ///< distinct rows × classes
    double m_total = 0.0;
};

} // namespace td::recsys
