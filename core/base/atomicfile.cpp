// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/atomicfile.h"

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::base {

namespace {

/// Bytes collected before a write(2): large enough that a day's CSV row is not a syscall.
constexpr std::size_t kBufferSize = 64 * 1024;
/// A temporary name adds ~30 characters; longer base names are cut so it stays < NAME_MAX.
constexpr std::size_t kMaxTemporaryStem = 200;

struct Faults
{
    std::atomic<long long> budget { -1 };
    std::atomic<bool> syncFails { false };
    Faults()
    {
        if (const char *b = std::getenv("TD_FAULT_WRITE_BUDGET"); b && *b)
            budget = std::strtoll(b, nullptr, 10);
        if (const char *s = std::getenv("TD_FAULT_SYNC_FAILS"); s && *s && *s != '0')
            syncFails = true;
    }
};

Faults &faults()
{
    static Faults f;
    return f;
}

/// How many of `wanted` bytes the injected budget still allows (all when there is none).
std::size_t allowedBytes(std::size_t wanted)
{
    std::atomic<long long> &budget = faults().budget;
    long long left = budget.load();
    for (;;) {
        if (left < 0)
            return wanted;
        const long long take = std::min<long long>(left, static_cast<long long>(wanted));
        if (budget.compare_exchange_weak(left, left - take))
            return std::size_t(take);
    }
}

std::string folderOf(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? std::string("/") : path.substr(0, slash);
}

std::string baseNameOf(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) { }

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        discard();
}

bool AtomicFile::fail(int errorNumber)
{
    return fail(std::string(std::strerror(errorNumber)));
}

bool AtomicFile::fail(const std::string &reason)
{
    if (m_reason.empty())
        m_reason = reason;
    removeTemporary();
    return false;
}

std::string AtomicFile::error() const
{
    if (m_reason.empty())
        return {};
    std::string message = "cannot write '" + m_path + "': " + m_reason;
    // Say what became of the file only when there was one to speak of.
    if (m_createdTemporary)
        message += m_existed ? " (the existing file was left unchanged)"
                             : " (no partial file was left)";
    return message;
}

bool AtomicFile::open()
{
    if (m_fd >= 0 || failed())
        return !failed();
    if (m_path.empty())
        return fail(std::string("empty file name"));
    m_final = m_path;
    struct stat link;
    if (::lstat(m_path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        // Replace the file the link points to, not the link (as editors do).
        if (char *resolved = ::realpath(m_path.c_str(), nullptr)) {
            m_final = resolved;
            std::free(resolved);
        }
    }
    struct stat target;
    mode_t mode = 0666; // narrowed by the umask, as for any new file
    if (::stat(m_final.c_str(), &target) == 0) {
        if (S_ISDIR(target.st_mode))
            return fail(EISDIR);
        m_existed = true;
        if (!S_ISREG(target.st_mode)) {
            m_direct = true;
            m_fd = ::open(m_final.c_str(), O_WRONLY | O_CLOEXEC);
            return m_fd >= 0 || fail(errno);
        }
        mode = target.st_mode & 07777;
    }
    const std::string folder = folderOf(m_final);
    const std::string stem = baseNameOf(m_final).substr(0, kMaxTemporaryStem);
    static std::atomic<unsigned> counter { 0 };
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string candidate = folder + "/." + stem + ".tmp-" + std::to_string(::getpid())
            + "-" + std::to_string(counter++);
        m_fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (m_fd >= 0) {
            m_temporary = candidate;
            m_createdTemporary = true;
            if (m_existed)
                (void)::fchmod(m_fd, mode); // keep the old file's permissions despite the umask
            return true;
        }
        if (errno != EEXIST)
            return fail(errno);
    }
    return fail(EEXIST);
}

bool AtomicFile::write(std::string_view bytes)
{
    if (failed())
        return false;
    if (m_fd < 0)
        return fail(EBADF);
    m_buffer.append(bytes.data(), bytes.size());
    return m_buffer.size() < kBufferSize || flushBuffer();
}

bool AtomicFile::flushBuffer()
{
    std::size_t done = 0;
    while (done < m_buffer.size()) {
        const std::size_t wanted = m_buffer.size() - done;
        const std::size_t allowed = allowedBytes(wanted);
        if (allowed == 0)
            return fail(ENOSPC); // injected: the "disk" is full
        const ssize_t n = ::write(m_fd, m_buffer.data() + done, allowed);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        if (n == 0)
            return fail(EIO); // write(2) never returns 0 for a positive count on a file
        done += std::size_t(n);
    }
    m_buffer.clear();
    return true;
}

bool AtomicFile::commit()
{
    if (failed())
        return false;
    if (m_fd < 0)
        return fail(EBADF);
    if (!flushBuffer())
        return false;
    if (!m_direct) {
        // The data must be on disk before the new name points at it; a file system that
        // cannot sync (EINVAL) has nothing more to give.
        if (faults().syncFails.load())
            return fail(EIO);
        if (::fsync(m_fd) != 0 && errno != EINVAL)
            return fail(errno);
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && errno != EINTR) // NFS may report a lost write only here
        return fail(errno);
    if (m_direct) {
        m_committed = true;
        return true;
    }
    if (::rename(m_temporary.c_str(), m_final.c_str()) != 0)
        return fail(errno);
    m_temporary.clear();
    m_committed = true;
    // Make the new name durable too. The content is complete and synced already, so a
    // failure here cannot leave a partial file; it is not reported.
    const int folder = ::open(folderOf(m_final).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        (void)::fsync(folder);
        ::close(folder);
    }
    return true;
}

void AtomicFile::discard()
{
    m_buffer.clear();
    removeTemporary();
}

void AtomicFile::removeTemporary()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.empty()) {
        ::unlink(m_temporary.c_str());
        m_temporary.clear();
    }
}

bool writeFileAtomically(const std::string &path, std::string_view bytes, std::string &error)
{
    AtomicFile file(path);
    if (file.open() && file.write(bytes) && file.commit())
        return true;
    error = file.error();
    return false;
}

namespace writefaults {

void setBudget(long long bytes)
{
    faults().budget = bytes < 0 ? -1 : bytes;
}

long long budget()
{
    return faults().budget.load();
}

void setSyncFails(bool fails)
{
    faults().syncFails = fails;
}

} // namespace writefaults

} // namespace td::base
