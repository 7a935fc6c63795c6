// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace td::sim {

/// A problem with a scenario, phrased for the user: the field path and what is wrong, e.g.
/// `world.listeners.count: must be >= 1, got -5`, or `scenario.json:3:14: malformed JSON: ...`.
class ScenarioError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reads and validates a scenario file; relative paths inside it resolve against its folder
/// (Scenario::baseDirectory). Throws ScenarioError.
Scenario loadScenarioFile(const std::string &path);

/// Parses and validates scenario JSON text. `baseDirectory` is where relative paths resolve.
/// Unknown keys at any depth are errors. Throws ScenarioError.
Scenario parseScenario(const std::string &jsonText, const std::string &baseDirectory = {});

/// Serialises every field (defaults included) as pretty JSON; parseScenario() reads it back
/// to an equal scenario.
std::string scenarioToJson(const Scenario &scenario);

/// Sets one leaf by dotted path from its text form ("0.3", "true", "thompson"), validated
/// exactly like the file. Used by `--set`, live knobs and schedule entries. Throws ScenarioError.
void setScenarioValue(Scenario &scenario, const std::string &path, const std::string &value);

/// Text form of one leaf. Throws ScenarioError for an unknown path.
std::string scenarioValue(const Scenario &scenario, const std::string &path);

/// Re-validates cross-field rules (e.g. weights not all zero). Throws ScenarioError.
void validateScenario(const Scenario &scenario);

/// The rules that need the catalogue actually loaded: a taste_shock's genre must be one of
/// its `genreNames` (a CSV catalogue has its own genres, not world.catalog.genres). The
/// message names the catalogue file and lists its genres. Throws ScenarioError.
void checkScheduleGenres(const Scenario &scenario, const std::vector<std::string> &genreNames);

} // namespace td::sim
