// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

namespace td::recsys {

/// A track with its exact inner-product score against a query (ItemIndex results).
struct ScoredItem
{
    TrackId id = kNoTrack;
    float score = 0.0f; ///< canonical inner product (kernels::dotSequential), unbounded
};

/// Result order: higher score first, ties by lower id. A strict weak order.
inline bool rankedBefore(const ScoredItem &a, const ScoredItem &b)
{
    return a.score > b.score || (a.score == b.score && a.id < b.id);
}

} // namespace td::recsys
