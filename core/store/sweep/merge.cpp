// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/merge.h"

#include "store/sqltransaction.h"
#include "store/sqlutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <map>
#include <memory>
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

/// What the checks learnt about an input.
struct CheckedInput
{
    std::string path;
    bool hasModelVersion = false;
    bool hasProvenance = false;
    std::set<std::string> sweeps;
};

/// Opens every input read-only and checks it before anything is written: a problem is
/// refused with the input's name. Sweep runs (id, item) go to `sweepRuns` with their file.
std::vector<CheckedInput> checkInputs(const std::string &outPath, int outVersion,
    const std::vector<std::string> &inputs,
    std::map<std::pair<std::string, long long>, std::string> &sweepRuns)
{
    using Kind = StoreError::Kind;
    std::vector<CheckedInput> checked;
    std::set<QString> seenFiles { canonical(outPath) };
    for (const std::string &input : inputs) {
        if (!seenFiles.insert(canonical(input)).second)
            throw StoreError(Kind::BadRequest,
                canonical(input) == canonical(outPath)
                    ? "'" + input + "' is the output database itself"
                    : "'" + input + "' is given twice");
        OpenOptions options;
        options.readOnly = true;
        options.onDamage = OnDamage::Refuse; // a damaged input is refused by its own name
        const RunStore in(input, options);
        if (outVersion > 0 && in.schemaVersion() > outVersion)
            throw StoreError(Kind::BadRequest,
                "'" + input + "' has schema version " + std::to_string(in.schemaVersion())
                    + ", newer than '" + outPath + "' (" + std::to_string(outVersion)
                    + "); merge with a newer TasteDrift");
        CheckedInput c { input, in.hasModelVersion(), in.hasProvenance(), {} };
        for (const RunInfo &r : in.runs()) {
            if (r.status == RunStatus::Running)
                throw StoreError(Kind::BadRequest,
                    "run " + std::to_string(r.id) + " of '" + input
                        + "' is still being written by another process; merge when it is done");
            if (r.sweepId.empty())
                continue;
            c.sweeps.insert(r.sweepId);
            const auto [it, fresh]
                = sweepRuns.emplace(std::make_pair(r.sweepId, r.sweepItem), input);
            if (!fresh)
                throw StoreError(Kind::BadRequest,
                    "'" + input + "' and '" + it->second + "' both hold item "
                        + std::to_string(r.sweepItem) + " of sweep " + r.sweepId
                        + " (a shard given twice?); nothing was merged");
        }
        checked.push_back(std::move(c));
    }
    return checked;
}

/// Detaches on every exit path (DETACH cannot run inside a transaction, so it comes after).
class Attachment
{
public:
    Attachment(const QSqlDatabase &db, const std::string &input) : m_db(db)
    {
        // Read-only URI: merge never writes to its inputs.
        QUrl url = QUrl::fromLocalFile(canonical(input));
        url.setQuery(QStringLiteral("mode=ro"));
        QSqlQuery attach = prepareQuery(m_db, input, QStringLiteral("ATTACH DATABASE ? AS src"));
        attach.addBindValue(url.toString(QUrl::FullyEncoded));
        execQuery(attach, input, "cannot read '" + input + "'");
    }
    ~Attachment()
    {
        QSqlQuery detach(m_db);
        detach.exec(QStringLiteral("DETACH DATABASE src"));
    }

private:
    QSqlDatabase m_db;
};

