// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace td::run::replicate {

/// The size of one replication run: initial listeners, generated tracks, simulated days.
struct Size
{
    int listeners = 600;
    int tracks = 2000;
    int days = 40;
};

/// What a measure must show for the paper's claim to hold (docs/validation.md, "Verdicts").
enum class Expect {
    /// The 95 % t interval over seeds lies above zero (low > 0).
    Positive,
    /// The 95 % t interval over seeds contains zero (low ≤ 0 ≤ high): no bias detected.
    ContainsZero,
};

/// One measure of a protocol: a per-seed number whose sign or size carries part of the claim.
struct Measure
{
    std::string name; ///< snake_case, the JSON key (e.g. "gap_late")
    std::string meaning; ///< one line for the output and the docs
    Expect expect = Expect::Positive;
};

/// A published result turned into a protocol (docs/validation.md): its claim in words, the
/// measures that carry the claim (the first is the paper's own measure, the one `replicate`
/// reports as `mean` and `ci`), its default size, the small size CI runs, and the smallest
/// size at which its windows make sense.
struct Protocol
{
    std::string name; ///< chaney, jiang, mansoury, anderson, ope
    std::string paper; ///< authors, year, title
    std::string claim; ///< the claim in words
    std::vector<Measure> measures; ///< measures[0] is the paper's measure
    Size defaultSize;
    Size ciSize;
    Size minimum; ///< smaller listeners, tracks or days are bad input
    int defaultSeeds = 5; ///< `--seeds` default: 1..defaultSeeds
};

/// Every protocol, in the order of docs/validation.md.
const std::vector<Protocol> &protocols();
/// The protocol named `name`, or nullptr.
const Protocol *findProtocol(const std::string &name);

/// One seed's outcome: values[i] is protocol.measures[i]; details are the intermediate numbers
/// the output prints after them (e.g. the three windows of Chaney's gap), in a fixed order.
struct SeedResult
{
    std::uint64_t seed = 0;
    std::vector<double> values;
    std::vector<std::pair<std::string, double>> details;
};

/// Runs protocol `p` on `seed` at `size` with `threads` engine threads (numbers do not depend
/// on it). Throws std::invalid_argument for a size below p.minimum or outside the scenario's
/// ranges (bad input), std::runtime_error when the protocol cannot measure (e.g. no listener
/// qualifies at this size).
SeedResult runSeed(const Protocol &p, std::uint64_t seed, const Size &size, unsigned threads);

/// The scenario every protocol starts from: the built-in defaults (scenarios/default.json's
/// world), `size`, `seed`, `kind` as recommender.kind, greedy policy, listeners'
/// malleability. Throws std::invalid_argument (naming the field) for an out-of-range size.
sim::Scenario baseScenario(
    const std::string &kind, double malleability, const Size &size, std::uint64_t seed);

/// Throws std::invalid_argument naming the field if `size` is below `p.minimum`.
void checkSize(const Protocol &p, const Size &size);

} // namespace td::run::replicate
