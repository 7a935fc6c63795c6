// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "pythonrecommender.h"

#include "convert.h"
#include "plugin/pluginerror.h"
#include "plugin/pluginrecommender.h"

namespace td::python {

namespace {

std::string describe(const py::handle &object)
{
    return std::string(py::str(py::type::of(object).attr("__name__")));
}

py::object methodOrNone(const py::object &object, const char *name)
{
    return py::hasattr(object, name) ? object.attr(name) : py::object(py::none());
}

} // namespace

PythonRecommender::PythonRecommender(py::object recommender, std::uint64_t runSeed)
    : m_object(std::move(recommender)), m_runSeed(runSeed),
      m_check("Python recommender '" + describe(m_object) + "'")
{
    if (!py::hasattr(m_object, "recommend"))
        throw py::type_error(m_check.who() + " has no recommend(request) method");
    m_recommend = m_object.attr("recommend");
    m_observe = methodOrNone(m_object, "observe");
    m_endDay = methodOrNone(m_object, "end_day");
    m_beginDay = methodOrNone(m_object, "begin_day");
    m_catalog = py::none();
}

PythonRecommender::~PythonRecommender()
{
    // The engine may be destroyed with the GIL released (an exception unwinding a step).
    py::gil_scoped_acquire gil;
    m_catalog = py::object();
    m_beginDay = py::object();
    m_endDay = py::object();
    m_observe = py::object();
    m_recommend = py::object();
    m_object = py::object();
}

void PythonRecommender::raised(const char *method, const py::error_already_set &e) const
{
    throw plugin::PluginError(m_check.who() + ": " + method + " raised " + e.what());
}

void PythonRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &)
{
    m_check.beginDay(day, catalog);
    py::gil_scoped_acquire gil;
    try {
        if (m_catalog.is_none())
            m_catalog = catalogDict(catalog);
        if (!m_beginDay.is_none())
            m_beginDay(day, m_catalog);
    } catch (const py::error_already_set &e) {
        raised("begin_day", e);
    }
}

void PythonRecommender::recommend(
    const events::RecRequest &req, base::Rng &, events::Slate &out, events::RequestTrace *trace)
{
    out.clear();
    out.policy = plugin::kExternalPolicyId;
    {
        py::gil_scoped_acquire gil;
        ++m_requests;
        py::object answer;
        try {
            answer = m_recommend(
                PyRequest { req, plugin::externalSeed(m_runSeed, req.listener, req.day) });
        } catch (const py::error_already_set &e) {
            raised("recommend", e);
        }
        const std::string shape = ": recommend must return a list of (track_id, propensity) "
                                  "pairs (optionally (track_id, propensity, score) or "
                                  "(track_id, propensity, score, explored))";
        if (!py::isinstance<py::sequence>(answer) || py::isinstance<py::str>(answer))
            throw plugin::PluginError(m_check.who() + shape + "; it returned a " + describe(answer)
                + " for listener " + std::to_string(req.listener));
        const auto items = answer.cast<py::sequence>();
        std::size_t pos = 0;
        for (const py::handle item : items) {
            const std::string at = " for listener " + std::to_string(req.listener) + ", position "
                + std::to_string(pos);
            if (!py::isinstance<py::sequence>(item) || py::isinstance<py::str>(item)
                || py::len(item) < 2 || py::len(item) > 4)
                throw plugin::PluginError(
                    m_check.who() + shape + "; it returned " + std::string(py::repr(item)) + at);
            const auto entry = item.cast<py::sequence>();
            long long track = -1;
            double propensity = 0.0, score = 0.0;
            bool explored = false;
            try {
                // An integer (int, numpy.int64: anything with __index__), never a float that
                // would be truncated into some other track.
                const py::object id = entry[0];
                const auto index = py::reinterpret_steal<py::object>(PyNumber_Index(id.ptr()));
                if (!index)
                    throw py::error_already_set();
                int overflow = 0;
                track = PyLong_AsLongLongAndOverflow(index.ptr(), &overflow);
                if (overflow != 0)
                    throw plugin::PluginError(m_check.who() + ": track " + std::string(py::repr(id))
                        + at + " is not in the catalogue");
                propensity = py::float_(entry[1]).cast<double>();
                if (py::len(entry) >= 3)
                    score = py::float_(entry[2]).cast<double>();
                if (py::len(entry) == 4)
                    explored = py::bool_(entry[3]).cast<bool>();
            } catch (const py::error_already_set &) {
                throw plugin::PluginError(
                    m_check.who() + shape + "; it returned " + std::string(py::repr(item)) + at);
            } catch (const py::cast_error &) {
                throw plugin::PluginError(
                    m_check.who() + shape + "; it returned " + std::string(py::repr(item)) + at);
            }
            if (track < 0 || track >= (long long)kNoTrack)
                throw plugin::PluginError(m_check.who() + ": track " + std::to_string(track) + at
                    + " is not in the catalogue");
            // Checked as a double: 1.0000000001 would round to a float 1 and pass.
            if (!(propensity > 0.0 && propensity <= 1.0))
                throw plugin::PluginError(m_check.who() + ": propensity "
                    + std::string(py::repr(py::float_(propensity))) + " of track "
                    + std::to_string(track) + at + " is outside (0, 1]");
            out.items.push_back({ TrackId(track), float(score), float(propensity), 0,
                std::uint8_t(explored ? 1 : 0) });
            ++pos;
        }
    }
    m_check.check(req, out);
    if (trace) {
        trace->recommender = "python";
        trace->policy = "python";
        trace->stages.push_back({ "python", 0, int(out.items.size()), m_check.who() });
        events::traceShownSlate(out, "python", *trace);
    }
}

void PythonRecommender::endSession(ListenerId, const events::Event *events, std::size_t count)
{
    py::gil_scoped_acquire gil;
    if (m_observe.is_none())
        return;
    py::list list(count);
    for (std::size_t i = 0; i < count; ++i)
        list[i] = py::cast(events[i]);
    try {
        m_observe(list);
    } catch (const py::error_already_set &e) {
        raised("observe", e);
    }
}

void PythonRecommender::endDay(Day day, const std::vector<events::Event> &)
{
    py::gil_scoped_acquire gil;
    if (m_endDay.is_none())
        return;
    try {
        m_endDay(day);
    } catch (const py::error_already_set &e) {
        raised("end_day", e);
    }
}

} // namespace td::python
