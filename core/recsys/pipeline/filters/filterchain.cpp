// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/filters/filterchain.h"

#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/filters/filterrules.h"

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
    const auto &artist = view.catalog->artist;
    // Tracks kept so far per artist, in per-thread counters stamped per call (no clearing, no
    // allocation once warm): one pass instead of counting over the kept list for every
    // candidate (quadratic in the pool). Same decisions, in the same order.
    thread_local std::vector<std::uint32_t> stampOf, keptOf;
    thread_local std::uint32_t stamp = 0;
    if (++stamp == 0) { // wrapped: clear the stamps once
        std::fill(stampOf.begin(), stampOf.end(), 0u);
        stamp = 1;
    }
    std::size_t kept = 0;
    for (std::size_t idx : ranked) {
        Candidate &c = candidates[idx];
        const ArtistId a = artist[c.track];
        if (a >= stampOf.size()) {
            stampOf.resize(std::size_t(a) + 1, 0u);
            keptOf.resize(std::size_t(a) + 1, 0u);
        }
        if (stampOf[a] != stamp) {
            stampOf[a] = stamp;
            keptOf[a] = 0;
        }
        if (int(keptOf[a]) >= cap) {
            c.removed = FilterReason::ArtistCap;
        } else {
            ++keptOf[a];
            ranked[kept++] = idx;
        }
    }
    ranked.resize(kept);
}

} // namespace td::recsys
