// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/summary.h"

#include "base/numberformat.h"
#include "metrics/metriccatalog.h"
#include "sim/scenario/textformat.h"
#include "store/sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace td::store {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Group
{
    std::string gridPoint; ///< canonical JSON, "{}" outside sweeps
    std::string sweepId;
    std::vector<const RunInfo *> runs;
};

/// A grid value as a CSV cell: JSON numbers and booleans as written, strings bare; quoted
/// (RFC 4180) only if it holds a comma, quote or line break.
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

/// Values of a canonical grid-point object by path, as cell text: strings unescaped, numbers
/// and booleans exactly as the sweep wrote them (re-formatting a double could change digits).
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

} // namespace

double tQuantile975(int df)
{
    const boost::math::students_t_distribution<double> t(double(std::max(1, df)));
    return boost::math::quantile(boost::math::complement(t, 0.025));
}

MeanInterval meanInterval(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    MeanInterval r;
    r.n = int(values.size());
    r.mean = r.sd = r.low = r.high = kNaN;
    if (r.n == 0)
        return r;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    r.mean = sum / double(r.n);
    if (r.n < 2)
        return r;
    double squares = 0.0;
    for (double v : values)
        squares += (v - r.mean) * (v - r.mean);
    r.sd = std::sqrt(squares / double(r.n - 1));
    const double half = tQuantile975(r.n - 1) * r.sd / std::sqrt(double(r.n));
    r.low = r.mean - half;
    r.high = r.mean + half;
    return r;
}

std::string summaryCsv(const RunStore &store, const SummaryOptions &options)
{
    using Kind = StoreError::Kind;
    const std::vector<RunInfo> runs = store.runs();
    if (runs.empty())
        throw StoreError(Kind::BadRequest, "database '" + store.path() + "' holds no runs");

    std::map<std::pair<std::string, std::string>, Group> groups;
    std::set<std::string> gridPaths;
    for (const RunInfo &r : runs) {
        const std::string grid = r.gridPoint.empty() ? std::string("{}") : r.gridPoint;
        Group &g = groups[{ grid, r.sweepId }];
        g.gridPoint = grid;
        g.sweepId = r.sweepId;
        g.runs.push_back(&r);
        for (const auto &[path, value] : gridValues(grid))
            gridPaths.insert(path);
    }

    // Metric names stored at all, to validate --metrics and to pick the default set.
    std::set<std::string> stored;
    {
        QSqlQuery q = execSql(store.database(), store.path(),
            QStringLiteral("SELECT DISTINCT metric FROM day_metrics"), "cannot read the metrics");
        while (q.next())
            stored.insert(q.value(0).toString().toStdString());
    }
    std::vector<std::string> metricNames = options.metrics;
    if (metricNames.empty()) {
        for (const auto &info : metrics::metricCatalog())
            if (stored.count(std::string(info.name)))
                metricNames.emplace_back(info.name);
        for (const std::string &name : stored) // metrics of other versions, by name
            if (metrics::metricIndex(name) < 0)
                metricNames.push_back(name);
    }
    for (const std::string &name : metricNames)
        if (!stored.count(name))
            throw StoreError(Kind::BadRequest,
                "--metrics: no run in '" + store.path() + "' stores metric '" + name + "'");

    std::string csv = "sweep";
    for (const std::string &path : gridPaths)
        csv += "," + csvCell(path);
    csv += ",day,runs";
    for (const std::string &m : metricNames)
        for (const char *suffix : { "_n", "_mean", "_sd", "_ci95_low", "_ci95_high" })
            csv += "," + m + suffix;
    csv += "\n";

    QSqlQuery values = prepareQuery(store.database(), store.path(),
        QStringLiteral("SELECT metric, value FROM day_metrics WHERE run_id = ? AND day = ?"));
    for (const auto &[key, group] : groups) {
        int day = options.day.value_or(-1);
        if (!options.day)
            for (const RunInfo *r : group.runs)
                day = std::max(day, r->daysDone - 1);
        std::map<std::string, std::vector<double>> samples;
        for (const RunInfo *r : group.runs) {
            if (day < 0 || r->daysDone <= day)
                continue; // the run did not reach that day (interrupted, or shorter)
            values.bindValue(0, r->id);
            values.bindValue(1, day);
            execQuery(
                values, store.path(), "cannot read the metrics of run " + std::to_string(r->id));
            while (values.next())
                if (!values.value(1).isNull())
                    samples[values.value(0).toString().toStdString()].push_back(
                        values.value(1).toDouble());
        }
        const std::map<std::string, std::string> grid = gridValues(group.gridPoint);
        std::string row = csvCell(group.sweepId);
        for (const std::string &path : gridPaths) {
            const auto it = grid.find(path);
            row += "," + (it == grid.end() ? std::string() : csvCell(it->second));
        }
        row += "," + (day >= 0 ? std::to_string(day) : std::string()) + ","
            + std::to_string(group.runs.size());
        for (const std::string &m : metricNames) {
            const MeanInterval s = meanInterval(samples[m]);
            row += "," + std::to_string(s.n) + "," + base::formatNumber(s.mean) + ","
                + base::formatNumber(s.sd) + "," + base::formatNumber(s.low) + ","
                + base::formatNumber(s.high);
        }
        csv += row + "\n";
    }
    return csv;
}

} // namespace td::store
