// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/sweep/sweepplan.h"

#include "base/rng.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/scenario/textformat.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace td::run {

namespace {

/// Most runs one sweep may plan: far beyond any machine, small enough to catch `1..1e18`.
constexpr std::size_t kMaxItems = 10'000'000;

std::vector<std::string> split(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

/// A leaf's canonical text as a JSON value: numbers and booleans bare, the rest quoted.
std::string jsonValue(const sim::FieldInfo &field, const std::string &text)
{
    switch (field.type) {
    case sim::FieldType::Int:
    case sim::FieldType::UInt64:
    case sim::FieldType::Double:
    case sim::FieldType::Bool:
        return text;
    case sim::FieldType::String:
    case sim::FieldType::Enum:
        break;
    }
    return sim::text::jsonQuote(text);
}

} // namespace

std::string sweepIdOf(const std::string &text)
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    h = base::mix64(h);
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
    return buffer;
}

GridAxis SweepPlan::parseGrid(const std::string &spec, const sim::Scenario &base)
{
    const std::size_t eq = spec.find('=');
    if (eq == std::string::npos || eq == 0)
        throw SweepError("--grid: expected PATH=V1,V2,..., got '" + spec + "'");
    GridAxis axis;
    axis.path = spec.substr(0, eq);
    if (!sim::findScenarioField(axis.path))
        throw SweepError("--grid: " + sim::unknownFieldMessage(axis.path));
    // Every run's seed comes from the seed list (innermost, --seeds), so a seed axis would
    // be overridden: its points would all run the same seeds under different labels.
    if (axis.path == "run.seed")
        throw SweepError("--grid run.seed: seeds are not a grid axis; give them with --seeds "
                         "(e.g. --seeds "
            + spec.substr(eq + 1) + "): every grid point runs every seed");
    std::set<std::string> seen;
    for (const std::string &value : split(spec.substr(eq + 1), ',')) {
        if (value.empty())
            throw SweepError("--grid " + axis.path + ": empty value in '" + spec + "'");
        sim::Scenario probe = base;
        try {
            sim::setScenarioValue(probe, axis.path, value);
        } catch (const sim::ScenarioError &e) {
            throw SweepError(std::string("--grid ") + e.what());
        }
        const std::string canonical = sim::scenarioValue(probe, axis.path);
        if (!seen.insert(canonical).second)
            throw SweepError("--grid " + axis.path + ": value '" + value + "' is listed twice");
        axis.values.push_back(canonical);
    }
    return axis;
}

std::vector<std::uint64_t> SweepPlan::parseSeeds(const std::string &spec)
{
    std::vector<std::uint64_t> seeds;
    std::set<std::uint64_t> seen;
    const auto add = [&](std::uint64_t s) {
        if (!seen.insert(s).second)
            throw SweepError("--seeds: seed " + std::to_string(s) + " is listed twice");
        if (seeds.size() >= kMaxItems)
            throw SweepError("--seeds: more than " + std::to_string(kMaxItems) + " seeds");
        seeds.push_back(s);
    };
    for (const std::string &token : split(spec, ',')) {
        const std::size_t dots = token.find("..");
        if (dots == std::string::npos) {
            const auto s = sim::text::parseUnsigned(token);
            if (!s)
                throw SweepError("--seeds: expected seeds like 1..5 or 1,3,7, got '" + spec + "'");
            add(*s);
            continue;
        }
        const auto from = sim::text::parseUnsigned(token.substr(0, dots));
        const auto to = sim::text::parseUnsigned(token.substr(dots + 2));
        if (!from || !to || *from > *to)
            throw SweepError(
                "--seeds: expected a range FROM..TO with FROM <= TO, got '" + token + "'");
        if (*to - *from >= kMaxItems)
            throw SweepError("--seeds: range '" + token + "' is too long");
        for (std::uint64_t s = *from;; ++s) {
            add(s);
            if (s == *to)
                break;
        }
    }
    return seeds;
}

std::pair<int, int> SweepPlan::parseShard(const std::string &spec)
{
    const std::size_t slash = spec.find('/');
    const auto i = sim::text::parseInteger(spec.substr(0, slash));
    const auto n = slash == std::string::npos ? std::nullopt
                                              : sim::text::parseInteger(spec.substr(slash + 1));
    if (!i || !n || *n < 1 || *i < 1 || *i > *n || *n > 1'000'000)
        throw SweepError("--shard: expected I/N with 1 <= I <= N (e.g. 2/8), got '" + spec + "'");
    return { int(*i), int(*n) };
}

