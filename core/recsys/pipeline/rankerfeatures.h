// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/candidate.h"
#include "recsys/pipeline/servingview.h"

#include <vector>

namespace td::recsys {

/// Fills the ranker features (RankerFeature order, docs/pipeline.md "Ranker features") of every
/// candidate no filter removed. Pure: reads the view only.
void computeRankerFeatures(
    const ServingView &view, const ServingRequest &request, std::vector<Candidate> &candidates);

} // namespace td::recsys
