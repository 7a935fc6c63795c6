// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "argparser.h"
#include "sim/scenario/scenario.h"

#include <optional>
#include <string>

namespace td::cli {

/// Declares the options every simulating command shares: SCENARIO.json, --days, --seed,
/// --threads, --set (repeatable).
void addScenarioOptions(ArgParser &parser);

/// Loads the scenario named by the first positional and applies --set, --days and --seed, in
/// that order, then validates it (with a CSV catalogue, checks the file can be opened).
/// Returns std::nullopt on success, else the exit code after printing one clear line.
std::optional<int> loadScenarioFromArgs(
    const ArgParser &parser, const std::string &command, sim::Scenario &scenario);

/// --threads: 0 or absent = all cores. Returns std::nullopt and sets `threads` on success.
std::optional<int> threadsFromArgs(
    const ArgParser &parser, const std::string &command, unsigned &threads);

} // namespace td::cli
