// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

#include <string>

namespace td::store {

/// A write transaction that rolls back in its destructor unless commit() was called (the idea
/// of Mixxx's SqlTransaction). It starts with `BEGIN IMMEDIATE`, so the write lock is taken at
/// once: SQLite's busy handler then waits for another writer up to the busy timeout, instead
/// of failing later when a deferred read transaction tries to become a write transaction.
///
/// Thread affinity: the thread that owns the connection. Not nestable.
/// Throws StoreError (built by `fail`) when BEGIN or COMMIT fails.
class SqlTransaction
{
public:
    /// `path` only names the database in error messages.
    SqlTransaction(QSqlDatabase db, const std::string &path);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit();
    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    std::string m_path;
    bool m_active = false;
};

} // namespace td::store
