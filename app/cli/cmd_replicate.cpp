// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli replicate NAME [--seeds A..B] [--listeners N] [--tracks M] [--days D]
// [--threads T] [--json FILE]`: a published result's protocol on several seeds, with the mean
// of its measures, 95 % intervals and a verdict (docs/validation.md, docs/cli.md).
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "run/replicate/protocol.h"
#include "run/replicate/report.h"
#include "run/replicate/verdict.h"
#include "run/sweep/sweepplan.h"
#include "sim/scenario/textformat.h"

#include <QElapsedTimer>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <stdexcept>

namespace td::cli {

namespace {

const std::string kCommand = "replicate";

std::string sizeText(const run::replicate::Size &s)
{
    return std::to_string(s.listeners) + " listeners, " + std::to_string(s.tracks) + " tracks, "
        + std::to_string(s.days) + " days";
}

std::string protocolList()
{
    std::string text;
    for (const auto &p : run::replicate::protocols()) {
        text += "  " + p.name + std::string(10 - std::min<std::size_t>(9, p.name.size()), ' ')
            + "default " + sizeText(p.defaultSize) + ", seeds 1.." + std::to_string(p.defaultSeeds)
            + "\n            CI size " + sizeText(p.ciSize) + "\n            " + p.paper + "\n";
    }
    return text;
}

bool parseSize(const ArgParser &parser, const char *flag, int &out, std::string &error)
{
    if (!parser.isSet(flag))
        return true;
    const auto v = sim::text::parseInteger(parser.value(flag));
    if (!v || *v < 1 || *v > 100000000) {
        error = std::string("--") + flag + ": expected a positive whole number, got '"
            + parser.value(flag) + "'";
        return false;
    }
    out = int(*v);
    return true;
}

} // namespace

int replicateCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    parser.addPositional("NAME", "the protocol: chaney, jiang, mansoury, anderson or ope");
    parser.addValue(
        "seeds", "LIST", "seeds, as in sweep: 1..5, 1,3,7 or a mix; at least two (default: 1..5)");
    parser.addValue("listeners", "N", "initial listeners (default: the protocol's)");
    parser.addValue("tracks", "M", "generated tracks (default: the protocol's)");
    parser.addValue("days", "D", "simulated days (default: the protocol's)");
    parser.addValue("threads", "T",
        "engine threads; 0 = all cores (default). Numbers do not "
        "depend on it");
    parser.addValue("json", "FILE", "also write the result as JSON");
    parser.addFlag("quiet", "q", "no progress lines on stderr");
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli replicate --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Runs a published result's protocol (docs/validation.md) on each seed and prints\n"
            "one line per seed with the paper's measure (and the protocol's other measures),\n"
            "then each measure's mean with its 95 % t interval over the seeds, the claim in\n"
            "words and a verdict: reproduced when every measure's interval lies where the\n"
            "claim needs it (above 0, or for ope containing 0), else not reproduced.\n"
            "\n"
            "Protocols, with their default size and the small size CI runs:\n"
            + protocolList()
            + "\n"
              "Exit status: 0 reproduced, 3 not reproduced, 1 runtime failure, 2 bad input.");
        return kExitOk;
    }
    const std::string name = parser.positional(0);
    const run::replicate::Protocol *protocol = run::replicate::findProtocol(name);
    if (!protocol) {
        std::string names;
        for (const auto &p : run::replicate::protocols())
            names += (names.empty() ? "" : ", ") + p.name;
        return usageError(kCommand, "unknown protocol '" + name + "'; protocols: " + names);
    }
    std::vector<std::uint64_t> seeds;
    try {
        seeds = run::SweepPlan::parseSeeds(parser.isSet("seeds")
                ? parser.value("seeds")
                : "1.." + std::to_string(protocol->defaultSeeds));
    } catch (const run::SweepError &e) {
        return usageError(kCommand, e.what());
    }
    if (seeds.size() < 2)
        return usageError(kCommand,
            "--seeds: a verdict needs an interval over at least two seeds, got "
                + std::to_string(seeds.size()));
    run::replicate::Size size = protocol->defaultSize;
    std::string error;
    if (!parseSize(parser, "listeners", size.listeners, error)
        || !parseSize(parser, "tracks", size.tracks, error)
        || !parseSize(parser, "days", size.days, error))
        return usageError(kCommand, error);
    try {
        run::replicate::checkSize(*protocol, size);
    } catch (const std::invalid_argument &e) {
        return usageError(kCommand, e.what());
    }
    unsigned threads = 0;
    if (!parseThreadCount(
            "threads", parser.isSet("threads") ? parser.value("threads") : "0", threads, error))
        return usageError(kCommand, error);
    const bool quiet = parser.isSet("quiet");

    std::cout << "replicate " << protocol->name << ": " << protocol->paper << "\n"
              << "size: " << sizeText(size) << "; seeds " << seeds.size() << "\n";
    std::vector<run::replicate::SeedResult> results;
    QElapsedTimer clock;
    clock.start();
    try {
        for (const std::uint64_t seed : seeds) {
            results.push_back(run::replicate::runSeed(*protocol, seed, size, threads));
            std::cout << run::replicate::seedLine(*protocol, results.back()) << std::flush;
            if (!quiet) {
                char seconds[32];
                std::snprintf(seconds, sizeof seconds, "%.1f", double(clock.elapsed()) / 1000.0);
                std::cerr << "seed " << seed << " done (" << seconds << " s)" << std::endl;
            }
        }
    } catch (const std::invalid_argument &e) {
        return usageError(kCommand, e.what());
    } catch (const std::exception &e) {
        return runtimeError(kCommand, e.what());
    }
    const run::replicate::Verdict verdict = run::replicate::judge(*protocol, results);
    std::cout << run::replicate::summaryText(*protocol, verdict) << std::flush;
    if (parser.isSet("json")) {
        const QString path = QString::fromStdString(parser.value("json"));
        QSaveFile file(path);
        const std::string json = run::replicate::jsonReport(*protocol, size, results, verdict);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(json.data(), qint64(json.size())) != qint64(json.size())
            || !file.commit())
            return runtimeError(kCommand,
                "cannot write '" + parser.value("json") + "': " + file.errorString().toStdString());
    }
    return verdict.reproduced ? kExitOk : kExitNotReproduced;
}

} // namespace td::cli
