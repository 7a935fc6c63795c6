// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli merge OUT.sqlite IN1.sqlite IN2.sqlite ...`: combines run databases, e.g.
// the shards of a sweep (docs/sweeps.md).
#include "argparser.h"
#include "commands.h"
#include "storecli.h"

#include "store/sweep/merge.h"

#include <iostream>

namespace td::cli {

namespace {
const std::string kCommand = "merge";
}

int mergeCommand(const QStringList &args)
{
    // ArgParser takes a fixed number of positionals: give it OUT and the first input, keep
    // the other inputs aside (every option here but --journal is a flag).
    QStringList fixed;
    std::vector<std::string> extraInputs;
    int positionals = 0;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool positional
            = optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-");
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (positional && ++positionals > 2) {
            extraInputs.push_back(arg.toStdString());
            continue;
        }
        if (positional && optionsEnded)
            fixed << QStringLiteral("--");
        fixed << arg;
        if (arg == QLatin1String("--journal") && i + 1 < args.size())
            fixed << args.at(++i);
    }
    ArgParser parser(kCommand);
    parser.addPositional("OUT.sqlite", "the database to write (created if missing)");
    parser.addPositional("IN.sqlite", "databases to copy from (one or more; only read)");
    parser.addValue("journal", "MODE", "SQLite journal of OUT, 'wal' or 'delete'");
    parser.addFlag("quiet", "q", "no progress lines on stderr");
    if (!parser.parse(fixed))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli merge --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Copies every run of the inputs (e.g. the shards of a sweep) into OUT, with new\n"
            "run ids in input order. Refuses a sweep run present twice (a shard given twice,\n"
            "or merged already), an input still being written, a damaged input, and OUT as\n"
            "an input; a refused merge leaves no new OUT behind. A sweep that is still\n"
            "incomplete in OUT (planned runs missing or interrupted) is named in a warning.\n"
            "Exit status: 0 success, 1 runtime failure (a damaged database), 2 bad input.");
        return kExitOk;
    }
    std::vector<std::string> inputs { parser.positional(1) };
    inputs.insert(inputs.end(), extraInputs.begin(), extraInputs.end());
    store::OpenOptions options;
    if (parser.isSet("journal")) {
        const auto mode = store::parseJournalMode(parser.value("journal"));
        if (!mode)
            return usageError(kCommand,
                "--journal: expected 'wal' or 'delete', got '" + parser.value("journal") + "'");
        options.journal = *mode;
    }
    const bool quiet = parser.isSet("quiet");
    try {
        const std::string out = parser.positional(0);
        const store::MergeReport report
            = store::mergeInto(out, options, inputs, [&](const std::string &input, int runs) {
                  if (!quiet)
                      std::cerr << "merged " << runs << " runs from " << input << std::endl;
              });
        if (!quiet)
            std::cerr << "merged " << report.copied << " runs into " << out << std::endl;
        // Even with --quiet: a sweep merged incomplete must not look complete.
        for (const store::SweepCompleteness &sweep : report.incompleteSweeps)
            std::cerr << "tastedrift-cli " << kCommand << ": warning: " << sweep.describe()
                      << std::endl;
        return kExitOk;
    } catch (const store::StoreError &e) {
        return storeFailure(kCommand, e);
    }
}

} // namespace td::cli
