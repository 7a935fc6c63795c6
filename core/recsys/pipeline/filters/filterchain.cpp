// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/filters/filterchain.h"

#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/filters/filterrules.h"
#include "recsys/pipeline/rankertrackfacts.h"
#include "recsys/pipeline/servingview.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace td::recsys {

FilterChain::FilterChain()
{
    m_rules.push_back(std::make_unique<BlockedArtistFilter>());
    m_rules.push_back(std::make_unique<ExplicitFilter>());
    m_rules.push_back(std::make_unique<SkippedRecentlyFilter>());
    m_rules.push_back(std::make_unique<HeardBeforeFilter>());
    m_rules.push_back(std::make_unique<HeardRecentlyFilter>());
}

FilterChain::FilterChain(std::vector<std::unique_ptr<CandidateFilter>> rules)
    : m_rules(std::move(rules))
{ }

FilterChain::~FilterChain() = default;

void FilterChain::applyBeforeRanking(const ServingView &view, const events::RecRequest &request,
    std::vector<Candidate> &candidates) const
{
    for (Candidate &c : candidates) {
        const TrackEvidence *e = view.evidence->find(request.listener, c.track);
        c.evidence = e;
        c.evidenceLooked = true;
        for (const auto &rule : m_rules) {
            if (rule->removes(view, request, c.track, e)) {
                c.removed = rule->reason();
                break;
            }
        }
    }
}

void FilterChain::applyPlayedOnStation(
    const std::vector<TrackId> &played, std::vector<Candidate> &candidates) const
{
    for (Candidate &c : candidates) {
        if (c.removed == FilterReason::None
            && std::binary_search(played.begin(), played.end(), c.track))
            c.removed = FilterReason::HeardRecently;
    }
}

void FilterChain::applyArtistCap(const ServingView &view, std::vector<Candidate> &candidates,
    std::vector<std::size_t> &ranked) const
{
    const int cap = view.params->filters.artistCap;
    // The artist from the day's per-track records when there are any: the features just read
    // those lines, so they are in cache, while the catalogue's artist table is 4 MB at 1M
    // tracks and every read of it missed. An artist never changes, whatever day the table is
    // for.
    const auto &catalogArtist = view.catalog->artist;
    const RankerTrackTable *table = view.trackFacts;
    const auto artistOf = [&](TrackId t) {
        return table && t < table->size() ? (*table)[t].artist : catalogArtist[t];
    };
    // Tracks kept so far per artist, in per-thread counters stamped per call (no clearing, no
    // allocation once warm): one pass instead of counting over the kept list for every
    // candidate (quadratic in the pool). Same decisions, in the same order. Stamp and count
    // share a slot: one cache line per artist, not two.
    struct Kept
    {
        std::uint32_t stamp = 0;
        std::uint32_t count = 0;
    };
    thread_local std::vector<Kept> keptOf;
    thread_local std::uint32_t stamp = 0;
    if (++stamp == 0) { // wrapped: clear the stamps once
        std::fill(keptOf.begin(), keptOf.end(), Kept {});
        stamp = 1;
    }
    std::size_t kept = 0;
    for (std::size_t idx : ranked) {
        Candidate &c = candidates[idx];
        const ArtistId a = artistOf(c.track);
        if (a >= keptOf.size())
            keptOf.resize(std::size_t(a) + 1);
        Kept &k = keptOf[a];
        if (k.stamp != stamp)
            k = Kept { stamp, 0 };
        if (int(k.count) >= cap) {
            c.removed = FilterReason::ArtistCap;
        } else {
            ++k.count;
            ranked[kept++] = idx;
        }
    }
    ranked.resize(kept);
}

} // namespace td::recsys
