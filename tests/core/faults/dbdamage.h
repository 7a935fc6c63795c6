// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"

#include <QString>

namespace td::faults {

// Small damaging helpers for run databases (SQLite files), written here until the store's
// own (issue 16, item 2, branch wt-store) are merged; then these can go.

/// Replaces `count` bytes at `offset` with their complement (a "64 bytes flipped at the
/// midpoint" of the issue).
bool flipBytes(const QString &path, qint64 offset, int count);
/// Overwrites page `page` (1-based, SQLite's numbering) with zeros.
bool zeroPage(const QString &path, qint64 page);
/// Flips `bits` bits at positions drawn from `rng` (past the 100-byte file header, so the
/// file is still recognised as SQLite and the damage is in the data).
bool flipRandomBits(const QString &path, int bits, base::Rng &rng);
/// SQLite's page size from the file header, 0 if unreadable.
qint64 pageSize(const QString &path);
/// True when `PRAGMA integrity_check` says "ok" (opened read-only; a file SQLite refuses
/// to open is not ok).
bool integrityOk(const QString &path);

} // namespace td::faults
