// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/laggedindex.h"

#include "events/diagnostics.h"

#include <algorithm>
#include <chrono>

namespace td::recsys {

LaggedIndex::~LaggedIndex()
{
    if (m_pending && m_pending->thread.joinable())
        m_pending->thread.join();
}

double LaggedIndex::join()
{
    const auto started = std::chrono::steady_clock::now();
    if (m_pending->thread.joinable())
        m_pending->thread.join();
    return events::secondsSince(started);
}

double LaggedIndex::beginDay(Day today, const Model &model, int lagDays,
    const ItemIndex::Params &params, base::ThreadPool *pool)
{
    const double seconds = swapOrBuild(today, model, lagDays, params, pool);
    // Copied daily (one pass over the nodes), so a table that changed between days is never
    // served stale.
    m_served.copyFilterTable(model.searchFilter);
    return seconds;
}

double LaggedIndex::swapOrBuild(Day today, const Model &model, int lagDays,
    const ItemIndex::Params &params, base::ThreadPool *pool)
{
    double seconds = 0.0;
    // Lag lowered to 0 while a build is pending: lag 0 serves the newest model's index today,
    // so the pending build is settled now (kept only if it indexes that model).
    if (m_pending && (m_pending->readyDay <= today || lagDays == 0)) {
        seconds += join();
        const std::unique_ptr<Build> done = std::move(m_pending);
        if (done->error)
            std::rethrow_exception(done->error);
        if (done->readyDay <= today || done->generation == model.generation) {
            m_served = std::move(done->index);
            m_servedModelDay = done->modelDay;
            m_servedGeneration = done->generation;
        }
    }
    // Nothing newer to index, or the newest model waits for the pending build's swap.
    if (!model.itemFactors || model.generation == m_servedGeneration || m_pending)
        return seconds;
    if (lagDays == 0) {
        const auto started = std::chrono::steady_clock::now();
        m_served.build(model.itemFactors, model.itemCount, model.dim, params,
            ann::ItemFilter { model.indexedFrom, 0 }, pool);
        m_servedModelDay = model.modelDay;
        m_servedGeneration = model.generation;
        return seconds + events::secondsSince(started);
    }
    auto build = std::make_unique<Build>();
    build->factors.assign(
        model.itemFactors, model.itemFactors + model.itemCount * std::size_t(model.dim));
    if (model.indexedFrom)
        build->indexedFrom.assign(model.indexedFrom, model.indexedFrom + model.itemCount);
    build->itemCount = model.itemCount;
    build->dim = model.dim;
    build->params = params;
    build->modelDay = model.modelDay;
    build->generation = model.generation;
    build->readyDay = std::max(model.modelDay + lagDays, today + 1);
    Build *b = build.get();
    // Single-threaded: the pool belongs to the engine thread and serves the day's sessions.
    // The bucket build is deterministic either way (ItemIndex), so the index is the same.
    b->thread = std::thread([b] {
        try {
            const ann::ItemFilter include {
                b->indexedFrom.empty() ? nullptr : b->indexedFrom.data(), 0
            };
            b->index.build(b->factors.data(), b->itemCount, b->dim, b->params, include);
        } catch (...) {
            b->error = std::current_exception();
        }
        std::vector<float>().swap(b->factors); // the index holds its own copy
        std::vector<Day>().swap(b->indexedFrom);
    });
    m_pending = std::move(build);
    return seconds;
}

} // namespace td::recsys
