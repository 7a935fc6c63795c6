// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Reading a run store back: runs, day metrics, annotations, cohorts, sampled events.
#include "store/runstore.h"

#include "sim/scenario/textformat.h"
#include "store/sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

namespace td::store {

namespace {

/// Enum value from its stored name (the names of events/types.h); `fallback` if unknown.
template<typename Enum, typename NameOf>
Enum enumFromName(const QString &name, int count, NameOf nameOf, Enum fallback)
{
    const std::string text = name.toStdString();
    for (int i = 0; i < count; ++i)
        if (nameOf(Enum(i)) == text)
            return Enum(i);
    return fallback;
}

RunInfo runFromQuery(const QSqlQuery &q)
{
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString().toStdString();
    r.created = q.value(2).toString().toStdString();
    r.finished = q.value(3).toString().toStdString();
    r.status = parseStatus(q.value(4).toString().toStdString()).value_or(RunStatus::Interrupted);
    r.appVersion = q.value(5).toString().toStdString();
    r.scenarioJson = q.value(6).toString().toStdString();
    r.baseDirectory = q.value(7).toString().toStdString();
    r.seed = sim::text::parseUnsigned(q.value(8).toString().toStdString()).value_or(0);
    r.daysTotal = q.value(9).toInt();
    r.daysDone = q.value(10).toInt();
    r.sweepId = q.value(11).toString().toStdString();
    r.sweepItem = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
    r.gridPoint = q.value(13).toString().toStdString();
    if (!q.value(14).isNull()) // the column is NULL or absent (schema version 1)
        r.modelVersion = q.value(14).toInt();
    r.gitCommit = q.value(15).toString().toStdString(); // NULL or absent before version 4
    r.pluginPath = q.value(16).toString().toStdString();
    r.pluginSha256 = q.value(17).toString().toStdString();
    return r;
}

/// The columns runFromQuery() reads; model_version exists from schema version 2 on, the
/// provenance columns from version 4 on.
QString runColumns(bool hasModelVersion, bool hasProvenance)
{
    return QStringLiteral(
        "id, name, created, finished, status, app_version, scenario, base_dir, seed,"
        " days_total, days_done, sweep_id, sweep_item, grid_point, %1, %2")
        .arg(hasModelVersion ? QStringLiteral("model_version") : QStringLiteral("NULL"),
            hasProvenance ? QStringLiteral("git_commit, plugin_path, plugin_sha256")
                          : QStringLiteral("NULL, NULL, NULL"));
}

} // namespace

std::vector<RunInfo> RunStore::runs() const
{
    checkThread();
    QSqlQuery q = execSql(m_db, m_path,
        QStringLiteral("SELECT %1 FROM runs ORDER BY id")
            .arg(runColumns(m_hasModelVersion, m_hasProvenance)),
        "cannot read the runs");
    std::vector<RunInfo> result;
    while (q.next()) {
        result.push_back(runFromQuery(q));
        RunInfo &r = result.back();
        if (r.status == RunStatus::Running && !isLive(r.id))
            r.status = RunStatus::Interrupted;
    }
    return result;
}

RunInfo RunStore::run(long long id) const
{
    checkThread();
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral("SELECT %1 FROM runs WHERE id = ?")
            .arg(runColumns(m_hasModelVersion, m_hasProvenance)));
    q.addBindValue(id);
    execQuery(q, m_path, "cannot read run " + std::to_string(id));
    if (!q.next())
        throw StoreError(StoreError::Kind::BadRequest,
            "database '" + m_path + "' has no run " + std::to_string(id));
    RunInfo r = runFromQuery(q);
    if (r.status == RunStatus::Running && !isLive(r.id))
        r.status = RunStatus::Interrupted;
    return r;
}

