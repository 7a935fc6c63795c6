// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/tradeoff/replicatereport.h"

#include "base/numberformat.h"
#include "metrics/metriccatalog.h"
#include "run/tradeoff/replicateplan.h"
#include "stats/multipletesting.h"
#include "stats/power.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace td::run {

ReplicateReport::ReplicateReport(SweepResultsPtr results) : m_results(std::move(results))
{
    if (!m_results)
        return;
    std::map<std::uint64_t, std::size_t> byArm[2];
    for (std::size_t i = 0; i < m_results->runs.size(); ++i) {
        const store::RunInfo &info = m_results->runs[i].info;
        const int arm = info.gridPoint == kArmPointA ? 0 : info.gridPoint == kArmPointB ? 1 : -1;
        if (arm >= 0)
            byArm[arm].emplace(info.seed, i);
    }
    m_days = std::numeric_limits<int>::max();
    for (const auto &[seed, a] : byArm[0]) {
        const auto b = byArm[1].find(seed);
        if (b == byArm[1].end())
            continue;
        m_seeds.push_back(seed);
        m_runs[0].push_back(a);
        m_runs[1].push_back(b->second);
        for (std::size_t run : { a, b->second })
            m_days = std::min(m_days, int(m_results->runs[run].values.size()));
    }
    if (m_seeds.empty())
        m_days = 0;
}

std::vector<double> ReplicateReport::values(int arm, int m, int day) const
{
    std::vector<double> v;
    v.reserve(m_seeds.size());
    for (std::size_t run : m_runs[arm])
        v.push_back(m_results->runs[run].values[std::size_t(day)][std::size_t(m)]);
    return v;
}

stats::MeanInterval ReplicateReport::mean(int arm, int m, int day) const
{
    std::vector<double> v = values(arm, m, day);
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return std::isnan(x); }), v.end());
    return stats::meanInterval(std::move(v));
}

stats::MeanInterval ReplicateReport::difference(int m, int day) const
{
    return stats::pairedDifference(values(0, m, day), values(1, m, day));
}

std::vector<ReplicateReport::Row> ReplicateReport::table(int day, int *tested) const
{
    std::vector<Row> rows;
    const int count = int(metrics::metricCatalog().size());
    std::vector<double> p;
    for (int m = 0; m < count; ++m) {
        Row row;
        row.metric = m;
        if (day >= 0 && day < m_days) {
            row.a = mean(0, m, day);
            row.b = mean(1, m, day);
            row.diff = difference(m, day);
        } else {
            row.a = row.b = row.diff = stats::meanInterval({});
        }
        row.p = stats::tTestPValue(row.diff);
        row.seedsNeeded = stats::seedsForPower(row.diff.mean, row.diff.sd);
        p.push_back(row.p);
        rows.push_back(row);
    }
    const std::vector<bool> significant = stats::benjaminiHochberg(p, kFalseDiscoveryRate);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].significant = significant[i];
    if (tested)
        *tested = int(std::count_if(p.begin(), p.end(), [](double x) { return !std::isnan(x); }));
    return rows;
}

std::string ReplicateReport::valuesCsv() const
{
    std::string csv = "metric,day,seed,arm,value\n";
    const auto &catalog = metrics::metricCatalog();
    for (std::size_t m = 0; m < catalog.size(); ++m) {
        const std::string name(catalog[m].name);
        for (int day = 0; day < m_days; ++day) {
            for (std::size_t s = 0; s < m_seeds.size(); ++s) {
                for (int arm = 0; arm < 2; ++arm) {
                    const double v = m_results->runs[m_runs[arm][s]].values[std::size_t(day)][m];
                    csv += name + "," + std::to_string(day) + "," + std::to_string(m_seeds[s])
                        + (arm == 0 ? ",A," : ",B,") + base::formatNumber(v) + "\n";
                }
            }
        }
    }
    return csv;
}

std::string ReplicateReport::summaryCsv(const std::vector<Row> &rows)
{
    std::string csv = "metric,mean_a,mean_b,diff,ci_low,ci_high,significant\n";
    const auto &catalog = metrics::metricCatalog();
    for (const Row &row : rows) {
        csv += std::string(catalog[std::size_t(row.metric)].name) + ","
            + base::formatNumber(row.a.mean) + "," + base::formatNumber(row.b.mean) + ","
            + base::formatNumber(row.diff.mean) + "," + base::formatNumber(row.diff.low) + ","
            + base::formatNumber(row.diff.high) + ","
            + (std::isnan(row.p)      ? ""
                    : row.significant ? "1"
                                      : "0")
            + "\n";
    }
    return csv;
}

} // namespace td::run
