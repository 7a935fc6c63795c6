// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/rankertrackfacts.h"

#include "base/hugepages.h"
#include "base/threadpool.h"
#include "recsys/pipeline/collaborativemodel.h"
#include "recsys/pipeline/contentmodel.h"
#include "recsys/pipeline/servingview.h"
#include "recsys/pipeline/trending.h"

#include <algorithm>
#include <cmath>

namespace td::recsys {

RankerTrackFacts rankerTrackFacts(const ServingView &view, TrackId t, Day day)
{
    const auto &catalog = *view.catalog;
    const StandardisedFeatures &audio = view.content->features();
    RankerTrackFacts facts;
    if (t < audio.trackCount()) {
        std::copy_n(audio.row(t), events::kAudioFeatureCount, facts.audio);
        facts.audioSquares = audio.squaredNorm(t);
    }
    // The same expressions as computeRankerFeatures() had inline, so the same bits.
    facts.trend = float(std::log1p(view.trending->count(t)));
    facts.recency = float(std::exp(-std::max(0, day - catalog.releaseDay[t]) / 30.0));
    facts.prior = t < catalog.priorPopularity.size() ? catalog.priorPopularity[t] / 100.0f : 0.0f;
    facts.evidenceRoot = std::sqrt(1.0f + view.collaborative->itemEvidence(t));
    facts.artist = catalog.artist[t];
    return facts;
}

void RankerTrackTable::build(
    const ServingView &view, base::ThreadPool *pool, std::size_t tracksPerChunk)
{
    const std::size_t tracks = view.catalog->artist.size();
    if (m_facts.size() != tracks) {
        m_facts.assign(tracks, RankerTrackFacts {});
        base::adviseHugePages(m_facts); // read at random for every candidate; memory only
    }
    m_day = view.day;
    const std::size_t chunks = (tracks + tracksPerChunk - 1) / tracksPerChunk;
    const auto fill = [&](std::size_t c) {
        const std::size_t end = std::min(tracks, (c + 1) * tracksPerChunk);
        for (std::size_t t = c * tracksPerChunk; t < end; ++t)
            m_facts[t] = rankerTrackFacts(view, TrackId(t), view.day);
    };
    if (pool) {
        pool->forEachChunk(chunks, fill);
    } else {
        for (std::size_t c = 0; c < chunks; ++c)
            fill(c);
    }
}

} // namespace td::recsys
