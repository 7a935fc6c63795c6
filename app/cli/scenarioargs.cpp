// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenarioargs.h"

#include "sim/scenario/scenarioio.h"
#include "sim/scenario/textformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <thread>

namespace td::cli {

namespace {

constexpr int kMaxThreads = 1024;

std::string renameField(
    const std::string &message, const std::string &field, const std::string &flag)
{
    if (message.compare(0, field.size() + 1, field + ":") == 0)
        return flag + message.substr(field.size());
    return flag + ": " + message;
}

/// A CSV catalogue must exist before the run starts (bad input, not a runtime failure).
std::string checkCatalogFile(const sim::Scenario &s)
{
    if (s.world.catalog.source != "csv")
        return {};
    const QString written = QString::fromStdString(s.world.catalog.path);
    const QString resolved = QFileInfo(written).isRelative()
        ? QDir(QString::fromStdString(s.baseDirectory)).filePath(written)
        : written;
    const std::string hint = ". Give the catalogue's location with --set world.catalog.path=FILE "
                             "(relative paths start at the scenario file's folder)";
    if (QFileInfo(resolved).isDir())
        return "world.catalog.path: cannot open catalogue file '" + resolved.toStdString()
            + "': Is a directory" + hint;
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        return "world.catalog.path: cannot open catalogue file '" + resolved.toStdString()
            + "': " + file.errorString().toStdString() + hint;
    return {};
}

} // namespace

void addScenarioOptions(ArgParser &parser)
{
    parser.addPositional("SCENARIO.json", "the scenario file (docs/scenario.md); {} is valid");
    parser.addValue("days", "N", "simulate N days (overrides run.days)");
    parser.addValue("seed", "S", "seed, 0 .. 2^64-1 (overrides run.seed)");
    parser.addValue(
        "threads", "T", "worker threads; 0 = all cores (default). Results do not depend on it");
    parser.addValue("set", "PATH=VALUE",
        "override one scenario field, validated like the file (repeatable)", true);
}

std::optional<int> loadScenarioFromArgs(
    const ArgParser &parser, const std::string &command, sim::Scenario &scenario)
{
    try {
        scenario = sim::loadScenarioFile(parser.positional(0));
    } catch (const sim::ScenarioError &e) {
        return usageError(command, e.what());
    }
    for (const std::string &assignment : parser.values("set")) {
        const std::size_t eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0)
            return usageError(command, "--set: expected PATH=VALUE, got '" + assignment + "'");
        try {
            sim::setScenarioValue(scenario, assignment.substr(0, eq), assignment.substr(eq + 1));
        } catch (const sim::ScenarioError &e) {
            return usageError(command, std::string("--set: ") + e.what());
        }
    }
    for (const auto &[flag, field] : { std::pair<std::string, std::string>("days", "run.days"),
             std::pair<std::string, std::string>("seed", "run.seed") }) {
        if (!parser.isSet(flag))
            continue;
        try {
            sim::setScenarioValue(scenario, field, parser.value(flag));
        } catch (const sim::ScenarioError &e) {
            return usageError(command, renameField(e.what(), field, "--" + flag));
        }
    }
    // The file alone was valid (loadScenarioFile checks it), so a rule broken now comes from
    // the overrides: name the file and say so, like every other scenario error.
    const std::string source = parser.positional(0)
        + (parser.values("set").empty() && !parser.isSet("days") && !parser.isSet("seed")
                ? std::string()
                : std::string(" with the command-line overrides"));
    try {
        sim::validateScenario(scenario);
    } catch (const sim::ScenarioError &e) {
        return usageError(command, source + ": " + e.what());
    }
    if (const std::string problem = checkCatalogFile(scenario); !problem.empty())
        return usageError(command, source + ": " + problem);
    return std::nullopt;
}

std::optional<int> threadsFromArgs(
    const ArgParser &parser, const std::string &command, unsigned &threads)
{
    threads = 0;
    if (parser.isSet("threads")) {
        const auto t = sim::text::parseInteger(parser.value("threads"));
        if (!t || *t < 0 || *t > kMaxThreads)
            return usageError(command,
                "--threads: expected a whole number from 0 (all cores) to "
                    + std::to_string(kMaxThreads) + ", got '" + parser.value("threads") + "'");
        threads = unsigned(*t);
    }
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    return std::nullopt;
}

} // namespace td::cli
