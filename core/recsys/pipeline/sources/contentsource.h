// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/pipeline/sources/candidatesource.h"

namespace td::recsys {

/// Content retrieval ("content"): tracks whose standardised audio features are closest (inner
/// product) to the listener's content profile in the served context. Share: mix.<surface>.content.
class ContentSource final : public CandidateSource
{
public:
    std::uint8_t bit() const override { return kSourceContent; }
    double share(const ServingView &view, const ServingRequest &request) const override;
    void offer(const ServingView &view, const ServingRequest &request, int quota,
        SourceScratch &scratch, CandidatePool &pool) const override;
};

} // namespace td::recsys
