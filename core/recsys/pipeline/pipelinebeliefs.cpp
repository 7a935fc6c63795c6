// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The pipeline's belief about a listener's taste, for the inspector (read-only).
#include "recsys/ann/topk.h"
#include "recsys/pipeline/pipelinerecommender.h"

namespace td::recsys {

bool PipelineRecommender::tasteBeliefs(ListenerId l, events::TasteBeliefs &out) const
{
    out = events::TasteBeliefs {};
    constexpr int kFeatures = events::kAudioFeatureCount;
    if (!m_catalog || l >= m_listenerCount)
        return true;

    // Collaborative belief: what the model would retrieve for the listener, context-free.
    std::array<double, kFeatures> collaborative {};
    bool haveCollaborative = false;
    if (m_collaborative.userVector(l) != nullptr) {
        std::vector<ScoredItem> best;
        ann::TopK top(best, events::TasteBeliefs::kTopTracks);
        const std::size_t items
            = std::min(m_collaborative.als().itemCount(), m_catalog->trackCount());
        for (TrackId t = 0; t < items; ++t) {
            if (m_catalog->isReleased(t, m_day))
                top.offer(m_collaborative.predictedScore(l, t), t);
        }
        top.finish(best);
        for (const ScoredItem &item : best) {
            const float *features = m_catalog->features(item.id);
            for (int f = 0; f < kFeatures; ++f)
                collaborative[std::size_t(f)] += double(features[f]);
        }
        if (!best.empty()) {
            for (double &v : collaborative)
                v /= double(best.size());
            haveCollaborative = true;
        }
    }

    for (int c = 0; c < events::kContextCount; ++c) {
        const auto context = events::Context(c);
        auto &features = out.features[std::size_t(c)];
        const float *profile = context == events::Context::None
            ? nullptr
            : m_content.profiles().ownProfile(l, context);
        if (profile) {
            out.basis[std::size_t(c)] = events::BeliefBasis::ContentProfile;
            for (int f = 0; f < kFeatures; ++f)
                features[std::size_t(f)] = m_content.features().raw(f, double(profile[f]));
        } else if (haveCollaborative) {
            out.basis[std::size_t(c)] = events::BeliefBasis::Collaborative;
            features = collaborative;
        }
    }
    return true;
}

} // namespace td::recsys
