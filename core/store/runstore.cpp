// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/runstore.h"

#include "sim/scenario/textformat.h"
#include "store/runlock.h"
#include "store/sqltransaction.h"
#include "store/sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <cstdlib>

namespace td::store {

namespace {

std::atomic<unsigned> g_connections { 0 };

/// Enum value from its stored name (the names of events/types.h); `fallback` if unknown.
template<typename Enum, typename NameOf>
Enum enumFromName(const QString &name, int count, NameOf nameOf, Enum fallback)
{
    const std::string text = name.toStdString();
    for (int i = 0; i < count; ++i)
        if (nameOf(Enum(i)) == text)
            return Enum(i);
    return fallback;
}

RunInfo runFromQuery(const QSqlQuery &q)
{
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString().toStdString();
    r.created = q.value(2).toString().toStdString();
    r.finished = q.value(3).toString().toStdString();
    r.status = parseStatus(q.value(4).toString().toStdString()).value_or(RunStatus::Interrupted);
    r.appVersion = q.value(5).toString().toStdString();
    r.scenarioJson = q.value(6).toString().toStdString();
    r.baseDirectory = q.value(7).toString().toStdString();
    r.seed = sim::text::parseUnsigned(q.value(8).toString().toStdString()).value_or(0);
    r.daysTotal = q.value(9).toInt();
    r.daysDone = q.value(10).toInt();
    r.sweepId = q.value(11).toString().toStdString();
    r.sweepItem = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    r.gridPoint = q.value(13).toString().toStdString();
    return r;
}

const QString kRunColumns = QStringLiteral(
    "id, name, created, finished, status, app_version, scenario, base_dir, seed, days_total,"
    " days_done, sweep_id, sweep_item, grid_point");

} // namespace

std::optional<JournalMode> parseJournalMode(const std::string &text)
{
    if (text == "wal")
        return JournalMode::Wal;
    if (text == "delete")
        return JournalMode::Delete;
    return std::nullopt;
}

int RunStore::defaultBusyTimeoutMs()
{
    if (const char *env = std::getenv("TASTEDRIFT_BUSY_TIMEOUT_MS")) {
        if (const auto ms = sim::text::parseInteger(env); ms && *ms >= 0 && *ms <= 3'600'000)
            return int(*ms);
    }
    return 10'000;
}

std::string RunStore::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("runs.sqlite")).toStdString();
}

