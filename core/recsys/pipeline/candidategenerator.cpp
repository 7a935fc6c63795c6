// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/candidategenerator.h"

#include "recsys/pipeline/sources/cfsource.h"
#include "recsys/pipeline/sources/contentsource.h"
#include "recsys/pipeline/sources/exploresource.h"
#include "recsys/pipeline/sources/followedsource.h"
#include "recsys/pipeline/sources/newreleasesource.h"
#include "recsys/pipeline/sources/similarsource.h"
#include "recsys/pipeline/sources/trendingsource.h"

namespace td::recsys {

CandidateGenerator::CandidateGenerator()
{
    m_sources.push_back(std::make_unique<CfSource>());
    m_sources.push_back(std::make_unique<SimilarSource>());
    m_sources.push_back(std::make_unique<ContentSource>());
    m_sources.push_back(std::make_unique<TrendingSource>());
    m_sources.push_back(std::make_unique<FollowedSource>());
    m_sources.push_back(std::make_unique<NewReleaseSource>());
    m_sources.push_back(std::make_unique<ExploreSource>());
}

CandidateGenerator::~CandidateGenerator() = default;

void CandidateGenerator::generate(const ServingView &view, const ServingRequest &request,
    SourceScratch &scratch, CandidatePool &pool) const
{
    pool.reset(view.catalog->trackCount());
    const int poolSize = request.poolSize > 0 ? request.poolSize : view.params->poolSize;
    for (const auto &source : m_sources) {
        const int quota = sourceQuota(poolSize, source->share(view, request));
        if (quota > 0)
            source->offer(view, request, quota, scratch, pool);
    }
}

} // namespace td::recsys
