// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/storedrun.h"

#include "metrics/metriccatalog.h"
#include "run/dayrecord.h"
#include "sim/scenario/scenarioio.h"
#include "store/runstore.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <exception>
#include <map>

namespace td::run {

namespace {

/// The browser's reads skip the integrity check: the workspace was checked when the worker
/// opened it for writing, and a check reads the whole file (seconds for a big workspace).
store::OpenOptions readOnly()
{
    store::OpenOptions options;
    options.readOnly = true;
    options.onDamage = store::OnDamage::NoCheck;
    return options;
}

QString titleOf(const std::string &scenarioJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(scenarioJson.data(), qsizetype(scenarioJson.size())));
    return doc.object().value(QStringLiteral("title")).toString();
}

} // namespace

std::vector<StoredRunRow> listStoredRuns(const std::string &databasePath)
{
    const store::RunStore db(databasePath, readOnly());
    std::vector<StoredRunRow> rows;
    for (store::RunInfo &info : db.runs()) {
        StoredRunRow row;
        row.scenarioTitle = titleOf(info.scenarioJson);
        info.scenarioJson.clear();
        info.scenarioJson.shrink_to_fit();
        row.info = std::move(info);
        rows.push_back(std::move(row));
    }
    return rows;
}

StoredRunPtr loadStoredRun(const std::string &databasePath, long long runId)
{
    const store::RunStore db(databasePath, readOnly());
    auto run = std::make_shared<StoredRun>();
    run->info = db.run(runId);
    run->scenarioTitle = titleOf(run->info.scenarioJson);
    try {
        run->schedule
            = sim::parseScenario(run->info.scenarioJson, run->info.baseDirectory).schedule;
    } catch (const std::exception &) {
        // A scenario of another version: the run still draws, without scheduled markers.
    }

    std::map<int, std::shared_ptr<sim::DaySnapshot>> days;
    const auto dayOf = [&](int day) -> sim::DaySnapshot & {
        auto &slot = days[day];
        if (!slot) {
            slot = std::make_shared<sim::DaySnapshot>();
            slot->metrics.day = Day(day);
            slot->totalDays = run->info.daysTotal;
        }
        return *slot;
    };
    for (const store::StoredDay &stored : db.dayMetrics(runId)) {
        sim::DaySnapshot &snapshot = dayOf(stored.day);
        for (const store::StoredValue &v : stored.values) {
            const int index = metrics::metricIndex(v.metric);
            if (index >= 0 && v.value)
                snapshot.metrics.values[std::size_t(index)] = *v.value;
        }
    }
    // Annotations and cohorts only for days whose metrics are stored (whole days).
    for (const store::Annotation &a : db.annotations(runId)) {
        if (const auto it = days.find(a.day); it != days.end())
            it->second->annotationsToday.push_back(toSimAnnotation(a));
    }
    for (const store::StoredCohort &c : db.cohorts(runId)) {
        if (const auto it = days.find(c.day); it != days.end())
            it->second->cohorts.push_back(c.retention);
    }
    for (auto &[day, snapshot] : days)
        run->days.append(std::move(snapshot));
    return run;
}

} // namespace td::run
