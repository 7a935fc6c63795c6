// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "faulttally.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace td::faults {

/// One generated catalogue CSV (the Spotify layout of docs/real-data.md) with 1-3 kinds of
/// damage, and what a correct import must say about it.
struct FuzzedCsv
{
    std::string text;
    bool mustRefuse = false; ///< the whole import must stop (empty, a mapped column twice...)
    /// Lines whose row cannot be used: each must lie inside a reported skipped range.
    std::vector<std::size_t> brokenLines;
    /// Empty lines: skipped by the reader and never reported, unless a quote swallowed them.
    std::vector<std::size_t> blankLines;
    std::string mutation;
};

/// `count` damaged catalogues drawn from `seed` (Boost streams: the same on every machine).
std::vector<FuzzedCsv> fuzzCsvs(std::uint64_t seed, int count);

/// Imports `csv` in-process with the default (Spotify) column mapping and checks the report
/// against what was done to the file: counts add up, every line is either used or inside a
/// reported skipped range, every broken line is reported, no implausible date becomes the
/// newest. `detail` says what went wrong for a Silent outcome.
Outcome checkImport(const FuzzedCsv &csv, QString &detail);

} // namespace td::faults