std::vector<StoredDay> RunStore::dayMetrics(long long runId) const
{
    checkThread();
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral(
            "SELECT day, metric, value FROM day_metrics WHERE run_id = ? ORDER BY day, metric"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the metrics of run " + std::to_string(runId));
    std::vector<StoredDay> days;
    while (q.next()) {
        const int day = q.value(0).toInt();
        if (days.empty() || days.back().day != day)
            days.push_back(StoredDay { day, {} });
        StoredValue v;
        v.metric = q.value(1).toString().toStdString();
        if (!q.value(2).isNull())
            v.value = q.value(2).toDouble();
        days.back().values.push_back(std::move(v));
    }
    return days;
}

std::vector<Annotation> RunStore::annotations(long long runId) const
{
    checkThread();
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral(
            "SELECT day, path, value FROM annotations WHERE run_id = ? ORDER BY day, seq"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the annotations of run " + std::to_string(runId));
    std::vector<Annotation> result;
    while (q.next())
        result.push_back(Annotation { q.value(0).toInt(), q.value(1).toString().toStdString(),
            q.value(2).toString().toStdString() });
    return result;
}

std::vector<StoredCohort> RunStore::cohorts(long long runId) const
{
    checkThread();
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral("SELECT day, cohort_day, days_since_signup, signed_up, active"
                       " FROM cohort_retention WHERE run_id = ? ORDER BY day, cohort_day"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the cohorts of run " + std::to_string(runId));
    std::vector<StoredCohort> result;
    while (q.next()) {
        StoredCohort c;
        c.day = q.value(0).toInt();
        c.retention.cohortDay = Day(q.value(1).toInt());
        c.retention.daysSinceSignup = q.value(2).toInt();
        c.retention.signedUp = q.value(3).toInt();
        c.retention.active = q.value(4).toInt();
        result.push_back(c);
    }
    return result;
}

long long RunStore::eventCount(long long runId) const
{
    checkThread();
    QSqlQuery q = prepareQuery(
        m_db, m_path, QStringLiteral("SELECT count(*) FROM events WHERE run_id = ?"));
    q.addBindValue(runId);
    execQuery(q, m_path, "cannot read the events of run " + std::to_string(runId));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<events::Event> RunStore::events(
    long long runId, int day, std::vector<events::Context> *contexts) const
{
    checkThread();
    QSqlQuery q = prepareQuery(m_db, m_path,
        QStringLiteral("SELECT hour, listener, track, listen_ms, propensity, surface, context,"
                       " action, source, position, policy, explored, candidate_source, device"
                       " FROM events WHERE run_id = ? AND day = ? ORDER BY seq"));
    q.addBindValue(runId);
    q.addBindValue(day);
    execQuery(q, m_path, "cannot read the events of run " + std::to_string(runId));
    std::vector<events::Event> result;
    if (contexts)
        contexts->clear();
    while (q.next()) {
        events::Event e;
        e.day = Day(day);
        e.hour = float(q.value(0).toDouble());
        e.listener = ListenerId(q.value(1).toLongLong());
        e.track = q.value(2).isNull() ? kNoTrack : TrackId(q.value(2).toLongLong());
        e.listenMs = std::int32_t(q.value(3).toLongLong());
        e.propensity = float(q.value(4).toDouble());
        e.surface = enumFromName(q.value(5).toString(), events::kSurfaceCount, events::surfaceName,
            events::Surface::Home);
        if (contexts)
            contexts->push_back(enumFromName(q.value(6).toString(), events::kContextCount,
                events::contextName, events::Context::None));
        e.action = enumFromName(q.value(7).toString(), events::kActionCount, events::actionName,
            events::Action::Impression);
        e.source = q.value(8).toString() == QLatin1String("organic") ? events::Source::Organic
                                                                     : events::Source::Recommended;
        e.position = std::uint16_t(q.value(9).toInt());
        e.policy = std::uint8_t(q.value(10).toInt());
        e.explored = std::uint8_t(q.value(11).toInt() & 1);
        e.candidateSource = std::uint8_t(q.value(12).toInt() & 0x7F);
        // NULL before schema version 3 (devices did not exist): the default, phone.
        e.device = enumFromName(q.value(13).toString(), events::kDeviceCount, events::deviceName,
            events::Device::Phone);
        result.push_back(e);
    }
    return result;
}

std::string RunStore::integrityCheck() const
{
    return checkIntegrity(IntegrityDepth::Full).summary();
}

IntegrityReport RunStore::checkIntegrity(IntegrityDepth depth) const
{
    checkThread();
    return store::checkIntegrity(m_db, m_path, depth);
}

} // namespace td::store
