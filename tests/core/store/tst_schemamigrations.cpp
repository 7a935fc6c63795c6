// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Schema migrations (core/store/schemamanager.h) and the fixture databases of earlier schema
// versions (tests/fixtures/store/). The pattern for every future version N:
//   1. before changing the schema, keep a database written by version N-1 as
//      tests/fixtures/store/v<N-1>.sqlite (writeFixture below makes one);
//   2. add a test that copies it, opens it (which migrates it) and checks its data.
#include "storetesthelpers.h"
#include "testregistry.h"

#include "sim/modelversion.h"
#include "store/schemamanager.h"
#include "store/storeerror.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace td;
using td::storetest::RawConnection;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TD_SOURCE_DIR "/tests/fixtures/store/") + QLatin1String(name);
}

/// The fixture's content, checked after every migration (tests/fixtures/store/README.md).
constexpr int kFixtureRuns = 2;
constexpr int kFixtureDays = 3;

bool hasColumn(const RawConnection &raw, const QString &table, const QString &column)
{
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

} // namespace

class TestSchemaMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// A writable copy of a fixture in the temporary folder.
    QString copyOf(const char *name, const char *as)
    {
        const QString target = m_dir.filePath(QLatin1String(as));
        QFile::remove(target);
        if (!QFile::copy(fixture(name), target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    /// The released history plus a synthetic next version made of `statements`.
    static std::vector<store::Migration> withNextVersion(std::vector<std::string> statements)
    {
        std::vector<store::Migration> list = store::storeMigrations();
        list.push_back({ kLatest + 1, "test step", std::move(statements) });
        return list;
    }
    static inline const int kLatest = store::latestVersion(store::storeMigrations());

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// Regenerates tests/fixtures/store/v1.sqlite when TD_WRITE_STORE_FIXTURE names the output
    /// file; skipped otherwise. Only ever run before the schema version changes.
    void writeFixture()
    {
        const QByteArray target = qgetenv("TD_WRITE_STORE_FIXTURE");
        if (target.isEmpty())
            QSKIP("set TD_WRITE_STORE_FIXTURE=path/v1.sqlite to regenerate the fixture");
        QFile::remove(QString::fromLocal8Bit(target));
        store::OpenOptions options;
        options.journal = store::JournalMode::Delete; // one self-contained file
        store::RunStore db(target.toStdString(), options);
        sim::Scenario first = storetest::smallScenario(kFixtureDays, 1, 0.01);
        first.title = "fixture run 1";
        storetest::recordRun(db, first, [](sim::Engine &engine) {
            if (engine.currentDay() == 1)
                engine.setParameter("world.listeners.malleability", "0.5");
        });
        sim::Scenario second = storetest::smallScenario(kFixtureDays, 2, 0.01);
        second.title = "fixture run 2";
        storetest::recordRun(db, second);
        RawConnection(QString::fromLocal8Bit(target)).exec(QStringLiteral("VACUUM")); // smaller
    }

    void emptyDatabaseMigratesToTheLatestVersion()
    {
        const QString file = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        {
            RawConnection raw(file); // an empty SQLite file: version 0
            raw.exec(QStringLiteral("PRAGMA user_version = 0"));
        }
        const store::RunStore db(file.toStdString());
        QCOMPARE(kLatest, 4);
        QCOMPARE(db.schemaVersion(), 4);
        QVERIFY(db.hasModelVersion());
        QVERIFY(db.hasProvenance());
        RawConnection raw(file);
        QCOMPARE(raw.exec(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 4);
        for (const char *column : { "git_commit", "plugin_path", "plugin_sha256" })
            QVERIFY(hasColumn(raw, QStringLiteral("runs"), QLatin1String(column)));
        QVERIFY(hasColumn(raw, QStringLiteral("runs"), QStringLiteral("model_version")));
        QVERIFY(hasColumn(raw, QStringLiteral("events"), QStringLiteral("device")));
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA application_id")).toInt(), 1413772148);
        for (const char *table :
            { "runs", "sweeps", "day_metrics", "annotations", "cohort_retention", "events" })
            QCOMPARE(raw.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                  .arg(QLatin1String(table)))
                         .toInt(),
                1);
    }

    void fixtureV1MigratesToTheLatestWithItsData()
    {
        const QString file = copyOf("v1.sqlite", "v1-copy.sqlite");
        QVERIFY(!file.isEmpty());
        store::RunStore db(file.toStdString());
        QCOMPARE(db.schemaVersion(), 4);
        QVERIFY(db.hasModelVersion());
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        const std::vector<store::RunInfo> runs = db.runs();
        QCOMPARE(int(runs.size()), kFixtureRuns);
        for (const store::RunInfo &r : runs) {
            // Version 1 did not record the simulation model: unknown, not this build's.
            QVERIFY(!r.modelVersion);
            QCOMPARE(r.status, store::RunStatus::Complete);
            QCOMPARE(r.daysDone, kFixtureDays);
            const auto days = db.dayMetrics(r.id);
            QCOMPARE(int(days.size()), kFixtureDays);
            QVERIFY(days[0].values.size() >= 20); // the catalogue of version 1 had 20
            // The stored scenario still parses (fields are only ever added).
            QCOMPARE(sim::parseScenario(r.scenarioJson).run.days, kFixtureDays);
        }
        const auto annotations = db.annotations(runs[0].id);
        QCOMPARE(annotations.size(), std::size_t(1));
        QCOMPARE(annotations[0].day, 1);
        QCOMPARE(annotations[0].path, std::string("world.listeners.malleability"));
        QVERIFY(db.eventCount(runs[0].id) > 0);
        // A run recorded now records this build's model.
        const long long id = storetest::recordRun(db, storetest::smallScenario(1));
        QCOMPARE(db.run(id).modelVersion, std::optional<int>(sim::kModelVersion));
        RawConnection raw(file);
        QCOMPARE(raw.exec(QStringLiteral("SELECT model_version FROM runs WHERE id = %1").arg(id))
                     .toInt(),
            sim::kModelVersion);
        QVERIFY(raw.exec(QStringLiteral("SELECT model_version FROM runs WHERE id = 1")).isNull());
    }

    void fixtureV2MigratesToV3WithItsData()
    {
        const QString file = copyOf("v2.sqlite", "v2-copy.sqlite");
        QVERIFY(!file.isEmpty());
        store::RunStore db(file.toStdString());
        QCOMPARE(db.schemaVersion(), 4);
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        const std::vector<store::RunInfo> runs = db.runs();
        QCOMPARE(int(runs.size()), kFixtureRuns);
        for (const store::RunInfo &r : runs) {
            QCOMPARE(r.modelVersion, std::optional<int>(1)); // written by simulation model 1
            QCOMPARE(r.status, store::RunStatus::Complete);
            QCOMPARE(r.daysDone, kFixtureDays);
            QCOMPARE(int(db.dayMetrics(r.id).size()), kFixtureDays);
            QCOMPARE(sim::parseScenario(r.scenarioJson).run.days, kFixtureDays);
        }
        // Events of version 2 have no device: read back as the default.
        std::vector<events::Context> contexts;
        const auto old = db.events(runs[0].id, 1, &contexts);
        QVERIFY(!old.empty());
        QCOMPARE(contexts.size(), old.size());
        for (const events::Event &e : old)
            QCOMPARE(e.device, events::Device::Phone);
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("SELECT device FROM events LIMIT 1")).isNull());
        // A run recorded now records every event's device.
        const long long id = storetest::recordRun(db, storetest::smallScenario(2, 3, 0.05));
        QCOMPARE(raw.exec(QStringLiteral("SELECT count(*) FROM events WHERE run_id = %1 AND "
                                         "device IS NULL")
                              .arg(id))
                     .toInt(),
            0);
        QVERIFY(raw.exec(QStringLiteral("SELECT count(DISTINCT device) FROM events WHERE run_id = "
                                        "%1")
                             .arg(id))
                    .toInt()
            > 1);
    }

    void fixtureV3MigratesToV4WithItsData()
    {
        const QString file = copyOf("v3.sqlite", "v3-copy.sqlite");
        QVERIFY(!file.isEmpty());
        {
            RawConnection before(file);
            QCOMPARE(
                before.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 3);
            QVERIFY(!hasColumn(before, QStringLiteral("runs"), QStringLiteral("git_commit")));
        }
        store::RunStore db(file.toStdString());
        QCOMPARE(db.schemaVersion(), 4);
        QVERIFY(db.hasProvenance());
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        const std::vector<store::RunInfo> runs = db.runs();
        QCOMPARE(int(runs.size()), kFixtureRuns);
        for (const store::RunInfo &r : runs) {
            QCOMPARE(r.modelVersion, std::optional<int>(2)); // written by simulation model 2
            QCOMPARE(r.status, store::RunStatus::Complete);
            QCOMPARE(r.daysDone, kFixtureDays);
            QCOMPARE(int(db.dayMetrics(r.id).size()), kFixtureDays);
            QCOMPARE(sim::parseScenario(r.scenarioJson).run.days, kFixtureDays);
            // Version 3 did not record provenance: unknown, read back as empty.
            QVERIFY(r.gitCommit.empty());
            QVERIFY(r.pluginPath.empty());
            QVERIFY(r.pluginSha256.empty());
        }
        std::vector<events::Context> contexts;
        QVERIFY(!db.events(runs[0].id, 1, &contexts).empty());
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("SELECT git_commit FROM runs WHERE id = 1")).isNull());
        // A run recorded now records the commit of this build; not a plugin run: no plugin.
        const long long id = storetest::recordRun(db, storetest::smallScenario(1));
        const store::RunInfo now = db.run(id);
        const QRegularExpression commit(QStringLiteral("^(unknown|[0-9a-f]{40}(-dirty)?)$"));
        QVERIFY2(
            commit.match(QString::fromStdString(now.gitCommit)).hasMatch(), now.gitCommit.c_str());
        QCOMPARE(raw.exec(QStringLiteral("SELECT git_commit FROM runs WHERE id = %1").arg(id))
                     .toString()
                     .toStdString(),
            now.gitCommit);
        QVERIFY(now.pluginPath.empty());
        QVERIFY(raw.exec(QStringLiteral("SELECT plugin_sha256 FROM runs WHERE id = %1").arg(id))
                    .isNull());
    }

    void syntheticNextVersionMigrates()
    {
        const QString file = copyOf("v1.sqlite", "v-next.sqlite");
        const auto migrations = withNextVersion(
            { "ALTER TABLE runs ADD COLUMN note TEXT", "UPDATE runs SET note = 'from v1'" });
        store::OpenOptions options;
        options.migrations = &migrations;
        {
            const store::RunStore db(file.toStdString(), options);
            QCOMPARE(db.schemaVersion(), kLatest + 1);
            QCOMPARE(int(db.runs().size()), kFixtureRuns);
        }
        RawConnection raw(file);
        QCOMPARE(
            raw.exec(QStringLiteral("SELECT count(*) FROM runs WHERE note = 'from v1'")).toInt(),
            kFixtureRuns);
        QCOMPARE(raw.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
            kLatest + 1);
    }

    void failingStepRollsBackCompletely()
    {
        const QString file = copyOf("v1.sqlite", "v-next-fail.sqlite");
        // The first statement succeeds, the second fails: the first must be undone too.
        const auto migrations = withNextVersion(
            { "ALTER TABLE runs ADD COLUMN note TEXT", "INSERT INTO no_such_table VALUES (1)" });
        store::OpenOptions options;
        options.migrations = &migrations;
        bool threw = false;
        try {
            store::RunStore db(file.toStdString(), options);
        } catch (const store::StoreError &e) {
            threw = true;
            QVERIFY2(QString::fromUtf8(e.what()).contains(
                         QStringLiteral("from version %1 to %2 (nothing was changed)")
                             .arg(kLatest)
                             .arg(kLatest + 1)),
                e.what());
        }
        QVERIFY(threw);
        RawConnection raw(file);
        // The released steps before it stay applied; the failing one left no trace.
        QCOMPARE(
            raw.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), kLatest);
        QVERIFY(!hasColumn(raw, QStringLiteral("runs"), QStringLiteral("note")));
        QCOMPARE(raw.exec(QStringLiteral("SELECT count(*) FROM runs")).toInt(), kFixtureRuns);
        QCOMPARE(
            raw.exec(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void migratedDatabaseIsNewerForThisBuild()
    {
        const QString file = copyOf("v1.sqlite", "v-next-newer.sqlite");
        const auto migrations = withNextVersion({ "CREATE TABLE extra (x INTEGER)" });
        store::OpenOptions options;
        options.migrations = &migrations;
        {
            const store::RunStore db(file.toStdString(), options);
        }
        const QByteArray before = storetest::fileBytes(file);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store::RunStore(file.toStdString()));
        QCOMPARE(storetest::fileBytes(file), before);
    }

    void readOnlyOpenReadsAnOlderSchemaWithoutMigrating()
    {
        // Reading commands work on a copy nobody may write (issue 16, item 14), so a read-only
        // open reads an older schema as it is instead of asking for an upgrade.
        const QString file = copyOf("v1.sqlite", "v1-readonly.sqlite");
        const QByteArray before = storetest::fileBytes(file);
        store::OpenOptions options;
        options.readOnly = true;
        {
            const store::RunStore db(file.toStdString(), options);
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(!db.hasModelVersion());
            const auto runs = db.runs();
            QCOMPARE(int(runs.size()), kFixtureRuns);
            QVERIFY(!runs[0].modelVersion);
            QCOMPARE(int(db.dayMetrics(runs[0].id).size()), kFixtureDays);
        }
        QCOMPARE(storetest::fileBytes(file), before);
        RawConnection raw(file);
        QCOMPARE(raw.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 1);
    }

    void schemaVersionIsRead64Bit_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("message");
        // 4294967297 = 2^32 + 1: a 32-bit read sees 1 and would write to the file.
        QTest::newRow("2^32 + 1") << QStringLiteral("4294967297")
                                  << QStringLiteral("has schema version 4294967297, newer than "
                                                    "this TasteDrift knows (4)");
        QTest::newRow("2^63 - 1") << QStringLiteral("9223372036854775807")
                                  << QStringLiteral("has schema version 9223372036854775807");
        // The only row (`version` is the rowid, so it holds integers only).
        QTest::newRow("negative") << QStringLiteral("-1")
                                  << QStringLiteral("has an invalid schema version ('-1')");
    }
    void schemaVersionIsRead64Bit()
    {
        QFETCH(QString, version);
        QFETCH(QString, message);
        const QString file = copyOf("v1.sqlite", "v-64.sqlite");
        {
            RawConnection raw(file);
            if (version.startsWith(QLatin1Char('-')))
                raw.exec(QStringLiteral("DELETE FROM schema_version"));
            raw.exec(QStringLiteral("INSERT INTO schema_version (version, applied, description)"
                                    " VALUES (%1, 'x', 'y')")
                         .arg(version));
        }
        const QByteArray before = storetest::fileBytes(file);
        for (bool readOnly : { false, true }) {
            store::OpenOptions options;
            options.readOnly = readOnly;
            try {
                store::RunStore db(file.toStdString(), options);
                QFAIL("opened");
            } catch (const store::StoreError &e) {
                QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
                QVERIFY(e.isBadInput());
            }
        }
        QCOMPARE(storetest::fileBytes(file), before); // never written to
    }
};

TD_REGISTER_TEST(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
