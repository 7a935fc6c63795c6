// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storetesthelpers.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <grp.h>
#include <unistd.h>

/// Running tastedrift-cli from the run-store tests (tst_storecli.cpp, tst_storeclifaults.cpp;
/// TD_CLI_PATH names the executable).
namespace td::clitest {

using td::storetest::RawConnection;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI. `asNobody`: when the test runs as root (CI containers), the child drops to
/// the user nobody, for whom file permissions are real (root writes to read-only files).
inline Result runCli(const QStringList &args, const QStringList &env = {}, bool asNobody = false)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : env)
        environment.insert(
            assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    if (asNobody && ::geteuid() == 0)
        process.setChildProcessModifier([] {
            const gid_t nobodyGroup = 65534;
            if (::setgroups(1, &nobodyGroup) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    process.start(QStringLiteral(TD_CLI_PATH), args);
    Result r;
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

inline QString text(const Result &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

/// What the CLI test classes share: a temporary folder with two scenarios (a small one and
/// one slow enough to be killed in the middle), and databases made through the CLI.
class CliFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_small; ///< 300 listeners, 800 tracks, 4 days
    QString m_slow; ///< long enough to be killed in the middle

    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &file, const QByteArray &content)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    /// A database holding one complete run, for the bad-input cases.
    QString databaseWithOneRun(const QString &name)
    {
        const QString file = path(name);
        const Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), file,
            QStringLiteral("--quiet") });
        return r.exitCode == 0 ? file : QString();
    }
    int runCount(const QString &file)
    {
        RawConnection raw(file);
        return raw.exec(QStringLiteral("SELECT count(*) FROM runs")).toInt();
    }
    /// Whether the CLI can be run as the user nobody (needed where the test runs as root and
    /// file permissions must bind); makes the test folder traversable for nobody.
    bool canRunAsNobody()
    {
        if (::geteuid() != 0)
            return true;
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        return runCli({ QStringLiteral("--version") }, {}, true).exitCode == 0;
    }
    /// Starts `run` of the slow scenario into `db` and waits until day 2 is committed.
    bool startSlowRun(QProcess &process, const QString &db)
    {
        process.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("run"), m_slow, QStringLiteral("--db"), db,
                QStringLiteral("--threads"), QStringLiteral("1") });
        if (!process.waitForStarted())
            return false;
        QByteArray err;
        QDeadlineTimer deadline(120000);
        while (!err.contains("day 2/") && !deadline.hasExpired()
            && process.state() == QProcess::Running) {
            process.waitForReadyRead(1000);
            err += process.readAllStandardError();
        }
        return err.contains("day 2/");
    }
    /// The shards of a 2 x 2 x 2 sweep (8 runs of 2 days), made once.
    void makeShards()
    {
        if (QFile::exists(path(QStringLiteral("part-2.sqlite"))))
            return;
        for (const char *shard : { "1/2", "2/2" }) {
            const QString db = path(QStringLiteral("part-%1.sqlite").arg(QLatin1Char(shard[0])));
            const Result r = runCli({ QStringLiteral("sweep"), m_small, QStringLiteral("--grid"),
                QStringLiteral("recommender.kind=random,popular"), QStringLiteral("--grid"),
                QStringLiteral("world.listeners.malleability=0.1,0.5"), QStringLiteral("--seeds"),
                QStringLiteral("1,2"), QStringLiteral("--days"), QStringLiteral("2"),
                QStringLiteral("--shard"), QString::fromLatin1(shard), QStringLiteral("--db"), db,
                QStringLiteral("-q") });
            QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        }
    }

    /// Call from initTestCase().
    void setUpFixture()
    {
        QVERIFY(m_dir.isValid());
        m_small = path(QStringLiteral("small.json"));
        write(m_small, R"({ "title": "small", "run": { "days": 4, "seed": 3 },
            "world": { "listeners": { "count": 300 }, "catalog": { "tracks": 800 } },
            "recommender": { "kind": "popular" }, "events": { "sample_rate": 0.1 } })");
        m_slow = path(QStringLiteral("slow.json"));
        write(m_slow, R"({ "title": "slow", "run": { "days": 1000, "seed": 1 },
            "world": { "listeners": { "count": 4000 }, "catalog": { "tracks": 2000 } },
            "recommender": { "kind": "popular" } })");
    }
};

} // namespace td::clitest
