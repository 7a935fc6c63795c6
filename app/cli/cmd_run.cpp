// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli run SCENARIO.json [...]`: simulates a scenario day by day and writes the
// per-day metrics as CSV and/or JSON (docs/cli.md).
#include "argparser.h"
#include "commands.h"
#include "scenarioargs.h"

#include "base/atomicfile.h"
#include "base/numberformat.h"
#include "run/dayrecord.h"
#include "sim/engine.h"
#include "sim/memoryestimate.h"
#include "sim/report/metricscsv.h"
#include "sim/report/runjson.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/textformat.h"
#include "store/runrecorder.h"
#include "store/runstore.h"
#include "store/storeerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <memory>
#include <thread>

namespace td::cli {

namespace {

const std::string kCommand = "run";
constexpr long long kMaxThreads = 1024;

/// Where one output goes: a file (base::AtomicFile: written to a temporary file and renamed
/// only when every byte is safely on disk, so a failed run never leaves half a file) or
/// standard output ("-").
class Output
{
public:
    /// Returns an error message, or "" when the output is ready.
    std::string open(const std::string &target)
    {
        m_target = target;
        if (target == "-")
            return {};
        m_file = std::make_unique<base::AtomicFile>(target);
        return m_file->open() ? std::string() : m_file->error();
    }
    bool active() const { return !m_target.empty(); }
    const std::string &target() const { return m_target; }
    /// Returns an error message, or "" when the text is written (or buffered).
    std::string write(const std::string &text)
    {
        if (!m_file) {
            std::cout << text;
            std::cout.flush();
            return std::cout ? std::string() : "cannot write to standard output";
        }
        return m_file->write(text) ? std::string() : m_file->error();
    }
    /// Returns an error message, or "" when the data is safely written.
    std::string commit()
    {
        if (m_file && !m_file->commit())
            return m_file->error();
        if (!m_file && !std::cout)
            return "cannot write to standard output";
        return {};
    }

private:
    std::string m_target;
    std::unique_ptr<base::AtomicFile> m_file;
};

/// The same file named by two options (`--csv r.csv --json ./r.csv`): one would overwrite
/// the other. Compares absolute, cleaned paths, and for existing files their identity.
bool sameFile(const std::string &a, const std::string &b)
{
    if (a.empty() || b.empty() || a == "-" || b == "-")
        return false;
    const QFileInfo x(QString::fromStdString(a)), y(QString::fromStdString(b));
    if (QDir::cleanPath(x.absoluteFilePath()) == QDir::cleanPath(y.absoluteFilePath()))
        return true;
    return x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath();
}

/// How `--cohorts` groups listeners (`--cohort-by`).
enum class CohortBy { Signup, NoveltyAppetite };

/// The `--cohorts` header for `by`.
std::string cohortHeader(CohortBy by)
{
    return by == CohortBy::Signup
        ? "cohort_day,days_since_signup,share_active\n"
        : "cohort,day,active,satisfaction,churned,streams,slow_satisfaction\n";
}

/// The `--cohorts` rows of one day: by signup, cohort_day,days_since_signup,share_active; by
/// novelty appetite, cohort,day,active,satisfaction,churned,streams,slow_satisfaction (one row
/// per tercile).
std::string cohortRows(const sim::DaySnapshot &snapshot, CohortBy by)
{
    std::string rows;
    if (by == CohortBy::Signup) {
        for (const metrics::CohortRetention &c : snapshot.cohorts)
            rows += std::to_string(c.cohortDay) + "," + std::to_string(c.daysSinceSignup) + ","
                + base::formatNumber(c.share()) + "\n";
        return rows;
    }
    const std::string day = std::to_string(snapshot.metrics.day);
    for (const metrics::AppetiteCohortDay &c : snapshot.appetiteCohorts)
        rows += std::string(metrics::AppetiteTerciles::name(c.tercile)) + "," + day + ","
            + std::to_string(c.active) + "," + base::formatNumber(c.satisfaction) + ","
            + std::to_string(c.churned) + "," + std::to_string(c.streams) + ","
            + base::formatNumber(c.slowSatisfaction) + "\n";
    return rows;
}

std::string shown(double value)
{
    const std::string s = base::formatNumber(value);
    return s.empty() ? std::string("-") : s;
}

} // namespace

int runCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    parser.addPositional("SCENARIO.json", "the scenario file (docs/scenario.md); {} is valid");
    parser.addValue("days", "N", "simulate N days (overrides run.days)");
    parser.addValue("seed", "S", "seed, 0 .. 2^64-1 (overrides run.seed)");
    parser.addValue("threads", "T",
        "worker threads; 0 = all cores (default). Results do not "
        "depend on it");
    parser.addValue("set", "PATH=VALUE",
        "override one scenario field, validated like the file, e.g. "
        "--set recommender.policy.kind=thompson (repeatable)",
        true);
    parser.addValue("csv", "FILE", "write per-day metrics as CSV ('-' = standard output)");
    parser.addValue(
        "json", "FILE", "write scenario, per-day metrics and summary as JSON ('-' = stdout)");
    parser.addValue("db", "FILE",
        "store the run in this SQLite run database (created if missing; docs/store.md) and "
        "print its run id");
    parser.addValue("name", "NAME", "with --db: the run's name (default: the scenario title)");
    parser.addValue("journal", "MODE",
        "with --db: SQLite journal, 'wal' (default for new databases) or 'delete' (network "
        "file systems)");
    parser.addValue("cohorts", "FILE",
        "write retention by signup cohort as CSV (cohort_day,days_since_signup,share_active; "
        "one row per day and cohort, cohort -1 = listeners present before the run; '-' = stdout)");
    parser.addValue("cohort-by", "KIND",
        "with --cohorts: 'signup' (default) or 'novelty_appetite' (terciles of the listeners' "
        "true novelty appetite: cohort,day,active,satisfaction,churned,streams,slow_satisfaction)");
    parser.addFlag("dry-run", "",
        "check the scenario and print the memory it needs and the memory available, then "
        "exit without simulating or writing anything (exit 1 if it would not fit)");
    parser.addFlag("quiet", "q", "no progress lines on stderr");
    const std::string seeHelp = " (see 'tastedrift-cli run --help')";
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + seeHelp);
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Simulates the scenario day by day. Progress goes to stderr, one line per day.\n"
            "Without --csv, --json or --db, the CSV goes to standard output. --set overrides\n"
            "are applied in order, then --days and --seed. With --db, each day is committed\n"
            "as it finishes and the run id is printed on stdout (on stderr if --csv or\n"
            "--json writes to stdout).\n"
            "Exit status: 0 success, 1 runtime failure (simulation, writing output),\n"
            "2 bad input (arguments, scenario file, field values).");
        return kExitOk;
    }

    // 1. The scenario and its overrides; every problem here is bad input (exit 2).
    sim::Scenario scenario;
    if (const auto code = loadScenarioFromArgs(parser, kCommand, scenario))
        return *code;

    unsigned threads = 0;
    if (parser.isSet("threads")) {
        const auto t = sim::text::parseInteger(parser.value("threads"));
        if (!t || *t < 0 || *t > kMaxThreads)
            return usageError(kCommand,
                "--threads: expected a whole number from 0 (all cores) to "
                    + std::to_string(kMaxThreads) + ", got '" + parser.value("threads") + "'");
        threads = unsigned(*t);
    }
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());

    if (parser.isSet("dry-run")) {
        const sim::MemoryEstimate estimate = sim::estimateMemory(scenario);
        std::cout << "memory: " << estimate.text() << "\n";
        const auto limit = sim::availableMemory();
        std::cout << "available: "
                  << (limit ? sim::bytesText(limit->bytes) + " (" + limit->source + ")"
                            : std::string("unknown"))
                  << "\n";
        std::cout.flush();
        try {
            sim::checkMemory(scenario);
        } catch (const sim::InsufficientMemoryError &e) {
            return runtimeError(kCommand, e.what());
        }
        return kExitOk;
    }

    // 2. Outputs, opened before the run so that a bad path fails in a second, not at the end.
    Output csv, json;
    const bool anyOutput = parser.isSet("csv") || parser.isSet("json") || parser.isSet("db");
    const std::string csvTarget = anyOutput ? parser.value("csv") : std::string("-");
    const std::string jsonTarget = parser.value("json");
    if (csvTarget == "-" && jsonTarget == "-")
        return usageError(kCommand, "--csv and --json cannot both write to standard output");
    if (parser.isSet("csv") && csvTarget.empty())
        return usageError(kCommand, "--csv: empty file name");
    if (parser.isSet("json") && jsonTarget.empty())
        return usageError(kCommand, "--json: empty file name");
    {
        // Two options naming one file would overwrite each other (or the run database).
        const std::vector<std::pair<std::string, std::string>> files { { "--csv", csvTarget },
            { "--json", jsonTarget }, { "--cohorts", parser.value("cohorts") },
            { "--db", parser.value("db") } };
        for (std::size_t i = 0; i < files.size(); ++i) {
            for (std::size_t j = i + 1; j < files.size(); ++j) {
                if (sameFile(files[i].second, files[j].second))
                    return usageError(kCommand,
                        files[i].first + " and " + files[j].first + " name the same file '"
                            + files[j].second + "'; give each output its own file");
            }
        }
    }
    if (!csvTarget.empty()) {
        if (const std::string problem = csv.open(csvTarget); !problem.empty())
            return runtimeError(kCommand, problem);
    }
    if (!jsonTarget.empty()) {
        if (const std::string problem = json.open(jsonTarget); !problem.empty())
            return runtimeError(kCommand, problem);
    }
    CohortBy cohortBy = CohortBy::Signup;
    if (parser.isSet("cohort-by")) {
        const std::string kind = parser.value("cohort-by");
        if (kind == "novelty_appetite")
            cohortBy = CohortBy::NoveltyAppetite;
        else if (kind != "signup")
            return usageError(kCommand,
                "--cohort-by: expected 'signup' or 'novelty_appetite', got '" + kind + "'");
        if (!parser.isSet("cohorts"))
            return usageError(kCommand, "--cohort-by needs --cohorts FILE");
    }
    Output cohorts;
    if (parser.isSet("cohorts")) {
        const std::string target = parser.value("cohorts");
        if (target.empty())
            return usageError(kCommand, "--cohorts: empty file name");
        if (target == "-" && (csvTarget == "-" || jsonTarget == "-"))
            return usageError(
                kCommand, "--cohorts: standard output is already used by --csv or --json");
        if (const std::string problem = cohorts.open(target); !problem.empty())
            return runtimeError(kCommand, problem);
        if (const std::string problem = cohorts.write(cohortHeader(cohortBy)); !problem.empty())
            return runtimeError(kCommand, problem);
    }

    // The run store: opened (checked, migrated, recovered) before the run, like the files.
    store::OpenOptions storeOptions;
    if (parser.isSet("journal")) {
        const auto mode = store::parseJournalMode(parser.value("journal"));
        if (!mode)
            return usageError(kCommand,
                "--journal: expected 'wal' or 'delete', got '" + parser.value("journal") + "'");
        storeOptions.journal = *mode;
    }
    if (!parser.isSet("db") && (parser.isSet("journal") || parser.isSet("name")))
        return usageError(kCommand,
            std::string("--") + (parser.isSet("name") ? "name" : "journal") + " needs --db FILE");
    std::unique_ptr<store::RunStore> runStore;
    if (parser.isSet("db")) {
        try {
            runStore = std::make_unique<store::RunStore>(parser.value("db"), storeOptions);
        } catch (const store::StoreError &e) {
            return e.isBadInput() ? usageError(kCommand, e.what())
                                  : runtimeError(kCommand, e.what());
        }
    }

    // 3. The run.
    const bool quiet = parser.isSet("quiet");
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<sim::Engine> engine;
    try {
        engine = std::make_unique<sim::Engine>(scenario, threads);
    } catch (const sim::ScenarioError &e) {
        return usageError(kCommand, parser.positional(0) + ": " + e.what());
    } catch (const std::exception &e) {
        return runtimeError(kCommand, std::string("cannot set up the simulation: ") + e.what());
    }
    if (!quiet)
        std::cerr << engine->dataReport();
    if (csv.active()) {
        if (const std::string problem = csv.write(report::metricsCsvHeader()); !problem.empty())
            return runtimeError(kCommand, problem);
    }
    // Declared after the engine and the store: destroyed first, it marks an unfinished run
    // interrupted while the store is still open.
    std::unique_ptr<store::RunRecorder> recorder;
    if (runStore) {
        const store::NewRun run = run::newRunFor(
            scenario, parser.isSet("name") ? parser.value("name") : scenario.title);
        try {
            recorder = std::make_unique<store::RunRecorder>(*runStore, run);
        } catch (const store::StoreError &e) {
            return runtimeError(kCommand, e.what());
        }
        if (csvTarget == "-" || jsonTarget == "-") {
            std::cerr << "run id " << recorder->runId() << std::endl;
        } else {
            std::cout << recorder->runId() << std::endl;
        }
    }
    std::vector<metrics::DayMetrics> days;
    days.reserve(std::size_t(scenario.run.days));
    const int total = engine->totalDays();
    while (!engine->finished()) {
        sim::DaySnapshotPtr snapshot;
        try {
            snapshot = engine->stepDay();
        } catch (const std::exception &e) {
            return runtimeError(kCommand,
                "simulation failed on day " + std::to_string(engine->currentDay()) + ": "
                    + e.what());
        }
        const metrics::DayMetrics &m = snapshot->metrics;
        days.push_back(m);
        if (recorder) {
            try {
                recorder->writeDay(run::lastDayRecord(*engine, *snapshot));
            } catch (const store::StoreError &e) {
                return runtimeError(kCommand, e.what());
            }
        }
        for (auto [output, text] : { std::pair(&csv, report::metricsCsvRow(m)),
                 std::pair(&cohorts, cohortRows(*snapshot, cohortBy)) }) {
            if (!output->active())
                continue;
            if (const std::string problem = output->write(text); !problem.empty())
                return runtimeError(kCommand, problem);
        }
        if (!quiet) {
            char seconds[32];
            std::snprintf(seconds, sizeof seconds, "%.1f", double(clock.elapsed()) / 1000.0);
            std::cerr << "day " << (m.day + 1) << "/" << total << "  active "
                      << shown(m.value("active_listeners")) << "  streams "
                      << shown(m.value("streams")) << "  (" << seconds << " s)" << std::endl;
        }
    }

    // 4. Results.
    if (recorder) {
        try {
            recorder->finish();
        } catch (const store::StoreError &e) {
            return runtimeError(kCommand, e.what());
        }
        if (!quiet)
            std::cerr << "stored run " << recorder->runId() << " in " << runStore->path()
                      << std::endl;
    }
    if (json.active()) {
        const std::string problem
            = json.write(report::runJson(sim::scenarioToJson(scenario), scenario.run.seed, days));
        if (!problem.empty())
            return runtimeError(kCommand, problem);
    }
    for (Output *output : { &csv, &json, &cohorts }) {
        if (!output->active())
            continue;
        if (const std::string problem = output->commit(); !problem.empty())
            return runtimeError(kCommand, problem);
        if (!quiet && output->target() != "-")
            std::cerr << "wrote " << output->target() << std::endl;
    }
    return kExitOk;
}

} // namespace td::cli
