// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The extension of the `tastedrift` package (python/tastedrift/__init__.py adds the pure-Python
// parts: the Recommender base class and the pandas frames). The API is a contract like the
// CLI's (docs/extending.md): extend it, never rename.
#include "convert.h"
#include "metrics/metriccatalog.h"
#include "plugin/pluginerror.h"
#include "simulation.h"
#include "storedrunview.h"

#include <pybind11/stl.h>

namespace py = pybind11;
using namespace td;
using namespace td::python;

PYBIND11_MODULE(_tastedrift, m)
{
    m.doc() = "TasteDrift: simulate a music-streaming recommender against synthetic listeners.";
    m.attr("__version__") = TD_VERSION;
    py::register_exception<plugin::PluginError>(m, "RecommenderError", PyExc_RuntimeError);

    bindRequestAndEvent(m);

    py::class_<Simulation>(m, "Simulation",
        "One scenario, simulated day by day (docs/extending.md).\n\n"
        "Simulation(scenario_path=None, recommender=None, threads=1): scenario_path is a "
        "scenario JSON file (None: every default); recommender a tastedrift.Recommender that "
        "serves every request instead of the scenario's recommender.kind (then threads must "
        "be 1).")
        .def(py::init<const py::object &, py::object, unsigned>(),
            py::arg("scenario_path") = py::none(), py::arg("recommender") = py::none(),
            py::arg("threads") = 1u)
        .def("set", &Simulation::set, py::arg("path"), py::arg("value"),
            "Sets a scenario leaf ('recommender.policy.epsilon', 0.2), validated like the file. "
            "After the first day only live knobs, from the next day on.")
        .def("run", &Simulation::run, py::arg("days") = py::none(),
            "Simulates `days` more days (None: the rest of run.days).")
        .def("step", &Simulation::step, "Simulates one day; returns its metrics as a dict.")
        .def("metrics", &Simulation::metrics,
            "Every simulated day's metrics: {'day': ..., <metric>: numpy array} (docs/metrics.md; "
            "NaN = undefined that day).")
        .def("logged_feedback", &Simulation::loggedFeedback,
            "Home impressions as Open Bandit Pipeline's BanditFeedback dict: n_rounds, "
            "n_actions, action, position, reward, pscore, context, action_context; plus "
            "target_pscore, len_list, day, listener, context_names, action_context_names.")
        .def("catalog", &Simulation::catalog,
            "The observable catalogue as numpy arrays (what a recommender may see).")
        .def_property_readonly("day", &Simulation::day, "the next day to simulate")
        .def_property_readonly("total_days", &Simulation::totalDays, "run.days")
        .def_property_readonly("requests", &Simulation::requests,
            "requests the recommender answered so far, on every surface")
        .def_property_readonly("threads", &Simulation::threads)
        .def("scenario_json", &Simulation::scenarioJson,
            "The scenario as JSON (with set() changes before the first day)");

    py::class_<StoredRunView>(m, "StoredRun", "A run read from a run database (open_run).")
        .def_property_readonly("id", [](const StoredRunView &r) { return r.run().id; })
        .def_property_readonly("info", &StoredRunView::info,
            "name, status, seed, days, versions and provenance (git_commit, plugin_path, "
            "plugin_sha256), scenario JSON")
        .def("metrics", &StoredRunView::metrics, "like Simulation.metrics()")
        .def("annotations", &StoredRunView::annotations, "live changes: [(day, path, value)]");
    m.def(
        "open_run", [](const std::string &path, long long id) { return StoredRunView(path, id); },
        py::arg("db_path"), py::arg("run_id"),
        "Reads a stored run (tastedrift-cli run --db, or the desktop app's workspace).");
    m.def(
        "metric_names",
        [] {
            std::vector<std::string> names;
            for (const auto &info : metrics::metricCatalog())
                names.emplace_back(info.name);
            return names;
        },
        "The metric columns, in CSV order (docs/metrics.md).");
}
