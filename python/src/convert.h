// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/catalogview.h"
#include "events/event.h"
#include "events/recommender.h"

#include <pybind11/pybind11.h>

#include <cstdint>

namespace td::python {

namespace py = pybind11;

/// A request as Python sees it (tastedrift.Request): the observable fields of
/// events::RecRequest and the listener's seed for the day (plugin::externalSeed).
struct PyRequest
{
    events::RecRequest req;
    std::uint64_t seed = 0;
};

/// The observable catalogue as a dict of numpy arrays (copies: they outlive the engine) and
/// name lists: the `catalog` a Python recommender receives and Simulation.catalog() returns.
py::dict catalogDict(const events::ObservableCatalog &catalog);

/// Binds Request and Event to `m` (readonly attributes; enums as their names).
void bindRequestAndEvent(py::module_ &m);

} // namespace td::python
