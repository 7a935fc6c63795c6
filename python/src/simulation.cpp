// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "simulation.h"

#include "convert.h"
#include "feedbackrecorder.h"
#include "metrics/metriccatalog.h"
#include "plugin/pluginerror.h"
#include "pythonrecommender.h"
#include "sim/scenario/scenarioio.h"

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <cmath>

namespace td::python {

namespace {

/// A Python value as the scenario's text form ("true", "0.3", "thompson").
std::string leafText(const py::object &value)
{
    if (py::isinstance<py::bool_>(value))
        return value.cast<bool>() ? "true" : "false";
    if (py::isinstance<py::int_>(value))
        return std::string(py::str(value));
    if (py::isinstance<py::float_>(value))
        return std::string(py::repr(value)); // shortest round-trip form
    if (py::isinstance<py::str>(value))
        return value.cast<std::string>();
    throw py::type_error("a scenario value is a bool, a number or a string, got "
        + std::string(py::str(py::type::of(value).attr("__name__"))));
}

constexpr const char *kContextNames[]
    = { "hour", "weekday", "device_phone", "device_desktop", "device_speaker", "device_car",
          "explicit_allowed", "session_plays", "session_skips", "request_index", "session_index" };
constexpr std::size_t kContextColumns = sizeof kContextNames / sizeof *kContextNames;

} // namespace

Simulation::Simulation(const py::object &scenarioPath, py::object recommender, unsigned threads)
    : m_recommender(std::move(recommender)), m_threads(threads)
{
    if (threads < 1)
        throw py::value_error("threads: at least 1");
    if (!m_recommender.is_none() && threads != 1)
        throw py::value_error(
            "a Python recommender runs on one engine thread (threads=1): its calls are "
            "serialised by the GIL, and only one thread keeps their order, and so the run, "
            "reproducible");
    try {
        if (scenarioPath.is_none())
            m_scenario = sim::parseScenario("{}");
        else
            m_scenario = sim::loadScenarioFile(py::str(scenarioPath).cast<std::string>());
    } catch (const sim::ScenarioError &e) {
        throw py::value_error(e.what());
    }
}

Simulation::~Simulation() = default;

void Simulation::set(const std::string &path, const py::object &value)
{
    const std::string text = leafText(value);
    if (m_engine) {
        try {
            m_engine->setParameter(path, text);
        } catch (const std::invalid_argument &e) {
            throw py::value_error(std::string(e.what())
                + " (the run has started: only live knobs can change, from the next day)");
        }
        return;
    }
    sim::Scenario probe = m_scenario;
    try {
        sim::setScenarioValue(probe, path, text);
        sim::validateScenario(probe);
    } catch (const sim::ScenarioError &e) {
        throw py::value_error(e.what());
    }
    m_scenario = std::move(probe);
}

void Simulation::ensureEngine()
{
    if (!m_failure.empty())
        throw std::runtime_error("the simulation stopped: " + m_failure);
    if (m_engine)
        return;
    sim::EngineHooks hooks;
    if (!m_recommender.is_none())
        hooks.recommender = std::make_unique<PythonRecommender>(m_recommender, m_scenario.run.seed);
    hooks.wrapServing = [this](events::Recommender &serving) {
        auto recorder = std::make_unique<FeedbackRecorder>(serving);
        m_recorder = recorder.get();
        return recorder;
    };
    try {
        m_engine = std::make_unique<sim::Engine>(m_scenario, m_threads, std::move(hooks));
    } catch (const sim::ScenarioError &e) {
        m_recorder = nullptr;
        throw py::value_error(e.what());
    } catch (...) {
        m_recorder = nullptr;
        throw;
    }
}

py::dict Simulation::dayDict(const metrics::DayMetrics &m) const
{
    py::dict d;
    d["day"] = m.day;
    const auto &catalog = metrics::metricCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        d[py::str(std::string(catalog[i].name))] = m.values[i];
    return d;
}

py::dict Simulation::step()
{
    ensureEngine();
    if (m_engine->finished())
        throw py::value_error("the run is over: all " + std::to_string(m_engine->totalDays())
            + " days (run.days) are simulated; set run.days higher before the first day");
    sim::DaySnapshotPtr snapshot;
    try {
        py::gil_scoped_release release;
        snapshot = m_engine->stepDay();
    } catch (const plugin::PluginError &e) {
        // tastedrift.RecommenderError: the recommender (Python or plugin) broke its contract.
        m_failure = "day " + std::to_string(m_engine->currentDay()) + ": " + e.what();
        throw plugin::PluginError("simulation failed on " + m_failure);
    } catch (const std::exception &e) {
        m_failure = "day " + std::to_string(m_engine->currentDay()) + ": " + e.what();
        throw std::runtime_error("simulation failed on " + m_failure);
    }
    return dayDict(snapshot->metrics);
}

void Simulation::run(const py::object &days)
{
    int count = 0;
    if (days.is_none()) {
        count = (m_engine ? m_engine->totalDays() - m_engine->currentDay() : m_scenario.run.days);
    } else {
        count = days.cast<int>();
        if (count < 0)
            throw py::value_error("days: must be >= 0");
        if (!m_engine && count > m_scenario.run.days)
            set("run.days", py::int_(count));
        if (m_engine && m_engine->currentDay() + count > m_engine->totalDays())
            throw py::value_error("only "
                + std::to_string(m_engine->totalDays() - m_engine->currentDay()) + " of the run's "
                + std::to_string(m_engine->totalDays())
                + " days (run.days) remain; set run.days before the first day to run longer");
    }
    for (int i = 0; i < count; ++i)
        step();
}

py::dict Simulation::metrics() const
{
    py::dict out;
    const std::vector<metrics::DayMetrics> empty;
    const auto &history = m_engine ? m_engine->history() : empty;
    const py::ssize_t n = py::ssize_t(history.size());
    py::array_t<std::int32_t> day(n);
    for (py::ssize_t i = 0; i < n; ++i)
        day.mutable_data()[i] = history[std::size_t(i)].day;
    out["day"] = day;
    const auto &catalog = metrics::metricCatalog();
    for (std::size_t m = 0; m < catalog.size(); ++m) {
        py::array_t<double> column(n);
        for (py::ssize_t i = 0; i < n; ++i)
            column.mutable_data()[i] = history[std::size_t(i)].values[m];
        out[py::str(std::string(catalog[m].name))] = column;
    }
    return out;
}

py::dict Simulation::loggedFeedback() const
{
    static const std::vector<FeedbackRecorder::Round> none;
    const auto &rounds = m_recorder ? m_recorder->rounds() : none;
    const py::ssize_t n = py::ssize_t(rounds.size());
    py::array_t<std::int64_t> action(n), position(n), reward(n), day(n), listener(n);
    py::array_t<double> pscore(n), target(n);
    py::array_t<double> context({ n, py::ssize_t(kContextColumns) });
    auto c = context.mutable_unchecked<2>();
    for (py::ssize_t i = 0; i < n; ++i) {
        const auto &r = rounds[std::size_t(i)];
        action.mutable_data()[i] = r.track;
        position.mutable_data()[i] = r.position;
        reward.mutable_data()[i] = r.streamed ? 1 : 0;
        day.mutable_data()[i] = r.day;
        listener.mutable_data()[i] = r.listener;
        pscore.mutable_data()[i] = double(r.propensity);
        target.mutable_data()[i] = r.targetPropensity;
        c(i, 0) = double(r.hour);
        c(i, 1) = double(r.weekday);
        for (int d = 0; d < events::kDeviceCount; ++d)
            c(i, 2 + d) = int(r.device) == d ? 1.0 : 0.0;
        c(i, 6) = r.explicitAllowed ? 1.0 : 0.0;
        c(i, 7) = double(r.sessionPlays);
        c(i, 8) = double(r.sessionSkips);
        c(i, 9) = double(r.requestIndex);
        c(i, 10) = double(r.sessionIndex);
    }
    const events::ObservableCatalog *catalog = m_engine ? &m_engine->catalog() : nullptr;
    const py::ssize_t actions = catalog ? py::ssize_t(catalog->trackCount()) : 0;
    py::array_t<double> actionContext({ actions, py::ssize_t(events::kAudioFeatureCount) });
    for (py::ssize_t t = 0; t < actions * events::kAudioFeatureCount; ++t)
        actionContext.mutable_data()[t] = double(catalog->audioFeatures[std::size_t(t)]);
    py::list contextNames, actionContextNames;
    for (const char *name : kContextNames)
        contextNames.append(name);
    for (int f = 0; f < events::kAudioFeatureCount; ++f) {
        const auto name = events::audioFeatureName(events::AudioFeature(f));
        actionContextNames.append(py::str(name.data(), name.size()));
    }
    py::dict d;
    // Open Bandit Pipeline's BanditFeedback keys (obp/dataset/real.py), in its order.
    d["n_rounds"] = n;
    d["n_actions"] = actions;
    d["action"] = action;
    d["position"] = position;
    d["reward"] = reward;
    d["pscore"] = pscore;
    d["context"] = context;
    d["action_context"] = actionContext;
    // TasteDrift's additions (OBP ignores keys it does not know).
    d["target_pscore"] = target;
    d["len_list"] = m_scenario.recommender.slateSize;
    d["day"] = day;
    d["listener"] = listener;
    d["context_names"] = contextNames;
    d["action_context_names"] = actionContextNames;
    return d;
}

py::dict Simulation::catalog()
{
    ensureEngine();
    return catalogDict(m_engine->catalog());
}

int Simulation::day() const
{
    return m_engine ? m_engine->currentDay() : 0;
}

std::int64_t Simulation::requests() const
{
    return m_recorder ? m_recorder->requests() : 0;
}

int Simulation::totalDays() const
{
    return m_engine ? m_engine->totalDays() : m_scenario.run.days;
}

std::string Simulation::scenarioJson() const
{
    return sim::scenarioToJson(m_engine ? m_engine->scenario() : m_scenario);
}

} // namespace td::python
