// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/diagnostics.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/itemposteriors.h"
#include "recsys/ann/itemindex.h"
#include "recsys/params.h"
#include "recsys/pipeline/laggedindex.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys {

class EvidenceStore;

/// The pipeline's collaborative model: implicit ALS fitted on the decayed evidence
/// (docs/als.md), one vector per listener that fold-ins refresh after each session, the
/// positive evidence mass per track (item-side uncertainty), and the retrieval index over the
/// item factors (docs/retrieval.md).
///
/// Threading: retrain(), growListeners() and refreshIndex() run on the engine thread
/// between days (with index_lag_days ≥ 1 the index is built on a thread of its own, see
/// LaggedIndex); foldIn() writes only listener l's row, on the worker that serves l; the
/// readers may run concurrently with fold-ins of other listeners.
class CollaborativeModel
{
public:
    /// `factors`: als.factors (fixed for the run); `seed`: the run seed (ALS start, graphs).
    CollaborativeModel(int factors, std::uint64_t seed);

    bool ready() const { return m_ready; }
    int factors() const { return m_factors; }
    std::size_t listenerCount() const { return m_listeners; }

    /// The listener's current vector (after today's fold-ins); null before the first retrain
    /// and for a listener with no usable evidence yet (a new listener: cold start, served by
    /// the chart and content sources until their first evidence is folded in).
    const float *userVector(ListenerId l) const;
    /// Item factors y_t; null before the first retrain or for a track the model lacks.
    const float *itemVector(TrackId t) const;
    /// x_u·y_t, 0 when either vector is missing.
    float predictedScore(ListenerId l, TrackId t) const;
    /// Positive evidence mass on the track at the last retrain (0 if none).
    float itemEvidence(TrackId t) const
    {
        return t < m_itemEvidence.size() ? m_itemEvidence[t] : 0.0f;
    }
    /// The last fit had a pair on the track: its factors are trained (and it is in index()).
    bool trained(TrackId t) const { return t < m_trainedFrom.size() && m_trainedFrom[t] == 0; }
    const als::ImplicitAls &als() const { return m_als; }
    /// The item side of the posterior from the last retrain (empty before the first, and
    /// while no policy has needed it since: see prepareItemPosteriors()).
    const als::ItemPosteriors &itemPosteriors() const { return m_itemPosteriors; }
    /// The trained tracks' factors, searchable (a track no pair of the fit touched has factors
    /// that only decay towards 0 from the random start: noise, left out): the index serving today,
    /// built from the model first served on indexModelDay() (an older model than today's with
    /// index_lag_days ≥ 1; it scores the factors it was built from). Empty before the first index
    /// is ready.
    const ItemIndex &index() const { return m_index.served(); }
    /// First day of the model the served index was built from; -1 before the first index.
    Day indexModelDay() const { return m_index.servedModelDay(); }
    /// First day served by the current model (the day after its retrain); -1 before the first.
    Day modelDay() const { return m_modelDay; }
    const LaggedIndex &laggedIndex() const { return m_index; }

    /// The listener's ALS row on `day`: (track, confidence, preference) of every pair with
    /// usable evidence on a track the model knows.
    void evidenceRow(
        const EvidenceStore &evidence, ListenerId l, Day day, std::vector<als::Entry> &out) const;
    /// trace(Σ_u)/f of the listener's posterior on `day`; NaN before the first retrain.
    double posteriorVariance(const EvidenceStore &evidence, ListenerId l, Day day) const;

    /// Recall@10 of the served index against exact search (same vectors, filter `allow`)
    /// for up to `queries` listeners with a vector, drawn from the hashed stream (seed,
    /// Metrics, "RECALL", today) so that no other draw moves. NaN without an index or vectors.
    double sampleRecall(
        Day today, int queries, ann::ItemFilter allow, int *measured = nullptr) const;

    /// The population grew to `listeners` (new listeners get zero vectors until evidence).
    void growListeners(std::size_t listeners);
    /// Exact fold-in of listener l from all their evidence on `day` (no-op without a model).
    void foldIn(const EvidenceStore &evidence, ListenerId l, Day day);
    /// Refits ALS on the evidence as of `day` (warm start; the first fit runs at least 8
    /// iterations); the new model is first served on `day`. Does nothing while there is no usable
    /// evidence.
    /// `itemPosteriorsNow`: a policy serving today reads the item posteriors (UCB, Thompson),
    /// so they are built at once; otherwise the fit's item-user matrix is kept instead and
    /// prepareItemPosteriors() builds them the first day a policy needs them.
    void retrain(const EvidenceStore &evidence, Day day, std::size_t tracks,
        const AlsModelParams &params, base::ThreadPool *pool, events::RecommenderTimings &timings,
        bool itemPosteriorsNow = true);
    /// Start of a day, once its policies are known. `needed`: one of them reads the item
    /// posteriors; they are then built from the matrix the last retrain kept, exactly as the
    /// retrain would have built them (the ALS model does not change between retrains).
    /// `retrainTonight`: this day ends with a retrain, so no later day can need the kept
    /// matrix and it is given back (every night with retrain_every_days = 1; with more, it is
    /// kept until then, the size of the posteriors it stands in for). One case is not
    /// exact: if that retrain then finds no usable evidence it keeps the old model, whose
    /// posteriors, never built, stay empty until a retrain succeeds (variance 0).
    void prepareItemPosteriors(bool needed, bool retrainTonight, base::ThreadPool *pool,
        events::RecommenderTimings &timings);
    /// The retrain kept its item-user matrix for posteriors not built yet.
    bool holdsItemUsers() const { return m_pendingItemUsers.has_value(); }
    /// Start of `today`: the retrieval index of the newest model (ann.ef, ann.m), at once
    /// (`lagDays` 0) or built in the background and served `lagDays` after that model's day.
    /// `searchFilter`: the ann::ItemFilter table its searches pass (the catalogue's release
    /// days, see ItemIndex::copyFilterTable); may be null.
    void refreshIndex(Day today, int lagDays, int ef, int m, const Day *searchFilter,
        base::ThreadPool *pool, events::RecommenderTimings &timings);

private:
    /// The nightly matrix: each listener's pairs with a confidence above 1 on `day` (marks
    /// those listeners known), rows filled in listener chunks on `pool`.
    als::InteractionMatrix evidenceMatrix(
        const EvidenceStore &evidence, Day day, std::size_t tracks, base::ThreadPool *pool);

    int m_factors;
    std::uint64_t m_seed;
    std::size_t m_listeners = 0;
    als::ImplicitAls m_als;
    bool m_ready = false;
    Day m_modelDay = -1; ///< first day served by the current model
    std::uint64_t m_generation = 0; ///< retrains that produced a model (0: none yet)
    std::vector<float> m_userVectors; ///< listeners × factors (fold-ins write their own row)
    /// 1 once the listener had usable evidence at a retrain or a fold-in (has a vector)
    std::vector<std::uint8_t> m_known;
    std::vector<float> m_itemEvidence; ///< positive evidence mass per track
    /// Per track: 0 when the last fit had a pair on it (its factors are trained), else never:
    /// the ann::ItemFilter table of the tracks the retrieval index holds
    std::vector<Day> m_trainedFrom;
    als::ItemPosteriors m_itemPosteriors; ///< item-factor precisions of the last fit
    /// The last fit's item × user matrix while its posteriors are not built (no policy read
    /// them yet), given back once they are or once a new retrain is due
    std::optional<als::InteractionMatrix> m_pendingItemUsers;
    /// The tracks the last fit trained (released or not); rebuilt after each retrain
    LaggedIndex m_index;
};

} // namespace td::recsys
