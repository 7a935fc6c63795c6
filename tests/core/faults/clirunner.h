// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "faulttally.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace td::faults {

/// One finished (or killed) process.
struct RunResult
{
    bool crashed = false; ///< a signal, or a timeout (a hang is a failure too)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe(const QStringList &args) const;
};

/// Runs `program` with `args`, extra environment `env` ("NAME=value") and a time limit.
RunResult runProgram(const QString &program, const QStringList &args, const QStringList &env = {},
    int timeoutMs = 120000, const QString &workingDirectory = {});

/// The CLI built next to this test (TD_CLI_PATH).
RunResult runCli(const QStringList &args, const QStringList &env = {}, int timeoutMs = 120000);

/// How a refusal must look (docs/cli.md): exit 1 or 2, the error as the last line of stderr,
/// starting with the program's name ("tastedrift-cli run: ..."). Exit 0 is not a refusal;
/// anything else is a crash.
bool isClearRefusal(const RunResult &r, const QByteArray &prefix = "tastedrift-cli");
bool isCrash(const RunResult &r);
/// The last non-empty line of `text`.
QByteArray lastLine(const QByteArray &text);

} // namespace td::faults
