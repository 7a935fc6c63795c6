// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/engine.h"
#include "sim/scenario/scenario.h"

#include <pybind11/pybind11.h>

#include <memory>
#include <string>

namespace td::python {

namespace py = pybind11;
class FeedbackRecorder;

/// tastedrift.Simulation (docs/extending.md): one scenario run day by day from Python, with
/// the pipeline or any recommender the scenario names, or a Python recommender. The engine is
/// created on the first run()/step(); until then set() may change any leaf, afterwards only
/// live knobs (applied from the next day, as in the GUI).
///
/// Thread affinity: the Python thread that owns the object. step() releases the GIL while the
/// engine works; a Python recommender takes it back for each call.
class Simulation
{
public:
    /// `scenarioPath` None = every default. Raises ValueError for a bad scenario or a Python
    /// recommender with threads != 1.
    Simulation(const py::object &scenarioPath, py::object recommender, unsigned threads);
    ~Simulation();

    void set(const std::string &path, const py::object &value);
    /// Simulates `days` more days (None: to run.days). Before the first day, a longer run
    /// raises run.days to fit.
    void run(const py::object &days);
    /// Simulates one day; returns its metrics {name: value}.
    py::dict step();
    /// Every simulated day: {"day": int32 array, <metric>: float64 array (NaN = undefined)}.
    py::dict metrics() const;
    /// Home impressions in Open Bandit Pipeline's BanditFeedback layout (docs/extending.md).
    py::dict loggedFeedback() const;
    py::dict catalog();
    int day() const;
    /// Requests the recommender answered so far (every surface).
    std::int64_t requests() const;
    int totalDays() const;
    std::string scenarioJson() const;
    unsigned threads() const { return m_threads; }

private:
    void ensureEngine();
    py::dict dayDict(const metrics::DayMetrics &m) const;

    sim::Scenario m_scenario;
    py::object m_recommender; ///< the Python recommender, or None
    unsigned m_threads = 1;
    std::unique_ptr<sim::Engine> m_engine;
    FeedbackRecorder *m_recorder = nullptr; ///< owned by the engine
    std::string m_failure; ///< why the engine stopped (no further steps), empty if it did not
};

} // namespace td::python
