// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/candidate.h"

#include <array>

namespace td::recsys {

const char *sourceName(int bitIndex)
{
    static constexpr std::array<const char *, kSourceCount> names { "cf_ann", "content",
        "similar_to_last", "trending", "followed_new", "new_release", "explore" };
    return bitIndex >= 0 && bitIndex < kSourceCount ? names[std::size_t(bitIndex)] : "?";
}

std::string sourceNames(std::uint8_t bits)
{
    std::string s;
    for (int i = 0; i < kSourceCount; ++i) {
        if (!(bits & (1u << i)))
            continue;
        if (!s.empty())
            s += '+';
        s += sourceName(i);
    }
    return s;
}

const char *featureName(int feature)
{
    static constexpr std::array<const char *, kFeatureCount> names { "cf_score",
        "content_similarity", "trending", "novel", "artist_affinity", "followed_artist",
        "release_recency", "prior_popularity", "similar_to_last", "familiarity", "skipped",
        "position" };
    return feature >= 0 && feature < kFeatureCount ? names[std::size_t(feature)] : "?";
}

const char *filterReasonName(FilterReason r)
{
    static constexpr std::array<const char *, kFilterReasonCount> names { "", "blocked_artist",
        "skipped_recently", "heard_recently", "heard_before", "explicit_off", "artist_cap" };
    return names[std::size_t(r)];
}

} // namespace td::recsys
