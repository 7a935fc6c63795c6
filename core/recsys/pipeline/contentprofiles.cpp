// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/contentprofiles.h"

#include <cmath>

namespace td::recsys {

void StandardisedFeatures::build(const events::ObservableCatalog &catalog)
{
    constexpr int k = events::kAudioFeatureCount;
    const std::size_t n = catalog.trackCount();
    std::array<double, k> mean {}, sq {};
    for (std::size_t t = 0; t < n; ++t)
        for (int f = 0; f < k; ++f)
            mean[std::size_t(f)] += catalog.audioFeatures[t * k + std::size_t(f)];
    for (auto &m : mean)
        m /= double(std::max<std::size_t>(n, 1));
    for (std::size_t t = 0; t < n; ++t)
        for (int f = 0; f < k; ++f) {
            const double d = catalog.audioFeatures[t * k + std::size_t(f)] - mean[std::size_t(f)];
            sq[std::size_t(f)] += d * d;
        }
    m_values.resize(n * k);
    for (int f = 0; f < k; ++f) {
        const double sd = std::sqrt(sq[std::size_t(f)] / double(std::max<std::size_t>(n, 1)));
        const double inv = sd > 1e-9 ? 1.0 / sd : 0.0;
        m_mean[std::size_t(f)] = mean[std::size_t(f)];
        m_sd[std::size_t(f)] = sd > 1e-9 ? sd : 0.0;
        for (std::size_t t = 0; t < n; ++t)
            m_values[t * k + std::size_t(f)] = float(
                (catalog.audioFeatures[t * k + std::size_t(f)] - mean[std::size_t(f)]) * inv);
    }
    m_squares.resize(n);
    for (std::size_t t = 0; t < n; ++t)
        m_squares[t] = ContentProfiles::squaredNorm(m_values.data() + t * k);
}

void ContentProfiles::resize(std::size_t listeners)
{
    if (listeners > m_profiles.size())
        m_profiles.resize(listeners);
}

void ContentProfiles::addStream(ListenerId l, const float *contextWeights, const float *features)
{
    for (int c = 0; c < events::kContextCount; ++c) {
        const float w = c == 0 ? 1.0f : (contextWeights ? contextWeights[c - 1] : 0.0f);
        if (w <= 0.0f)
            continue;
        Profile &p = m_profiles[l][std::size_t(c)];
        // The first streams count fully (running mean), later ones as an EMA.
        const float rate = w * std::max(kRate, 1.0f / (p.streams + w));
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            p.mean[std::size_t(f)] += rate * (features[f] - p.mean[std::size_t(f)]);
        p.streams += w;
    }
}

const float *ContentProfiles::ownProfile(ListenerId l, events::Context c) const
{
    if (l >= m_profiles.size())
        return nullptr;
    const Profile &p = m_profiles[l][std::size_t(c)];
    return p.streams >= kMinStreams ? p.mean.data() : nullptr;
}

const float *ContentProfiles::profile(ListenerId l, events::Context c) const
{
    if (const float *own = ownProfile(l, c))
        return own;
    if (l >= m_profiles.size())
        return nullptr;
    const auto &all = m_profiles[l];
    if (all[0].streams >= 1.0f)
        return all[0].mean.data();
    return nullptr;
}

float ContentProfiles::squaredNorm(const float *v)
{
    float s = 0.0f;
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        s += v[f] * v[f];
    return s;
}

float ContentProfiles::similarity(const float *profile, const float *track)
{
    if (!profile)
        return 0.0f;
    return similarity(profile, squaredNorm(profile), track, squaredNorm(track));
}

float ContentProfiles::similarity(
    const float *profile, float profileSquares, const float *track, float trackSquares)
{
    if (!profile)
        return 0.0f;
    float dot = 0.0f;
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        dot += profile[f] * track[f];
    const float a = profileSquares, b = trackSquares;
    return a > 0.0f && b > 0.0f ? dot / std::sqrt(a * b) : 0.0f;
}

} // namespace td::recsys
