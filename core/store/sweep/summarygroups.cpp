// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/summarygroups.h"

#include "base/numberformat.h"
#include "metrics/metriccatalog.h"
#include "sim/scenario/textformat.h"
#include "store/sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <algorithm>

namespace td::store::summary {

int RunGroup::lastDay() const
{
    int last = -1;
    for (const RunInfo *r : runs)
        last = std::max(last, r->daysDone - 1);
    return last;
}

GroupedRuns::GroupedRuns(const RunStore &store) : m_runs(store.runs())
{
    if (m_runs.empty())
        throw StoreError(
            StoreError::Kind::BadRequest, "database '" + store.path() + "' holds no runs");
    std::map<std::pair<std::string, std::string>, RunGroup> byKey;
    for (const RunInfo &r : m_runs) {
        const std::string grid = r.gridPoint.empty() ? std::string("{}") : r.gridPoint;
        RunGroup &g = byKey[{ grid, r.sweepId }];
        g.gridPoint = grid;
        g.sweepId = r.sweepId;
        g.runs.push_back(&r);
        for (const auto &[path, value] : gridValues(grid))
            m_gridPaths.insert(path);
    }
    for (auto &entry : byKey)
        m_groups.push_back(std::move(entry.second));
}

int GroupedRuns::lastDay() const
{
    int last = -1;
    for (const RunInfo &r : m_runs)
        last = std::max(last, r.daysDone - 1);
    return last;
}

std::string csvCell(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + "\"";
}

std::map<std::string, std::string> gridValues(const std::string &gridPoint)
{
    std::map<std::string, std::string> values;
    const QJsonObject object
        = QJsonDocument::fromJson(QByteArray::fromStdString(gridPoint)).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string key = it.key().toStdString();
        if (it.value().isString()) {
            values[key] = it.value().toString().toStdString();
            continue;
        }
        const std::string marker = sim::text::jsonQuote(key) + ":";
        const std::size_t at = gridPoint.find(marker);
        if (at == std::string::npos)
            continue;
        const std::size_t from = at + marker.size();
        const std::size_t to = gridPoint.find_first_of(",}", from);
        values[key] = gridPoint.substr(from, to == std::string::npos ? to : to - from);
    }
    return values;
}

std::vector<std::string> summaryMetrics(
    const RunStore &store, const std::vector<std::string> &requested)
{
    std::set<std::string> stored;
    {
        QSqlQuery q = execSql(store.database(), store.path(),
            QStringLiteral("SELECT DISTINCT metric FROM day_metrics"), "cannot read the metrics");
        while (q.next())
            stored.insert(q.value(0).toString().toStdString());
    }
    std::vector<std::string> names = requested;
    if (names.empty()) {
        for (const auto &info : metrics::metricCatalog())
            if (stored.count(std::string(info.name)))
                names.emplace_back(info.name);
        for (const std::string &name : stored) // metrics of other versions, by name
            if (metrics::metricIndex(name) < 0)
                names.push_back(name);
    }
    for (const std::string &name : names)
        if (!stored.count(name))
            throw StoreError(StoreError::Kind::BadRequest,
                "--metrics: no run in '" + store.path() + "' stores metric '" + name + "'");
    return names;
}

std::string keyHeader(const std::set<std::string> &gridPaths)
{
    std::string header = "sweep";
    for (const std::string &path : gridPaths)
        header += "," + csvCell(path);
    return header;
}

std::string keyCells(const RunGroup &group, const std::set<std::string> &gridPaths)
{
    const std::map<std::string, std::string> grid = gridValues(group.gridPoint);
    std::string cells = csvCell(group.sweepId);
    for (const std::string &path : gridPaths) {
        const auto it = grid.find(path);
        cells += "," + (it == grid.end() ? std::string() : csvCell(it->second));
    }
    return cells;
}

void appendInterval(std::string &row, std::vector<double> values)
{
    const MeanInterval s = meanInterval(std::move(values));
    row += "," + std::to_string(s.n) + "," + base::formatNumber(s.mean) + ","
        + base::formatNumber(s.sd) + "," + base::formatNumber(s.low) + ","
        + base::formatNumber(s.high);
}

Span spanOf(const SummaryOptions &options, int lastDay)
{
    if (!options.window()) {
        const int day = options.day.value_or(lastDay);
        return { day, day };
    }
    return { options.fromDay.value_or(0), options.toDay.value_or(lastDay) };
}

std::string spanHeader(const SummaryOptions &options)
{
    return options.window() ? "from_day,to_day" : "day";
}

std::string spanCells(const SummaryOptions &options, const Span &span)
{
    const std::string to = span.to >= 0 ? std::to_string(span.to) : std::string();
    return options.window() ? std::to_string(span.from) + "," + to : to;
}

std::vector<std::string> statisticKeys(
    const SummaryOptions &options, const std::vector<std::string> &metrics)
{
    std::vector<std::string> keys;
    for (const std::string &m : metrics) {
        if (options.window()) {
            keys.push_back(m + "_sum");
            keys.push_back(m + "_daymean");
        } else {
            keys.push_back(m);
        }
    }
    return keys;
}

ValueReader::ValueReader(const RunStore &store)
    : m_store(store),
      m_query(prepareQuery(store.database(), store.path(),
          QStringLiteral("SELECT day, metric, value FROM day_metrics WHERE run_id = ? AND day "
                         "BETWEEN ? AND ? ORDER BY day")))
{ }

RunValues ValueReader::day(const RunInfo &run, int day)
{
    RunValues values;
    if (day < 0 || run.daysDone <= day)
        return values; // the run did not reach that day (interrupted, or shorter)
    m_query.bindValue(0, run.id);
    m_query.bindValue(1, day);
    m_query.bindValue(2, day);
    execQuery(m_query, m_store.path(), "cannot read the metrics of run " + std::to_string(run.id));
    while (m_query.next())
        if (!m_query.value(2).isNull())
            values[m_query.value(1).toString().toStdString()] = m_query.value(2).toDouble();
    return values;
}

RunValues ValueReader::window(const RunInfo &run, int from, int to)
{
    RunValues values;
    if (from < 0 || from > to || run.daysDone <= to)
        return values;
    m_query.bindValue(0, run.id);
    m_query.bindValue(1, from);
    m_query.bindValue(2, to);
    execQuery(m_query, m_store.path(), "cannot read the metrics of run " + std::to_string(run.id));
    struct Tally
    {
        double sum = 0.0;
        int days = 0;
    };
    std::map<std::string, Tally> tallies;
    while (m_query.next()) { // ORDER BY day: each metric is summed in day order
        if (m_query.value(2).isNull())
            continue;
        Tally &t = tallies[m_query.value(1).toString().toStdString()];
        t.sum += m_query.value(2).toDouble();
        ++t.days;
    }
    const int windowDays = to - from + 1;
    for (const auto &[metric, t] : tallies) {
        if (t.days == windowDays)
            values[metric + "_sum"] = t.sum;
        values[metric + "_daymean"] = t.sum / double(t.days);
    }
    return values;
}

RunValues ValueReader::values(const SummaryOptions &options, const RunInfo &run, const Span &span)
{
    return options.window() ? window(run, span.from, span.to) : day(run, span.to);
}

} // namespace td::store::summary
