// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

#include <string>
#include <vector>

namespace td::store {

/// One step of the store's schema history: the SQL that takes a database from version
/// `version - 1` to `version`. Steps are never edited once released; a change of layout is a
/// new step (and a fixture database of the previous version in tests/fixtures/store/).
struct Migration
{
    int version = 0;
    std::string description;
    std::vector<std::string> statements;
};

/// The released schema history, oldest first; version 1 creates every table, version 2 adds
/// `runs.model_version` (docs/store.md).
const std::vector<Migration> &storeMigrations();

/// Latest schema version of a migration list (0 for an empty list).
int latestVersion(const std::vector<Migration> &migrations);

/// Versioned schema upgrades in the style of Mixxx's SchemaManager.
///
/// Version 0 is an empty database. Each step runs in its own write transaction together with
/// its row in `schema_version`; a step that fails rolls back completely and leaves the
/// database at the previous version with every row intact. The version is read again inside
/// the transaction, so two processes opening a new database at once do not both create it.
///
/// Thread affinity: the connection's thread.
class SchemaManager
{
public:
    /// `path` only names the database in error messages.
    SchemaManager(QSqlDatabase db, std::string path) : m_db(std::move(db)), m_path(std::move(path))
    { }

    /// Current version: 0 for an empty database, MAX(version) of `schema_version`, read as
    /// the 64-bit integer it is. Throws StoreError (NotADatabase) for a file that is not
    /// SQLite, an SQLite database of another application (tables but no `schema_version`) or
    /// a version that is not a whole number >= 0.
    long long currentVersion() const;

    /// Applies every step newer than the current version, in order. Throws StoreError:
    /// NewerSchema if the database is newer than the list, or the failure of a step (after
    /// its rollback).
    void upgrade(const std::vector<Migration> &migrations);

private:
    QSqlDatabase m_db;
    std::string m_path;
};

} // namespace td::store
