// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runstore.h"

#include <functional>
#include <string>
#include <vector>

namespace td::store {

/// Copies every run of the input databases into `out` (docs/sweeps.md): runs get new ids in
/// input order then id order; their metrics, annotations, cohorts, events and sweeps come
/// along unchanged. Inputs are only read.
///
/// Refuses (StoreError, BadRequest, nothing copied): an input that is `out` itself, an input
/// with a run still being written, and any sweep run (sweep id, plan index) present twice,
/// in two inputs or already in `out` (a shard given twice would count its runs twice).
/// A run whose writer died is copied as interrupted. Each input is copied in one transaction:
/// if one fails, the inputs before it are merged and the message says so.
/// `onInput` is called after each input with (path, runs copied).
///
/// Thread affinity: the thread that owns `out`.
int mergeStores(RunStore &out, const std::vector<std::string> &inputs,
    const std::function<void(const std::string &, int)> &onInput = {});

} // namespace td::store
