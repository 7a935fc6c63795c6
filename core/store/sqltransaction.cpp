// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sqltransaction.h"

#include "store/sqlutil.h"

#include <QSqlQuery>

namespace td::store {

SqlTransaction::SqlTransaction(QSqlDatabase db, const std::string &path)
    : m_db(std::move(db)), m_path(path)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        throw sqlError(m_path, query.lastError(), "cannot start a write transaction");
    m_active = true;
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    // Nothing of a half-written day (or migration step) may stay behind.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

void SqlTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = query.lastError();
        // A failed COMMIT (e.g. SQLITE_FULL) may leave the transaction open: roll it back.
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
        throw sqlError(m_path, error, "cannot commit");
    }
    m_active = false;
}

} // namespace td::store
