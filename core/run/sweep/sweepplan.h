// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace td::run {

/// A bad sweep definition (grid, seeds or shard), phrased for the user, e.g.
/// `--grid world.listeners.malleability: must be <= 1, got 1.5`.
class SweepError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// One axis of a grid: a scenario leaf and its values in canonical text (the schema's text
/// form, so "0.50" and "0.5" are the same point).
struct GridAxis
{
    std::string path;
    std::vector<std::string> values;
};

/// The id of a sweep definition: FNV-1a 64 of its JSON text, then a SplitMix finaliser, as 16
/// hex digits. A stable name, not a secret; every batch recorded like a sweep (a sweep, an A/B
/// comparison with replicate seeds) names itself this way.
std::string sweepIdOf(const std::string &definitionJson);

/// One run of a sweep: a grid point and a seed.
struct SweepItem
{
    std::size_t index = 0; ///< position in the whole plan (unsharded): grid-major, seeds inner
    std::size_t gridIndex = 0;
    std::uint64_t seed = 0;
    /// Canonical JSON object {path: value} with keys sorted, numbers and booleans unquoted:
    /// the key that summaries group by and sort on.
    std::string gridPoint;
};

/// The runs of a sweep (docs/sweeps.md): every grid point (the first axis varies slowest)
/// times every seed (innermost), and deterministic shards of that list.
///
/// The sweep id is a hash of the definition (base scenario, axes, seeds), not of how it is
/// run: every shard of one sweep, and the unsharded sweep, carry the same id, which is what
/// lets `merge` detect a shard given twice and `summarize` give identical bytes.
class SweepPlan
{
public:
    /// Parses `path=v1,v2,...`, checking the path and every value against the schema (on a
    /// copy of `base`). Throws SweepError.
    static GridAxis parseGrid(const std::string &spec, const sim::Scenario &base);
    /// Parses `1..5`, `1,3,7` or a mix (`1..3,10`); no duplicates. Throws SweepError.
    static std::vector<std::uint64_t> parseSeeds(const std::string &spec);
    /// Parses `i/n` with 1 <= i <= n. Throws SweepError.
    static std::pair<int, int> parseShard(const std::string &spec);

    /// Throws SweepError for a repeated axis or a grid point that fails validation.
    SweepPlan(sim::Scenario base, std::vector<GridAxis> axes, std::vector<std::uint64_t> seeds);

    std::size_t size() const { return m_gridPoints * m_seeds.size(); }
    std::size_t gridPointCount() const { return m_gridPoints; }
    SweepItem item(std::size_t index) const;
    /// Item indices of shard i of n (1-based): index mod n == i - 1.
    std::vector<std::size_t> shard(int i, int n) const;
    /// The scenario of one item: base, grid values, seed.
    sim::Scenario scenarioFor(const SweepItem &item) const;

    const std::string &sweepId() const { return m_id; }
    /// JSON text of the definition (stored in the `sweeps` table).
    const std::string &definitionJson() const { return m_definition; }
    const sim::Scenario &base() const { return m_base; }

private:
    std::vector<std::size_t> gridCoordinates(std::size_t gridIndex) const;

    sim::Scenario m_base;
    std::vector<GridAxis> m_axes;
    std::vector<std::uint64_t> m_seeds;
    std::size_t m_gridPoints = 1;
    std::string m_definition;
    std::string m_id;
};

} // namespace td::run
