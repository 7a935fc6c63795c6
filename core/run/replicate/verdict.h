// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/replicate/protocol.h"
#include "stats/interval.h"

#include <vector>

namespace td::run::replicate {

/// Whether one measure supports the claim (docs/validation.md, "Verdicts"): its 95 % t
/// interval over seeds (stats::meanInterval) lies above zero (Expect::Positive) or contains
/// zero (Expect::ContainsZero). Never with fewer than two seeds: one value has no interval.
bool holds(Expect expect, const stats::MeanInterval &interval);

/// One measure across seeds.
struct MeasureVerdict
{
    stats::MeanInterval interval;
    bool holds = false;
};

/// The verdict of a protocol over seeds: each measure's interval and whether it holds, and
/// `reproduced` when every measure holds (the claim is the conjunction of its parts).
struct Verdict
{
    std::vector<MeasureVerdict> measures; ///< parallel to Protocol::measures
    bool reproduced = false;
};

/// values[s][i] is measure i on seed s (every row as long as `expects`).
Verdict judge(const std::vector<Expect> &expects, const std::vector<std::vector<double>> &values);
/// The same for a protocol's per-seed results.
Verdict judge(const Protocol &p, const std::vector<SeedResult> &results);

} // namespace td::run::replicate
