// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runrecords.h"
#include "store/schemamanager.h"
#include "store/storeerror.h"

#include <QSqlDatabase>

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

/// How to open a run store.
struct OpenOptions
{
    /// Never write: no migration, no recovery, no journal change (summarize, replay, merge
    /// inputs). A missing file is an error instead of a new store.
    bool readOnly = false;
    JournalMode journal = JournalMode::Keep;
    /// How long to wait for another process's write lock; < 0 = defaultBusyTimeoutMs().
    int busyTimeoutMs = -1;
    /// Schema history to apply (tests of the migration mechanism); null = storeMigrations().
    const std::vector<Migration> *migrations = nullptr;
};

/// One open run database (docs/store.md): checks what the file is, applies migrations, sets
/// WAL and durability, marks runs whose writer died as interrupted, and reads runs back.
/// Writing runs is RunRecorder's job.
///
/// Opening checks, each a StoreError with a one-line message and nothing changed on disk:
/// a folder or a file that is not a database (NotADatabase), an SQLite file of another
/// application (NotADatabase), a schema newer than this build (NewerSchema), a database held
/// by another writer beyond the busy timeout (Locked), a read-only file or folder when
/// writing (WriteFailed).
///
/// Thread affinity: one QSqlDatabase connection per RunStore, used only by the thread that
/// created it (a Qt SQL rule). Other threads send their data to that thread (SweepRunner).
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
    QSqlDatabase database() const { return m_db; }
    int schemaVersion() const { return m_version; }
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
    std::vector<sim::Annotation> annotations(long long runId) const;
    std::vector<StoredCohort> cohorts(long long runId) const;
    long long eventCount(long long runId) const;
    /// Sampled events of one day, in log order.
    std::vector<events::Event> events(long long runId, int day) const;

    /// `PRAGMA integrity_check`: "ok", or the first problem reported.
    std::string integrityCheck() const;

    /// Is someone still writing this run (its lock is held)?
    bool isLive(long long runId) const;

    /// Gives a run a new name (the run browser). Throws StoreError: BadRequest for an unknown
    /// run or an empty name, WriteFailed on a read-only open.
    void renameRun(long long runId, const std::string &name);
    /// Deletes a run with everything stored for it (metrics, annotations, cohorts, events) in
    /// one transaction; its id is never reused. Refuses (BadRequest) a run that is being
    /// written (its lock is held, in this process or another) and an unknown run.
    void deleteRun(long long runId);

private:
    void initialise(const OpenOptions &options, bool isNew);
    void configure(const OpenOptions &options, bool isNew);
    void recoverInterrupted();

    std::string m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_version = 0;
    std::vector<long long> m_marked;
};

} // namespace td::store
