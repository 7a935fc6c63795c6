// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/storeerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <string>

/// Small helpers shared by the store's translation units (not a public API).
namespace td::store {

/// Turns an SQLite error into a one-line StoreError naming the database file. `doing` says
/// what failed ("cannot store day 3"); it is left out when the cause speaks for itself
/// (locked, read-only, not a database).
StoreError sqlError(const std::string &path, const QSqlError &error, const std::string &doing);
/// The one-line error for a damaged database: names the file and what is wrong, and points
/// to `tastedrift-cli check`.
StoreError damagedError(const std::string &path, const std::string &problem);

/// Prepares `sql` or throws StoreError.
QSqlQuery prepareQuery(const QSqlDatabase &db, const std::string &path, const QString &sql);
/// Executes a prepared query or throws StoreError with `doing`.
void execQuery(QSqlQuery &query, const std::string &path, const std::string &doing);
/// Executes one statement without parameters or throws StoreError with `doing`.
QSqlQuery execSql(
    const QSqlDatabase &db, const std::string &path, const QString &sql, const std::string &doing);

/// UTC wall-clock time as ISO 8601 ("2026-03-01T12:00:00Z"): metadata, never simulation input.
QString nowUtc();

} // namespace td::store
