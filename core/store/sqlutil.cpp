// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sqlutil.h"

#include <QDateTime>

namespace td::store {

namespace {
// SQLite primary result codes (sqlite3.h); Qt reports them, possibly extended, as text.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
} // namespace

StoreError sqlError(const std::string &path, const QSqlError &error, const std::string &doing)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    std::string text = error.databaseText().toStdString();
    if (text.empty())
        text = error.text().toStdString();
    const std::string name = "'" + path + "'";
    using Kind = StoreError::Kind;
    const int known = ok ? code : 0;
    switch (ok ? code : -1) {
    case kSqliteBusy:
    case kSqliteLocked:
        return StoreError(Kind::Locked,
            "database " + name + " is locked by another process (" + text
                + "); try again when it is done",
            known);
    case kSqliteReadOnly:
        return StoreError(Kind::WriteFailed,
            "cannot write to database " + name + ": it is read-only (" + text + ")", known);
    case kSqliteFull:
        return StoreError(Kind::WriteFailed,
            "cannot write to database " + name + ": disk or quota full (" + text + ")", known);
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return StoreError(
            Kind::WriteFailed, "database " + name + ": " + doing + ": " + text, known);
    case kSqliteNotADb:
        return StoreError(Kind::NotADatabase, name + " is not a database (" + text + ")", known);
    case kSqliteCorrupt:
        return damagedError(path, text);
    default:
        return StoreError(Kind::Other, "database " + name + ": " + doing + ": " + text, known);
    }
}

StoreError damagedError(const std::string &path, const std::string &problem)
{
    return StoreError(StoreError::Kind::Damaged,
        "database '" + path + "' is damaged (" + problem + "); 'tastedrift-cli check " + path
            + "' lists what it holds",
        kSqliteCorrupt);
}

QSqlQuery prepareQuery(const QSqlDatabase &db, const std::string &path, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw sqlError(path, query.lastError(), "cannot prepare a query");
    return query;
}

void execQuery(QSqlQuery &query, const std::string &path, const std::string &doing)
{
    if (!query.exec())
        throw sqlError(path, query.lastError(), doing);
}

QSqlQuery execSql(
    const QSqlDatabase &db, const std::string &path, const QString &sql, const std::string &doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw sqlError(path, query.lastError(), doing);
    return query;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace td::store
