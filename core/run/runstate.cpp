// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/runstate.h"

#include "run/runrecording.h"

#include <QThread>

namespace td::run {

void registerRunMetaTypes()
{
    // Queued connections copy arguments through QMetaType; registering by name also lets
    // string-based tools (QSignalSpy, the debugger) print the type.
    qRegisterMetaType<sim::DaySnapshotPtr>("td::sim::DaySnapshotPtr");
    qRegisterMetaType<SnapshotBatch>("td::run::SnapshotBatch");
    qRegisterMetaType<RunState>("td::run::RunState");
    qRegisterMetaType<ListenerDayPtr>("td::run::ListenerDayPtr");
    qRegisterMetaType<ListenerDayBatch>("td::run::ListenerDayBatch");
    qRegisterMetaType<ListenerLists>("td::run::ListenerLists");
    qRegisterMetaType<QThread *>("QThread*");
    qRegisterMetaType<RecordingState>("td::run::RecordingState");
}

} // namespace td::run
