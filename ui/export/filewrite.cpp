// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "export/filewrite.h"

#include "base/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace td::ui {

namespace {
/// Translation context of the messages below (free functions have no tr()).
class FileWrite
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::FileWrite)
};
} // namespace

bool writeFileSafely(const QString &path, const QByteArray &bytes, QString *error)
{
    base::AtomicFile file(QFile::encodeName(path).toStdString());
    if (file.open() && file.write(std::string_view(bytes.constData(), std::size_t(bytes.size())))
        && file.commit())
        return true;
    if (error) {
        // The cause comes from the system (strerror), e.g. "No space left on device".
        const QString where = QFileInfo(path).absoluteFilePath();
        const QString reason = QString::fromLocal8Bit(file.reason().c_str());
        *error = file.targetExisted()
            ? FileWrite::tr("Cannot write %1: %2. The existing file was left unchanged.")
                  .arg(where, reason)
            : FileWrite::tr("Cannot write %1: %2. No file was written.").arg(where, reason);
    }
    return false;
}

} // namespace td::ui
