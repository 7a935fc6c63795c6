// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace td::base {

/// A fixed set of worker threads that runs "parallel for" over chunk indices.
///
/// Determinism contract: the caller splits work into chunks whose boundaries do not depend on
/// the thread count, each chunk writes only its own output slot, and the caller merges slots
/// in chunk order. Which thread runs which chunk then changes wall time, never results.
///
/// Thread affinity: create, use and destroy from one owner thread; forEachChunk() blocks that
/// thread until every chunk has run. The owner thread also works on chunks.
class ThreadPool
{
public:
    /// `threads` is the total number of threads working on a loop, the caller included;
    /// 0 means std::thread::hardware_concurrency().
    explicit ThreadPool(unsigned threads = 1);
    ~ThreadPool();
    ThreadPool(const ThreadPool &) = delete;
    ThreadPool &operator=(const ThreadPool &) = delete;

    unsigned threadCount() const { return static_cast<unsigned>(m_workers.size()) + 1; }

    /// Runs fn(chunk) for chunk in [0, chunkCount), in parallel; returns when all are done.
    /// An exception thrown by fn is rethrown here (the first one, by chunk order).
    void forEachChunk(std::size_t chunkCount, const std::function<void(std::size_t)> &fn);

    /// Number of distinct threads that ran at least one chunk in the last forEachChunk().
    unsigned lastDistinctThreads() const { return m_lastDistinct; }

private:
    void workerLoop(unsigned index);
    void runChunks(unsigned threadIndex);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(std::size_t)> *m_job = nullptr;
    std::size_t m_chunkCount = 0;
    std::size_t m_nextChunk = 0;
    std::size_t m_finishedChunks = 0;
    unsigned long m_generation = 0;
    bool m_stopping = false;
    std::vector<char> m_threadRan;
    std::vector<std::exception_ptr> m_errors;
    unsigned m_lastDistinct = 0;
};

} // namespace td::base
