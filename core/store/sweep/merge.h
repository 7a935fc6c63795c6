// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runstore.h"
#include "store/sweep/completeness.h"

#include <functional>
#include <string>
#include <vector>

namespace td::store {

/// Copies every run of the input databases into `out` (docs/sweeps.md): runs get new ids in
/// input order then id order; their metrics, annotations, cohorts, events and sweeps come
/// along unchanged. Inputs are only read (opened read-only; an older schema is read as it is,
/// a run without a model version stays without one).
///
/// Refuses (StoreError, nothing copied), naming the input: an input that is `out` itself or
/// given twice, a damaged input (Damaged), an input of a newer schema than `out`, an input with
/// a run still being written, and any sweep run (sweep id, plan index) present twice, in two
/// inputs or already in `out` (a shard given twice would count its runs twice). A run whose
/// writer died is copied as interrupted. Each input is copied in one transaction: if one
/// fails, the inputs before it are merged and the message says so.
/// `onInput` is called after each input with (path, runs copied).
///
/// Thread affinity: the thread that owns `out`.
int mergeStores(RunStore &out, const std::vector<std::string> &inputs,
    const std::function<void(const std::string &, int)> &onInput = {});

/// What mergeInto() did.
struct MergeReport
{
    int copied = 0;
    /// The sweeps the inputs hold, as complete as `out` now holds them: the incomplete ones
    /// are what `merge` warns about (a killed shard, a shard not merged yet).
    std::vector<SweepCompleteness> incompleteSweeps;
};

/// `merge OUT IN...`: checks every input before `outPath` is opened or created, then merges
/// (mergeStores). A refused or failed merge into a database that did not exist before leaves
/// no file behind (the database, its -wal and -shm are removed); an existing `outPath` keeps
/// what it had (and the inputs merged before a failure, as mergeStores says).
/// Throws StoreError. Thread affinity: opens and closes its connections on the calling thread.
MergeReport mergeInto(const std::string &outPath, const OpenOptions &outOptions,
    const std::vector<std::string> &inputs,
    const std::function<void(const std::string &, int)> &onInput = {});

} // namespace td::store
