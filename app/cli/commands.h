// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// Sub-commands of tastedrift-cli. Each receives the arguments after its name and returns
/// the process exit code (0 success, 1 runtime failure, 2 bad input/usage). Each prints a
/// one-line clear error on stderr for bad input, and `--help` usage on stdout.
namespace td::cli {

int runCommand(const QStringList &args); ///< run SCENARIO.json [...] (cmd_run.cpp)
int schemaCommand(const QStringList &args); ///< schema [--markdown] (cmd_schema.cpp)
int inspectCommand(
    const QStringList &args); ///< inspect SCENARIO --day D --listener L (cmd_inspect.cpp)
int alsCommand(const QStringList &args); ///< als --train FILE ... (cmd_als.cpp)
int evalCommand(const QStringList &args); ///< eval --recs R --test T --k K (cmd_eval.cpp)
int replayCommand(const QStringList &args); ///< replay DB RUN_ID (cmd_replay.cpp)
int sweepCommand(const QStringList &args); ///< sweep SCENARIO --grid ... --db OUT (cmd_sweep.cpp)
int mergeCommand(const QStringList &args); ///< merge OUT IN1 IN2 ... (cmd_merge.cpp)
int summarizeCommand(const QStringList &args); ///< summarize DB --csv FILE (cmd_summarize.cpp)
int runsCommand(const QStringList &args); ///< runs DB (cmd_runs.cpp)
int checkCommand(const QStringList &args); ///< check DB (cmd_check.cpp)
int metricsCommand(const QStringList &args); ///< metrics [--csv] (cmd_metrics.cpp)
/// replicate NAME [--seeds ...] (cmd_replicate.cpp); exits 3 when the claim does not reproduce
int replicateCommand(const QStringList &args);

} // namespace td::cli
