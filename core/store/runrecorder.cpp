// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/runrecorder.h"

#include "metrics/metriccatalog.h"
#include "store/runlock.h"
#include "store/sqltransaction.h"
#include "store/sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>

#ifndef TD_VERSION
#define TD_VERSION "unknown"
#endif

namespace td::store {

namespace {
QVariant textOrNull(const std::string &text)
{
    return text.empty() ? QVariant() : QVariant(QString::fromStdString(text));
}
QString latin1(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}
} // namespace

RunRecorder::RunRecorder(RunStore &store, const NewRun &run) : m_store(store)
{
    using Kind = StoreError::Kind;
    if (store.readOnly())
        throw StoreError(Kind::WriteFailed,
            "cannot write to database '" + store.path() + "': it was opened read-only");
    const QSqlDatabase db = store.database();
    const std::string &path = store.path();
    SqlTransaction transaction(db, path);
    if (!run.sweepId.empty()) {
        QSqlQuery sweep = prepareQuery(db, path,
            QStringLiteral(
                "INSERT OR IGNORE INTO sweeps (id, definition, created) VALUES (?, ?, ?)"));
        sweep.addBindValue(QString::fromStdString(run.sweepId));
        sweep.addBindValue(QString::fromStdString(run.sweepDefinition));
        sweep.addBindValue(nowUtc());
        execQuery(sweep, path, "cannot store the sweep");
    }
    // model_version exists from schema version 2 on (a writing open has migrated to it; only
    // tests of the migration mechanism open with an older history).
    QSqlQuery insert = prepareQuery(db, path,
        QStringLiteral("INSERT INTO runs (name, created, status, app_version, scenario, base_dir,"
                       " seed, days_total, days_done, sweep_id, sweep_item, grid_point%1)"
                       " VALUES (?, ?, 'running', ?, ?, ?, ?, ?, 0, ?, ?, ?%2)")
            .arg(store.hasModelVersion() ? QStringLiteral(", model_version") : QString(),
                store.hasModelVersion() ? QStringLiteral(", ?") : QString()));
    insert.addBindValue(QString::fromStdString(run.name));
    insert.addBindValue(nowUtc());
    insert.addBindValue(QStringLiteral(TD_VERSION));
    insert.addBindValue(QString::fromStdString(run.scenarioJson));
    insert.addBindValue(QString::fromStdString(run.baseDirectory));
    insert.addBindValue(QString::number(run.seed)); // text: SQLite integers are signed 64-bit
    insert.addBindValue(run.daysTotal);
    insert.addBindValue(textOrNull(run.sweepId));
    insert.addBindValue(run.sweepItem >= 0 ? QVariant(run.sweepItem) : QVariant());
    insert.addBindValue(textOrNull(run.gridPoint));
    if (store.hasModelVersion())
        insert.addBindValue(run.modelVersion ? QVariant(*run.modelVersion) : QVariant());
    execQuery(insert, path, "cannot create the run");
    m_id = insert.lastInsertId().toLongLong();
    // The lock is taken before the row becomes visible, so nobody ever sees this run
    // `running` without its lock held.
    try {
        m_lock = RunLock::tryAcquire(path, m_id);
    } catch (const std::runtime_error &e) {
        throw StoreError(Kind::WriteFailed, e.what());
    }
    if (!m_lock)
        throw StoreError(Kind::Other,
            "database '" + path + "': the lock of new run " + std::to_string(m_id)
                + " is held by another process");
    transaction.commit();
}

RunRecorder::~RunRecorder()
{
    if (!m_closed)
        abandon();
}

void RunRecorder::writeDay(const DayRecord &day)
{
    const std::string &path = m_store.path();
    const QSqlDatabase db = m_store.database();
    const int d = day.metrics.day;
    if (m_closed)
        throw StoreError(StoreError::Kind::Other, "run " + std::to_string(m_id) + " is closed");
    if (d != m_nextDay)
        throw StoreError(StoreError::Kind::Other,
            "run " + std::to_string(m_id) + ": expected day " + std::to_string(m_nextDay)
                + ", got day " + std::to_string(d));
    const std::string doing = "cannot store day " + std::to_string(d);
    SqlTransaction transaction(db, path);

    QSqlQuery metric = prepareQuery(db, path,
        QStringLiteral("INSERT INTO day_metrics (run_id, day, metric, value) VALUES (?, ?, ?, ?)"));
    const auto &catalog = metrics::metricCatalog();
    for (std::size_t i = 0; i < catalog.size() && i < day.metrics.values.size(); ++i) {
        const double v = day.metrics.values[i];
        metric.bindValue(0, m_id);
        metric.bindValue(1, d);
        metric.bindValue(2, latin1(catalog[i].name));
        // NaN (undefined) is NULL; every other double, -0 and infinities included, is kept
        // bit for bit (REAL is an 8-byte IEEE double in SQLite).
        metric.bindValue(3, std::isnan(v) ? QVariant() : QVariant(v));
        execQuery(metric, path, doing);
    }

    QSqlQuery annotation = prepareQuery(db, path,
        QStringLiteral(
            "INSERT INTO annotations (run_id, day, seq, path, value) VALUES (?, ?, ?, ?, ?)"));
    int seq = 0;
    for (const Annotation &a : day.annotations) {
        annotation.bindValue(0, m_id);
        annotation.bindValue(1, a.day);
        annotation.bindValue(2, seq++);
        annotation.bindValue(3, QString::fromStdString(a.path));
        annotation.bindValue(4, QString::fromStdString(a.value));
        execQuery(annotation, path, doing);
    }

    QSqlQuery cohort = prepareQuery(db, path,
        QStringLiteral("INSERT INTO cohort_retention (run_id, day, cohort_day, days_since_signup,"
                       " signed_up, active) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const metrics::CohortRetention &c : day.cohorts) {
        cohort.bindValue(0, m_id);
        cohort.bindValue(1, d);
        cohort.bindValue(2, int(c.cohortDay));
        cohort.bindValue(3, c.daysSinceSignup);
        cohort.bindValue(4, c.signedUp);
        cohort.bindValue(5, c.active);
        execQuery(cohort, path, doing);
    }

    QSqlQuery event = prepareQuery(db, path,
        QStringLiteral("INSERT INTO events (run_id, day, seq, hour, listener, track, listen_ms,"
                       " propensity, surface, context, action, source, position, policy,"
                       " explored, candidate_source, device)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    seq = 0;
    for (std::size_t i = 0; i < day.events.size(); ++i) {
        const events::Event &e = day.events[i];
        const auto context = i < day.contexts.size() ? day.contexts[i] : events::Context::None;
        event.bindValue(0, m_id);
        event.bindValue(1, d);
        event.bindValue(2, seq++);
        event.bindValue(3, double(e.hour));
        event.bindValue(4, qlonglong(e.listener));
        event.bindValue(5, e.track == kNoTrack ? QVariant() : QVariant(qlonglong(e.track)));
        event.bindValue(6, e.listenMs);
        event.bindValue(7, double(e.propensity));
        event.bindValue(8, latin1(events::surfaceName(e.surface)));
        event.bindValue(9, latin1(events::contextName(context)));
        event.bindValue(10, latin1(events::actionName(e.action)));
        event.bindValue(11,
            e.source == events::Source::Organic ? QStringLiteral("organic")
                                                : QStringLiteral("recommended"));
        event.bindValue(12, int(e.position));
        event.bindValue(13, int(e.policy));
        event.bindValue(14, int(e.explored));
        event.bindValue(15, int(e.candidateSource));
        event.bindValue(16, latin1(events::deviceName(e.device)));
        execQuery(event, path, doing);
    }

    QSqlQuery progress
        = prepareQuery(db, path, QStringLiteral("UPDATE runs SET days_done = ? WHERE id = ?"));
    progress.addBindValue(d + 1);
    progress.addBindValue(m_id);
    execQuery(progress, path, doing);
    transaction.commit();
    ++m_nextDay;
}

void RunRecorder::setStatus(RunStatus status)
{
    const std::string &path = m_store.path();
    const QSqlDatabase db = m_store.database();
    SqlTransaction transaction(db, path);
    QSqlQuery q = prepareQuery(
        db, path, QStringLiteral("UPDATE runs SET status = ?, finished = ? WHERE id = ?"));
    q.addBindValue(QString::fromStdString(statusText(status)));
    q.addBindValue(status == RunStatus::Complete ? QVariant(nowUtc()) : QVariant());
    q.addBindValue(m_id);
    execQuery(q, path, "cannot update the status of run " + std::to_string(m_id));
    transaction.commit();
}

void RunRecorder::finish()
{
    if (m_closed)
        return;
    setStatus(RunStatus::Complete);
    m_closed = true;
    m_lock.reset(); // after the commit: a free lock must never meet a `running` row
}

void RunRecorder::abandon() noexcept
{
    if (m_closed)
        return;
    m_closed = true;
    try {
        setStatus(RunStatus::Interrupted);
    } catch (...) {
        // The lock goes below; the next writing open marks the run interrupted.
    }
    m_lock.reset();
}

} // namespace td::store
