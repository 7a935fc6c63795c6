// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/integrity.h"
#include "store/runrecords.h"
#include "store/schemamanager.h"
#include "store/storeerror.h"

#include <QSqlDatabase>

class QThread;

#include <optional>
#include <string>
#include <vector>

namespace td::store {

/// SQLite journal mode. WAL (the default for new databases) lets readers work while a run is
/// being written; DELETE is for file systems where WAL does not work (network file systems:
/// NFS, SMB, most cluster scratch), see docs/store.md.
enum class JournalMode { Keep, Wal, Delete };
/// "wal" or "delete"; nullopt otherwise.
std::optional<JournalMode> parseJournalMode(const std::string &text);

/// What an open does when the integrity check (PRAGMA quick_check) finds damage.
enum class OnDamage {
    Default, ///< Refuse when writing, Warn when read-only
    Refuse, ///< throw StoreError (Damaged) naming the file; nothing is written
    Warn, ///< open anyway; damage() says what is wrong (reading commands print it)
    NoCheck, ///< skip the check (`check` runs the full one itself; the run browser's reads)
};

/// How to open a run store.
struct OpenOptions
{
    /// Never write: no migration, no recovery, no journal change (summarize, replay, merge
    /// inputs). A missing file is an error instead of a new store. A file SQLite cannot open
    /// read-only in the usual way (a WAL database in a folder we cannot write: its -shm file
    /// cannot be created) is opened `immutable` (docs/store.md "Read-only databases").
    bool readOnly = false;
    OnDamage onDamage = OnDamage::Default;
    JournalMode journal = JournalMode::Keep;
    /// How long to wait for another process's write lock; < 0 = defaultBusyTimeoutMs().
    int busyTimeoutMs = -1;
    /// Schema history to apply (tests of the migration mechanism); null = storeMigrations().
    const std::vector<Migration> *migrations = nullptr;
};

/// One open run database (docs/store.md): checks what the file is and that it is not
/// damaged, applies migrations, sets WAL and durability, marks runs whose writer died as
/// interrupted, and reads runs back. Writing runs is RunRecorder's job. Pure persistence: it
/// never simulates (core/run does, and hands it records).
///
/// Opening checks, each a StoreError with a one-line message and nothing changed on disk:
/// a folder or a file that is not a database (NotADatabase), an SQLite file of another
/// application (NotADatabase), a schema newer than this build (NewerSchema), damaged pages
/// (Damaged, see OnDamage), a database held by another writer beyond the busy timeout
/// (Locked), a read-only file or folder when writing (WriteFailed).
///
/// Thread affinity (the connection rule, docs/store.md): a RunStore is one QSqlDatabase
/// connection, opened, used and closed by one thread, the thread that constructed it. It is
/// never shared or handed to another thread; every method throws StoreError (Other) if
/// called from another thread. Threads that simulate never hold one: they hand their days
/// to the thread that owns the connection (run::SweepRunner, run::RunRecording).
class RunStore
{
public:
    /// TASTEDRIFT_BUSY_TIMEOUT_MS if set to a number, else 10000.
    static int defaultBusyTimeoutMs();
    /// The workspace database of the GUI: `runs.sqlite` in QStandardPaths::AppDataLocation
    /// (e.g. ~/.local/share/TasteDrift/tastedrift/ on Linux), folder created if needed.
    /// Needs QCoreApplication's organisation/application names set first. The CLI takes
    /// `--db FILE` instead.
    static std::string defaultDatabasePath();

    explicit RunStore(const std::string &path, const OpenOptions &options = {});
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    const std::string &path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    /// The connection, for the store's own SQL (merge, summary). Same thread rule.
    QSqlDatabase database() const;
    int schemaVersion() const { return m_version; }
    /// Whether runs record their model version (schema version 2 on).
    bool hasModelVersion() const { return m_hasModelVersion; }
    /// Whether runs record their provenance: git commit, plugin path and hash (version 4 on).
    bool hasProvenance() const { return m_hasProvenance; }
    /// Opened `immutable` (read-only fallback): SQLite takes no locks and ignores a -wal file.
    bool immutable() const { return m_immutable; }
    /// What the integrity check on open found (OnDamage::Warn), "" if nothing.
    const std::string &damage() const { return m_damage; }
    /// Things a reader should be told (damage, an immutable open that cannot see a -wal
    /// file), one line each, naming the file.
    std::vector<std::string> warnings() const;
    /// Current journal mode as SQLite reports it ("wal", "delete", ...).
    std::string journalMode() const;
    /// Runs this open marked interrupted (their writer had died).
    const std::vector<long long> &markedInterrupted() const { return m_marked; }

    /// Every run, by id. A `running` run whose lock is free is reported as interrupted even
    /// when the database is open read-only (it is only marked so by a writing open).
    std::vector<RunInfo> runs() const;
    /// One run; throws StoreError (BadRequest) if there is no such run.
    RunInfo run(long long id) const;
    /// Every stored day of a run, by day, each with its metrics by name.
    std::vector<StoredDay> dayMetrics(long long runId) const;
    /// Live changes of a run, in the order they were applied.
    std::vector<Annotation> annotations(long long runId) const;
    std::vector<StoredCohort> cohorts(long long runId) const;
    long long eventCount(long long runId) const;
    /// Sampled events of one day, in log order.
    /// The sampled events of one day, in log order; with `contexts`, each event's true
    /// listening context too (parallel; "none" for runs of schema version 1 and 2 era models
    /// where the column held the old per-event label).
    std::vector<events::Event> events(
        long long runId, int day, std::vector<events::Context> *contexts = nullptr) const;

    /// `PRAGMA integrity_check`: "ok", or the first problem reported (and how many more).
    std::string integrityCheck() const;
    /// The integrity check of docs/store.md "Damaged databases".
    IntegrityReport checkIntegrity(IntegrityDepth depth) const;

    /// Is someone still writing this run (its lock is held)?
    bool isLive(long long runId) const;

    /// Gives a run a new name (the run browser). Throws StoreError: BadRequest for an unknown
    /// run or an empty name, WriteFailed on a read-only open.
    void renameRun(long long runId, const std::string &name);
    /// Deletes a run with everything stored for it (metrics, annotations, cohorts, events) in
    /// one transaction; its id is never reused. Refuses (BadRequest) a run that is being
    /// written (its lock is held, in this process or another) and an unknown run.
    void deleteRun(long long runId);

    /// Oldest schema version a read-only open can read without migrating it.
    static constexpr int kOldestReadableVersion = 1;

private:
    void open(const OpenOptions &options, bool isNew, bool immutable);
    void initialise(const OpenOptions &options, bool isNew);
    void configure(const OpenOptions &options, bool isNew);
    void recoverInterrupted();
    void checkThread() const;
    void close() noexcept;

    std::string m_path;
    QString m_connection;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    bool m_readOnly = false;
    bool m_immutable = false;
    bool m_hasModelVersion = false;
    bool m_hasProvenance = false;
    int m_version = 0;
    std::string m_damage;
    std::vector<long long> m_marked;
};

} // namespace td::store
