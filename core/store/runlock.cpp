// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/runlock.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace td::store {

std::string RunLock::lockPath(const std::string &databasePath, long long runId)
{
    return databasePath + ".run-" + std::to_string(runId) + ".lock";
}

std::unique_ptr<RunLock> RunLock::tryAcquire(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot create lock file '" + path + "': " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    // For people looking at the folder: who holds it. The lock itself is the flock.
    const std::string owner = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0 && ::write(fd, owner.data(), owner.size()) < 0) {
        // The pid is informative only; the lock holds without it.
    }
    return std::unique_ptr<RunLock>(new RunLock(path, fd));
}

RunLock::Probe RunLock::probe(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Probe::Free : Probe::Unknown;
    // A shared lock conflicts with the writer's exclusive one but not with other probes.
    Probe result = Probe::Held;
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
        result = Probe::Free;
        ::flock(fd, LOCK_UN);
    } else if (errno != EWOULDBLOCK) {
        result = Probe::Unknown;
    }
    ::close(fd);
    return result;
}

RunLock::~RunLock()
{
    // Remove the file while still holding the lock, so that nobody takes a lock on a file
    // that is about to disappear and believes it is the owner.
    ::unlink(m_path.c_str());
    ::close(m_fd);
}

} // namespace td::store
