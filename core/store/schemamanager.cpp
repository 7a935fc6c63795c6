// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/schemamanager.h"

#include "store/sqltransaction.h"
#include "store/sqlutil.h"

#include <QVariant>

#include <algorithm>
#include <iterator>

namespace td::store {

namespace {

// The steps are constant-initialised arrays, not std::vector: storeMigrations() may be called
// during another translation unit's static initialisation, before dynamic globals exist.

/// Version 1: every table of docs/store.md. Metrics are in long format (one row per run, day
/// and metric) so that metrics added later need no migration. `day_metrics.value` has no
/// declared type on purpose: with REAL affinity SQLite stores a whole-number double as an
/// integer and -0.0 comes back as +0.0; without affinity it keeps the 8 bytes of the double
/// exactly, which exact replay needs (NaN, undefined, is NULL).
const char *const kVersion1[] = {
    "CREATE TABLE schema_version ("
    " version INTEGER PRIMARY KEY,"
    " applied TEXT NOT NULL,"
    " description TEXT NOT NULL)",
    "CREATE TABLE sweeps ("
    " id TEXT PRIMARY KEY,"
    " definition TEXT NOT NULL,"
    " created TEXT NOT NULL)",
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " name TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " finished TEXT,"
    " status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'interrupted')),"
    " app_version TEXT NOT NULL,"
    " scenario TEXT NOT NULL,"
    " base_dir TEXT NOT NULL DEFAULT '',"
    " seed TEXT NOT NULL,"
    " days_total INTEGER NOT NULL,"
    " days_done INTEGER NOT NULL DEFAULT 0,"
    " sweep_id TEXT REFERENCES sweeps (id),"
    " sweep_item INTEGER,"
    " grid_point TEXT)",
    "CREATE INDEX runs_sweep ON runs (sweep_id, sweep_item)",
    "CREATE TABLE day_metrics ("
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " day INTEGER NOT NULL,"
    " metric TEXT NOT NULL,"
    " value,"
    " PRIMARY KEY (run_id, day, metric)) WITHOUT ROWID",
    "CREATE TABLE annotations ("
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " day INTEGER NOT NULL,"
    " seq INTEGER NOT NULL,"
    " path TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " PRIMARY KEY (run_id, day, seq)) WITHOUT ROWID",
    "CREATE TABLE cohort_retention ("
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " day INTEGER NOT NULL,"
    " cohort_day INTEGER NOT NULL,"
    " days_since_signup INTEGER NOT NULL,"
    " signed_up INTEGER NOT NULL,"
    " active INTEGER NOT NULL,"
    " PRIMARY KEY (run_id, day, cohort_day)) WITHOUT ROWID",
    "CREATE TABLE events ("
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " day INTEGER NOT NULL,"
    " seq INTEGER NOT NULL,"
    " hour REAL NOT NULL,"
    " listener INTEGER NOT NULL,"
    " track INTEGER,"
    " listen_ms INTEGER NOT NULL,"
    " propensity REAL NOT NULL,"
    " surface TEXT NOT NULL,"
    " context TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " policy INTEGER NOT NULL,"
    " explored INTEGER NOT NULL,"
    " candidate_source INTEGER NOT NULL,"
    " PRIMARY KEY (run_id, day, seq)) WITHOUT ROWID",
    // 'TDst': lets tools tell a TasteDrift store from other SQLite files.
    "PRAGMA application_id = 1413772148",
};

bool hasTable(const QSqlDatabase &db, const std::string &path, const QString &name)
{
    QSqlQuery query = prepareQuery(db, path,
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    execQuery(query, path, "cannot read the schema");
    return query.next() && query.value(0).toInt() > 0;
}

} // namespace

/// Version 2: the simulation model that computed a run (td::sim::kModelVersion), so that a
/// replay by a build with another model says so instead of reporting a mismatch. NULL for
/// the runs of version 1: unknown.
const char *const kVersion2[] = {
    "ALTER TABLE runs ADD COLUMN model_version INTEGER",
};

/// Version 3: the device each event was played on (events::Device; the state trap). NULL for
/// the events of earlier versions: unknown (read back as the default, phone). The `context`
/// column keeps the session's true context: the store is on the engine's side of the truth.
const char *const kVersion3[] = {
    "ALTER TABLE events ADD COLUMN device TEXT",
};

/// Version 4: the provenance of a run (issue 20): the git commit of the build that recorded it
/// ("unknown" outside a git checkout; "-dirty" when it had uncommitted changes) and, for
/// plugin runs (recommender.kind = plugin), the plugin library's path and SHA-256 (replay
/// refuses a run whose plugin changed). NULL for runs of earlier versions: unknown.
const char *const kVersion4[] = {
    "ALTER TABLE runs ADD COLUMN git_commit TEXT",
    "ALTER TABLE runs ADD COLUMN plugin_path TEXT",
    "ALTER TABLE runs ADD COLUMN plugin_sha256 TEXT",
};

const std::vector<Migration> &storeMigrations()
{
    static const std::vector<Migration> migrations {
        { 1, "runs, sweeps, day metrics, annotations, cohort retention, sampled events",
            { std::begin(kVersion1), std::end(kVersion1) } },
        { 2, "runs.model_version", { std::begin(kVersion2), std::end(kVersion2) } },
        { 3, "events.device", { std::begin(kVersion3), std::end(kVersion3) } },
        { 4, "runs.git_commit, runs.plugin_path, runs.plugin_sha256",
            { std::begin(kVersion4), std::end(kVersion4) } },
    };
    return migrations;
}

int latestVersion(const std::vector<Migration> &migrations)
{
    int latest = 0;
    for (const Migration &m : migrations)
        latest = std::max(latest, m.version);
    return latest;
}

long long SchemaManager::currentVersion() const
{
    // The first real query: QSQLITE "opens" any file, SQLite only reads the header now and
    // says SQLITE_NOTADB for a file that is not a database.
    QSqlQuery count = execSql(m_db, m_path, QStringLiteral("SELECT count(*) FROM sqlite_master"),
        "cannot read the schema");
    const int objects = count.next() ? count.value(0).toInt() : 0;
    if (!hasTable(m_db, m_path, QStringLiteral("schema_version"))) {
        if (objects == 0)
            return 0;
        throw StoreError(StoreError::Kind::NotADatabase,
            "'" + m_path
                + "' is an SQLite database but not a TasteDrift run store (it has no "
                  "schema_version table)");
    }
    // 64 bits: version 4294967297 must not read as 1 (issue 16, item 11).
    QSqlQuery version = execSql(m_db, m_path,
        QStringLiteral("SELECT typeof(MAX(version)), MAX(version) FROM schema_version"),
        "cannot read the schema version");
    if (!version.next() || version.value(0).toString() == QLatin1String("null"))
        return 0;
    bool ok = false;
    const long long value = version.value(1).toLongLong(&ok);
    if (version.value(0).toString() != QLatin1String("integer") || !ok || value < 0)
        throw StoreError(StoreError::Kind::NotADatabase,
            "database '" + m_path + "' has an invalid schema version ('"
                + version.value(1).toString().toStdString() + "')");
    return value;
}

void SchemaManager::upgrade(const std::vector<Migration> &migrations)
{
    const int known = latestVersion(migrations);
    long long version = currentVersion();
    if (version > known)
        throw StoreError(StoreError::Kind::NewerSchema,
            "database '" + m_path + "' has schema version " + std::to_string(version)
                + ", newer than this TasteDrift knows (" + std::to_string(known)
                + "); open it with a newer TasteDrift");
    std::vector<Migration> steps = migrations;
    std::sort(steps.begin(), steps.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (const Migration &step : steps) {
        if (step.version <= version)
            continue;
        SqlTransaction transaction(m_db, m_path);
        // Another process may have upgraded while we waited for the write lock.
        version = currentVersion();
        if (step.version <= version)
            continue;
        const std::string failed = "cannot upgrade the schema from version "
            + std::to_string(version) + " to " + std::to_string(step.version)
            + " (nothing was changed)";
        for (const std::string &statement : step.statements)
            execSql(m_db, m_path, QString::fromStdString(statement), failed);
        QSqlQuery record = prepareQuery(m_db, m_path,
            QStringLiteral(
                "INSERT INTO schema_version (version, applied, description) VALUES (?, ?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(nowUtc());
        record.addBindValue(QString::fromStdString(step.description));
        execQuery(record, m_path, failed);
        transaction.commit();
        version = step.version;
    }
}

} // namespace td::store
