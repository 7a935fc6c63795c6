// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/threadpool.h"

#include <algorithm>

namespace td::base {

ThreadPool::ThreadPool(unsigned threads)
{
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    m_threadRan.assign(threads, 0);
    for (unsigned i = 1; i < threads; ++i)
        m_workers.emplace_back([this, i] { workerLoop(i); });
}

ThreadPool::~ThreadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto &t : m_workers)
        t.join();
}

void ThreadPool::forEachChunk(std::size_t chunkCount, const std::function<void(std::size_t)> &fn)
{
    {
        std::lock_guard lock(m_mutex);
        m_job = &fn;
        m_chunkCount = chunkCount;
        m_nextChunk = 0;
        m_finishedChunks = 0;
        std::fill(m_threadRan.begin(), m_threadRan.end(), 0);
        m_errors.assign(chunkCount, nullptr);
        ++m_generation;
    }
    m_wake.notify_all();
    runChunks(0);
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_finishedChunks == m_chunkCount; });
    m_job = nullptr;
    m_lastDistinct = static_cast<unsigned>(std::count(m_threadRan.begin(), m_threadRan.end(), 1));
    for (auto &error : m_errors) {
        if (error)
            std::rethrow_exception(error);
    }
}

void ThreadPool::workerLoop(unsigned index)
{
    unsigned long seen = 0;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || m_generation != seen; });
            if (m_stopping)
                return;
            seen = m_generation;
        }
        runChunks(index);
    }
}

void ThreadPool::runChunks(unsigned threadIndex)
{
    for (;;) {
        std::size_t chunk;
        const std::function<void(std::size_t)> *job;
        {
            std::lock_guard lock(m_mutex);
            if (!m_job || m_nextChunk >= m_chunkCount)
                return;
            chunk = m_nextChunk++;
            job = m_job;
            m_threadRan[threadIndex] = 1;
        }
        std::exception_ptr error;
        try {
            (*job)(chunk);
        } catch (...) {
            error = std::current_exception();
        }
        {
            std::lock_guard lock(m_mutex);
            m_errors[chunk] = error;
            if (++m_finishedChunks == m_chunkCount)
                m_done.notify_all();
        }
    }
}

} // namespace td::base
