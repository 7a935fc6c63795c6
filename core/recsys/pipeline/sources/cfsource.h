// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

namespace td::recsys {

/// Collaborative retrieval ("cf_ann"): the tracks with the largest inner product x_u·y_i
/// with the listener's ALS vector, from the norm-bucketed ANN index. Share: mix.<surface>.cf.
/// Offers nothing for a listener without a vector (cold start).
class CfSource final : public CandidateSource
{
public:
    std::uint8_t bit() const override { return kSourceCf; }
    double share(const ServingView &view, const ServingRequest &request) const override;
    void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const override;
};

} // namespace td::recsys
