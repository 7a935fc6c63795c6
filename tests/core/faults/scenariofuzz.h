// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace td::faults {

/// One generated scenario text and what a correct reader must do with it.
struct FuzzedScenario
{
    enum class Expect {
        Invalid, ///< must be refused, naming `field` (when set)
        Either, ///< valid by the single-field rules; cross-field rules may still refuse it
    };
    std::string text;
    Expect expect = Expect::Either;
    std::string field; ///< the path a refusal must name ("" = any)
    std::string mutation; ///< what was done, for failure messages
};

/// `count` mutations of a small valid scenario, drawn from `seed` with the project's Boost
/// streams (the same list on every machine): in-range and boundary values, values out of
/// range, wrong types, unknown and duplicate keys, numbers beyond a double, malformed JSON,
/// random schedule entries.
std::vector<FuzzedScenario> fuzzScenarios(std::uint64_t seed, int count);

/// The scenario made cheap to simulate for a couple of days (few listeners and tracks,
/// bounded costs such as propensity draws), keeping every other field as fuzzed.
sim::Scenario shrinkForRun(sim::Scenario scenario);

} // namespace td::faults
