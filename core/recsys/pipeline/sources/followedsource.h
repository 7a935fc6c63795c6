// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

namespace td::recsys {

/// New releases of followed artists ("followed_new"): recent releases, newest first, whose
/// artist the listener follows. Share: mix.<surface>.followed.
class FollowedSource final : public CandidateSource
{
public:
    std::uint8_t bit() const override { return kSourceFollowed; }
    double share(const ServingView &view, const ServingRequest &request) const override;
    void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const override;
};

} // namespace td::recsys
