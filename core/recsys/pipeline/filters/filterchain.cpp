// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/filters/filterchain.h"

#include "recsys/pipeline/evidencestore.h"
#include "recsys/pipeline/filters/filterrules.h"

#include <algorithm>

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
    std::size_t kept = 0;
    for (std::size_t idx : ranked) {
        Candidate &c = candidates[idx];
        const ArtistId a = artist[c.track];
        int same = 0;
        for (std::size_t j = 0; j < kept; ++j)
            same += artist[candidates[ranked[j]].track] == a ? 1 : 0;
        if (same >= cap)
            c.removed = FilterReason::ArtistCap;
        else
            ranked[kept++] = idx;
    }
    ranked.resize(kept);
}

} // namespace td::recsys
