// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/filters/candidatefilter.h"

namespace td::recsys {

/// The listener blocked the track's artist.
class BlockedArtistFilter final : public CandidateFilter
{
public:
    FilterReason reason() const override { return FilterReason::BlockedArtist; }
    bool removes(const ServingView &view, const events::RecRequest &request, TrackId track,
        const TrackEvidence *evidence) const override;
};

/// The track is explicit and the listener turned explicit content off.
class ExplicitFilter final : public CandidateFilter
{
public:
    FilterReason reason() const override { return FilterReason::ExplicitOff; }
    bool removes(const ServingView &view, const events::RecRequest &request, TrackId track,
        const TrackEvidence *evidence) const override;
};

/// The listener skipped the track less than filters.skip_window_days ago.
class SkippedRecentlyFilter final : public CandidateFilter
{
public:
    FilterReason reason() const override { return FilterReason::SkippedRecently; }
    bool removes(const ServingView &view, const events::RecRequest &request, TrackId track,
        const TrackEvidence *evidence) const override;
};

/// Discover Weekly wants tracks the listener never heard: any evidence on the track removes it.
class HeardBeforeFilter final : public CandidateFilter
{
public:
    FilterReason reason() const override { return FilterReason::HeardBefore; }
    bool removes(const ServingView &view, const events::RecRequest &request, TrackId track,
        const TrackEvidence *evidence) const override;
};

/// The listener played the track less than filters.heard_window_days ago.
class HeardRecentlyFilter final : public CandidateFilter
{
public:
    FilterReason reason() const override { return FilterReason::HeardRecently; }
    bool removes(const ServingView &view, const events::RecRequest &request, TrackId track,
        const TrackEvidence *evidence) const override;
};

} // namespace td::recsys
