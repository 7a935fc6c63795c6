// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The faults of issue 16 through tastedrift-cli, each with its reproducer: `check`; the three
// damages (storedamage.h) through every command; read-only copies; a live run whose lock file
// was deleted; schema version 2^32 + 1; replay of a run of another simulation model; merges
// of incomplete sweeps, and refused merges that must leave no file (docs/store.md,
// docs/sweeps.md, docs/cli.md).
#include "clitesthelpers.h"
#include "storedamage.h"
#include "testregistry.h"

#include "sim/modelversion.h"
#include "store/runlock.h"

using namespace td;
using namespace td::clitest;

class TestStoreCliFaults : public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFixture(); }

    void checkListsRunsAndSaysOk()
    {
        const QString file = databaseWithOneRun(QStringLiteral("check.sqlite"));
        QVERIFY(!file.isEmpty());
        const Result r = runCli({ QStringLiteral("check"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QCOMPARE(r.out,
            QByteArray("1 complete 4/4 ") + QByteArray::number(sim::kModelVersion)
                + "\nintegrity ok\n");
        QVERIFY(r.err.isEmpty());
    }

    void damagedDatabase_data()
    {
        QTest::addColumn<storetest::Damage>("how");
        for (auto how : { storetest::Damage::FlipMiddle64, storetest::Damage::ZeroPage500,
                 storetest::Damage::FlipRandomBits200 })
            QTest::newRow(storetest::damageName(how)) << how;
    }
    void damagedDatabase()
    {
        // Issue 16, item 2: every reproducer, through every command.
        QFETCH(storetest::Damage, how);
        const QString file = path(QStringLiteral("damaged.sqlite"));
        QFile::remove(file);
        QVERIFY(storetest::makeLargeStore(file));
        QVERIFY(storetest::damage(file, how));
        const QByteArray before = storetest::fileBytes(file);
        const QByteArray named = "database '" + file.toUtf8() + "' is damaged (";

        // Writing: refused, one line naming the file, nothing appended.
        Result r = runCli({ QStringLiteral("run"), m_small, QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli run: " + named), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        // Reading: a warning naming the file, then what can be read, and exit 1.
        r = runCli({ QStringLiteral("runs"), file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli runs: warning: " + named), r.err.constData());
        QVERIFY(r.out.startsWith("id\tstatus\t"));
        r = runCli(
            { QStringLiteral("summarize"), file, QStringLiteral("--csv"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli summarize: " + named)
                || r.err.startsWith("tastedrift-cli summarize: warning: " + named),
            r.err.constData());
        // check: the runs it can list, then the verdict.
        r = runCli({ QStringLiteral("check"), file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("integrity damaged: "), r.out.constData());
        // merge: the damaged input is blamed, not OUT, and no OUT is left behind.
        const QString out = path(QStringLiteral("merged-from-damaged.sqlite"));
        r = runCli({ QStringLiteral("merge"), out, file });
        QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli merge: " + named), r.err.constData());
        QVERIFY(!r.err.contains("'" + out.toUtf8() + "' is"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void readOnlyDatabaseIsRead()
    {
        // Issue 16, item 14: a read-only copy (file and folder) of a WAL database.
        if (!canRunAsNobody())
            QSKIP("cannot run the CLI as user nobody here");
        QTemporaryDir sub(m_dir.filePath(QStringLiteral("rocopy-XXXXXX")));
        QVERIFY(sub.isValid());
        const QString file = sub.filePath(QStringLiteral("runs.sqlite"));
        QVERIFY(QFile::copy(databaseWithOneRun(QStringLiteral("rocopy-source.sqlite")), file));
        const auto read = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto exec = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QFile::setPermissions(file, read);
        QFile::setPermissions(sub.path(), read | exec);
        const QByteArray before = storetest::fileBytes(file);
        for (const QStringList &args : { QStringList { QStringLiteral("runs"), file },
                 QStringList {
                     QStringLiteral("replay"), file, QStringLiteral("1"), QStringLiteral("-q") },
                 QStringList { QStringLiteral("summarize"), file, QStringLiteral("--csv"),
                     QStringLiteral("-") },
                 QStringList { QStringLiteral("check"), file } }) {
            const Result r = runCli(args, {}, true);
            QVERIFY2(r.exitCode == 0, qPrintable(args.first() + QLatin1Char(' ') + text(r)));
            QVERIFY(!r.out.isEmpty());
        }
        QFile::setPermissions(sub.path(), read | exec | QFile::WriteOwner);
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void deletedLockFileKeepsTheRunLive()
    {
        // Issue 16, item 12: `runs` marked a live run interrupted once its lock file was
        // deleted, and a merge meanwhile copied it as partial.
        const QString db = path(QStringLiteral("nolockfile.sqlite"));
        QProcess process;
        QVERIFY(startSlowRun(process, db));
        QVERIFY(
            QFile::remove(QString::fromStdString(store::RunLock::lockPath(db.toStdString(), 1))));
        Result r = runCli({ QStringLiteral("runs"), db });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains("\n1\trunning\t"), r.out.constData());
        const QString out = path(QStringLiteral("merged-live.sqlite"));
        r = runCli({ QStringLiteral("merge"), out, db });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QVERIFY(r.err.contains("is still being written by another process"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished(30000));
        r = runCli({ QStringLiteral("runs"), db });
        QVERIFY2(r.out.contains("\n1\tinterrupted\t"), r.out.constData());
    }

    void schemaVersionBeyond32Bits()
    {
        // Issue 16, item 11: version 4294967297 was read as 1 and the file written to.
        const QString file = databaseWithOneRun(QStringLiteral("v4294967297.sqlite"));
        QVERIFY(!file.isEmpty());
        RawConnection(file).exec(QStringLiteral("INSERT INTO schema_version (version, applied,"
                                                " description) VALUES (4294967297, 'x', 'y')"));
        const QByteArray before = storetest::fileBytes(file);
        for (const QStringList &args :
            { QStringList { QStringLiteral("run"), m_small, QStringLiteral("--db"), file },
                QStringList { QStringLiteral("runs"), file } }) {
            const Result r = runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
            QVERIFY2(r.err.contains("has schema version 4294967297, newer than this TasteDrift"),
                r.err.constData());
        }
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void replayOfAnotherModelSaysSo()
    {
        const QString file = databaseWithOneRun(QStringLiteral("othermodel.sqlite"));
        QVERIFY(!file.isEmpty());
        RawConnection(file).exec(
            QStringLiteral("UPDATE runs SET model_version = %1").arg(sim::kModelVersion + 1));
        const Result r = runCli({ QStringLiteral("replay"), file, QStringLiteral("1") });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QCOMPARE(r.err,
            QStringLiteral("tastedrift-cli replay: run 1 was not replayed: recorded by simulation "
                           "model %1, this build is %2: numbers are expected to differ\n")
                .arg(sim::kModelVersion + 1)
                .arg(sim::kModelVersion)
                .toUtf8());
        QVERIFY(r.out.isEmpty()); // no "mismatch" line
    }

    void incompleteSweepIsNamed()
    {
        // Issue 16, item 10: merging a killed (or missing) shard said only "merged N runs".
        makeShards();
        const QString merged = path(QStringLiteral("half.sqlite"));
        Result r = runCli({ QStringLiteral("merge"), merged, path(QStringLiteral("part-1.sqlite")),
            QStringLiteral("-q") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.err.startsWith("tastedrift-cli merge: warning: sweep "), r.err.constData());
        QVERIFY2(r.err.contains(": 4 of 8 planned runs complete; 4 missing: item 1 ("),
            r.err.constData());
        r = runCli(
            { QStringLiteral("summarize"), merged, QStringLiteral("--csv"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
        QVERIFY2(r.err.contains("summarize: warning: sweep ") && r.err.contains("4 missing"),
            r.err.constData());
        // The other half: whole, and silent.
        r = runCli({ QStringLiteral("merge"), merged, path(QStringLiteral("part-2.sqlite")),
            QStringLiteral("-q") });
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(text(r)));
        r = runCli(
            { QStringLiteral("summarize"), merged, QStringLiteral("--csv"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(text(r)));
    }

    void refusedMergeLeavesNothing()
    {
        makeShards();
        const QString out = path(QStringLiteral("never.sqlite"));
        const QString shard = path(QStringLiteral("part-1.sqlite"));
        const QString copy = path(QStringLiteral("part-1-copy.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(shard, copy));
        const Result r = runCli({ QStringLiteral("merge"), out, shard, copy });
        QVERIFY2(r.exitCode == 2, qPrintable(text(r)));
        QVERIFY(r.err.contains("both hold item"));
        for (const char *suffix : { "", "-wal", "-shm" })
            QVERIFY2(!QFile::exists(out + QLatin1String(suffix)), suffix);
    }
};

TD_REGISTER_TEST(TestStoreCliFaults)
#include "tst_storeclifaults.moc"
