// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/sweep/sweeprunner.h"

#include "run/dayrecord.h"
#include "sim/engine.h"
#include "store/runrecorder.h"
#include "store/runstore.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <set>
#include <thread>

namespace td::run {

namespace {

/// What a worker tells the writer.
struct Message
{
    enum class Kind { Start, Day, Finish, Fail };
    Kind kind = Kind::Start;
    std::size_t slot = 0; ///< position in the planned runs
    store::DayRecord day;
    std::string error;
};

} // namespace

/// The channel between the workers and the writer. Days wait when the queue is full, so a
/// slow disk throttles the workers instead of filling memory; Start, Finish and Fail never
/// wait (they are small, and Start is pushed under the claim lock to keep plan order).
class SweepRunner::Channel
{
public:
    explicit Channel(std::size_t capacity) : m_capacity(capacity) { }

    /// Claims the next slot and announces it; returns false when there is none left.
    bool claim(std::size_t count, std::size_t &slot)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_cancelled || m_next >= count)
            return false;
        slot = m_next++;
        Message start;
        start.kind = Message::Kind::Start;
        start.slot = slot;
        m_queue.push_back(std::move(start));
        m_ready.notify_all();
        return true;
    }
    /// Returns false if the batch was cancelled while waiting.
    bool push(Message message)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (message.kind == Message::Kind::Day)
            m_space.wait(lock, [&] { return m_cancelled || m_queue.size() < m_capacity; });
        if (m_cancelled && message.kind == Message::Kind::Day)
            return false;
        m_queue.push_back(std::move(message));
        m_ready.notify_all();
        return true;
    }
    /// Next message; false when every worker is done and the queue is empty.
    bool pop(Message &message)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_queue.empty() || m_workers == 0; });
        if (m_queue.empty())
            return false;
        message = std::move(m_queue.front());
        m_queue.pop_front();
        m_space.notify_all();
        return true;
    }
    void setWorkers(unsigned n)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_workers = n;
    }
    void workerDone()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        --m_workers;
        m_ready.notify_all();
    }
    void cancel()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
        m_space.notify_all();
    }
    bool cancelled()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_cancelled;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<Message> m_queue;
    std::size_t m_capacity;
    std::size_t m_next = 0;
    unsigned m_workers = 0;
    bool m_cancelled = false;
};

namespace {

template<typename Channel>
void simulate(const PlannedRun &planned, std::size_t slot, Channel &channel)
{
    sim::Engine engine(planned.scenario, 1);
    while (!engine.finished()) {
        if (channel.cancelled())
            return;
        const sim::DaySnapshotPtr snapshot = engine.stepDay();
        Message day;
        day.kind = Message::Kind::Day;
        day.slot = slot;
        day.day = lastDayRecord(engine, *snapshot);
        if (!channel.push(std::move(day)))
            return;
    }
    Message finish;
    finish.kind = Message::Kind::Finish;
    finish.slot = slot;
    channel.push(std::move(finish));
}

} // namespace

std::vector<PlannedRun> plannedRuns(
    const SweepPlan &plan, const std::vector<std::size_t> &items, const std::string &name)
{
    std::vector<PlannedRun> runs;
    runs.reserve(items.size());
    for (const std::size_t index : items) {
        const SweepItem item = plan.item(index);
        PlannedRun run;
        run.scenario = plan.scenarioFor(item);
        run.row.name = name + " " + item.gridPoint + " seed " + std::to_string(item.seed);
        run.row.sweepId = plan.sweepId();
        run.row.sweepDefinition = plan.definitionJson();
        run.row.sweepItem = (long long)item.index;
        run.row.gridPoint = item.gridPoint;
        runs.push_back(std::move(run));
    }
    return runs;
}

std::size_t SweepOutcome::completeCount() const
{
    std::size_t n = 0;
    for (const SweepRunOutcome &r : runs)
        n += r.status == SweepRunOutcome::Status::Complete ? 1 : 0;
    return n;
}

std::vector<long long> SweepOutcome::runIds() const
{
    std::vector<long long> ids;
    for (const SweepRunOutcome &r : runs)
        if (r.runId > 0)
            ids.push_back(r.runId);
    return ids;
}

SweepRunner::SweepRunner(std::vector<PlannedRun> runs, unsigned jobs)
    : m_runs(std::move(runs)), m_jobs(std::max(1u, jobs))
{ }

SweepRunner::~SweepRunner() = default;

void SweepRunner::cancel()
{
    m_cancel = true;
    std::lock_guard<std::mutex> lock(m_channelMutex);
    if (m_channel)
        m_channel->cancel();
}