/// Copies every run of the attached input `src` into `main`, in one transaction.
int copyInput(const QSqlDatabase &db, const std::string &outPath, const CheckedInput &input)
{
    Attachment attachment(db, input.path);
    SqlTransaction transaction(db, outPath);
    const std::string doing = "cannot copy the runs of '" + input.path + "'";
    execSql(db, outPath,
        QStringLiteral("INSERT OR IGNORE INTO main.sweeps (id, definition, created)"
                       " SELECT id, definition, created FROM src.sweeps"),
        doing);
    QSqlQuery ids
        = execSql(db, outPath, QStringLiteral("SELECT id FROM src.runs ORDER BY id"), doing);
    std::vector<long long> sourceIds;
    while (ids.next())
        sourceIds.push_back(ids.value(0).toLongLong());
    ids.finish();
    // An input of schema version 1 has no model_version: its runs stay without one.
    const QString model
        = input.hasModelVersion ? QStringLiteral("model_version") : QStringLiteral("NULL");
    // Before version 4 an input has no provenance: its runs stay without one.
    const QString provenance = input.hasProvenance
        ? QStringLiteral("git_commit, plugin_path, plugin_sha256")
        : QStringLiteral("NULL, NULL, NULL");
    for (long long sourceId : sourceIds) {
        QSqlQuery run = prepareQuery(db, outPath,
            QStringLiteral("INSERT INTO main.runs (name, created, finished, status, app_version,"
                           " scenario, base_dir, seed, days_total, days_done, sweep_id, sweep_item,"
                           " grid_point, model_version, git_commit, plugin_path, plugin_sha256)"
                           " SELECT name, created, finished,"
                           " CASE status WHEN 'running' THEN 'interrupted' ELSE status END,"
                           " app_version, scenario, base_dir, seed, days_total, days_done,"
                           " sweep_id, sweep_item, grid_point, %1, %2 FROM src.runs WHERE id = ?")
                .arg(model, provenance));
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
    return int(sourceIds.size());
}

/// `keepsEarlier`: OUT keeps the inputs merged before a failure (the message says so).
int mergeChecked(RunStore &out, const std::vector<CheckedInput> &inputs,
    const std::function<void(const std::string &, int)> &onInput, bool keepsEarlier)
{
    const std::string &outPath = out.path();
    const QSqlDatabase db = out.database();
    int copiedTotal = 0;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        const std::string &input = inputs[k].path;
        try {
            const int copied = copyInput(db, outPath, inputs[k]);
            copiedTotal += copied;
            if (onInput)
                onInput(input, copied);
        } catch (const StoreError &e) {
            // Damage met while copying is the input's: OUT was checked when it was opened.
            const StoreError error = e.kind() == StoreError::Kind::Damaged
                ? StoreError(StoreError::Kind::Damaged,
                    "cannot copy the runs of '" + input
                        + "': " + damagedError(input, e.what()).what())
                : e;
            if (k == 0 || !keepsEarlier)
                throw error;
            throw StoreError(error.kind(),
                std::string(error.what()) + " (the " + std::to_string(k)
                    + " inputs before it are merged)");
        }
    }
    return copiedTotal;
}

/// Sweep runs of `out`, by (sweep id, item), for the duplicate check.
void checkAgainstOut(
    const RunStore &out, const std::map<std::pair<std::string, long long>, std::string> &sweepRuns)
{
    for (const RunInfo &r : out.runs()) {
        if (r.sweepId.empty())
            continue;
        const auto it = sweepRuns.find({ r.sweepId, r.sweepItem });
        if (it != sweepRuns.end())
            throw StoreError(StoreError::Kind::BadRequest,
                "'" + it->second + "' and '" + out.path() + "' both hold item "
                    + std::to_string(r.sweepItem) + " of sweep " + r.sweepId
                    + " (a shard given twice?); nothing was merged");
    }
}

} // namespace

int mergeStores(RunStore &out, const std::vector<std::string> &inputs,
    const std::function<void(const std::string &, int)> &onInput)
{
    std::map<std::pair<std::string, long long>, std::string> sweepRuns;
    const std::vector<CheckedInput> checked
        = checkInputs(out.path(), out.schemaVersion(), inputs, sweepRuns);
    checkAgainstOut(out, sweepRuns);
    return mergeChecked(out, checked, onInput, true);
}

MergeReport mergeInto(const std::string &outPath, const OpenOptions &outOptions,
    const std::vector<std::string> &inputs,
    const std::function<void(const std::string &, int)> &onInput)
{
    // 1. Every input, before OUT is touched (or created).
    std::map<std::pair<std::string, long long>, std::string> sweepRuns;
    const std::vector<CheckedInput> checked
        = checkInputs(outPath, latestVersion(storeMigrations()), inputs, sweepRuns);
    const bool existed = QFileInfo::exists(QString::fromStdString(outPath));
    MergeReport report;
    try {
        RunStore out(outPath, outOptions);
        checkAgainstOut(out, sweepRuns);
        report.copied = mergeChecked(out, checked, onInput, existed);
        std::set<std::string> touched;
        for (const CheckedInput &c : checked)
            touched.insert(c.sweeps.begin(), c.sweeps.end());
        for (SweepCompleteness &c : sweepCompleteness(out))
            if (touched.count(c.sweepId) && !c.isComplete())
                report.incompleteSweeps.push_back(std::move(c));
    } catch (const StoreError &e) {
        if (existed)
            throw;
        // Leave nothing: the database this merge created, with its journal files.
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(QString::fromStdString(outPath + suffix));
        throw StoreError(e.kind(),
            std::string(e.what()) + "; nothing was merged and '" + outPath + "' was not created");
    }
    return report;
}

} // namespace td::store
