// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/filters/candidatefilter.h"

#include <memory>
#include <vector>

namespace td::recsys {

/// The filtering stage: every hard rule, in order, each removal with its reason. Before
/// ranking, the first rule that removes a candidate names it (blocked artist, explicit off,
/// skipped recently, heard before on Discover Weekly, heard recently); after ranking, the
/// artist cap keeps the best filters.artist_cap tracks of each artist. Immutable; const
/// methods run concurrently for different listeners.
class FilterChain
{
public:
    /// The standard rules in their order.
    FilterChain();
    /// A chain of the given per-candidate rules (tests; order = priority).
    explicit FilterChain(std::vector<std::unique_ptr<CandidateFilter>> rules);
    ~FilterChain();

    /// Marks each candidate the first matching rule removes (Candidate::removed).
    void applyBeforeRanking(const ServingView &view, const events::RecRequest &request,
        std::vector<Candidate> &candidates) const;
    /// A radio refill: candidates this station already played this session (`played`,
    /// sorted) are marked FilterReason::HeardRecently, unless a rule removed them already. A
    /// station does not repeat itself, whatever filters.heard_window_days says.
    void applyPlayedOnStation(
        const std::vector<TrackId> &played, std::vector<Candidate> &candidates) const;
    /// The artist cap over `ranked` (indices of kept candidates, best first): candidates past
    /// their artist's cap are marked FilterReason::ArtistCap and leave `ranked`.
    void applyArtistCap(const ServingView &view, std::vector<Candidate> &candidates,
        std::vector<std::size_t> &ranked) const;

    const std::vector<std::unique_ptr<CandidateFilter>> &rules() const { return m_rules; }

private:
    std::vector<std::unique_ptr<CandidateFilter>> m_rules;
};

} // namespace td::recsys
