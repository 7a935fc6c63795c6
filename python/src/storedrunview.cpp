// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "storedrunview.h"

#include "metrics/metriccatalog.h"
#include "store/runstore.h"
#include "store/storeerror.h"

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <limits>
#include <map>

namespace td::python {

StoredRunView::StoredRunView(const std::string &databasePath, long long runId)
{
    try {
        store::OpenOptions options;
        options.readOnly = true;
        const store::RunStore db(databasePath, options);
        m_run = db.run(runId);
        m_days = db.dayMetrics(runId);
        m_annotations = db.annotations(runId);
    } catch (const store::StoreError &e) {
        if (e.isBadInput())
            throw py::value_error(e.what());
        throw std::runtime_error(e.what());
    }
}

py::dict StoredRunView::info() const
{
    const auto orNone = [](const std::string &s) -> py::object {
        return s.empty() ? py::object(py::none()) : py::object(py::str(s));
    };
    py::dict d;
    d["id"] = m_run.id;
    d["name"] = m_run.name;
    d["status"] = store::statusText(m_run.status);
    d["created"] = m_run.created;
    d["finished"] = orNone(m_run.finished);
    d["seed"] = m_run.seed;
    d["days_total"] = m_run.daysTotal;
    d["days_done"] = m_run.daysDone;
    d["app_version"] = m_run.appVersion;
    d["model_version"]
        = m_run.modelVersion ? py::object(py::int_(*m_run.modelVersion)) : py::object(py::none());
    d["git_commit"] = orNone(m_run.gitCommit);
    d["plugin_path"] = orNone(m_run.pluginPath);
    d["plugin_sha256"] = orNone(m_run.pluginSha256);
    d["sweep_id"] = orNone(m_run.sweepId);
    d["scenario"] = m_run.scenarioJson;
    return d;
}

py::dict StoredRunView::metrics() const
{
    // Columns in the catalogue's order, then any stored metric this build does not know.
    std::vector<std::string> names;
    for (const auto &m : metrics::metricCatalog())
        names.emplace_back(m.name);
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < names.size(); ++i)
        column[names[i]] = i;
    for (const auto &day : m_days)
        for (const auto &v : day.values)
            if (column.emplace(v.metric, names.size()).second)
                names.push_back(v.metric);
    const py::ssize_t n = py::ssize_t(m_days.size());
    std::vector<py::array_t<double>> columns;
    for (std::size_t i = 0; i < names.size(); ++i) {
        columns.emplace_back(n);
        std::fill_n(columns.back().mutable_data(), n, std::numeric_limits<double>::quiet_NaN());
    }
    py::array_t<std::int32_t> day(n);
    for (py::ssize_t i = 0; i < n; ++i) {
        day.mutable_data()[i] = m_days[std::size_t(i)].day;
        for (const auto &v : m_days[std::size_t(i)].values)
            if (v.value)
                columns[column[v.metric]].mutable_data()[i] = *v.value;
    }
    py::dict out;
    out["day"] = day;
    for (std::size_t i = 0; i < names.size(); ++i)
        out[py::str(names[i])] = columns[i];
    return out;
}

py::list StoredRunView::annotations() const
{
    py::list out;
    for (const auto &a : m_annotations)
        out.append(py::make_tuple(a.day, a.path, a.value));
    return out;
}

} // namespace td::python