SweepOutcome SweepRunner::run(store::RunStore &store, const Callbacks &callbacks)
{
    const std::size_t total = m_runs.size();
    SweepOutcome outcome;
    outcome.runs.resize(total);
    SweepProgress progress;
    progress.runsTotal = total;
    for (const PlannedRun &r : m_runs)
        progress.daysTotal += r.scenario.run.days;
    // Running a sweep twice into one database would count its runs twice in summaries.
    std::set<std::pair<std::string, long long>> planned;
    for (const PlannedRun &r : m_runs)
        if (!r.row.sweepId.empty())
            planned.insert({ r.row.sweepId, r.row.sweepItem });
    if (!planned.empty())
        for (const store::RunInfo &r : store.runs())
            if (planned.count({ r.sweepId, r.sweepItem }))
                throw store::StoreError(store::StoreError::Kind::BadRequest,
                    "'" + store.path() + "' already holds item " + std::to_string(r.sweepItem)
                        + " of sweep " + r.sweepId + " (run " + std::to_string(r.id)
                        + "); write this sweep to another database");
    if (callbacks.progress)
        callbacks.progress(progress);
    if (total == 0 || m_cancel) {
        outcome.cancelled = m_cancel;
        return outcome;
    }

    const unsigned workers = unsigned(std::min<std::size_t>(m_jobs, total));
    Channel channel(std::size_t(workers) * 4);
    channel.setWorkers(workers);
    {
        std::lock_guard<std::mutex> lock(m_channelMutex);
        m_channel = &channel;
        if (m_cancel)
            channel.cancel();
    }
    std::vector<std::thread> threads;
    for (unsigned w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            std::size_t slot = 0;
            while (channel.claim(total, slot)) {
                try {
                    simulate(m_runs[slot], slot, channel);
                } catch (const std::exception &e) {
                    Message fail;
                    fail.kind = Message::Kind::Fail;
                    fail.slot = slot;
                    fail.error = e.what();
                    channel.push(std::move(fail));
                }
            }
            channel.workerDone();
        });
    }

    // The single writer: this thread owns the connection.
    std::map<std::size_t, std::unique_ptr<store::RunRecorder>> open;
    std::exception_ptr failure;
    Message message;
    while (channel.pop(message)) {
        if (failure || channel.cancelled())
            continue; // drain: the workers stop at their next day
        try {
            const PlannedRun &current = m_runs[message.slot];
            SweepRunOutcome &result = outcome.runs[message.slot];
            switch (message.kind) {
            case Message::Kind::Start: {
                store::NewRun row = newRunFor(current.scenario, current.row.name);
                row.sweepId = current.row.sweepId;
                row.sweepDefinition = current.row.sweepDefinition;
                row.sweepItem = current.row.sweepItem;
                row.gridPoint = current.row.gridPoint;
                auto recorder = std::make_unique<store::RunRecorder>(store, row);
                result.runId = recorder->runId();
                result.status = SweepRunOutcome::Status::Interrupted; // until it completes
                open[message.slot] = std::move(recorder);
                break;
            }
            case Message::Kind::Day:
                open.at(message.slot)->writeDay(message.day);
                ++result.daysDone;
                ++progress.daysDone;
                if (callbacks.progress)
                    callbacks.progress(progress);
                break;
            case Message::Kind::Finish:
                open.at(message.slot)->finish();
                open.erase(message.slot);
                result.status = SweepRunOutcome::Status::Complete;
                ++progress.runsDone;
                if (callbacks.runDone)
                    callbacks.runDone(message.slot, result.runId);
                if (callbacks.progress)
                    callbacks.progress(progress);
                break;
            case Message::Kind::Fail:
                throw std::runtime_error(
                    "run of " + current.row.name + " failed: " + message.error);
            }
        } catch (...) {
            failure = std::current_exception();
            channel.cancel();
        }
    }
    for (std::thread &t : threads)
        t.join();
    {
        std::lock_guard<std::mutex> lock(m_channelMutex);
        m_channel = nullptr;
    }
    open.clear(); // unfinished runs: marked interrupted by their recorders
    if (failure)
        std::rethrow_exception(failure);
    outcome.cancelled = m_cancel.load();
    return outcome;
}

SweepOutcome runSweep(const std::string &databasePath, const store::OpenOptions &options,
    SweepRunner &runner, const SweepRunner::Callbacks &callbacks)
{
    store::RunStore store(databasePath, options);
    return runner.run(store, callbacks);
}

} // namespace td::run
