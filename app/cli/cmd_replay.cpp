// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli replay DB RUN_ID`: re-simulates a stored run and compares every stored day
// metric bit for bit (docs/store.md).
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "run/replay.h"
#include "sim/scenario/scenarioio.h"
#include "store/runstore.h"

#include <iostream>

namespace td::cli {

namespace {
const std::string kCommand = "replay";
}

int replayCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    parser.addPositional("DB", "the run database");
    parser.addPositional("RUN_ID", "the run to replay (see 'tastedrift-cli runs DB')");
    parser.addValue("threads", "T",
        "worker threads; 0 = all cores (default). Results do not "
        "depend on it");
    parser.addFlag("quiet", "q", "no progress lines on stderr");
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli replay --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Re-simulates a stored run from its scenario, seed and live changes (annotations)\n"
            "and compares every stored day metric bit for bit. An interrupted run replays the\n"
            "days it has. Prints the result on stdout; on a difference, the first one\n"
            "(day, metric, stored value, replayed value). A run recorded by another\n"
            "simulation model version is not replayed: its numbers are expected to differ;\n"
            "nor is a plugin run whose plugin library changed since (another SHA-256).\n"
            "The database is only read (a read-only file works).\n"
            "Exit status: 0 every value identical, 1 a difference (or a runtime failure, or a\n"
            "damaged database), 2 bad input (not a run database, unknown run, a run of\n"
            "another simulation model version or plugin).");
        return kExitOk;
    }
    const auto id = sim::text::parseInteger(parser.positional(1));
    if (!id || *id < 1)
        return usageError(
            kCommand, "RUN_ID: expected a run id (1, 2, ...), got '" + parser.positional(1) + "'");
    unsigned threads = 0;
    std::string error;
    if (!parseThreadCount(
            "threads", parser.isSet("threads") ? parser.value("threads") : "0", threads, error))
        return usageError(kCommand, error);

    try {
        run::ReplayInput input;
        bool warned = false;
        {
            store::OpenOptions options;
            options.readOnly = true;
            const store::RunStore db(parser.positional(0), options);
            warned = printWarnings(kCommand, db.warnings());
            input = run::loadReplayInput(db, *id);
        } // the connection is closed before the simulation
        const bool quiet = parser.isSet("quiet");
        run::ReplayOptions options;
        options.threads = threads;
        options.progress = [&](int day, int last) {
            if (!quiet)
                std::cerr << "replayed day " << (day + 1) << "/" << (last + 1) << std::endl;
        };
        const run::ReplayResult result = run::replay(input, options);
        if (result.status == run::ReplayStatus::OtherModel)
            return usageError(kCommand,
                "run " + std::to_string(*id) + " was not replayed: " + result.modelNote());
        if (result.status == run::ReplayStatus::OtherPlugin)
            return usageError(kCommand,
                "run " + std::to_string(*id) + " was not replayed: " + result.pluginNote());
        if (!result.matches()) {
            const run::ReplayMismatch &m = *result.mismatch;
            std::cout << "mismatch: run " << *id << ", day " << m.day << ", metric " << m.metric
                      << ": stored " << m.stored << ", replayed " << m.replayed << std::endl;
            if (const std::string note = result.modelNote(); !note.empty())
                std::cerr << "tastedrift-cli " << kCommand << ": note: " << note << std::endl;
            return kExitFailure;
        }
        std::cout << "run " << *id << " (" << store::statusText(input.run.status)
                  << "): " << result.daysCompared << " days, " << result.valuesCompared
                  << " values identical";
        if (result.metricsNotStored > 0)
            std::cout << " (" << result.metricsNotStored
                      << " metrics of this version were not stored by the run)";
        std::cout << std::endl;
        return warned ? kExitFailure : kExitOk;
    } catch (const store::StoreError &e) {
        return storeFailure(kCommand, e);
    } catch (const sim::ScenarioError &e) {
        return usageError(kCommand, std::string("stored scenario: ") + e.what());
    } catch (const std::exception &e) {
        return runtimeError(kCommand, e.what());
    }
}

} // namespace td::cli
