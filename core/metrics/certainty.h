// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/types.h"
#include "world/catalog.h"
#include "world/population.h"
#include "world/response.h"

#include <cstdint>
#include <vector>

namespace td::metrics {

/// Regret of one slate against an oracle that knows the true utility (Lattimore & Szepesvári
/// 2020, ch. 4: regret = the value of the best action minus the value of the one taken):
///
///     regret = mean(top-K true utilities of the catalogue) − mean(true utilities shown),
///
/// K = shown.size(). ≥ 0 when the ideal list is the catalogue's best. NaN for an empty slate.
double slateRegret(const std::vector<double> &shownUtility, const std::vector<double> &idealTopK);

/// The truth about one slate: the true expected utility (world::ResponseModel::utility, no
/// noise) of the shown tracks and of the oracle's best K for the same listener state,
/// context and day. The oracle ranks every released track the listener may be shown
/// (explicit content respected); blocked artists keep their penalty.
///
/// Exact and O(released · d) per slate, vectorised over tracks: for a track the listener has
/// never heard, utility is taste·v + novelty + mainstream·popularity (+ the blocked penalty),
/// evaluated in the same float operations as ResponseModel::utility, so the values are
/// bit-identical; tracks in the listener's history are scored by ResponseModel::utility.
/// Not thread-safe (reuses scratch).
class SlateTruth
{
public:
    SlateTruth(const world::Catalog &catalog, const world::ResponseModel &response);

    /// Collects the tracks released on or before `day` (O(catalogue) when new ones appear).
    void setDay(Day day);
    std::size_t releasedCount() const { return m_released.size(); }

    /// Fills `shownUtility` (slate order) and `idealTopK` (descending, K = count) for
    /// listener `l` of `population` (which may be a copy of some listeners' state).
    void evaluate(const world::Population &population, ListenerId l, events::Context context,
        const TrackId *shown, std::size_t count, std::vector<double> &shownUtility,
        std::vector<double> &idealTopK);

    /// θ_l: the utility at which listener l streams with probability ½.
    double streamThreshold(const world::Population &population, ListenerId l) const;

private:
    const world::Catalog &m_catalog;
    const world::ResponseModel &m_response;
    Day m_day = 0;
    std::vector<TrackId> m_released;
    std::vector<std::int32_t> m_releasedPos; ///< per track: index in m_released, or -1
    std::vector<float> m_latentT; ///< dim × released, dimension-major (vectorises over tracks)
    std::vector<float> m_popularityZ; ///< per released track
    std::vector<float> m_taste;
    std::vector<float> m_scores; ///< per released track
};

} // namespace td::metrics
