// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace td::ui {

/// Writes `bytes` to `path` through base::AtomicFile: the file is complete or not written at
/// all (a full disk, a missing folder or a failed fsync leaves no partial file, and an
/// existing file unchanged). Every file the GUI writes goes through here. On failure returns
/// false and sets `error` to a translated message naming the file, the cause and what became
/// of the file.
bool writeFileSafely(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace td::ui
