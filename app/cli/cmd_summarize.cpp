// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli summarize DB --csv SUMMARY.csv`: one row per grid point with n, mean and the
// 95 % interval of each metric on one day or over a window of days, or the paired differences
// against one grid point (docs/sweeps.md).
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "base/atomicfile.h"
#include "store/runstore.h"
#include "store/sweep/completeness.h"
#include "store/sweep/summary.h"

#include <iostream>

namespace td::cli {

namespace {
const std::string kCommand = "summarize";
}

int summarizeCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    parser.addPositional("DB", "the run database (a sweep's, or merged shards')");
    parser.addValue("csv", "FILE", "where to write the summary ('-' = standard output; required)");
    parser.addValue("metrics", "A,B,...", "metrics to summarise (default: every stored metric)");
    parser.addValue("day", "D", "day to summarise, 0-based (default: the last stored day)");
    parser.addValue("from-day", "A",
        "first day of a window A..B (both included): per run the sum and the mean per day of "
        "each metric over it (default with --to-day: 0)");
    parser.addValue(
        "to-day", "B", "last day of the window (default with --from-day: the last stored day)");
    parser.addValue("paired", "POINT",
        "paired differences against the grid point PATH=VALUE[,PATH=VALUE...], seed by seed, "
        "for every other grid point of its sweep");
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli summarize --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Writes one CSV row per grid point (and sweep): for each metric on the chosen\n"
            "day, the number of runs n, the mean, the sample standard deviation and the 95 %\n"
            "interval of the mean, mean +- t(0.975, n-1) * sd / sqrt(n). With --from-day/\n"
            "--to-day the same statistics of each run's sum (<metric>_sum_*) and mean per day\n"
            "(<metric>_daymean_*) over the window. With --paired POINT, the differences from\n"
            "POINT seed by seed (<statistic>_diff_*), one row per other grid point of its\n"
            "sweep. Rows are sorted by grid point, so two databases with the same runs give\n"
            "identical bytes. A sweep with planned runs missing or incomplete (a killed\n"
            "shard, a shard not merged) is named in a warning on stderr. The database is only\n"
            "read (a read-only file works).\n"
            "Exit status: 0 success, 1 runtime failure or a damaged database (the summary of\n"
            "what could be read is still written), 2 bad input.");
        return kExitOk;
    }
    if (!parser.isSet("csv") || parser.value("csv").empty())
        return usageError(kCommand, "--csv FILE is required");
    store::SummaryOptions options;
    if (parser.isSet("metrics")) {
        const QStringList names = QString::fromStdString(parser.value("metrics"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : names)
            options.metrics.push_back(name.trimmed().toStdString());
        if (options.metrics.empty())
            return usageError(kCommand, "--metrics: no metric given");
    }
    for (const auto &[flag, target] : { std::pair("day", &options.day),
             std::pair("from-day", &options.fromDay), std::pair("to-day", &options.toDay) }) {
        if (!parser.isSet(flag))
            continue;
        const auto day = sim::text::parseInteger(parser.value(flag));
        if (!day || *day < 0 || *day > 1'000'000)
            return usageError(kCommand,
                std::string("--") + flag + ": expected a day number >= 0, got '"
                    + parser.value(flag) + "'");
        *target = int(*day);
    }
    if (parser.isSet("paired")) {
        options.paired = parser.value("paired");
        if (options.paired.empty())
            return usageError(kCommand, "--paired: expected PATH=VALUE[,PATH=VALUE...], got ''");
    }
    std::string csv;
    bool damaged = false;
    try {
        store::OpenOptions open;
        open.readOnly = true;
        const store::RunStore db(parser.positional(0), open);
        damaged = printWarnings(kCommand, db.warnings());
        std::vector<std::string> notes;
        csv = store::summaryCsv(db, options, &notes);
        for (const std::string &note : notes)
            std::cerr << "tastedrift-cli " << kCommand << ": warning: " << note << std::endl;
        for (const store::SweepCompleteness &sweep : store::sweepCompleteness(db))
            if (!sweep.isComplete())
                std::cerr << "tastedrift-cli " << kCommand << ": warning: " << sweep.describe()
                          << std::endl;
    } catch (const store::StoreError &e) {
        return storeFailure(kCommand, e);
    }
    const int success = damaged ? kExitFailure : kExitOk;
    const std::string target = parser.value("csv");
    if (target == "-") {
        std::cout << csv;
        std::cout.flush();
        return std::cout ? success : runtimeError(kCommand, "cannot write to standard output");
    }
    std::string error;
    if (!base::writeFileAtomically(target, csv, error))
        return runtimeError(kCommand, error);
    return success;
}

} // namespace td::cli
