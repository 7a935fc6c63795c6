// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// tastedrift-cli: a thin dispatcher over the sub-commands of commands.h.
#include "argparser.h"
#include "commands.h"

#include <QCoreApplication>

#include <clocale>
#include <exception>
#include <iostream>

namespace {

const char *const kUsage = "Usage: tastedrift-cli COMMAND [options]\n"
                           "\n"
                           "Commands:\n"
                           "  run       simulate a scenario, write per-day metrics (CSV/JSON)\n"
                           "  schema    print the default scenario, or its reference (--markdown)\n"
                           "  inspect   explain one listener's recommendation stage by stage\n"
                           "  metrics   list every per-day metric column with its description\n"
                           "  sweep     run grid points x seeds in parallel into a run database\n"
                           "  replay    re-simulate a stored run and compare every metric exactly\n"
                           "  merge     combine run databases (e.g. the shards of a sweep)\n"
                           "  summarize mean and 95 % interval of metrics per grid point (CSV)\n"
                           "  replicate run a published result's protocol on seeds: verdict\n"
                           "  runs      list the runs of a run database\n"
                           "  check     list a run database's runs and check it for damage\n"
                           "  als       train implicit ALS on an interaction file\n"
                           "  eval      evaluate recommendations against held-out data\n"
                           "\n"
                           "'tastedrift-cli COMMAND --help' describes a command.\n"
                           "Exit status: 0 success, 1 runtime failure, 2 bad input (replicate:\n"
                           "3 when the claim does not reproduce).\n";

const char *const kCommandList
    = "run, schema, inspect, metrics"
      ", sweep, replay, merge, summarize, replicate, runs, check, als, eval";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tastedrift-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    // QCoreApplication adopts the environment's locale; keep numbers in and out of the C
    // library locale-independent (a decimal comma would change output bytes).
    std::setlocale(LC_NUMERIC, "C");

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        std::cerr << kUsage;
        return td::cli::kExitUsage;
    }
    QString command = args.takeFirst();
    if (command == QLatin1String("help") && !args.isEmpty()) { // `help run` = `run --help`
        command = args.takeFirst();
        args = QStringList { QStringLiteral("--help") };
    }
    try {
        if (command == QLatin1String("--help") || command == QLatin1String("-h")
            || command == QLatin1String("help")) {
            std::cout << kUsage;
            return td::cli::kExitOk;
        }
        if (command == QLatin1String("--version")) {
            std::cout << "tastedrift-cli " << TD_VERSION << "\n";
            return td::cli::kExitOk;
        }
        if (command == QLatin1String("run"))
            return td::cli::runCommand(args);
        if (command == QLatin1String("schema"))
            return td::cli::schemaCommand(args);
        if (command == QLatin1String("inspect"))
            return td::cli::inspectCommand(args);
        if (command == QLatin1String("metrics"))
            return td::cli::metricsCommand(args);
        if (command == QLatin1String("sweep"))
            return td::cli::sweepCommand(args);
        if (command == QLatin1String("replay"))
            return td::cli::replayCommand(args);
        if (command == QLatin1String("merge"))
            return td::cli::mergeCommand(args);
        if (command == QLatin1String("summarize"))
            return td::cli::summarizeCommand(args);
        if (command == QLatin1String("replicate"))
            return td::cli::replicateCommand(args);
        if (command == QLatin1String("runs"))
            return td::cli::runsCommand(args);
        if (command == QLatin1String("check"))
            return td::cli::checkCommand(args);
        if (command == QLatin1String("als"))
            return td::cli::alsCommand(args);
        if (command == QLatin1String("eval"))
            return td::cli::evalCommand(args);
    } catch (const std::exception &e) {
        std::cerr << "tastedrift-cli: internal error: " << e.what() << std::endl;
        return td::cli::kExitFailure;
    }
    std::cerr << "tastedrift-cli: unknown command '" << command.toStdString()
              << "'; commands: " << kCommandList << " (see 'tastedrift-cli --help')" << std::endl;
    return td::cli::kExitUsage;
}
