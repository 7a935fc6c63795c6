// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runrecords.h"

#include <pybind11/pybind11.h>

#include <string>
#include <vector>

namespace td::python {

namespace py = pybind11;

/// tastedrift.open_run(db_path, run_id): one stored run, read eagerly. The database is opened
/// read-only on the calling thread, read and closed within open_run (the store's connection
/// rule, docs/store.md), so the object holds no connection.
class StoredRunView
{
public:
    /// Raises ValueError for bad input (not a run database, unknown run, newer schema) and
    /// RuntimeError for a damaged or unreadable file.
    StoredRunView(const std::string &databasePath, long long runId);

    py::dict info() const;
    py::dict metrics() const;
    py::list annotations() const;
    const store::RunInfo &run() const { return m_run; }

private:
    store::RunInfo m_run;
    std::vector<store::StoredDay> m_days;
    std::vector<store::Annotation> m_annotations;
};

} // namespace td::python
