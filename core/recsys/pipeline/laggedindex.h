// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "recsys/ann/itemindex.h"

#include <cstdint>
#include <exception>
#include <memory>
#include <thread>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys {

/// The ALS retrieval index as served, with recommender.index_lag_days (docs/retrieval.md,
/// "Index lag"): the index of the model first served on day m serves from day m + lag.
///
/// With lag 0 the index is rebuilt at the start of the model's first day, on the engine thread
/// fanning out over the pool (the behaviour before the knob existed). With lag ≥ 1 the build
/// runs on a dedicated std::thread (the pool only runs parallel-for loops, which the day's
/// sessions occupy) from a private copy of the item factors, and is joined and swapped in at
/// the start of its ready day, whether it finished early or not: which index serves a day is a
/// function of simulated days only, so results do not depend on thread count or speed.
///
/// At most two indexes exist: the served one and one pending build. A retrain while a build is
/// pending does not start another (that would hold a third index, and with daily retrains and
/// lag ≥ 2 a "replace" rule would never let any build finish): the newest model waits, and its
/// build starts when the pending one is swapped in, ready max(model day + lag, that day + 1).
///
/// Threading: everything but the build thread runs on the engine thread between days; search
/// the served() index concurrently during the day. The destructor joins a pending build.
class LaggedIndex
{
public:
    /// The model the index would be built from: `itemCount` rows of `dim` floats, row-major,
    /// first served on `modelDay`.
    struct Model
    {
        const float *itemFactors = nullptr;
        std::size_t itemCount = 0;
        int dim = 0;
        Day modelDay = -1;
        /// Counts the retrains: a new generation is a new model (even on the same day)
        std::uint64_t generation = 0;
        /// Which rows the index holds (ann::ItemFilter table at day 0, `itemCount` entries;
        /// copied for a background build); null: every row
        const Day *indexedFrom = nullptr;
        /// The ann::ItemFilter table searches pass (the catalogue's release days), copied
        /// beside each node when an index starts serving (ItemIndex::copyFilterTable); may be null
        const Day *searchFilter = nullptr;
    };

    LaggedIndex() = default;
    ~LaggedIndex();
    LaggedIndex(const LaggedIndex &) = delete;
    LaggedIndex &operator=(const LaggedIndex &) = delete;

    /// Start of `today`: swaps in a pending build whose ready day has come (waiting for it if
    /// it is still running), then builds the newest model if no index of it exists or is
    /// pending: now (lag 0) or on the build thread (lag ≥ 1). `model.itemFactors` null: no
    /// model yet (generation 0). Returns the seconds spent (synchronous build or waiting for the
    /// thread). Rethrows an exception of the build thread.
    double beginDay(Day today, const Model &model, int lagDays, const ItemIndex::Params &params,
        base::ThreadPool *pool);

    /// The index serving today; empty (size 0) before the first one is ready.
    const ItemIndex &served() const { return m_served; }
    bool hasIndex() const { return m_servedModelDay >= 0; }
    /// First day of the model the served index was built from; -1 before the first index.
    Day servedModelDay() const { return m_servedModelDay; }
    /// A build is pending (running or finished, not yet swapped in).
    bool pending() const { return m_pending != nullptr; }
    /// Day the pending build will be swapped in; -1 without one.
    Day pendingReadyDay() const { return m_pending ? m_pending->readyDay : -1; }

private:
    struct Build
    {
        std::vector<float> factors; ///< the build's own copy (a retrain may move the model)
        std::vector<Day> indexedFrom; ///< its own copy of Model::indexedFrom (empty: all rows)
        std::size_t itemCount = 0;
        int dim = 0;
        ItemIndex::Params params;
        ItemIndex index;
        Day modelDay = -1;
        std::uint64_t generation = 0;
        Day readyDay = -1;
        std::exception_ptr error;
        std::thread thread;
    };

    /// Joins the pending build; returns the seconds waited.
    double join();
    /// beginDay() but for the filter copy: the swap or build; returns the seconds spent.
    double swapOrBuild(Day today, const Model &model, int lagDays, const ItemIndex::Params &params,
        base::ThreadPool *pool);

    ItemIndex m_served;
    Day m_servedModelDay = -1;
    std::uint64_t m_servedGeneration = 0; ///< 0: no index yet
    std::unique_ptr<Build> m_pending;
};

} // namespace td::recsys
