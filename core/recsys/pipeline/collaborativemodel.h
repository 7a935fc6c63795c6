// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/diagnostics.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/itemposteriors.h"
#include "recsys/ann/itemindex.h"
#include "recsys/params.h"

#include <cstdint>
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
/// Threading: retrain(), growListeners() and rebuildIndexIfStale() run on the engine thread
/// between days; foldIn() writes only listener l's row, on the worker that serves l; the
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
    const als::ImplicitAls &als() const { return m_als; }
    /// The item side of the posterior from the last retrain (empty before the first).
    const als::ItemPosteriors &itemPosteriors() const { return m_itemPosteriors; }
    /// Every track's factors, searchable; empty before the first retrain.
    const ItemIndex &index() const { return m_index; }

    /// The listener's ALS row on `day`: (track, confidence, preference) of every pair with
    /// usable evidence on a track the model knows.
    void evidenceRow(
        const EvidenceStore &evidence, ListenerId l, Day day, std::vector<als::Entry> &out) const;
    /// trace(Σ_u)/f of the listener's posterior on `day`; NaN before the first retrain.
    double posteriorVariance(const EvidenceStore &evidence, ListenerId l, Day day) const;

    /// The population grew to `listeners` (new listeners get zero vectors until evidence).
    void growListeners(std::size_t listeners);
    /// Exact fold-in of listener l from all their evidence on `day` (no-op without a model).
    void foldIn(const EvidenceStore &evidence, ListenerId l, Day day);
    /// Refits ALS on the evidence as of `day` (warm start; the first fit runs at least 8
    /// iterations) and marks the index stale. Does nothing while there is no usable evidence.
    void retrain(const EvidenceStore &evidence, Day day, std::size_t tracks,
        const AlsModelParams &params, base::ThreadPool *pool, events::RecommenderTimings &timings);
    /// Rebuilds the retrieval index after a retrain (ann.ef, ann.m).
    void rebuildIndexIfStale(
        int ef, int m, base::ThreadPool *pool, events::RecommenderTimings &timings);

private:
    int m_factors;
    std::uint64_t m_seed;
    std::size_t m_listeners = 0;
    als::ImplicitAls m_als;
    bool m_ready = false;
    bool m_indexStale = true;
    std::vector<float> m_userVectors; ///< listeners × factors (fold-ins write their own row)
    /// 1 once the listener had usable evidence at a retrain or a fold-in (has a vector)
    std::vector<std::uint8_t> m_known;
    std::vector<float> m_itemEvidence; ///< positive evidence mass per track
    als::ItemPosteriors m_itemPosteriors; ///< item-factor precisions of the last fit
    ItemIndex m_index; ///< every track, released or not; rebuilt after each retrain
};

} // namespace td::recsys