SweepPlan::SweepPlan(
    sim::Scenario base, std::vector<GridAxis> axes, std::vector<std::uint64_t> seeds)
    : m_base(std::move(base)), m_axes(std::move(axes)), m_seeds(std::move(seeds))
{
    if (m_seeds.empty())
        m_seeds.push_back(m_base.run.seed);
    std::set<std::string> paths;
    for (const GridAxis &axis : m_axes) {
        if (!paths.insert(axis.path).second)
            throw SweepError("--grid: " + axis.path + " is given twice");
        if (axis.values.empty())
            throw SweepError("--grid: " + axis.path + " has no values");
        if (m_gridPoints > kMaxItems / axis.values.size())
            throw SweepError("--grid: more than " + std::to_string(kMaxItems) + " grid points");
        m_gridPoints *= axis.values.size();
    }
    if (m_gridPoints > kMaxItems / m_seeds.size())
        throw SweepError("the sweep has more than " + std::to_string(kMaxItems) + " runs");
    // Cross-field rules (and the schedule) must hold at every grid point: fail before any run.
    for (std::size_t g = 0; g < m_gridPoints; ++g) {
        SweepItem probe = item(g * m_seeds.size());
        try {
            sim::validateScenario(scenarioFor(probe));
        } catch (const sim::ScenarioError &e) {
            throw SweepError("grid point " + probe.gridPoint + ": " + e.what());
        }
    }

    std::string definition = "{\"scenario\":" + sim::scenarioToJson(m_base) + ",\"grid\":[";
    for (std::size_t a = 0; a < m_axes.size(); ++a) {
        const sim::FieldInfo *field = sim::findScenarioField(m_axes[a].path);
        definition += (a ? ",{" : "{") + std::string("\"path\":")
            + sim::text::jsonQuote(m_axes[a].path) + ",\"values\":[";
        for (std::size_t v = 0; v < m_axes[a].values.size(); ++v)
            definition += (v ? "," : "") + jsonValue(*field, m_axes[a].values[v]);
        definition += "]}";
    }
    definition += "],\"seeds\":[";
    for (std::size_t s = 0; s < m_seeds.size(); ++s)
        definition += (s ? "," : "") + std::to_string(m_seeds[s]);
    definition += "]}";
    m_definition = definition;
    m_id = sweepIdOf(m_definition);
}

std::vector<std::size_t> SweepPlan::gridCoordinates(std::size_t gridIndex) const
{
    // Mixed radix with the first axis most significant: the first --grid varies slowest.
    std::vector<std::size_t> coordinates(m_axes.size(), 0);
    for (std::size_t a = m_axes.size(); a-- > 0;) {
        coordinates[a] = gridIndex % m_axes[a].values.size();
        gridIndex /= m_axes[a].values.size();
    }
    return coordinates;
}

SweepItem SweepPlan::item(std::size_t index) const
{
    SweepItem item;
    item.index = index;
    item.gridIndex = index / m_seeds.size();
    item.seed = m_seeds[index % m_seeds.size()];
    const std::vector<std::size_t> coordinates = gridCoordinates(item.gridIndex);
    std::map<std::string, std::string> sorted;
    for (std::size_t a = 0; a < m_axes.size(); ++a)
        sorted[m_axes[a].path]
            = jsonValue(*sim::findScenarioField(m_axes[a].path), m_axes[a].values[coordinates[a]]);
    item.gridPoint = "{";
    for (const auto &[path, value] : sorted)
        item.gridPoint
            += (item.gridPoint.size() > 1 ? "," : "") + sim::text::jsonQuote(path) + ":" + value;
    item.gridPoint += "}";
    return item;
}

std::vector<std::size_t> SweepPlan::shard(int i, int n) const
{
    std::vector<std::size_t> indices;
    for (std::size_t k = std::size_t(i - 1); k < size(); k += std::size_t(n))
        indices.push_back(k);
    return indices;
}

sim::Scenario SweepPlan::scenarioFor(const SweepItem &item) const
{
    sim::Scenario scenario = m_base;
    const std::vector<std::size_t> coordinates = gridCoordinates(item.gridIndex);
    for (std::size_t a = 0; a < m_axes.size(); ++a)
        sim::setScenarioValue(scenario, m_axes[a].path, m_axes[a].values[coordinates[a]]);
    scenario.run.seed = item.seed;
    return scenario;
}

} // namespace td::run
