// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "store/runrecords.h"
#include "store/runstore.h"

#include <memory>
#include <string>

namespace td::store {

class RunLock;

/// Writes one run into a RunStore: creates its row (status `running`) and takes its
/// liveness lock, stores each simulated day in one transaction, and marks the run complete.
///
/// Crash safety: a day is either wholly stored (metrics, annotations, cohorts, sampled events
/// and `runs.days_done`, in one transaction) or not at all. If the recorder is destroyed
/// before finish() (an exception, a failed write), it marks the run interrupted; if the
/// process dies, the lock disappears with it and the next writing open marks the run
/// interrupted (RunStore).
///
/// Thread affinity: the thread that owns the RunStore. The RunStore must outlive it.
class RunRecorder
{
public:
    /// Throws StoreError if the run cannot be created (locked, read-only...).
    RunRecorder(RunStore &store, const NewRun &run);
    ~RunRecorder();
    RunRecorder(const RunRecorder &) = delete;
    RunRecorder &operator=(const RunRecorder &) = delete;

    long long runId() const { return m_id; }

    /// Stores one day, which must be the next one (0, 1, 2...). Throws StoreError; the day is
    /// then not stored at all and every earlier day stays.
    void writeDay(const DayRecord &day);

    /// Marks the run complete and releases its lock. Throws StoreError.
    void finish();

    /// Marks the run interrupted now (best effort, never throws) and releases its lock.
    void abandon() noexcept;

private:
    void setStatus(RunStatus status);

    RunStore &m_store;
    long long m_id = 0;
    int m_nextDay = 0;
    bool m_closed = false;
    std::unique_ptr<RunLock> m_lock;
};

} // namespace td::store
