// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/runlock.h"

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <tuple>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::store {

namespace {

/// Offset of run 0's byte in the database file: 2^62, far from SQLite's lock bytes at 2^30.
constexpr off_t kByteBase = off_t(1) << 62;

struct FileKey
{
    dev_t dev = 0;
    ino_t ino = 0;
    bool operator<(const FileKey &o) const { return std::tie(dev, ino) < std::tie(o.dev, o.ino); }
};

/// The descriptors of database files used for byte locks (never closed: see runlock.h) and
/// the runs this process holds (OFD locks of one descriptor never conflict with each other).
struct Registry
{
    std::mutex mutex;
    std::map<FileKey, int> writable;
    std::map<FileKey, int> readable;
    std::set<std::pair<FileKey, long long>> held;
};

Registry &registry()
{
    // Never destroyed: a RunLock may be released by a thread that outlives static destruction.
    static Registry *instance = new Registry;
    return *instance;
}

/// A descriptor of the database file at `path`, opened once per inode; -1 (errno set) if the
/// file cannot be opened. Call with the registry locked.
int descriptorFor(Registry &r, const std::string &path, bool needWrite, FileKey &key)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        return -1;
    key = FileKey { st.st_dev, st.st_ino };
    if (const auto it = r.writable.find(key); it != r.writable.end())
        return it->second;
    if (!needWrite)
        if (const auto it = r.readable.find(key); it != r.readable.end())
            return it->second;
    const int fd = ::open(path.c_str(), (needWrite ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return -1;
    // The path may have been replaced between stat() and open(): file the descriptor under
    // the inode it really opened.
    if (::fstat(fd, &st) == 0)
        key = FileKey { st.st_dev, st.st_ino };
    (needWrite ? r.writable : r.readable)[key] = fd;
    return fd;
}

struct flock byteRange(short type, long long runId)
{
    struct flock range
    {
    };
    range.l_type = type;
    range.l_whence = SEEK_SET;
    range.l_start = kByteBase + off_t(runId);
    range.l_len = 1;
    range.l_pid = 0; // required by the OFD commands
    return range;
}

RunLock::Probe probeLockFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? RunLock::Probe::Free : RunLock::Probe::Unknown;
    // A shared lock conflicts with the writer's exclusive one but not with other probes.
    RunLock::Probe result = RunLock::Probe::Held;
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
        result = RunLock::Probe::Free;
        ::flock(fd, LOCK_UN);
    } else if (errno != EWOULDBLOCK) {
        result = RunLock::Probe::Unknown;
    }
    ::close(fd);
    return result;
}

RunLock::Probe probeByte(const std::string &databasePath, long long runId)
{
#ifdef F_OFD_GETLK
    Registry &r = registry();
    std::lock_guard<std::mutex> guard(r.mutex);
    FileKey key;
    const int fd = descriptorFor(r, databasePath, false, key);
    if (fd < 0)
        return RunLock::Probe::Unknown;
    if (r.held.count({ key, runId }))
        return RunLock::Probe::Held;
    struct flock range = byteRange(F_WRLCK, runId);
    if (::fcntl(fd, F_OFD_GETLK, &range) != 0)
        return RunLock::Probe::Free; // no byte locks here: writers use the lock file alone
    return range.l_type == F_UNLCK ? RunLock::Probe::Free : RunLock::Probe::Held;
#else
    (void)databasePath;
    (void)runId;
    return RunLock::Probe::Free;
#endif
}

} // namespace

/// An OFD lock on the run's byte of the database file; released in the destructor.
struct RunLock::ByteLock
{
    FileKey key;
    int fd = -1;
    long long runId = 0;

    ~ByteLock()
    {
#ifdef F_OFD_SETLK
        Registry &r = registry();
        std::lock_guard<std::mutex> guard(r.mutex);
        struct flock range = byteRange(F_UNLCK, runId);
        ::fcntl(fd, F_OFD_SETLK, &range);
        r.held.erase({ key, runId });
#endif
    }
};

std::string RunLock::lockPath(const std::string &databasePath, long long runId)
{
    return databasePath + ".run-" + std::to_string(runId) + ".lock";
}

RunLock::RunLock(std::string path, int fd, std::unique_ptr<ByteLock> byteLock)
    : m_path(std::move(path)), m_fd(fd), m_byteLock(std::move(byteLock))
{ }

std::unique_ptr<RunLock> RunLock::tryAcquire(const std::string &databasePath, long long runId)
{
    const std::string path = lockPath(databasePath, runId);
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot create lock file '" + path + "': " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<ByteLock> byteLock;
#ifdef F_OFD_SETLK
    {
        Registry &r = registry();
        std::lock_guard<std::mutex> guard(r.mutex);
        FileKey key;
        const int dbFd = descriptorFor(r, databasePath, true, key);
        if (dbFd >= 0) {
            // Held by this process, or by another one (whose lock file may have been deleted:
            // ours is then a new file, left in place for the owner to remove).
            if (r.held.count({ key, runId })) {
                ::close(fd);
                return nullptr;
            }
            struct flock range = byteRange(F_WRLCK, runId);
            if (::fcntl(dbFd, F_OFD_SETLK, &range) == 0) {
                r.held.insert({ key, runId });
                byteLock = std::make_unique<ByteLock>();
                byteLock->key = key;
                byteLock->fd = dbFd;
                byteLock->runId = runId;
            } else if (errno == EAGAIN || errno == EACCES) {
                ::close(fd);
                return nullptr;
            }
            // Any other error: a file system without byte-range locks; the lock file decides.
        }
    }
#endif
    // For people looking at the folder: who holds it. The lock itself is the flock.
    const std::string owner = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0 && ::write(fd, owner.data(), owner.size()) < 0) {
        // The pid is informative only; the lock holds without it.
    }
    return std::unique_ptr<RunLock>(new RunLock(path, fd, std::move(byteLock)));
}

RunLock::Probe RunLock::probe(const std::string &databasePath, long long runId)
{
    const Probe file = probeLockFile(lockPath(databasePath, runId));
    if (file == Probe::Held)
        return Probe::Held;
    const Probe byte = probeByte(databasePath, runId);
    if (byte == Probe::Held)
        return Probe::Held;
    return file == Probe::Unknown || byte == Probe::Unknown ? Probe::Unknown : Probe::Free;
}

RunLock::~RunLock()
{
    // Remove the file while still holding the lock, so that nobody takes a lock on a file
    // that is about to disappear and believes it is the owner.
    ::unlink(m_path.c_str());
    ::close(m_fd);
    m_byteLock.reset();
}

} // namespace td::store
