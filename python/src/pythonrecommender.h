// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "plugin/slatecheck.h"

#include <pybind11/pybind11.h>

#include <cstdint>
#include <string>

namespace td::python {

namespace py = pybind11;

/// An events::Recommender backed by a Python object (tastedrift.Recommender or anything with
/// its methods; docs/extending.md): recommend(request) -> [(track, propensity[, score])],
/// observe(events) once per session, end_day(day), and optionally begin_day(day, catalog).
/// Every answer passes the same checks as a plugin's (plugin::SlateCheck); a Python exception
/// or a broken answer throws plugin::PluginError, which stops the run.
///
/// Threading: every call takes the GIL, so calls never overlap; the simulation enforces one
/// engine thread while a Python recommender is attached (determinism: the object's state
/// changes in the engine's listener order). Constructed and destroyed with the GIL held.
class PythonRecommender final : public events::Recommender
{
public:
    PythonRecommender(py::object recommender, std::uint64_t runSeed);
    ~PythonRecommender() override;

    const char *name() const override { return "python"; }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endSession(ListenerId listener, const events::Event *events, std::size_t count) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;

    /// Requests answered so far (for the overhead measurements of docs/extending.md).
    std::int64_t requests() const { return m_requests; }

private:
    [[noreturn]] void raised(const char *method, const py::error_already_set &e) const;

    py::object m_object;
    py::object m_recommend, m_observe, m_endDay, m_beginDay; ///< bound methods (None: absent)
    py::object m_catalog; ///< the catalogue dict, built on the first day
    std::uint64_t m_runSeed;
    plugin::SlateCheck m_check;
    std::int64_t m_requests = 0;
};

} // namespace td::python
