// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/inspection.h"
#include "sim/snapshot.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace td::run {
Q_NAMESPACE

/// Where a threaded run stands. Published by SimulationWorker at every transition.
enum class RunState {
    Empty, ///< no engine: before the first reset, or after a reset that failed
    Paused, ///< an engine is ready and waits for run() or stepOne() (also at day 0)
    Running, ///< days are being simulated one after another
    Finished, ///< every day of the scenario has been simulated
};
Q_ENUM_NS(RunState)

/// Day snapshots published together, in day order. Shared pointers to immutable data: copying
/// a batch across threads copies pointers, never metrics.
using SnapshotBatch = QList<sim::DaySnapshotPtr>;

/// Days of inspected listeners published together, in day order (same rules as SnapshotBatch).
using ListenerDayBatch = QList<ListenerDayPtr>;

/// Registers the types above for queued connections. Idempotent; SimulationController calls it.
void registerRunMetaTypes();

} // namespace td::run

Q_DECLARE_METATYPE(td::sim::DaySnapshotPtr)
Q_DECLARE_METATYPE(td::run::SnapshotBatch)
Q_DECLARE_METATYPE(td::run::ListenerDayPtr)
Q_DECLARE_METATYPE(td::run::ListenerDayBatch)
Q_DECLARE_METATYPE(td::run::ListenerLists)
