// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QStringList>

/// Running the built tastedrift-cli (TD_CLI_PATH) from the CLI tests: tst_cli.cpp,
/// tst_cliplugin.cpp, tst_clireplicate.cpp. (The run-store tests have their own, which can
/// also drop to the user nobody: tests/core/store/clitesthelpers.h.)
namespace td::clirun {

/// What the CLI did; exitCode -1 if it crashed or did not finish within four minutes.
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI with `args`; `environment` holds NAME=VALUE entries added to this process's.
inline Result runCli(const QStringList &args, const QStringList &environment = {})
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0),
                assignment.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(TD_CLI_PATH), args);
    Result r;
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace td::clirun
