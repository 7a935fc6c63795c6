// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace td::base {

/// Writes one output file so that it is either complete or not there: the one writer behind
/// every file the CLI and the GUI write (docs/reliability.md).
///
/// The bytes go to a hidden temporary file next to the target (`.NAME.tmp-PID-N`, same folder,
/// so the final rename never crosses file systems). Every write, the final flush, fsync()
/// and close() are checked; commit() renames the temporary file over the target only when
/// all of them succeeded. On any failure the temporary file is removed, the target is left
/// exactly as it was (absent, or the previous file), and error() says what happened in one
/// line: `cannot write 'r.csv': No space left on device (no partial file was left)`.
///
/// QSaveFile is not used because it ignores a failure of its last flush (ENOSPC there still
/// links the truncated file into place) and ignores fsync() errors.
///
/// A target that exists and is not a regular file (a terminal, a pipe, /dev/null) is written
/// directly: renaming over it would replace a device with a plain file. A symbolic link is
/// followed, so the file it points to is replaced, not the link. A process killed between
/// open() and commit() leaves its temporary file behind, never a partial target.
///
/// Not thread-safe; use one object per thread. POSIX only (like the rest of the project).
class AtomicFile
{
public:
    explicit AtomicFile(std::string path);
    /// Removes the temporary file unless commit() succeeded.
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Creates the temporary file. False (see error()) if the folder is missing or not
    /// writable, or the target is a directory.
    bool open();
    /// Appends bytes (buffered). False once any write failed; later calls do nothing.
    bool write(std::string_view bytes);
    /// Flushes, fsyncs and closes the temporary file, then renames it over the target.
    /// False (see error()) on any failure, after removing the temporary file.
    bool commit();
    /// Gives up: removes the temporary file, leaves the target as it was.
    void discard();

    const std::string &path() const { return m_path; }
    bool failed() const { return !m_reason.empty(); }
    /// One line for the user: `cannot write 'PATH': REASON (what happened to the file)`.
    std::string error() const;
    /// Only the cause, e.g. "No space left on device" (for translated messages).
    const std::string &reason() const { return m_reason; }
    /// True if the target existed before open() (a failure left that file unchanged).
    bool targetExisted() const { return m_existed; }

private:
    bool fail(int errorNumber);
    bool fail(const std::string &reason);
    bool flushBuffer();
    void removeTemporary();

    std::string m_path; ///< as given, for messages
    std::string m_final; ///< where the bytes end up (a symbolic link resolved)
    std::string m_temporary; ///< empty in direct mode
    std::string m_buffer;
    std::string m_reason; ///< empty while everything succeeded
    int m_fd = -1;
    bool m_direct = false; ///< the target is a device or pipe: written in place
    bool m_existed = false;
    bool m_createdTemporary = false; ///< a temporary file was made (and removed on failure)
    bool m_committed = false;
};

/// open(), write(bytes), commit() on `path`. False and `error` (one line) on failure.
bool writeFileAtomically(const std::string &path, std::string_view bytes, std::string &error);

/// Fault injection for tests (docs/reliability.md). The environment sets the initial
/// state, read once per process: TD_FAULT_WRITE_BUDGET=N makes every AtomicFile write fail
/// with ENOSPC ("No space left on device") once N bytes in total have been written by the
/// process, like a disk with N bytes free; TD_FAULT_SYNC_FAILS=1 makes every fsync() fail
/// with EIO. Never set either outside tests.
namespace writefaults {
/// Bytes the process may still write through AtomicFile; negative = no limit.
void setBudget(long long bytes);
long long budget();
void setSyncFails(bool fails);
} // namespace writefaults

} // namespace td::base
