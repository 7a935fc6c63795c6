// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "argparser.h"

#include "sim/scenario/textformat.h"
#include "store/storeerror.h"

#include <algorithm>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

/// Helpers shared by the run-store commands (replay, sweep, merge, summarize, runs).
namespace td::cli {

/// Exit status and one-line message for a run-store problem: bad input (not a database, a
/// newer schema, an unknown run) exits 2, everything else (locked, write failure, a damaged
/// database) exits 1.
inline int storeFailure(const std::string &command, const store::StoreError &e)
{
    return e.isBadInput() ? usageError(command, e.what()) : runtimeError(command, e.what());
}

/// Prints each warning as `tastedrift-cli <command>: warning: <text>` on stderr. Returns
/// whether there was any (reading commands then exit 1 after doing their work: docs/cli.md).
inline bool printWarnings(const std::string &command, const std::vector<std::string> &warnings)
{
    for (const std::string &w : warnings)
        std::cerr << "tastedrift-cli " << command << ": warning: " << w << std::endl;
    return !warnings.empty();
}

/// Parses a thread/job count: 0 = all cores. Returns false with `error` set.
inline bool parseThreadCount(
    const std::string &flag, const std::string &text, unsigned &count, std::string &error)
{
    constexpr long long kMax = 1024;
    const auto t = sim::text::parseInteger(text);
    if (!t || *t < 0 || *t > kMax) {
        error = "--" + flag + ": expected a whole number from 0 (all cores) to "
            + std::to_string(kMax) + ", got '" + text + "'";
        return false;
    }
    count = *t == 0 ? std::max(1u, std::thread::hardware_concurrency()) : unsigned(*t);
    return true;
}

} // namespace td::cli
