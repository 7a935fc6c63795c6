// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/numberformat.h"
#include "base/threadpool.h"
#include "testregistry.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

class TestThreadPool : public QObject
{
    Q_OBJECT
private slots:
    void everyChunkRunsOnce()
    {
        td::base::ThreadPool pool(2);
        std::vector<int> hits(1000, 0);
        pool.forEachChunk(hits.size(), [&](std::size_t c) { hits[c] += 1; });
        for (int h : hits)
            QCOMPARE(h, 1);
    }
    void moreThanOneWorkerRuns()
    {
        td::base::ThreadPool pool(2);
        QCOMPARE(pool.threadCount(), 2u);
        // The first chunk waits (bounded) until another thread has taken a chunk, so the test
        // does not depend on how busy the machine is.
        std::atomic<int> started { 0 };
        pool.forEachChunk(8, [&](std::size_t c) {
            ++started;
            if (c == 0) {
                const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
                while (started.load() < 2 && std::chrono::steady_clock::now() < deadline)
                    std::this_thread::yield();
            }
        });
        QCOMPARE(pool.lastDistinctThreads(), 2u);
    }
    void reusableAcrossLoops()
    {
        td::base::ThreadPool pool(3);
        for (int round = 0; round < 50; ++round) {
            std::atomic<int> count { 0 };
            pool.forEachChunk(17, [&](std::size_t) { ++count; });
            QCOMPARE(count.load(), 17);
        }
    }
    void exceptionPropagates()
    {
        td::base::ThreadPool pool(2);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pool.forEachChunk(8, [](std::size_t c) {
            if (c == 5)
                throw std::runtime_error("chunk 5 failed");
        }));
    }
    void numberFormatIsFixed()
    {
        QCOMPARE(QString::fromStdString(td::base::formatNumber(0.1)), QStringLiteral("0.1"));
        QCOMPARE(QString::fromStdString(td::base::formatNumber(1.0 / 3.0)),
            QStringLiteral("0.333333333"));
        QCOMPARE(QString::fromStdString(td::base::formatNumber(-0.0)), QStringLiteral("0"));
        QCOMPARE(QString::fromStdString(td::base::formatNumber(std::nan(""))), QString());
        QCOMPARE(
            QString::fromStdString(td::base::formatJsonNumber(INFINITY)), QStringLiteral("null"));
        QCOMPARE(QString::fromStdString(td::base::formatNumber(123456789012.0)),
            QStringLiteral("1.23456789e+11"));
    }
};
TD_REGISTER_TEST(TestThreadPool)
#include "tst_threadpool.moc"
