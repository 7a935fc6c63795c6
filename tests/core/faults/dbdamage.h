// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace td::faults {

// Damage at drawn places, beyond the three fixed reproducers of the store's own helpers
// (tests/core/store/storedamage.h), and the integrity verdict that tells harmless damage.

/// Replaces `count` bytes at `offset` with their complement (a "64 bytes flipped at the
/// midpoint" of the issue).
bool flipBytes(const QString &path, qint64 offset, int count);
/// Overwrites page `page` (1-based, SQLite's numbering) with zeros.
bool zeroPage(const QString &path, qint64 page);
/// SQLite's page size from the file header, 0 if unreadable.
qint64 pageSize(const QString &path);
/// True when `PRAGMA integrity_check` says "ok" (opened read-only; a file SQLite refuses
/// to open is not ok).
bool integrityOk(const QString &path);

} // namespace td::faults
