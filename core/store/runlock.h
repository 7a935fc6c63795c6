// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

namespace td::store {

/// The liveness lock of a run being written: an exclusive OS lock (flock) on the file
/// `<database>.run-<id>.lock` next to the database, held by the writing process for as long
/// as the run's status is `running`.
///
/// The kernel drops the lock when the process ends in any way (kill -9 included), so "the lock
/// can be taken" reliably means "nobody is writing this run any more"; no process ids or
/// timeouts are guessed. flock works across processes on one machine and, on Linux, on NFS
/// (emulated with byte-range locks); see docs/store.md.
///
/// Thread affinity: none (a file descriptor). Not copyable; releasing removes the file.
class RunLock
{
public:
    enum class Probe { Free, Held, Unknown };

    /// Lock file of run `runId` of database `databasePath`.
    static std::string lockPath(const std::string &databasePath, long long runId);

    /// Takes the lock, creating the file. Returns nullptr if another process (or another
    /// RunLock in this one) holds it; throws std::runtime_error if the file cannot be created.
    static std::unique_ptr<RunLock> tryAcquire(const std::string &path);

    /// Whether someone holds the lock, without creating or changing anything (for read-only
    /// opens). A missing file is Free; a file that cannot be opened is Unknown.
    static Probe probe(const std::string &path);

    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    const std::string &path() const { return m_path; }

private:
    RunLock(std::string path, int fd) : m_path(std::move(path)), m_fd(fd) { }
    std::string m_path;
    int m_fd = -1;
};

} // namespace td::store
