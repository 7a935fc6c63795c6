// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli summarize DB --csv SUMMARY.csv`: one row per grid point with n, mean and the
// 95 % interval of each metric on one day (docs/sweeps.md).
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
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli summarize --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Writes one CSV row per grid point (and sweep): for each metric on the chosen\n"
            "day, the number of runs n, the mean, the sample standard deviation and the 95 %\n"
            "interval of the mean, mean +- t(0.975, n-1) * sd / sqrt(n). Rows are sorted by\n"
            "grid point, so two databases with the same runs give identical bytes. A sweep\n"
            "with planned runs missing or incomplete (a killed shard, a shard not merged) is\n"
            "named in a warning on stderr. The database is only read (a read-only file works).\n"
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
    if (parser.isSet("day")) {
        const auto day = sim::text::parseInteger(parser.value("day"));
        if (!day || *day < 0 || *day > 1'000'000)
            return usageError(
                kCommand, "--day: expected a day number >= 0, got '" + parser.value("day") + "'");
        options.day = int(*day);
    }
    std::string csv;
    bool damaged = false;
    try {
        store::OpenOptions open;
        open.readOnly = true;
        const store::RunStore db(parser.positional(0), open);
        damaged = printWarnings(kCommand, db.warnings());
        csv = store::summaryCsv(db, options);
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
