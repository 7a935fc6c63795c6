// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/tradeoff/sweepresults.h"

#include "metrics/metriccatalog.h"
#include "store/runstore.h"
#include "store/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace td::run {

namespace {

store::OpenOptions readOnly()
{
    store::OpenOptions options;
    options.readOnly = true;
    return options;
}

bool whole(const store::RunInfo &r)
{
    return r.status == store::RunStatus::Complete && r.daysDone >= r.daysTotal;
}

/// Grid paths, grid points and seeds of a definition.
void describe(SweepListing &sweep)
{
    const QJsonObject root
        = QJsonDocument::fromJson(QByteArray::fromStdString(sweep.definition)).object();
    sweep.isComparison = root.contains(QLatin1String("ab"));
    std::size_t points = 1;
    for (const QJsonValue &axis : root.value(QLatin1String("grid")).toArray()) {
        sweep.gridPaths.push_back(
            axis.toObject().value(QLatin1String("path")).toString().toStdString());
        points *= std::size_t(axis.toObject().value(QLatin1String("values")).toArray().size());
    }
    sweep.gridPoints = root.contains(QLatin1String("grid")) ? points : 0;
    sweep.seeds = std::size_t(root.value(QLatin1String("seeds")).toArray().size());
}

std::vector<SweepListing> readSweeps(const store::RunStore &db)
{
    std::vector<SweepListing> sweeps;
    QSqlQuery query = store::execSql(db.database(), db.path(),
        QStringLiteral("SELECT id, definition, created FROM sweeps ORDER BY created, id"),
        "cannot read the sweeps");
    while (query.next()) {
        SweepListing sweep;
        sweep.id = query.value(0).toString().toStdString();
        sweep.definition = query.value(1).toString().toStdString();
        sweep.created = query.value(2).toString().toStdString();
        describe(sweep);
        sweeps.push_back(std::move(sweep));
    }
    return sweeps;
}

} // namespace

std::vector<SweepListing> listSweeps(const std::string &databasePath)
{
    const store::RunStore db(databasePath, readOnly());
    std::vector<SweepListing> sweeps = readSweeps(db);
    std::map<std::string, SweepListing *> byId;
    for (SweepListing &s : sweeps)
        byId[s.id] = &s;
    for (const store::RunInfo &r : db.runs()) {
        const auto it = byId.find(r.sweepId);
        if (it == byId.end())
            continue;
        ++it->second->runs;
        it->second->complete += whole(r) ? 1 : 0;
    }
    return sweeps;
}

SweepResultsPtr loadSweepResults(const std::string &databasePath, const std::string &sweepId)
{
    const store::RunStore db(databasePath, readOnly());
    auto results = std::make_shared<SweepResults>();
    results->databasePath = databasePath;
    bool found = false;
    for (SweepListing &s : readSweeps(db)) {
        if (s.id == sweepId) {
            results->sweep = std::move(s);
            found = true;
        }
    }
    if (!found)
        throw store::StoreError(store::StoreError::Kind::BadRequest,
            "'" + databasePath + "' holds no sweep " + sweepId);

    // One complete run per plan item (merged shards may hold an item twice), by item.
    std::map<long long, store::RunInfo> byItem;
    for (store::RunInfo &r : db.runs()) {
        if (r.sweepId != sweepId)
            continue;
        ++results->sweep.runs;
        if (!whole(r)) {
            ++results->incomplete;
            continue;
        }
        ++results->sweep.complete;
        byItem.emplace(r.sweepItem, std::move(r)); // runs() is by id: the first one stays
    }

    std::map<std::string, std::size_t> pointIndex;
    const auto &catalog = metrics::metricCatalog();
    for (auto &[item, info] : byItem) {
        SweepRunValues run;
        const auto [it, added] = pointIndex.emplace(info.gridPoint, results->gridPoints.size());
        if (added)
            results->gridPoints.push_back(info.gridPoint);
        run.gridIndex = it->second;
        run.values.assign(std::size_t(info.daysDone),
            std::vector<double>(catalog.size(), std::numeric_limits<double>::quiet_NaN()));
        for (const store::StoredDay &day : db.dayMetrics(info.id)) {
            if (day.day < 0 || day.day >= info.daysDone)
                continue;
            for (const store::StoredValue &v : day.values) {
                const int m = metrics::metricIndex(v.metric);
                if (m >= 0 && v.value)
                    run.values[std::size_t(day.day)][std::size_t(m)] = *v.value;
            }
        }
        run.info = std::move(info);
        results->runs.push_back(std::move(run));
    }
    return results;
}

std::vector<std::pair<std::string, std::string>> gridPointValues(const std::string &gridPoint)
{
    // Read by hand rather than through a JSON parser: a number must keep the digits the
    // sweep wrote (0.1 stays "0.1", never "0.10000000000000001").
    std::vector<std::pair<std::string, std::string>> values;
    std::size_t i = gridPoint.find('{');
    if (i == std::string::npos)
        return values;
    ++i;
    const auto readString = [&gridPoint](std::size_t &at) {
        std::string text;
        for (++at; at < gridPoint.size() && gridPoint[at] != '"'; ++at) {
            if (gridPoint[at] == '\\' && at + 1 < gridPoint.size())
                ++at;
            text += gridPoint[at];
        }
        ++at; // the closing quote
        return text;
    };
    while (i < gridPoint.size()) {
        while (i < gridPoint.size() && (gridPoint[i] == ',' || gridPoint[i] == ' '))
            ++i;
        if (i >= gridPoint.size() || gridPoint[i] != '"')
            break;
        const std::string key = readString(i);
        while (i < gridPoint.size() && (gridPoint[i] == ':' || gridPoint[i] == ' '))
            ++i;
        std::string value;
        if (i < gridPoint.size() && gridPoint[i] == '"') {
            value = readString(i);
        } else {
            while (i < gridPoint.size() && gridPoint[i] != ',' && gridPoint[i] != '}')
                value += gridPoint[i++];
        }
        values.emplace_back(key, value);
    }
    return values;
}

} // namespace td::run
