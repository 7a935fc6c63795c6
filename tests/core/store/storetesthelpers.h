// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/dayrecord.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "store/runrecorder.h"
#include "store/runstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <string>

/// Shared by the run-store tests (and the runner's, tests/core/run): small scenarios (a few
/// hundred listeners, a few days: the whole store suite runs in seconds) and a recorder loop
/// like the CLI's. The store knows no engine; its tests record real runs through core/run.
namespace td::storetest {

/// 300 listeners, 800 tracks, `days` days, every fifth listener's events sampled.
inline sim::Scenario smallScenario(int days = 5, std::uint64_t seed = 7, double sampleRate = 0.2)
{
    sim::Scenario s = sim::parseScenario(R"({
        "title": "store test",
        "world": { "listeners": { "count": 300, "arrivals_per_day": 3 },
                   "catalog": { "tracks": 800 } },
        "recommender": { "kind": "popular" } })");
    s.run.days = days;
    s.run.seed = seed;
    s.events.sampleRate = sampleRate;
    return s;
}

/// Simulates `scenario` and stores every day, like `run --db`. `beforeDay(engine)` is called
/// before each stepDay() (to make live changes); `afterDay` after it with the snapshot.
/// Returns the run id.
inline long long recordRun(store::RunStore &db, const sim::Scenario &scenario,
    const std::function<void(sim::Engine &)> &beforeDay = {},
    const std::function<void(sim::Engine &, const sim::DaySnapshot &)> &afterDay = {})
{
    store::RunRecorder recorder(db, run::newRunFor(scenario, scenario.title));
    sim::Engine engine(scenario, 1);
    while (!engine.finished()) {
        if (beforeDay)
            beforeDay(engine);
        const sim::DaySnapshotPtr snapshot = engine.stepDay();
        recorder.writeDay(run::lastDayRecord(engine, *snapshot));
        if (afterDay)
            afterDay(engine, *snapshot);
    }
    recorder.finish();
    return recorder.runId();
}

/// A raw QtSql connection (for tampering and for holding locks), closed on destruction.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw_%1").arg(s_counter.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    /// Executes `sql`; returns the first column of the first row (or an invalid QVariant).
    QVariant exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return QVariant(QStringLiteral("ERROR: ") + q.lastError().text());
        return q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    static inline std::atomic<int> s_counter { 0 };
};

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace td::storetest
