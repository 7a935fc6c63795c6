// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

#include <string>
#include <vector>

namespace td::store {

/// How thoroughly to look for damage.
enum class IntegrityDepth {
    /// `PRAGMA quick_check`: every page and record of every b-tree, O(file size); what every
    /// open does (RunStore).
    Quick,
    /// `PRAGMA integrity_check`: also that every index matches its table, and UNIQUE/NOT NULL
    /// constraints; what `tastedrift-cli check` does.
    Full,
};

/// What an integrity check found: nothing (ok), or SQLite's own descriptions of the damage,
/// e.g. "On tree page 608 cell 11: Offset 19724 out of range 567..4092", or the error that
/// stopped the check ("database disk image is malformed").
struct IntegrityReport
{
    std::vector<std::string> problems;
    bool ok() const { return problems.empty(); }
    /// One line: the first problem, and how many more there are ("... (and 11 more)").
    std::string summary() const;
};

/// Checks the database of `db` (its main schema; the WAL is part of it). A query that SQLite
/// stops with SQLITE_CORRUPT or SQLITE_NOTADB is damage, not an exception; any other failure
/// (locked, I/O) throws StoreError. At most `maxProblems` problems are collected.
///
/// Thread affinity: the connection's thread. `path` only names the file in error messages.
IntegrityReport checkIntegrity(
    const QSqlDatabase &db, const std::string &path, IntegrityDepth depth, int maxProblems = 100);

} // namespace td::store
