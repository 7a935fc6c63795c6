// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/replicate/verdict.h"

#include <cmath>
#include <stdexcept>

namespace td::run::replicate {

bool holds(Expect expect, const stats::MeanInterval &interval)
{
    if (interval.n < 2 || std::isnan(interval.low) || std::isnan(interval.high))
        return false;
    switch (expect) {
    case Expect::Positive:
        return interval.low > 0.0;
    case Expect::ContainsZero:
        return interval.low <= 0.0 && interval.high >= 0.0;
    }
    return false;
}

Verdict judge(const std::vector<Expect> &expects, const std::vector<std::vector<double>> &values)
{
    Verdict v;
    v.reproduced = !expects.empty();
    for (std::size_t i = 0; i < expects.size(); ++i) {
        std::vector<double> column;
        for (const auto &row : values) {
            if (row.size() != expects.size())
                throw std::invalid_argument("judge: a seed's values do not match the measures");
            column.push_back(row[i]);
        }
        MeasureVerdict m;
        m.interval = stats::meanInterval(std::move(column));
        m.holds = holds(expects[i], m.interval);
        v.reproduced = v.reproduced && m.holds;
        v.measures.push_back(m);
    }
    return v;
}

Verdict judge(const Protocol &p, const std::vector<SeedResult> &results)
{
    std::vector<Expect> expects;
    for (const Measure &m : p.measures)
        expects.push_back(m.expect);
    std::vector<std::vector<double>> values;
    for (const SeedResult &r : results)
        values.push_back(r.values);
    return judge(expects, values);
}

} // namespace td::run::replicate
