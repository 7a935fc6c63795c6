// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli runs DB`: lists the runs of a run database (docs/store.md).
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "store/runstore.h"

#include <QFileInfo>

#include <iostream>

namespace td::cli {

namespace {
const std::string kCommand = "runs";

/// Tabs and line breaks would break the table: show them as spaces.
std::string cell(std::string text)
{
    for (char &c : text)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return text;
}
} // namespace

int runsCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    parser.addPositional("DB", "the run database");
    parser.addValue("journal", "MODE", "switch the database to journal 'wal' or 'delete'");
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli runs --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Lists the runs, one per line, tab-separated: id, status, days done/total, seed,\n"
            "name, grid point, sweep, created. Opening for writing also upgrades an older\n"
            "schema and marks runs whose writer died as interrupted.\n"
            "Exit status: 0 success, 1 runtime failure, 2 bad input.");
        return kExitOk;
    }
    store::OpenOptions options;
    if (parser.isSet("journal")) {
        const auto mode = store::parseJournalMode(parser.value("journal"));
        if (!mode)
            return usageError(kCommand,
                "--journal: expected 'wal' or 'delete', got '" + parser.value("journal") + "'");
        options.journal = *mode;
    }
    // Listing must not create a database out of a typo.
    if (!QFileInfo::exists(QString::fromStdString(parser.positional(0))))
        return usageError(
            kCommand, "cannot open database '" + parser.positional(0) + "': no such file");
    try {
        const store::RunStore db(parser.positional(0), options);
        std::cout << "id\tstatus\tdays\tseed\tname\tgrid_point\tsweep\tcreated\n";
        for (const store::RunInfo &r : db.runs())
            std::cout << r.id << "\t" << store::statusText(r.status) << "\t" << r.daysDone << "/"
                      << r.daysTotal << "\t" << r.seed << "\t" << cell(r.name) << "\t"
                      << cell(r.gridPoint) << "\t" << r.sweepId << "\t" << r.created << "\n";
        std::cout.flush();
        return kExitOk;
    } catch (const store::StoreError &e) {
        return storeFailure(kCommand, e);
    }
}

} // namespace td::cli
