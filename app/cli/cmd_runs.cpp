// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli runs DB`: lists the runs of a run database (docs/store.md).
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "store/runstore.h"

#include <QFileInfo>

#include <iostream>
#include <memory>

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
            "name, grid point, sweep, created, model version ('-' if not recorded), and the\n"
            "provenance: git commit of the build that recorded it, plugin library and its\n"
            "SHA-256 (plugin runs; '-' where not recorded). A\n"
            "database it may write is opened for writing: that upgrades an older schema and\n"
            "marks runs whose writer died as interrupted. A read-only database (or a damaged\n"
            "one, with a warning) is only read.\n"
            "Exit status: 0 success, 1 runtime failure or a damaged database, 2 bad input.");
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
    const std::string path = parser.positional(0);
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        return usageError(kCommand, "cannot open database '" + path + "': no such file");
    try {
        // Writing (upgrade, recovery) where it may, else only reading: a read-only copy, and
        // a damaged file (which a writing open refuses), can still be listed.
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        std::unique_ptr<store::RunStore> db;
        if (writable || parser.isSet("journal")) {
            try {
                db = std::make_unique<store::RunStore>(path, options);
            } catch (const store::StoreError &e) {
                if (e.kind() != store::StoreError::Kind::Damaged || parser.isSet("journal"))
                    throw;
            }
        }
        if (!db) {
            store::OpenOptions readOnly;
            readOnly.readOnly = true;
            readOnly.onDamage = store::OnDamage::Warn;
            db = std::make_unique<store::RunStore>(path, readOnly);
        }
        const bool warned = printWarnings(kCommand, db->warnings());
        std::cout << "id\tstatus\tdays\tseed\tname\tgrid_point\tsweep\tcreated\tmodel_version"
                     "\tgit_commit\tplugin\tplugin_sha256\n";
        const auto orDash = [](const std::string &s) { return s.empty() ? std::string("-") : s; };
        for (const store::RunInfo &r : db->runs())
            std::cout << r.id << "\t" << store::statusText(r.status) << "\t" << r.daysDone << "/"
                      << r.daysTotal << "\t" << r.seed << "\t" << cell(r.name) << "\t"
                      << cell(r.gridPoint) << "\t" << r.sweepId << "\t" << r.created << "\t"
                      << (r.modelVersion ? std::to_string(*r.modelVersion) : std::string("-"))
                      << "\t" << orDash(r.gitCommit) << "\t" << orDash(cell(r.pluginPath)) << "\t"
                      << orDash(r.pluginSha256) << "\n";
        std::cout.flush();
        return warned ? kExitFailure : kExitOk;
    } catch (const store::StoreError &e) {
        return storeFailure(kCommand, e);
    }
}

} // namespace td::cli