RunStore::RunStore(const std::string &path, const OpenOptions &options)
    : m_path(path), m_readOnly(options.readOnly)
{
    using Kind = StoreError::Kind;
    const QString name = QString::fromStdString(path);
    const QFileInfo info(name);
    if (path.empty())
        throw StoreError(Kind::BadRequest, "empty database file name");
    if (info.isDir())
        throw StoreError(Kind::NotADatabase, "'" + path + "' is a folder, not a database");
    const bool isNew = !info.exists() || info.size() == 0;
    if (m_readOnly && !info.exists())
        throw StoreError(Kind::BadRequest, "cannot open database '" + path + "': no such file");
    if (!m_readOnly) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            throw StoreError(Kind::WriteFailed,
                "cannot create database '" + path + "': folder '" + folder.filePath().toStdString()
                    + "' does not exist");
        if (info.exists() && !info.isWritable())
            throw StoreError(Kind::WriteFailed,
                "cannot write to database '" + path + "': the file is read-only");
        if (!folder.isWritable())
            throw StoreError(Kind::WriteFailed,
                "cannot write to database '" + path
                    + "': its folder is read-only (SQLite "
                      "keeps its journal and the run locks next to the database)");
    }

    m_connection = QStringLiteral("td_store_%1").arg(g_connections.fetch_add(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        throw StoreError(Kind::Other, "the Qt SQLite driver (QSQLITE) is not available");
    m_db.setDatabaseName(name);
    const int busy = options.busyTimeoutMs >= 0 ? options.busyTimeoutMs : defaultBusyTimeoutMs();
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_URI").arg(busy);
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(connectOptions);
    if (!m_db.open()) {
        const StoreError error = sqlError(path, m_db.lastError(), "cannot open");
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw error;
    }

    try {
        initialise(options, isNew);
    } catch (...) {
        // The destructor will not run: close the connection, or the file stays open.
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw;
    }
}

void RunStore::initialise(const OpenOptions &options, bool isNew)
{
    using Kind = StoreError::Kind;
    const std::string &path = m_path;
    SchemaManager schema(m_db, m_path);
    const std::vector<Migration> &migrations
        = options.migrations ? *options.migrations : storeMigrations();
    m_version = schema.currentVersion(); // the first query: fails on a non-database
    const int known = latestVersion(migrations);
    if (m_version > known)
        throw StoreError(Kind::NewerSchema,
            "database '" + path + "' has schema version " + std::to_string(m_version)
                + ", newer than this TasteDrift knows (" + std::to_string(known)
                + "); open it with a newer TasteDrift");
    if (m_readOnly) {
        if (m_version == 0)
            throw StoreError(
                Kind::NotADatabase, "'" + path + "' is an empty database, not a run store");
        if (m_version < known)
            throw StoreError(Kind::OlderSchema,
                "database '" + path + "' has schema version " + std::to_string(m_version)
                    + "; open it once for writing (e.g. 'tastedrift-cli runs " + path
                    + "') to upgrade it to version " + std::to_string(known));
    }
    configure(options, isNew);
    if (!m_readOnly) {
        schema.upgrade(migrations);
        m_version = schema.currentVersion();
        recoverInterrupted();
    }
}

RunStore::~RunStore()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void RunStore::configure(const OpenOptions &options, bool isNew)
{
    execSql(m_db, m_path, QStringLiteral("PRAGMA foreign_keys = ON"), "cannot configure");
    if (m_readOnly)
        return;
    // FULL: a committed day survives a power cut too, not only a killed process; one fsync
    // per simulated day costs nothing next to the day itself.
    execSql(m_db, m_path, QStringLiteral("PRAGMA synchronous = FULL"), "cannot configure");
    JournalMode wanted = options.journal;
    if (wanted == JournalMode::Keep && isNew)
        wanted = JournalMode::Wal;
    if (wanted == JournalMode::Keep)
        return;
    const std::string mode = wanted == JournalMode::Wal ? "wal" : "delete";
    QSqlQuery q = execSql(m_db, m_path,
        QStringLiteral("PRAGMA journal_mode = %1").arg(QString::fromStdString(mode)),
        "cannot set the journal mode");
    const std::string got = q.next() ? q.value(0).toString().toLower().toStdString() : "";
    if (got != mode)
        throw StoreError(StoreError::Kind::Locked,
            "cannot switch database '" + m_path + "' to journal mode " + mode
                + " while another process uses it (it stays in mode " + got + ")");
}

std::string RunStore::journalMode() const
{
    QSqlQuery q = execSql(
        m_db, m_path, QStringLiteral("PRAGMA journal_mode"), "cannot read the journal mode");
    return q.next() ? q.value(0).toString().toLower().toStdString() : std::string();
}

void RunStore::recoverInterrupted()
{
    QSqlQuery q = execSql(m_db, m_path,
        QStringLiteral("SELECT id FROM runs WHERE status = 'running' ORDER BY id"),
        "cannot read the runs");
    std::vector<long long> candidates;
    while (q.next())
        candidates.push_back(q.value(0).toLongLong());
    q.finish();
    for (long long id : candidates) {
        // Taking the lock proves its writer is gone; holding it while we mark the run keeps
        // anyone else from believing the same.
        std::unique_ptr<RunLock> lock;
        try {
            lock = RunLock::tryAcquire(RunLock::lockPath(m_path, id));
        } catch (const std::runtime_error &) {
            continue; // cannot tell: leave the run as it is
        }
        if (!lock)
            continue; // its writer is alive
        SqlTransaction transaction(m_db, m_path);
        QSqlQuery mark = prepareQuery(m_db, m_path,
            QStringLiteral(
                "UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'"));
        mark.addBindValue(id);
        execQuery(mark, m_path, "cannot mark run " + std::to_string(id) + " interrupted");
        const bool changed = mark.numRowsAffected() > 0;
        transaction.commit();
        if (changed)
            m_marked.push_back(id);
    }
}

bool RunStore::isLive(long long runId) const
{
    return RunLock::probe(RunLock::lockPath(m_path, runId)) != RunLock::Probe::Free;
}

void RunStore::renameRun(long long runId, const std::string &name)
{
    using Kind = StoreError::Kind;
    if (m_readOnly)
        throw StoreError(Kind::WriteFailed,
            "cannot write to database '" + m_path + "': it was opened read-only");
    if (name.find_first_not_of(" \t\r\n") == std::string::npos)
        throw StoreError(Kind::BadRequest, "a run name cannot be empty");
    SqlTransaction transaction(m_db, m_path);
    QSqlQuery q
        = prepareQuery(m_db, m_path, QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
    q.addBindValue(QString::fromStdString(name));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot rename run " + std::to_string(runId));
    if (q.numRowsAffected() < 1)
        throw StoreError(
            Kind::BadRequest, "database '" + m_path + "' has no run " + std::to_string(runId));
    transaction.commit();
}

void RunStore::deleteRun(long long runId)
{
    using Kind = StoreError::Kind;
    if (m_readOnly)
        throw StoreError(Kind::WriteFailed,
            "cannot write to database '" + m_path + "': it was opened read-only");
    // Holding the run's lock while deleting keeps a writer from starting on it meanwhile,
    // and a held lock means someone is writing it now.
    std::unique_ptr<RunLock> lock;
    try {
        lock = RunLock::tryAcquire(RunLock::lockPath(m_path, runId));
    } catch (const std::runtime_error &e) {
        throw StoreError(Kind::WriteFailed, e.what());
    }
    if (!lock)
        throw StoreError(Kind::BadRequest,
            "run " + std::to_string(runId)
                + " is being recorded; it can be deleted when it is done");
    SqlTransaction transaction(m_db, m_path);
    // The child rows go by ON DELETE CASCADE (foreign_keys is on for every connection).
    QSqlQuery q = prepareQuery(m_db, m_path, QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot delete run " + std::to_string(runId));
    if (q.numRowsAffected() < 1)
        throw StoreError(
            Kind::BadRequest, "database '" + m_path + "' has no run " + std::to_string(runId));
    transaction.commit();
}

std::vector<RunInfo> RunStore::runs() const
{
    QSqlQuery q = execSql(m_db, m_path,
        QStringLiteral("SELECT %1 FROM runs ORDER BY id").arg(kRunColumns), "cannot read the runs");
    std::vector<RunInfo> result;
    while (q.next()) {
        result.push_back(runFromQuery(q));
        RunInfo &r = result.back();
        if (r.status == RunStatus::Running && !isLive(r.id))
            r.status = RunStatus::Interrupted;
    }
    return result;
}

RunInfo RunStore::run(long long id) const
{
    QSqlQuery q = prepareQuery(
        m_db, m_path, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kRunColumns));
    q.addBindValue(id);
    execQuery(q, m_path, "cannot read run " + std::to_string(id));
    if (!q.next())
        throw StoreError(StoreError::Kind::BadRequest,
            "database '" + m_path + "' has no run " + std::to_string(id));
    RunInfo r = runFromQuery(q);
    if (r.status == RunStatus::Running && !isLive(r.id))
        r.status = RunStatus::Interrupted;
    return r;
}

std::vector<StoredDay> RunStore::dayMetrics(long long runId) const
{
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral(
            "SELECT day, metric, value FROM day_metrics WHERE run_id = ? ORDER BY day, metric"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the metrics of run " + std::to_string(runId));
    std::vector<StoredDay> days;
    while (q.next()) {
        const int day = q.value(0).toInt();
        if (days.empty() || days.back().day != day)
            days.push_back(StoredDay { day, {} });
        StoredValue v;
        v.metric = q.value(1).toString().toStdString();
        if (!q.value(2).isNull())
            v.value = q.value(2).toDouble();
        days.back().values.push_back(std::move(v));
    }
    return days;
}

std::vector<sim::Annotation> RunStore::annotations(long long runId) const
{
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral(
            "SELECT day, path, value FROM annotations WHERE run_id = ? ORDER BY day, seq"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the annotations of run " + std::to_string(runId));
    std::vector<sim::Annotation> result;
    while (q.next())
        result.push_back(sim::Annotation { q.value(0).toInt(), q.value(1).toString().toStdString(),
            q.value(2).toString().toStdString() });
    return result;
}

std::vector<StoredCohort> RunStore::cohorts(long long runId) const
{
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral("SELECT day, cohort_day, days_since_signup, signed_up, active"
                       " FROM cohort_retention WHERE run_id = ? ORDER BY day, cohort_day"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the cohorts of run " + std::to_string(runId));
    std::vector<StoredCohort> result;
    while (q.next()) {
        StoredCohort c;
        c.day = q.value(0).toInt();
        c.retention.cohortDay = Day(q.value(1).toInt());
        c.retention.daysSinceSignup = q.value(2).toInt();
        c.retention.signedUp = q.value(3).toInt();
        c.retention.active = q.value(4).toInt();
        result.push_back(c);
    }
    return result;
}

long long RunStore::eventCount(long long runId) const
{
    QSqlQuery q = prepareQuery(
        m_db, m_path, QStringLiteral("SELECT count(*) FROM events WHERE run_id = ?"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the events of run " + std::to_string(runId));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<events::Event> RunStore::events(long long runId, int day) const
{
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral("SELECT hour, listener, track, listen_ms, propensity, surface, context,"
                       " action, source, position, policy, explored, candidate_source"
                       " FROM events WHERE run_id = ? AND day = ? ORDER BY seq"));
    q.addBindValue(runId);
    q.addBindValue(day);
    execQuery(q, m_path, "cannot read the events of run " + std::to_string(runId));
    std::vector<events::Event> result;
    while (q.next()) {
        events::Event e;
        e.day = Day(day);
        e.hour = float(q.value(0).toDouble());
        e.listener = ListenerId(q.value(1).toLongLong());
        e.track = q.value(2).isNull() ? kNoTrack : TrackId(q.value(2).toLongLong());
        e.listenMs = std::int32_t(q.value(3).toLongLong());
        e.propensity = float(q.value(4).toDouble());
        e.surface = enumFromName(q.value(5).toString(), events::kSurfaceCount, events::surfaceName,
            events::Surface::Home);
        e.context = enumFromName(q.value(6).toString(), events::kContextCount, events::contextName,
            events::Context::None);
        e.action = enumFromName(q.value(7).toString(), events::kActionCount, events::actionName,
            events::Action::Impression);
        e.source = q.value(8).toString() == QLatin1String("organic") ? events::Source::Organic
                                                                     : events::Source::Recommended;
        e.position = std::uint8_t(q.value(9).toInt());
        e.policy = std::uint8_t(q.value(10).toInt());
        e.explored = std::uint8_t(q.value(11).toInt());
        e.candidateSource = std::uint8_t(q.value(12).toInt());
        result.push_back(e);
    }
    return result;
}

std::string RunStore::integrityCheck() const
{
    QSqlQuery q
        = execSql(m_db, m_path, QStringLiteral("PRAGMA integrity_check"), "cannot check integrity");
    return q.next() ? q.value(0).toString().toStdString() : std::string("no answer");
}

} // namespace td::store
