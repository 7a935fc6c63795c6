// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include <QProcessEnvironment>

namespace td::faults {

QString RunResult::describe(const QStringList &args) const
{
    return QStringLiteral("%1 -> %2 %3; stderr: %4")
        .arg(args.join(QLatin1Char(' ')),
            crashed ? QStringLiteral("crashed/hung") : QStringLiteral("exit"))
        .arg(exitCode)
        .arg(QString::fromUtf8(err.left(400)).trimmed());
}

RunResult runProgram(const QString &program, const QStringList &args, const QStringList &env,
    int timeoutMs, const QString &workingDirectory)
{
    QProcess process;
    if (!env.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &assignment : env)
            environment.insert(assignment.section(QLatin1Char('='), 0, 0),
                assignment.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(environment);
    }
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    RunResult r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        r.crashed = true;
    } else {
        r.crashed = process.exitStatus() != QProcess::NormalExit;
        r.exitCode = process.exitCode();
    }
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

RunResult runCli(const QStringList &args, const QStringList &env, int timeoutMs)
{
    return runProgram(QStringLiteral(TD_CLI_PATH), args, env, timeoutMs);
}

bool isCrash(const RunResult &r)
{
    return r.crashed || r.exitCode < 0 || r.exitCode > 2;
}

QByteArray lastLine(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    return trimmed.mid(trimmed.lastIndexOf('\n') + 1);
}

bool isClearRefusal(const RunResult &r, const QByteArray &prefix)
{
    // Progress lines (als, replay) and Qt's own notes (the GUI) may come first; the error is
    // the last line and names the program.
    return !isCrash(r) && (r.exitCode == 1 || r.exitCode == 2)
        && (lastLine(r.err).startsWith(prefix + ": ") || lastLine(r.err).startsWith(prefix + " "));
}

} // namespace td::faults
