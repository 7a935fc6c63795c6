// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Opening a run store: checks, the read-only fallback, migrations, recovery of dead runs,
// and the two writes that are not a run's (rename, delete). Reads: runstorereads.cpp.
#include "store/runstore.h"

#include "sim/scenario/textformat.h"
#include "store/runlock.h"
#include "store/sqltransaction.h"
#include "store/sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <cstdlib>

namespace td::store {

namespace {

std::atomic<unsigned> g_connections { 0 };

constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCantOpen = 14;

bool hasColumn(
    const QSqlDatabase &db, const std::string &path, const QString &table, const QString &column)
{
    QSqlQuery q = execSql(
        db, path, QStringLiteral("PRAGMA table_info(%1)").arg(table), "cannot read the schema");
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

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
    : m_path(path), m_thread(QThread::currentThread()), m_readOnly(options.readOnly)
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
    try {
        open(options, isNew, false);
    } catch (const StoreError &e) {
        // A WAL database that SQLite cannot read in the usual read-only way (it needs to
        // create or write the -shm file next to it): read the file as it is, without locks.
        const bool cannotShare
            = e.sqliteCode() == kSqliteReadOnly || e.sqliteCode() == kSqliteCantOpen;
        if (!m_readOnly || !cannotShare)
            throw;
        open(options, isNew, true);
    }
}

void RunStore::open(const OpenOptions &options, bool isNew, bool immutable)
{
    using Kind = StoreError::Kind;
    m_immutable = immutable;
    m_connection = QStringLiteral("td_store_%1").arg(g_connections.fetch_add(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        throw StoreError(Kind::Other, "the Qt SQLite driver (QSQLITE) is not available");
    const QString name = QString::fromStdString(m_path);
    if (immutable) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(name).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    } else {
        m_db.setDatabaseName(name);
    }
    const int busy = options.busyTimeoutMs >= 0 ? options.busyTimeoutMs : defaultBusyTimeoutMs();
    // URI names: the immutable fallback here, and merge's read-only ATTACH of its inputs.
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_URI").arg(busy);
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(connectOptions);
    if (!m_db.open()) {
        const StoreError error = sqlError(m_path, m_db.lastError(), "cannot open");
        close();
        throw error;
    }
    try {
        initialise(options, isNew);
    } catch (...) {
        // The destructor will not run: close the connection, or the file stays open.
        close();
        throw;
    }
}

void RunStore::close() noexcept
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

void RunStore::initialise(const OpenOptions &options, bool isNew)
{
    using Kind = StoreError::Kind;
    const std::string &path = m_path;
    SchemaManager schema(m_db, m_path);
    const std::vector<Migration> &migrations
        = options.migrations ? *options.migrations : storeMigrations();
    const long long version = schema.currentVersion(); // the first query: fails on a non-database
    const int known = latestVersion(migrations);
    if (version > known)
        throw StoreError(Kind::NewerSchema,
            "database '" + path + "' has schema version " + std::to_string(version)
                + ", newer than this TasteDrift knows (" + std::to_string(known)
                + "); open it with a newer TasteDrift");
    m_version = int(version);
    if (m_readOnly) {
        if (m_version == 0)
            throw StoreError(
                Kind::NotADatabase, "'" + path + "' is an empty database, not a run store");
        if (m_version < kOldestReadableVersion)
            throw StoreError(Kind::OlderSchema,
                "database '" + path + "' has schema version " + std::to_string(m_version)
                    + "; open it once for writing (e.g. 'tastedrift-cli runs " + path
                    + "') to upgrade it to version " + std::to_string(known));
    }
    // Before anything is written (the journal mode, a migration, a recovered run): a damaged
    // file is refused untouched, or read with a warning.
    OnDamage onDamage = options.onDamage;
    if (onDamage == OnDamage::Default)
        onDamage = m_readOnly ? OnDamage::Warn : OnDamage::Refuse;
    if (!isNew && onDamage != OnDamage::NoCheck) {
        const IntegrityReport report = store::checkIntegrity(m_db, m_path, IntegrityDepth::Quick);
        if (!report.ok()) {
            if (onDamage == OnDamage::Refuse)
                throw damagedError(m_path, report.summary());
            m_damage = report.summary();
        }
    }
    configure(options, isNew);
    if (!m_readOnly) {
        schema.upgrade(migrations);
        m_version = int(schema.currentVersion());
        recoverInterrupted();
    }
    m_hasModelVersion
        = hasColumn(m_db, m_path, QStringLiteral("runs"), QStringLiteral("model_version"));
    m_hasProvenance = hasColumn(m_db, m_path, QStringLiteral("runs"), QStringLiteral("git_commit"));
}

RunStore::~RunStore()
{
    close();
}

QSqlDatabase RunStore::database() const
{
    checkThread();
    return m_db;
}

void RunStore::checkThread() const
{
    if (QThread::currentThread() != m_thread)
        throw StoreError(StoreError::Kind::Other,
            "internal error: the connection to database '" + m_path
                + "' is used by a thread that did not open it (docs/store.md, the connection "
                  "rule)");
}

std::vector<std::string> RunStore::warnings() const
{
    std::vector<std::string> result;
    if (!m_damage.empty())
        result.push_back("database '" + m_path + "' is damaged (" + m_damage
            + "); what it holds may be incomplete or wrong: 'tastedrift-cli check " + m_path
            + "' lists it");
    if (m_immutable) {
        const QFileInfo wal(QString::fromStdString(m_path + "-wal"));
        if (wal.exists() && wal.size() > 0)
            result.push_back("database '" + m_path
                + "' is read-only and cannot be shared, so it was read as it is on disk: the "
                  "newest changes in '"
                + m_path + "-wal' are not seen (copy both files somewhere writable to see them)");
    }
    return result;
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
    checkThread();
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
            lock = RunLock::tryAcquire(m_path, id);
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
    checkThread();
    return RunLock::probe(m_path, runId) != RunLock::Probe::Free;
}

void RunStore::renameRun(long long runId, const std::string &name)
{
    using Kind = StoreError::Kind;
    checkThread();
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
    checkThread();
    if (m_readOnly)
        throw StoreError(Kind::WriteFailed,
            "cannot write to database '" + m_path + "': it was opened read-only");
    // Holding the run's lock while deleting keeps a writer from starting on it meanwhile,
    // and a held lock means someone is writing it now.
    std::unique_ptr<RunLock> lock;
    try {
        lock = RunLock::tryAcquire(m_path, runId);
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
} // namespace td::store
