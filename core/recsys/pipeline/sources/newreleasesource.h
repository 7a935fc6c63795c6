// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

namespace td::recsys {

/// Recent releases ("new_release"), newest first: keeps new tracks reachable before anyone has
/// streamed them. Share: mix.<surface>.new_release.
class NewReleaseSource final : public CandidateSource
{
public:
    std::uint8_t bit() const override { return kSourceNewRelease; }
    double share(const ServingView &view, const ServingRequest &request) const override;
    void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const override;
};

} // namespace td::recsys
