// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/audioprojection.h"

#include "world/latent.h"

#include <algorithm>
#include <cmath>

namespace td::world {

namespace {

using events::AudioFeature;
using events::Context;

constexpr std::uint64_t kProjectionSeed = 0x7A57ED41F7ull;

// Per-feature offset on the raw scale so that typical values look like real catalogues
// (e.g. instrumentalness and speechiness are usually low, energy fairly high).
constexpr std::array<float, events::kAudioFeatureCount> kBias { 0.4f, 0.6f, 0.0f, -0.8f, -1.6f,
    -2.0f, -1.5f, 0.0f, 0.0f };

float logistic(float x)
{
    return 1.0f / (1.0f + std::exp(-x));
}

// How each context leans on the audio features (weights on rows of P).
struct ContextRecipe
{
    Context context;
    std::array<float, events::kAudioFeatureCount> weights;
};
constexpr std::array<ContextRecipe, 5> kRecipes { {
    // dance energy valence acoustic instrumental speech live tempo loud
    { Context::Commute, { 0.3f, 0.6f, 0.5f, -0.2f, 0.0f, 0.2f, 0.0f, 0.3f, 0.3f } },
    { Context::Focus, { -0.2f, -0.3f, 0.0f, 0.3f, 1.0f, -0.8f, -0.2f, -0.2f, -0.3f } },
    { Context::Workout, { 0.5f, 1.0f, 0.2f, -0.5f, 0.0f, 0.0f, 0.0f, 0.9f, 0.6f } },
    { Context::Evening, { 0.7f, 0.2f, 0.6f, 0.0f, 0.0f, 0.1f, 0.3f, 0.0f, 0.0f } },
    { Context::Sleep, { -0.4f, -1.0f, -0.2f, 0.9f, 0.5f, -0.4f, -0.3f, -0.8f, -0.8f } },
} };

} // namespace

AudioProjection::AudioProjection(int latentDim)
    : m_dim(latentDim), m_rows(std::size_t(events::kAudioFeatureCount) * latentDim),
      m_contextDirs(std::size_t(events::kContextCount) * latentDim, 0.0f)
{
    base::Rng rng(kProjectionSeed, base::Purpose::CatalogFeatures, 0, 0);
    // Rows with unit expected norm: for a unit latent vector the raw value is ~N(0, 1).
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        gaussianOffset(rng, m_rows.data() + f * m_dim, m_dim, 1.0);
    for (const auto &recipe : kRecipes) {
        float *dir = m_contextDirs.data() + int(recipe.context) * m_dim;
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            axpy(dir, recipe.weights[std::size_t(f)], m_rows.data() + f * m_dim, m_dim);
        normalize(dir, m_dim);
    }
}

void AudioProjection::features(const float *latent, base::Rng &rng, double noise, float *out) const
{
    for (int f = 0; f < events::kAudioFeatureCount; ++f) {
        const float raw = 1.8f * dot(m_rows.data() + f * m_dim, latent, m_dim)
            + float(noise * rng.normal()) + kBias[std::size_t(f)];
        switch (AudioFeature(f)) {
        case AudioFeature::Tempo:
            out[f] = std::clamp(120.0f + 22.0f * raw, 55.0f, 210.0f);
            break;
        case AudioFeature::Loudness:
            out[f] = std::clamp(-7.5f + 3.0f * raw, -40.0f, 0.0f);
            break;
        default:
            out[f] = logistic(raw);
        }
    }
}

} // namespace td::world
