// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/pairedsummary.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

namespace td::store::summary {

namespace {

StoreError badRequest(const std::string &message)
{
    return StoreError(StoreError::Kind::BadRequest, "--paired: " + message);
}

std::string joined(const std::vector<std::string> &items, std::size_t most = 5)
{
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < most; ++i)
        text += (i ? ", " : "") + items[i];
    if (items.size() > most)
        text += " (and " + std::to_string(items.size() - most) + " more)";
    return text;
}

std::string seedList(const std::set<std::uint64_t> &seeds)
{
    std::vector<std::string> items;
    for (std::uint64_t s : seeds)
        items.push_back(std::to_string(s));
    return joined(items, 10);
}

/// A grid point's name in messages: `{...} of sweep ID`, or `runs outside sweeps`.
std::string pointName(const RunGroup &g)
{
    return g.sweepId.empty() ? std::string("the runs outside sweeps")
                             : "grid point " + g.gridPoint + " of sweep " + g.sweepId;
}

bool parseNumber(const std::string &text, double &value)
{
    if (text.empty())
        return false;
    char *end = nullptr;
    errno = 0;
    value = std::strtod(text.c_str(), &end);
    return errno == 0 && end == text.c_str() + text.size() && std::isfinite(value);
}

/// Grid values are equal as text, or as numbers where both are numbers.
bool sameValue(const std::string &a, const std::string &b)
{
    double x = 0.0, y = 0.0;
    return a == b || (parseNumber(a, x) && parseNumber(b, y) && x == y);
}

/// POINT as (path, value) pairs, every path a grid field of the store.
std::vector<std::pair<std::string, std::string>> parsePoint(
    const std::string &text, const std::set<std::string> &gridPaths, const std::string &path)
{
    if (gridPaths.empty())
        throw badRequest(
            "'" + path + "' holds no sweep with a grid: there is no grid point to " + "pair with");
    const std::string fields = joined({ gridPaths.begin(), gridPaths.end() }, 20);
    std::vector<std::pair<std::string, std::string>> point;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = std::min(text.find(',', from), text.size());
        const std::string item = text.substr(from, comma - from);
        const std::size_t eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            throw badRequest("expected PATH=VALUE[,PATH=VALUE...] over the grid fields (" + fields
                + "), got '" + text + "'");
        const std::string field = item.substr(0, eq);
        if (!gridPaths.count(field))
            throw badRequest("'" + field + "' is not a grid field of the sweeps in '" + path
                + "' (grid fields: " + fields + ")");
        for (const auto &p : point)
            if (p.first == field)
                throw badRequest("'" + field + "' is given twice in '" + text + "'");
        point.emplace_back(field, item.substr(eq + 1));
        from = comma + 1;
    }
    return point;
}

bool matches(const RunGroup &g, const std::vector<std::pair<std::string, std::string>> &point)
{
    const std::map<std::string, std::string> values = gridValues(g.gridPoint);
    for (const auto &[field, value] : point) {
        const auto it = values.find(field);
        if (it == values.end() || !sameValue(it->second, value))
            return false;
    }
    return true;
}

/// The group's runs by seed; refuses two runs of one seed (a pair must be one run each).
std::map<std::uint64_t, const RunInfo *> runsBySeed(const RunGroup &g)
{
    std::map<std::uint64_t, const RunInfo *> bySeed;
    for (const RunInfo *r : g.runs)
        if (!bySeed.emplace(r->seed, r).second)
            throw badRequest(pointName(g) + " has more than one run of seed "
                + std::to_string(r->seed) + ": pairing needs one run per seed");
    return bySeed;
}

/// Refuses a compared point whose seeds are not the reference's, naming the missing seeds.
void checkSeeds(const RunGroup &point, const std::map<std::uint64_t, const RunInfo *> &seeds,
    const RunGroup &reference, const std::map<std::uint64_t, const RunInfo *> &referenceSeeds)
{
    std::set<std::uint64_t> pointLacks, referenceLacks;
    for (const auto &entry : referenceSeeds)
        if (!seeds.count(entry.first))
            pointLacks.insert(entry.first);
    for (const auto &entry : seeds)
        if (!referenceSeeds.count(entry.first))
            referenceLacks.insert(entry.first);
    if (pointLacks.empty() && referenceLacks.empty())
        return;
    std::string message = "seeds do not match: ";
    if (!pointLacks.empty())
        message += pointName(point) + " has no run of seed " + seedList(pointLacks)
            + ", which the reference " + reference.gridPoint + " has";
    if (!pointLacks.empty() && !referenceLacks.empty())
        message += "; ";
    if (!referenceLacks.empty())
        message += "the reference " + reference.gridPoint + " has no run of seed "
            + seedList(referenceLacks) + ", which " + pointName(point) + " has";
    throw badRequest(message + " (run the missing seeds, or merge their shard)");
}

} // namespace

