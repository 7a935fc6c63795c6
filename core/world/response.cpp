// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/response.h"

#include "world/latent.h"

#include <boost/math/quadrature/gauss.hpp>

#include <algorithm>
#include <cmath>

namespace td::world {

namespace {
double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}
} // namespace

float currentHeat(const HistorySlot &slot, Day day)
{
    const int age = std::max(0, day - slot.lastDay);
    return slot.heat * std::pow(kHeatDecayPerDay, float(age));
}

const HistorySlot *findHistory(const Population &pop, ListenerId l, TrackId t)
{
    for (const auto &slot : pop.history[l]) {
        if (slot.track == t)
            return &slot;
    }
    return nullptr;
}

ResponseModel::ResponseModel(const WorldParams &params, const AudioProjection &projection)
    : m_params(params), m_projection(projection)
{ }

void ResponseModel::contextTaste(
    const Population &pop, ListenerId l, events::Context c, float *out) const
{
    const int d = pop.dim;
    std::copy_n(pop.tasteOf(l), d, out);
    if (!m_params.contexts.enabled || c == events::Context::None)
        return;
    const float s
        = float(m_params.contexts.strength) * pop.contextSensitivity[l][std::size_t(c) - 1];
    axpy(out, s, m_projection.contextDirection(c), d);
}

UtilityTerms ResponseModel::utility(const Population &pop, const Catalog &catalog, ListenerId l,
    const float *contextTaste, TrackId t, Day day) const
{
    const auto &r = m_params.response;
    UtilityTerms u;
    u.taste = dot(contextTaste, catalog.track(t), pop.dim);
    if (const HistorySlot *slot = findHistory(pop, l, t)) {
        if (slot->liked || slot->saved)
            u.familiarity = float(r.familiarityBonus);
        u.fatigue = -float(r.fatigue) * currentHeat(*slot, day);
    } else {
        u.novelty = float(r.noveltyWeight * 2.0 * (pop.noveltyAppetite[l] - 0.5));
    }
    // Popular tracks are broadly liked; mainstream listeners care more about that.
    u.mainstream = float(r.mainstreamWeight * pop.mainstreamness[l]) * catalog.popularityZ[t];
    if (pop.hasBlocked(l, catalog.observable.artist[t]))
        u.blocked = -2.0f;
    const auto &sp = m_params.satiation;
    if (sp.artistWeight > 0.0 || sp.subgenreWeight > 0.0) {
        const Satiation &s = pop.satiation[l];
        const float artist
            = satiationLevel(s.artists, catalog.observable.artist[t], day, sp.halfLifeDays);
        const float subgenre = satiationLevel(
            s.subgenres, std::uint32_t(catalog.trueSubgenre[t]), day, sp.halfLifeDays);
        u.satiation = -(satiationPenalty(artist, sp.artistWeight, kArtistHalfSaturation)
            + satiationPenalty(subgenre, sp.subgenreWeight, kSubgenreHalfSaturation));
    }
    return u;
}

double ResponseModel::boredom(
    const Population &pop, const Catalog &catalog, ListenerId l, TrackId t, Day day) const
{
    const double h = m_params.satiation.halfLifeDays;
    const Satiation &s = pop.satiation[l];
    const double artist = satiationLevel(s.artists, catalog.observable.artist[t], day, h);
    const double subgenre
        = satiationLevel(s.subgenres, std::uint32_t(catalog.trueSubgenre[t]), day, h);
    return 0.5
        * (artist / (artist + kArtistHalfSaturation)
            + subgenre / (subgenre + kSubgenreHalfSaturation));
}

double ResponseModel::streamProbability(double utility, double patience) const
{
    const auto &r = m_params.response;
    const double threshold = r.streamThreshold + r.patienceWeight * (0.5 - patience);
    return logistic((utility - threshold) / r.temperature);
}

double ResponseModel::expectedStreamProbability(double expected, double patience) const
{
    const double noise = m_params.response.noise;
    if (noise <= 0.0)
        return streamProbability(expected, patience);
    constexpr double kInvSqrt2Pi = 0.3989422804014327;
    const auto integrand = [&](double z) {
        return kInvSqrt2Pi * std::exp(-0.5 * z * z)
            * streamProbability(expected + noise * z, patience);
    };
    // The normal mass outside ±6 is 2e-9: nothing a stream rate can notice.
    return boost::math::quadrature::gauss<double, 20>::integrate(integrand, -6.0, 6.0);
}

double ResponseModel::examinationProbability(int position, double decay)
{
    return std::pow(decay, double(position));
}

PlayOutcome ResponseModel::play(double expected, double patience, float durationSeconds,
    float priorArtistSkips, base::Rng &rng) const
{
    const auto &r = m_params.response;
    PlayOutcome o;
    o.utility = float(expected + r.noise * rng.normal());
    const double pStream = streamProbability(o.utility, patience);
    const double durationMs = double(durationSeconds) * 1000.0;
    o.streamed = rng.bernoulli(pStream);
    if (o.streamed) {
        const double minFraction = std::min(1.0, events::kStreamThresholdMs / durationMs);
        o.listenFraction
            = float(std::clamp(0.3 + 0.7 * pStream + 0.1 * rng.normal(), minFraction, 1.0));
        o.listenMs
            = std::max(events::kStreamThresholdMs, std::int32_t(o.listenFraction * durationMs));
        // Explicit actions grow with how much the listener liked it.
        const double delight = logistic((o.utility - r.streamThreshold - 0.25) / r.temperature);
        o.replay = rng.bernoulli(r.replayRate * delight);
        o.save = rng.bernoulli(r.saveRate * delight);
        o.playlistAdd = rng.bernoulli(r.playlistRate * delight);
        o.followArtist = rng.bernoulli(r.followRate * delight);
    } else {
        // Impatient listeners skip sooner: skip time in [1 s, 30 s) scaled by patience.
        const double seconds
            = 1.0 + 29.0 * std::clamp(0.15 + 0.7 * patience + 0.15 * rng.uniform(), 0.0, 0.999);
        o.listenMs = std::int32_t(seconds * 1000.0);
        o.listenFraction = float(o.listenMs / durationMs);
        // Blocking is rare and needs repeated bad experiences with the same artist.
        if (priorArtistSkips >= 2.0f && o.utility < r.streamThreshold - 0.25)
            o.blockArtist = rng.bernoulli(r.blockRate * priorArtistSkips);
    }
    return o;
}

double ResponseModel::playQuality(const PlayOutcome &o)
{
    if (!o.streamed)
        return 0.0;
    return std::min(1.0, 0.5 + 0.5 * double(o.listenFraction) + (o.save ? 0.2 : 0.0));
}

} // namespace td::world
