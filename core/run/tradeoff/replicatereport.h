// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/tradeoff/sweepresults.h"
#include "stats/interval.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace td::run {

/// The statistics of an A/B comparison with replicate seeds (docs/gui.md, "A/B with
/// replicates"), from its runs read back (loadSweepResults of a ReplicateComparison's sweep).
///
/// Runs pair by seed: a seed counts when both arms have a complete run for it (a comparison
/// cancelled half-way keeps its whole pairs). For a metric on a day, each arm's mean with
/// its 95 % t interval is over the seeds where that arm defines the metric; the difference
/// B − A is the mean of the per-seed differences with its paired 95 % t interval
/// (stats::pairedDifference), over the seeds where both do.
class ReplicateReport
{
public:
    /// The significance level of the table's Benjamini–Hochberg correction.
    static constexpr double kFalseDiscoveryRate = 0.05;

    explicit ReplicateReport(SweepResultsPtr results);

    const SweepResultsPtr &results() const { return m_results; }
    /// Seeds with a complete run in both arms, ascending.
    const std::vector<std::uint64_t> &pairedSeeds() const { return m_seeds; }
    /// Days every paired run has (0 without pairs).
    int days() const { return m_days; }

    /// Per-seed values of metric `m` (metricCatalog() index) on `day`, in pairedSeeds()
    /// order; arm 0 = A, 1 = B.
    std::vector<double> values(int arm, int m, int day) const;
    stats::MeanInterval mean(int arm, int m, int day) const;
    stats::MeanInterval difference(int m, int day) const;

    /// One metric of the table.
    struct Row
    {
        int metric = 0; ///< metricCatalog() index
        stats::MeanInterval a;
        stats::MeanInterval b;
        stats::MeanInterval diff; ///< B − A, paired
        double p = 0.0; ///< two-sided paired t test of diff = 0 (NaN: not tested, n < 2)
        /// Survives the Benjamini–Hochberg correction at kFalseDiscoveryRate across the
        /// table's tested metrics.
        bool significant = false;
        /// Seeds a paired t test needs to detect this difference with 80 % power at
        /// α = 0.05 (stats::seedsForPower of the observed mean difference and sd); nullopt if
        /// the difference is 0 or undefined.
        std::optional<long long> seedsNeeded;
    };
    /// Every metric of metricCatalog() on `day`, in catalogue order; `tested` (if given) gets
    /// the number of metrics with a p-value, the m of the correction.
    std::vector<Row> table(int day, int *tested = nullptr) const;

    /// `ab-values.csv`: `metric,day,seed,arm,value`, one row per metric (catalogue order),
    /// day (0-based, ascending), paired seed (ascending) and arm (A, B); numbers as every CSV
    /// of the project (base::formatNumber), an empty value where undefined.
    std::string valuesCsv() const;
    /// `ab-summary.csv`: `metric,mean_a,mean_b,diff,ci_low,ci_high,significant`, one row per
    /// row of `rows`; `diff`, `ci_low`, `ci_high` are the paired difference B − A and its
    /// 95 % interval, `significant` 1 or 0 (empty where the metric was not tested).
    static std::string summaryCsv(const std::vector<Row> &rows);

private:
    SweepResultsPtr m_results;
    std::vector<std::uint64_t> m_seeds;
    /// Run of each arm for each paired seed: m_runs[arm][i] indexes m_results->runs.
    std::vector<std::size_t> m_runs[2];
    int m_days = 0;
};

} // namespace td::run
