// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/summary.h"

#include "store/sweep/pairedsummary.h"
#include "store/sweep/summarygroups.h"

namespace td::store {

namespace {

StoreError badRequest(const std::string &message)
{
    return StoreError(StoreError::Kind::BadRequest, message);
}

/// The days asked for exist in `store`: none negative, none beyond the last day any run
/// stored, a window that does not end before it starts, and a day or a window, not both.
void checkDays(const SummaryOptions &options, int lastDay, const std::string &path)
{
    if (options.day && options.window())
        throw badRequest("--day and --from-day/--to-day exclude each other: summarise one day "
                         "or one window");
    const std::pair<const char *, std::optional<int>> days[] = { { "--day", options.day },
        { "--from-day", options.fromDay }, { "--to-day", options.toDay } };
    for (const auto &[flag, day] : days) {
        if (!day)
            continue;
        if (*day < 0)
            throw badRequest(
                std::string(flag) + ": expected a day number >= 0, got " + std::to_string(*day));
        if (*day > lastDay)
            throw badRequest(std::string(flag) + ": day " + std::to_string(*day)
                + " is beyond the runs in '" + path + "': "
                + (lastDay < 0 ? std::string("no run stored a day")
                               : "the last day stored by any run is " + std::to_string(lastDay)));
    }
    if (options.fromDay && options.toDay && *options.fromDay > *options.toDay)
        throw badRequest("--from-day: day " + std::to_string(*options.fromDay)
            + " is after --to-day " + std::to_string(*options.toDay)
            + " (the window is from-day .. to-day, both included)");
}

/// One row per group: each statistic's mean over the group's runs with its interval.
std::string plainCsv(const RunStore &store, const SummaryOptions &options,
    const summary::GroupedRuns &grouped, const std::vector<std::string> &keys)
{
    std::string csv
        = summary::keyHeader(grouped.gridPaths()) + "," + summary::spanHeader(options) + ",runs";
    for (const std::string &key : keys)
        for (const char *suffix : { "_n", "_mean", "_sd", "_ci95_low", "_ci95_high" })
            csv += "," + key + suffix;
    csv += "\n";

    summary::ValueReader reader(store);
    for (const summary::RunGroup &group : grouped.groups()) {
        const summary::Span span = summary::spanOf(options, group.lastDay());
        std::map<std::string, std::vector<double>> samples;
        for (const RunInfo *r : group.runs)
            for (const auto &[key, value] : reader.values(options, *r, span))
                samples[key].push_back(value);
        std::string row = summary::keyCells(group, grouped.gridPaths()) + ","
            + summary::spanCells(options, span) + "," + std::to_string(group.runs.size());
        for (const std::string &key : keys)
            summary::appendInterval(row, samples[key]);
        csv += row + "\n";
    }
    return csv;
}

} // namespace

std::string summaryCsv(
    const RunStore &store, const SummaryOptions &options, std::vector<std::string> *notes)
{
    const summary::GroupedRuns grouped(store);
    checkDays(options, grouped.lastDay(), store.path());
    const std::vector<std::string> keys
        = summary::statisticKeys(options, summary::summaryMetrics(store, options.metrics));
    if (!options.paired.empty())
        return summary::pairedCsv(store, options, grouped, keys, notes);
    return plainCsv(store, options, grouped, keys);
}

} // namespace td::store
