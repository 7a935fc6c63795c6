// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/integrity.h"

#include "store/sqlutil.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace td::store {

namespace {
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == kSqliteCorrupt || code == kSqliteNotADb);
}

std::string errorText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return (text.isEmpty() ? error.text() : text).toStdString();
}
} // namespace

std::string IntegrityReport::summary() const
{
    if (problems.empty())
        return "ok";
    std::string text = problems.front();
    if (problems.size() > 1)
        text += " (and " + std::to_string(problems.size() - 1) + " more)";
    return text;
}

IntegrityReport checkIntegrity(
    const QSqlDatabase &db, const std::string &path, IntegrityDepth depth, int maxProblems)
{
    IntegrityReport report;
    const QString pragma = depth == IntegrityDepth::Quick ? QStringLiteral("quick_check")
                                                          : QStringLiteral("integrity_check");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(std::max(1, maxProblems)))) {
        if (!isDamage(query.lastError()))
            throw sqlError(path, query.lastError(), "cannot check the database");
        report.problems.push_back(errorText(query.lastError()));
        return report;
    }
    while (query.next()) {
        // One row per problem; SQLite may also put several lines in one row.
        const QStringList lines
            = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line == QLatin1String("ok") || line.startsWith(QLatin1String("*** in database")))
                continue;
            report.problems.push_back(line.trimmed().toStdString());
        }
    }
    if (query.lastError().isValid()) {
        if (!isDamage(query.lastError()))
            throw sqlError(path, query.lastError(), "cannot check the database");
        report.problems.push_back(errorText(query.lastError()));
    }
    return report;
}

} // namespace td::store
