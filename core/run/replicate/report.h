// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/replicate/protocol.h"
#include "run/replicate/verdict.h"

#include <string>
#include <vector>

namespace td::run::replicate {

/// The lines `tastedrift-cli replicate` prints for one seed: `seed S: name value ...` with
/// the measures first and the details in parentheses (fixed 4 decimals: for reading).
std::string seedLine(const Protocol &p, const SeedResult &r);

/// The summary after the seed lines: per measure, its mean with the 95 % t interval, what it
/// must show and whether it does; then `claim: ...` and `verdict: reproduced` or
/// `verdict: not reproduced`.
std::string summaryText(const Protocol &p, const Verdict &v);

/// The JSON document of `replicate --json` (docs/cli.md): {protocol, paper, claim, size,
/// seeds, per_seed: [{seed, <measure>..., details: {...}}], mean, ci: [lo, hi] (the paper's
/// measure, measures[0]), measures: [{name, meaning, expect, mean, ci, holds}], verdict}.
/// Numbers in the project's fixed format (base::formatJsonNumber; null when undefined).
std::string jsonReport(
    const Protocol &p, const Size &size, const std::vector<SeedResult> &results, const Verdict &v);

/// "reproduced" or "not reproduced".
const char *verdictWord(const Verdict &v);
/// "above 0" or "contains 0": what Expect asks of the interval.
const char *expectWords(Expect e);

} // namespace td::run::replicate
