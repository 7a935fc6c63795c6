// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

namespace td::recsys::ann {

/// Which items an index search returns (or an index build takes): an item passes when its
/// entry in a per-track "available from" day table is at most `day` — "released by today"
/// when the table is the catalogue's release days. Any other set of items is the same table
/// with 0 for the items that pass and 1 for the rest, at day 0.
///
/// Why a table and not a predicate: the check runs for every item a search looks at (the
/// `std::function` filter it replaces, a call plus the same table load per item, was 2–4 % of
/// the CPU at 10k × 50k and 100k × 50k). This is a load and a compare, inlined; the struct owns
/// nothing and allocates nothing, so it is passed by value. The table must outlive the search and
/// hold an entry for every TrackId in the index. A default-constructed filter lets every item
/// through (and a search then stops as soon as its beam is full, see HnswGraph::search).
struct ItemFilter
{
    const Day *availableFrom = nullptr; ///< per TrackId; null: no filter
    Day day = 0; ///< items with availableFrom[t] ≤ day pass

    /// A filter is set (the table is present), even if it happens to pass every item.
    bool active() const { return availableFrom != nullptr; }
    bool allows(TrackId t) const { return !availableFrom || availableFrom[t] <= day; }
};

} // namespace td::recsys::ann
