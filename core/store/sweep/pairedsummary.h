// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/sweep/summarygroups.h"

#include <string>
#include <vector>

namespace td::store::summary {

/// `summarize --paired POINT` (docs/sweeps.md): for each grid point of the reference's sweep
/// other than the reference, the differences point − reference of each statistic, seed by
/// seed (the runs of one seed in either point form a pair; a pair counts for a statistic where
/// both runs have it), and their mean with the 95 % t interval (meanInterval).
///
/// POINT is `PATH=VALUE[,PATH=VALUE...]` over the grid fields; values match as text, or as
/// numbers when both parse as numbers (0.50 matches 0.5). Throws StoreError (BadRequest, the
/// message starting `--paired:`) for a malformed POINT, an unknown field, no matching point,
/// several matching points in one sweep, a point with two runs of one seed, and a compared
/// point whose seeds are not the reference's (naming the missing seeds). Sweeps without a
/// matching point are left out; `notes` (if given) gets a line for each.
std::string pairedCsv(const RunStore &store, const SummaryOptions &options,
    const GroupedRuns &grouped, const std::vector<std::string> &keys,
    std::vector<std::string> *notes);

} // namespace td::store::summary
