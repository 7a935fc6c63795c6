// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/contentmodel.h"

#include "base/hugepages.h"
#include "recsys/ann/annrecall.h"

namespace td::recsys {

void ContentModel::ensureBuilt(const events::ObservableCatalog &catalog, base::ThreadPool *pool,
    events::RecommenderTimings &timings, const ItemIndex::Params &index)
{
    if (m_features.trackCount() != catalog.trackCount()) {
        m_features.build(catalog);
        // Tables every candidate reads at random (filters, ranker features): 2 MB pages
        // (memory only; the catalogue's values do not change).
        base::adviseHugePages(m_features.values());
        base::adviseHugePages(catalog.artist);
        base::adviseHugePages(catalog.releaseDay);
        base::adviseHugePages(catalog.priorPopularity);
        const auto started = std::chrono::steady_clock::now();
        m_index.build(m_features.values().data(), m_features.trackCount(),
            events::kAudioFeatureCount, index, {}, pool);
        timings.contentIndex += events::secondsSince(started);
    }
    // Search-time only, so it applies to the built index without a rebuild; set where the
    // index is frozen for the day, like the ALS index's (at its build).
    m_index.setSearchParams(index.ef, index.overfetch);
    // Every search is filtered by the release days (ServingView::released); copied daily, so a
    // table that changed between days is never served stale (one pass over the nodes).
    m_index.copyFilterTable(catalog.releaseDay.data());
}

double ContentModel::sampleRecall(
    std::uint64_t seed, Day today, int queries, ann::ItemFilter allow, int *measured) const
{
    // "CRECALL" in the entity's bytes: a stream apart from the ALS index's ("RECALL"), from any
    // listener's and from the other metrics'.
    constexpr std::uint64_t kContentRecallEntity = 0x43524543414c4c00ull;
    return sampleListenerRecall(
        m_index, m_profiles.listenerCount(), queries, seed, kContentRecallEntity, today,
        [this](ListenerId l) { return m_profiles.profile(l, events::Context::None); }, allow,
        measured);
}

} // namespace td::recsys
