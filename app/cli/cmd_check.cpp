// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli check DB`: what a run database holds and whether it is sound (docs/store.md
// "Damaged databases").
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "store/runstore.h"

#include <iostream>
#include <memory>

namespace td::cli {

namespace {
const std::string kCommand = "check";
}

int checkCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    parser.addPositional("DB", "the run database (only read)");
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli check --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Prints one line per run, 'id status days_done/days model_version' ('-' for a run\n"
            "stored before model versions were recorded), then 'integrity ok' or\n"
            "'integrity damaged: ...' with SQLite's first finding (PRAGMA integrity_check:\n"
            "every page, record and index). The database is only read.\n"
            "Exit status: 0 sound, 1 damaged (or a runtime failure), 2 bad input (not a run\n"
            "database).");
        return kExitOk;
    }
    const auto damaged = [](const std::string &what) {
        std::cout << "integrity damaged: " << what << std::endl;
        return kExitFailure;
    };
    std::unique_ptr<store::RunStore> db;
    try {
        store::OpenOptions options;
        options.readOnly = true;
        options.onDamage = store::OnDamage::NoCheck; // the full check comes below
        db = std::make_unique<store::RunStore>(parser.positional(0), options);
    } catch (const store::StoreError &e) {
        if (e.kind() == store::StoreError::Kind::Damaged)
            return damaged(e.what());
        return storeFailure(kCommand, e);
    }
    try {
        printWarnings(kCommand, db->warnings());
        std::string unreadable;
        try {
            for (const store::RunInfo &r : db->runs())
                std::cout << r.id << " " << store::statusText(r.status) << " " << r.daysDone << "/"
                          << r.daysTotal << " "
                          << (r.modelVersion ? std::to_string(*r.modelVersion) : std::string("-"))
                          << "\n";
        } catch (const store::StoreError &e) {
            if (e.kind() != store::StoreError::Kind::Damaged)
                throw;
            unreadable = e.what(); // the list of runs itself is damaged
        }
        const store::IntegrityReport report = db->checkIntegrity(store::IntegrityDepth::Full);
        if (!report.ok())
            return damaged(report.summary());
        if (!unreadable.empty())
            return damaged(unreadable);
        std::cout << "integrity ok" << std::endl;
        return kExitOk;
    } catch (const store::StoreError &e) {
        return storeFailure(kCommand, e);
    }
}

} // namespace td::cli
