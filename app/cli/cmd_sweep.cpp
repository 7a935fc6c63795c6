// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli sweep SCENARIO --grid PATH=V1,V2 ... --seeds 1..5 --db OUT.sqlite`: runs a
// grid of scenarios times seeds in parallel into one run database (docs/sweeps.md).
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "run/sweep/sweepplan.h"
#include "run/sweep/sweeprunner.h"
#include "sim/scenario/scenarioio.h"
#include "store/runstore.h"

#include <QElapsedTimer>

#include <cstdio>
#include <iostream>
#include <set>

namespace td::cli {

namespace {
const std::string kCommand = "sweep";
}

int sweepCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    parser.addPositional("SCENARIO.json", "the base scenario (docs/scenario.md)");
    parser.addValue("grid", "PATH=V1,V2,...",
        "one axis of the grid: a scenario field and its values (repeatable; the first "
        "--grid varies slowest)",
        true);
    parser.addValue("seeds", "LIST",
        "seeds of every grid point: 1..5, 1,3,7 or a mix (default: the scenario's run.seed)");
    parser.addValue("jobs", "N",
        "runs simulated at once, one thread each; 0 = all cores "
        "(default)");
    parser.addValue("db", "OUT.sqlite", "the run database to write (required)");
    parser.addValue("shard", "I/N",
        "run only shard I of N: the runs whose plan index mod N is I-1 (for batch "
        "schedulers; merge the shard databases with 'merge')");
    parser.addValue("days", "N", "simulate N days (overrides run.days)");
    parser.addValue(
        "set", "PATH=VALUE", "override one scenario field of the base scenario (repeatable)", true);
    parser.addValue("name", "NAME", "prefix of the run names (default: the scenario title)");
    parser.addValue(
        "journal", "MODE", "SQLite journal, 'wal' (default) or 'delete' (network file systems)");
    parser.addFlag("quiet", "q", "no progress lines on stderr");
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli sweep --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Runs every grid point times every seed, in parallel, and stores each run with\n"
            "its grid point and seed in one database (a single writer thread commits each\n"
            "finished day). The plan is grid-major with seeds innermost; --shard I/N keeps\n"
            "the runs whose plan index mod N is I-1, so N shards cover the plan exactly once.\n"
            "Order of application: the file, every --set, --days, then the grid values and\n"
            "the seed. Progress on stderr, one line per finished run.\n"
            "Exit status: 0 success, 1 runtime failure, 2 bad input.");
        return kExitOk;
    }
    if (!parser.isSet("db"))
        return usageError(kCommand, "--db OUT.sqlite is required");

    // 1. Base scenario: file, --set, --days (bad input: exit 2).
    sim::Scenario base;
    try {
        base = sim::loadScenarioFile(parser.positional(0));
    } catch (const sim::ScenarioError &e) {
        return usageError(kCommand, e.what());
    }
    std::set<std::string> gridPaths;
    for (const std::string &spec : parser.values("grid"))
        gridPaths.insert(spec.substr(0, spec.find('=')));
    for (const std::string &assignment : parser.values("set")) {
        const std::size_t eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0)
            return usageError(kCommand, "--set: expected PATH=VALUE, got '" + assignment + "'");
        if (gridPaths.count(assignment.substr(0, eq)))
            return usageError(kCommand,
                "--set " + assignment.substr(0, eq) + " conflicts with --grid on the same field");
        try {
            sim::setScenarioValue(base, assignment.substr(0, eq), assignment.substr(eq + 1));
        } catch (const sim::ScenarioError &e) {
            return usageError(kCommand, std::string("--set: ") + e.what());
        }
    }
    if (parser.isSet("days")) {
        try {
            sim::setScenarioValue(base, "run.days", parser.value("days"));
        } catch (const sim::ScenarioError &e) {
            const std::string message = e.what();
            return usageError(kCommand, "--days" + message.substr(message.find(':')));
        }
    }

    // 2. The plan.
    std::unique_ptr<run::SweepPlan> plan;
    std::vector<std::size_t> items;
    try {
        std::vector<run::GridAxis> axes;
        for (const std::string &spec : parser.values("grid"))
            axes.push_back(run::SweepPlan::parseGrid(spec, base));
        std::vector<std::uint64_t> seeds;
        if (parser.isSet("seeds"))
            seeds = run::SweepPlan::parseSeeds(parser.value("seeds"));
        plan = std::make_unique<run::SweepPlan>(base, std::move(axes), std::move(seeds));
        const auto [shard, shards] = parser.isSet("shard")
            ? run::SweepPlan::parseShard(parser.value("shard"))
            : std::pair<int, int>(1, 1);
        items = plan->shard(shard, shards);
    } catch (const run::SweepError &e) {
        return usageError(kCommand, e.what());
    } catch (const sim::ScenarioError &e) {
        return usageError(kCommand, e.what());
    }
    unsigned jobs = 0;
    std::string error;
    if (!parseThreadCount("jobs", parser.isSet("jobs") ? parser.value("jobs") : "0", jobs, error))
        return usageError(kCommand, error);
    store::OpenOptions options;
    if (parser.isSet("journal")) {
        const auto mode = store::parseJournalMode(parser.value("journal"));
        if (!mode)
            return usageError(kCommand,
                "--journal: expected 'wal' or 'delete', got '" + parser.value("journal") + "'");
        options.journal = *mode;
    }

    // 3. The runs.
    const bool quiet = parser.isSet("quiet");
    try {
        store::RunStore db(parser.value("db"), options);
        if (!quiet)
            std::cerr << "sweep " << plan->sweepId() << ": " << items.size() << " of "
                      << plan->size() << " runs (" << plan->gridPointCount() << " grid points), "
                      << jobs << " at a time" << std::endl;
        QElapsedTimer clock;
        clock.start();
        run::SweepRunner runner(run::plannedRuns(*plan, items,
                                    parser.isSet("name") ? parser.value("name") : base.title),
            jobs);
        std::size_t done = 0;
        run::SweepRunner::Callbacks callbacks;
        callbacks.runDone = [&](std::size_t slot, long long id) {
            ++done;
            if (quiet)
                return;
            const run::SweepItem item = plan->item(items[slot]);
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, "%.1f", double(clock.elapsed()) / 1000.0);
            std::cerr << "run " << done << "/" << items.size() << "  id " << id << "  "
                      << item.gridPoint << " seed " << item.seed << "  (" << seconds << " s)"
                      << std::endl;
        };
        const run::SweepOutcome outcome = runner.run(db, callbacks);
        if (!quiet)
            std::cerr << "stored " << outcome.runIds().size() << " runs in " << db.path()
                      << std::endl;
        return kExitOk;
    } catch (const store::StoreError &e) {
        return storeFailure(kCommand, e);
    } catch (const sim::ScenarioError &e) {
        return usageError(kCommand, e.what());
    } catch (const std::exception &e) {
        return runtimeError(kCommand, e.what());
    }
}

} // namespace td::cli
