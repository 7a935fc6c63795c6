// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/merge.h"

#include "store/sqltransaction.h"
#include "store/sqlutil.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <map>
#include <set>

namespace td::store {

namespace {

/// The tables that hang off a run, with their columns after run_id.
const std::vector<std::pair<QString, QString>> kRunTables = {
    { QStringLiteral("day_metrics"), QStringLiteral("day, metric, value") },
    { QStringLiteral("annotations"), QStringLiteral("day, seq, path, value") },
    { QStringLiteral("cohort_retention"),
        QStringLiteral("day, cohort_day, days_since_signup, signed_up, active") },
    { QStringLiteral("events"),
        QStringLiteral("day, seq, hour, listener, track, listen_ms, propensity, surface, context,"
                       " action, source, position, policy, explored, candidate_source") },
};

QString canonical(const std::string &path)
{
    const QFileInfo info(QString::fromStdString(path));
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

/// Detaches on every exit path (DETACH cannot run inside a transaction, so it comes after).
class Attachment
{
public:
    Attachment(const QSqlDatabase &db, const std::string &outPath, const std::string &input)
        : m_db(db)
    {
        // Read-only URI: merge never writes to its inputs.
        QUrl url = QUrl::fromLocalFile(canonical(input));
        url.setQuery(QStringLiteral("mode=ro"));
        QSqlQuery attach = prepareQuery(m_db, outPath, QStringLiteral("ATTACH DATABASE ? AS src"));
        attach.addBindValue(url.toString(QUrl::FullyEncoded));
        execQuery(attach, outPath, "cannot read '" + input + "'");
    }
    ~Attachment()
    {
        QSqlQuery detach(m_db);
        detach.exec(QStringLiteral("DETACH DATABASE src"));
    }

private:
    QSqlDatabase m_db;
};

} // namespace

int mergeStores(RunStore &out, const std::vector<std::string> &inputs,
    const std::function<void(const std::string &, int)> &onInput)
{
    using Kind = StoreError::Kind;
    const std::string &outPath = out.path();
    // 1. Check every input before copying anything.
    std::map<std::pair<std::string, long long>, std::string> sweepRuns;
    for (const RunInfo &r : out.runs())
        if (!r.sweepId.empty())
            sweepRuns[{ r.sweepId, r.sweepItem }] = outPath;
    std::set<QString> seenFiles { canonical(outPath) };
    for (const std::string &input : inputs) {
        if (!seenFiles.insert(canonical(input)).second)
            throw StoreError(Kind::BadRequest,
                canonical(input) == canonical(outPath)
                    ? "'" + input + "' is the output database itself"
                    : "'" + input + "' is given twice");
        OpenOptions options;
        options.readOnly = true;
        const RunStore in(input, options);
        if (in.schemaVersion() != out.schemaVersion())
            throw StoreError(Kind::BadRequest,
                "'" + input + "' has schema version " + std::to_string(in.schemaVersion()) + ", '"
                    + outPath + "' has " + std::to_string(out.schemaVersion()));
        for (const RunInfo &r : in.runs()) {
            if (r.status == RunStatus::Running)
                throw StoreError(Kind::BadRequest,
                    "run " + std::to_string(r.id) + " of '" + input
                        + "' is still being written by another process; merge when it is done");
            if (r.sweepId.empty())
                continue;
            const auto [it, fresh]
                = sweepRuns.emplace(std::make_pair(r.sweepId, r.sweepItem), input);
            if (!fresh)
                throw StoreError(Kind::BadRequest,
                    "'" + input + "' and '" + it->second + "' both hold item "
                        + std::to_string(r.sweepItem) + " of sweep " + r.sweepId
                        + " (a shard given twice?); nothing was merged");
        }
    }

    // 2. Copy, one transaction per input.
    const QSqlDatabase db = out.database();
    int copiedTotal = 0;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        const std::string &input = inputs[k];
        try {
            Attachment attachment(db, outPath, input);
            SqlTransaction transaction(db, outPath);
            const std::string doing = "cannot copy the runs of '" + input + "'";
            execSql(db, outPath,
                QStringLiteral("INSERT OR IGNORE INTO main.sweeps (id, definition, created)"
                               " SELECT id, definition, created FROM src.sweeps"),
                doing);
            QSqlQuery ids = execSql(
                db, outPath, QStringLiteral("SELECT id FROM src.runs ORDER BY id"), doing);
            std::vector<long long> sourceIds;
            while (ids.next())
                sourceIds.push_back(ids.value(0).toLongLong());
            ids.finish();
            for (long long sourceId : sourceIds) {
                QSqlQuery run = prepareQuery(db, outPath,
                    QStringLiteral(
                        "INSERT INTO main.runs (name, created, finished, status, app_version,"
                        " scenario, base_dir, seed, days_total, days_done, sweep_id, sweep_item,"
                        " grid_point) SELECT name, created, finished, CASE status WHEN 'running'"
                        " THEN 'interrupted' ELSE status END, app_version, scenario, base_dir,"
                        " seed, days_total, days_done, sweep_id, sweep_item, grid_point"
                        " FROM src.runs WHERE id = ?"));
                run.addBindValue(sourceId);
                execQuery(run, outPath, doing);
                const long long newId = run.lastInsertId().toLongLong();
                for (const auto &[table, columns] : kRunTables) {
                    QSqlQuery copy = prepareQuery(db, outPath,
                        QStringLiteral("INSERT INTO main.%1 (run_id, %2) SELECT ?, %2 FROM "
                                       "src.%1 WHERE run_id = ?")
                            .arg(table, columns));
                    copy.addBindValue(newId);
                    copy.addBindValue(sourceId);
                    execQuery(copy, outPath, doing);
                }
            }
            transaction.commit();
            copiedTotal += int(sourceIds.size());
            if (onInput)
                onInput(input, int(sourceIds.size()));
        } catch (const StoreError &e) {
            if (k == 0)
                throw;
            throw StoreError(e.kind(),
                std::string(e.what()) + " (the " + std::to_string(k)
                    + " inputs before it are merged)");
        }
    }
    return copiedTotal;
}

} // namespace td::store
