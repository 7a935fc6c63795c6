// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/contentmodel.h"

namespace td::recsys {

void ContentModel::ensureBuilt(const events::ObservableCatalog &catalog, base::ThreadPool *pool,
    events::RecommenderTimings &timings)
{
    if (m_features.trackCount() == catalog.trackCount())
        return;
    m_features.build(catalog);
    const auto started = std::chrono::steady_clock::now();
    m_index.build(m_features.values().data(), m_features.trackCount(), events::kAudioFeatureCount,
        ItemIndex::Params {}, {}, pool);
    timings.contentIndex += events::secondsSince(started);
}

} // namespace td::recsys
