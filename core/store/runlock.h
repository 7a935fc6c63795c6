// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

namespace td::store {

/// The liveness lock of a run being written, held by the writing process for as long as the
/// run's status is `running` (docs/store.md "Crash safety and liveness"). It is two OS locks,
/// and a run is live while either is held:
///
/// - an exclusive `flock` on the file `<database>.run-<id>.lock` next to the database (what
///   earlier builds use, and what a person looking at the folder sees);
/// - an exclusive open-file-description lock (`F_OFD_SETLK`) on one byte of the database file
///   itself, at offset 2^62 + id: far beyond SQLite's own lock bytes (2^30 .. 2^30 + 511) and
///   beyond any real file. Deleting the lock file cannot remove it, so a live run never looks
///   dead because someone tidied the folder (issue 16, item 12).
///
/// The kernel drops both when the process ends in any way (kill -9 included), so "both locks
/// can be taken" reliably means "nobody is writing this run any more"; no process ids or
/// timeouts are guessed. Locks of one process are also exclusive within it (a second
/// connection of the same process, e.g. the GUI's run browser, sees the worker's run as live).
///
/// Why one descriptor per database, never closed: closing *any* descriptor of a file drops
/// every POSIX lock the process holds on it, including SQLite's own. So the descriptor used for
/// the byte locks is opened once per database file (per inode) and kept until the process ends.
///
/// Thread affinity: none (thread-safe). Not copyable; releasing removes the lock file.
class RunLock
{
public:
    enum class Probe { Free, Held, Unknown };

    /// Lock file of run `runId` of database `databasePath`.
    static std::string lockPath(const std::string &databasePath, long long runId);

    /// Takes both locks, creating the lock file. Returns nullptr if another process (or another
    /// RunLock in this one) holds either; throws std::runtime_error if the lock file cannot be
    /// created. On a file system without byte-range locks the lock file alone is used.
    static std::unique_ptr<RunLock> tryAcquire(const std::string &databasePath, long long runId);

    /// Whether someone holds either lock, without creating or changing anything (for
    /// read-only opens). Held if either is held; Unknown if one cannot be checked and the
    /// other is free; Free only if both are free (a missing lock file is free).
    static Probe probe(const std::string &databasePath, long long runId);

    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    const std::string &path() const { return m_path; }

private:
    struct ByteLock;
    RunLock(std::string path, int fd, std::unique_ptr<ByteLock> byteLock);

    std::string m_path;
    int m_fd = -1;
    std::unique_ptr<ByteLock> m_byteLock; ///< null where the file system has no byte locks
};

} // namespace td::store
