// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

namespace td::recsys {

/// "Because you listened to…" ("similar_to_last"): ALS neighbours (inner product) of the
/// track playing now — share mix.<surface>.similar — or, when nothing is playing, of the
/// listener's last stream — share mix.<surface>.similar_history. The seed itself is never offered.
class SimilarSource final : public CandidateSource
{
public:
    std::uint8_t bit() const override { return kSourceSimilar; }
    double share(const ServingView &view, const ServingRequest &request) const override;
    void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const override;
};

} // namespace td::recsys
