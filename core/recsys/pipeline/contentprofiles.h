// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/catalogview.h"
#include "events/types.h"

#include <array>
#include <vector>

namespace td::recsys {

/// Audio features standardised over the catalogue (z-scores), so that tempo in BPM and
/// loudness in dB weigh like the unit features. Rows in AudioFeature order.
class StandardisedFeatures
{
public:
    void build(const events::ObservableCatalog &catalog);
    std::size_t trackCount() const { return m_values.size() / events::kAudioFeatureCount; }
    const float *row(TrackId t) const
    {
        return m_values.data() + std::size_t(t) * events::kAudioFeatureCount;
    }
    const std::vector<float> &values() const { return m_values; }
    /// ContentProfiles::squaredNorm() of row t, kept from build() (the ranker reads it for every
    /// candidate).
    float squaredNorm(TrackId t) const { return m_squares[t]; }
    /// Back to raw units (BPM, dB, 0..1) of feature `feature`: mean + sd · z.
    double raw(int feature, double z) const
    {
        return m_mean[std::size_t(feature)] + m_sd[std::size_t(feature)] * z;
    }

private:
    std::vector<float> m_values;
    std::vector<float> m_squares; ///< squaredNorm() per track
    std::array<double, events::kAudioFeatureCount> m_mean {}; ///< catalogue mean per feature
    std::array<double, events::kAudioFeatureCount> m_sd {}; ///< catalogue sd (0 if constant)
};

/// Per listener and context: an exponential moving average of the standardised audio
/// features of the tracks they streamed (docs/architecture.md §3: content profile per listener and
/// context). Context::None holds the all-contexts profile. Written only by the listener's
/// worker (from endSession).
class ContentProfiles
{
public:
    static constexpr float kRate = 0.1f; ///< EMA weight of one stream
    /// Streams a context needs before its own profile is used.
    static constexpr float kMinStreams = 3.0f;

    void resize(std::size_t listeners);
    std::size_t listenerCount() const { return m_profiles.size(); }
    /// A stream of listener l: always into the all-contexts profile; into each context's own
    /// profile with that context's weight (e.g. the inferred probability of the session being in
    /// it; null = no context profiles). A weight w moves a profile like w of one stream.
    void addStream(ListenerId l, const float *contextWeights, const float *standardisedFeatures);

    /// Profile for the context (falls back to the all-contexts profile while the context has
    /// fewer than a few streams); nullptr when the listener has none.
    const float *profile(ListenerId l, events::Context c) const;
    /// The profile kept for exactly context `c` (no fall-back), or nullptr while it has
    /// fewer streams than profile() asks for before using it.
    const float *ownProfile(ListenerId l, events::Context c) const;

    /// Cosine similarity of the profile and a standardised track; 0 without a profile.
    static float similarity(const float *profile, const float *track);
    /// The same with both squared norms given (squaredNorm() of each; the same bits): the
    /// ranker computes the profile's once per request and reads the track's from
    /// StandardisedFeatures.
    static float similarity(
        const float *profile, float profileSquares, const float *track, float trackSquares);
    /// Σ v[f]² over the kAudioFeatureCount features, summed in feature order in float.
    static float squaredNorm(const float *v);

private:
    struct Profile
    {
        std::array<float, events::kAudioFeatureCount> mean {};
        float streams = 0.0f;
    };
    std::vector<std::array<Profile, events::kContextCount>> m_profiles;
};

} // namespace td::recsys
