// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/certainty.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace td::metrics {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr float kBlockedPenalty = -2.0f; // as in world::ResponseModel::utility

double mean(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}
} // namespace

double slateRegret(const std::vector<double> &shownUtility, const std::vector<double> &idealTopK)
{
    if (shownUtility.empty() || idealTopK.empty())
        return kNaN;
    return mean(idealTopK) - mean(shownUtility);
}

SlateTruth::SlateTruth(const world::Catalog &catalog, const world::ResponseModel &response)
    : m_catalog(catalog), m_response(response), m_releasedPos(catalog.trackCount(), -1),
      m_taste(std::size_t(catalog.dim))
{ }

void SlateTruth::setDay(Day day)
{
    m_day = day;
    std::size_t released = 0;
    for (TrackId t = 0; t < m_catalog.trackCount(); ++t)
        released += m_catalog.observable.isReleased(t, day) ? 1 : 0;
    if (released == m_released.size())
        return; // tracks are never withdrawn: the same count is the same set
    m_released.clear();
    std::fill(m_releasedPos.begin(), m_releasedPos.end(), -1);
    for (TrackId t = 0; t < m_catalog.trackCount(); ++t) {
        if (m_catalog.observable.isReleased(t, day)) {
            m_releasedPos[t] = std::int32_t(m_released.size());
            m_released.push_back(t);
        }
    }
    const std::size_t n = m_released.size();
    const int d = m_catalog.dim;
    m_latentT.assign(std::size_t(d) * n, 0.0f);
    m_popularityZ.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const float *v = m_catalog.track(m_released[i]);
        m_popularityZ[i] = m_catalog.popularityZ[m_released[i]];
        for (int k = 0; k < d; ++k)
            m_latentT[std::size_t(k) * n + i] = v[k];
    }
}

double SlateTruth::streamThreshold(const world::Population &pop, ListenerId l) const
{
    const auto &r = m_response.params().response;
    return r.streamThreshold + r.patienceWeight * (0.5 - double(pop.patience[l]));
}

void SlateTruth::evaluate(const world::Population &pop, ListenerId l, events::Context context,
    const TrackId *shown, std::size_t count, std::vector<double> &shownUtility,
    std::vector<double> &idealTopK)
{
    const int d = pop.dim;
    const auto &rp = m_response.params().response;
    m_response.contextTaste(pop, l, context, m_taste.data());
    shownUtility.clear();
    for (std::size_t i = 0; i < count; ++i)
        shownUtility.push_back(
            m_response.utility(pop, m_catalog, l, m_taste.data(), shown[i], m_day).total());

    // taste·v for every released track: the same sequence of float multiply-adds per track as
    // world::dot (no reassociation), one dimension at a time over contiguous tracks, which
    // Eigen vectorises element-wise.
    const std::size_t n = m_released.size();
    m_scores.assign(n, 0.0f);
    float *scores = m_scores.data();
    Eigen::Map<Eigen::ArrayXf> acc(scores, Eigen::Index(n));
    for (int k = 0; k < d; ++k) {
        const Eigen::Map<const Eigen::ArrayXf> column(
            m_latentT.data() + std::size_t(k) * n, Eigen::Index(n));
        acc += m_taste[std::size_t(k)] * column;
    }
    // The rest of ResponseModel::utility for a never-heard track, in its order of addition.
    const float novelty = float(rp.noveltyWeight * 2.0 * (pop.noveltyAppetite[l] - 0.5));
    const float mainstream = float(rp.mainstreamWeight * pop.mainstreamness[l]);
    const Eigen::Map<const Eigen::ArrayXf> popularity(m_popularityZ.data(), Eigen::Index(n));
    acc = (acc + novelty) + mainstream * popularity;
    const auto &blocked = pop.blocked[l];
    if (std::any_of(blocked.begin(), blocked.end(), [](ArtistId a) { return a != 0xFFFFFFFFu; })) {
        for (std::size_t i = 0; i < n; ++i) {
            if (pop.hasBlocked(l, m_catalog.observable.artist[m_released[i]]))
                scores[i] += kBlockedPenalty;
        }
    }
    // Known tracks: familiarity and fatigue instead of novelty.
    for (const auto &slot : pop.history[l]) {
        if (slot.track == kNoTrack || slot.track >= m_releasedPos.size())
            continue;
        if (const std::int32_t i = m_releasedPos[slot.track]; i >= 0)
            scores[i]
                = m_response.utility(pop, m_catalog, l, m_taste.data(), slot.track, m_day).total();
    }
    if (pop.explicitOff[l]) {
        for (std::size_t i = 0; i < n; ++i) {
            if (m_catalog.observable.isExplicit[m_released[i]])
                scores[i] = -std::numeric_limits<float>::infinity();
        }
    }
    const std::size_t k = std::min(count, n);
    // A heap of K: nearly every track fails one comparison with its top (cheaper than a select).
    std::partial_sort(
        m_scores.begin(), m_scores.begin() + std::ptrdiff_t(k), m_scores.end(), std::greater<>());
    idealTopK.assign(m_scores.begin(), m_scores.begin() + std::ptrdiff_t(k));
    // Explicit tracks are not candidates: with fewer than K others, the ideal list is shorter.
    while (!idealTopK.empty() && std::isinf(idealTopK.back()))
        idealTopK.pop_back();
}

} // namespace td::metrics
