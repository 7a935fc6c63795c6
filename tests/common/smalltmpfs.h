// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <string>

#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace td::test {

/// A real, small, full-able file system for disk-full tests: a tmpfs of `bytes` mounted on a
/// fresh temporary folder, unmounted again by the destructor. Mounting needs root (or
/// CAP_SYS_ADMIN); CI containers often lack it, so callers QSKIP with skipReason() when
/// mounted() is false and rely on the injected write budget (base::writefaults) instead.
class SmallTmpfs
{
public:
    explicit SmallTmpfs(std::size_t bytes)
    {
        if (!m_dir.isValid()) {
            m_reason = "cannot create a temporary folder to mount on";
            return;
        }
        const std::string options = "size=" + std::to_string(bytes) + ",mode=0777";
        if (::mount(
                "tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.c_str())
            != 0) {
            m_reason = std::string("cannot mount a small tmpfs (") + std::strerror(errno)
                + "; needs root or CAP_SYS_ADMIN): the real-full-disk case is skipped, the "
                  "injected write failure still covers it";
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool mounted() const { return m_mounted; }
    QByteArray skipReason() const { return QByteArray::fromStdString(m_reason); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Fills the file system up to `leave` free bytes with one filler file.
    bool fill(std::size_t leave) const
    {
        const QString filler = filePath(QStringLiteral(".filler"));
        QFile file(filler);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        const QByteArray block(4096, 'x');
        while (freeBytes() > leave + 4096) {
            if (file.write(block) != block.size() || !file.flush())
                break;
        }
        return true;
    }
    std::size_t freeBytes() const
    {
        struct statvfs s;
        if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &s) != 0)
            return 0;
        return std::size_t(s.f_bavail) * std::size_t(s.f_frsize);
    }

private:
    QTemporaryDir m_dir;
    std::string m_reason;
    bool m_mounted = false;
};

} // namespace td::test
