// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/sweeprunner.h"

#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "store/runrecorder.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace td::store {

namespace {

/// What a worker tells the writer.
struct Message
{
    enum class Kind { Start, Day, Finish, Fail };
    Kind kind = Kind::Start;
    std::size_t slot = 0; ///< position in SweepRunner's item list
    DayRecord day;
    std::string error;
};

/// The channel between the workers and the writer. Days wait when the queue is full, so a
/// slow disk throttles the workers instead of filling memory; Start, Finish and Fail never
/// wait (they are small, and Start is pushed under the claim lock to keep plan order).
class Channel
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
    /// Returns false if the sweep was cancelled while waiting.
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

void simulate(const SweepPlan &plan, const SweepItem &item, std::size_t slot, Channel &channel)
{
    sim::Engine engine(plan.scenarioFor(item), 1);
    while (!engine.finished()) {
        if (channel.cancelled())
            return;
        const sim::DaySnapshotPtr snapshot = engine.stepDay();
        Message day;
        day.kind = Message::Kind::Day;
        day.slot = slot;
        day.day
            = makeDayRecord(*snapshot, engine.lastDayEvents(), engine.scenario().events.sampleRate);
        if (!channel.push(std::move(day)))
            return;
    }
    Message finish;
    finish.kind = Message::Kind::Finish;
    finish.slot = slot;
    channel.push(std::move(finish));
}

} // namespace

SweepRunner::SweepRunner(const SweepPlan &plan, std::vector<std::size_t> items, RunStore &store,
    unsigned jobs, std::string name)
    : m_plan(plan), m_items(std::move(items)), m_store(store), m_jobs(std::max(1u, jobs)),
      m_name(std::move(name))
{ }

std::vector<long long> SweepRunner::run(const RunDone &onRunDone)
{
    const std::size_t total = m_items.size();
    std::vector<long long> ids(total, 0);
    if (total == 0)
        return ids;
    // Running a sweep twice into one database would count its runs twice in summaries.
    std::set<long long> planned(m_items.begin(), m_items.end());
    for (const RunInfo &r : m_store.runs())
        if (r.sweepId == m_plan.sweepId() && planned.count(r.sweepItem))
            throw StoreError(StoreError::Kind::BadRequest,
                "'" + m_store.path() + "' already holds item " + std::to_string(r.sweepItem)
                    + " of sweep " + m_plan.sweepId() + " (run " + std::to_string(r.id)
                    + "); write this sweep to another database");
    const unsigned workers = unsigned(std::min<std::size_t>(m_jobs, total));
    Channel channel(std::size_t(workers) * 4);
    channel.setWorkers(workers);
    std::vector<std::thread> threads;
    for (unsigned w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            std::size_t slot = 0;
            while (channel.claim(total, slot)) {
                try {
                    simulate(m_plan, m_plan.item(m_items[slot]), slot, channel);
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
    std::map<std::size_t, std::unique_ptr<RunRecorder>> open;
    std::size_t done = 0;
    std::exception_ptr failure;
    Message message;
    while (channel.pop(message)) {
        if (failure)
            continue; // drain: the workers stop at their next day
        try {
            const SweepItem item = m_plan.item(m_items[message.slot]);
            switch (message.kind) {
            case Message::Kind::Start: {
                const sim::Scenario scenario = m_plan.scenarioFor(item);
                NewRun run;
                run.name = m_name + " " + item.gridPoint + " seed " + std::to_string(item.seed);
                run.scenarioJson = sim::scenarioToJson(scenario);
                run.baseDirectory = scenario.baseDirectory;
                run.seed = item.seed;
                run.daysTotal = scenario.run.days;
                run.sweepId = m_plan.sweepId();
                run.sweepDefinition = m_plan.definitionJson();
                run.sweepItem = (long long)item.index;
                run.gridPoint = item.gridPoint;
                auto recorder = std::make_unique<RunRecorder>(m_store, run);
                ids[message.slot] = recorder->runId();
                open[message.slot] = std::move(recorder);
                break;
            }
            case Message::Kind::Day:
                open.at(message.slot)->writeDay(message.day);
                break;
            case Message::Kind::Finish:
                open.at(message.slot)->finish();
                open.erase(message.slot);
                ++done;
                if (onRunDone)
                    onRunDone(item, ids[message.slot], done, total);
                break;
            case Message::Kind::Fail:
                throw std::runtime_error("run of grid point " + item.gridPoint + " seed "
                    + std::to_string(item.seed) + " failed: " + message.error);
            }
        } catch (...) {
            failure = std::current_exception();
            channel.cancel();
        }
    }
    for (std::thread &t : threads)
        t.join();
    open.clear(); // unfinished runs: marked interrupted by their recorders
    if (failure)
        std::rethrow_exception(failure);
    return ids;
}

} // namespace td::store
