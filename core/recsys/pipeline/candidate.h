// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

#include <array>
#include <cstdint>
#include <string>

namespace td::recsys {

struct TrackEvidence;

/// Candidate sources, as bits: a track offered by several sources carries all their bits.
enum SourceBit : std::uint8_t {
    kSourceCf = 1, ///< ANN over ALS item factors, query = listener vector
    kSourceContent = 2, ///< audio features close to the listener's profile in this context
    kSourceSimilar = 4, ///< ALS neighbours of the track playing now (radio seed)
    kSourceTrending = 8, ///< decayed stream counts
    kSourceFollowed = 16, ///< new releases of followed artists
    kSourceNewRelease = 32, ///< recent releases (keeps new tracks reachable)
    /// uniformly random released tracks (candidates.explore_share of the pool): lets the
    /// exploration policy reach beyond what the models retrieve
    kSourceExplore = 64,
};
inline constexpr int kSourceCount = 7;
const char *sourceName(int bitIndex);
/// "cf_ann+trending" for a bit set.
std::string sourceNames(std::uint8_t bits);

/// Ranker features, in this order (docs/pipeline.md defines each).
enum RankerFeature : int {
    kFeatCf, ///< x_u·y_i
    kFeatContent, ///< cosine(profile in context, standardised audio features)
    kFeatTrend, ///< log(1 + trending count)
    kFeatNovel, ///< 1 if the listener has no evidence on the track
    kFeatArtist, ///< log(1 + decayed positive mass on the artist)
    kFeatFollowed, ///< 1 if the listener follows the artist
    kFeatRecency, ///< exp(−days since release / 30)
    kFeatPrior, ///< prior popularity / 100
    kFeatSimilar, ///< cosine(y_last played, y_i); 0 without a seed
    kFeatFamiliar, ///< log(1 + decayed positive mass on the track)
    kFeatSkipped, ///< log(1 + decayed negative mass on the track)
    kFeatPosition, ///< log(1 + slate position): training only, 0 at inference
    kFeatureCount
};
const char *featureName(int feature);

/// Why a candidate was removed (trace and funnel).
enum class FilterReason : std::uint8_t {
    None,
    BlockedArtist,
    SkippedRecently,
    HeardRecently,
    HeardBefore, ///< discovery surfaces want never-heard tracks
    ExplicitOff,
    ArtistCap,
};
inline constexpr int kFilterReasonCount = 7;
const char *filterReasonName(FilterReason r);

/// One candidate moving through a request.
struct Candidate
{
    TrackId track = kNoTrack;
    std::uint8_t sources = 0;
    FilterReason removed = FilterReason::None;
    std::array<float, kFeatureCount> features {};
    float rankerScore = 0.0f; ///< logit (or CF score for ranker.kind = cf)
    /// κ‖x_u‖/√(1+n_i): evidence-based item-side uncertainty (the value model's feature)
    float uncertainty = 0.0f;
    /// The listener's evidence on the track as the filters looked it up (null: none), so the
    /// features do not search for it again; valid for the request only. `evidenceLooked` is
    /// false until FilterChain::applyBeforeRanking has looked.
    const TrackEvidence *evidence = nullptr;
    bool evidenceLooked = false;
};

} // namespace td::recsys