std::string pairedCsv(const RunStore &store, const SummaryOptions &options,
    const GroupedRuns &grouped, const std::vector<std::string> &keys,
    std::vector<std::string> *notes)
{
    const auto point = parsePoint(options.paired, grouped.gridPaths(), store.path());

    // The reference of each sweep: the one group of that sweep that matches POINT.
    std::map<std::string, const RunGroup *> references;
    std::map<std::string, std::vector<std::string>> matchesBySweep;
    for (const RunGroup &g : grouped.groups()) {
        if (g.sweepId.empty() || !matches(g, point))
            continue;
        matchesBySweep[g.sweepId].push_back(g.gridPoint);
        references[g.sweepId] = &g;
    }
    if (references.empty()) {
        std::vector<std::string> points;
        for (const RunGroup &g : grouped.groups())
            if (!g.sweepId.empty())
                points.push_back(g.gridPoint);
        throw badRequest("no grid point in '" + store.path() + "' matches '" + options.paired
            + "'; its grid points: " + joined(points));
    }
    for (const auto &[sweep, found] : matchesBySweep)
        if (found.size() > 1)
            throw badRequest("'" + options.paired + "' matches " + std::to_string(found.size())
                + " grid points of sweep " + sweep + ": " + joined(found)
                + "; give a value for every grid field that differs");

    // Every compared point has the reference's seeds, one run each: checked before any row.
    std::set<std::string> skipped;
    for (const RunGroup &g : grouped.groups()) {
        const auto ref = references.find(g.sweepId);
        if (ref == references.end()) {
            skipped.insert(g.sweepId);
            continue;
        }
        checkSeeds(g, runsBySeed(g), *ref->second, runsBySeed(*ref->second));
    }
    if (notes) {
        for (const std::string &sweep : skipped)
            notes->push_back(sweep.empty()
                    ? std::string("the runs outside sweeps are left out of the paired summary "
                                  "(they have no grid point to pair with)")
                    : "sweep " + sweep
                        + " is left out of the paired summary: none of its grid points matches '"
                        + options.paired + "'");
    }

    std::string csv
        = keyHeader(grouped.gridPaths()) + ",reference," + spanHeader(options) + ",runs";
    for (const std::string &key : keys)
        for (const char *suffix :
            { "_diff_n", "_diff_mean", "_diff_sd", "_diff_ci95_low", "_diff_ci95_high" })
            csv += "," + key + suffix;
    csv += "\n";

    ValueReader reader(store);
    for (const RunGroup &g : grouped.groups()) {
        const auto ref = references.find(g.sweepId);
        if (ref == references.end() || ref->second == &g)
            continue;
        const RunGroup &reference = *ref->second;
        const Span span = spanOf(options, std::max(g.lastDay(), reference.lastDay()));
        const auto referenceSeeds = runsBySeed(reference);
        std::map<std::string, std::vector<double>> differences;
        for (const auto &[seed, run] : runsBySeed(g)) {
            const RunValues mine = reader.values(options, *run, span);
            const RunValues theirs = reader.values(options, *referenceSeeds.at(seed), span);
            for (const auto &[key, value] : mine) {
                const auto other = theirs.find(key);
                if (other != theirs.end())
                    differences[key].push_back(value - other->second);
            }
        }
        std::string row = keyCells(g, grouped.gridPaths()) + "," + csvCell(reference.gridPoint)
            + "," + spanCells(options, span) + "," + std::to_string(g.runs.size());
        for (const std::string &key : keys)
            appendInterval(row, differences[key]);
        csv += row + "\n";
    }
    return csv;
}

} // namespace td::store::summary
