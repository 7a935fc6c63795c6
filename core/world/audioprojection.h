// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "events/types.h"

#include <array>
#include <vector>

namespace td::world {

/// The fixed linear map from the latent taste space to the audio features (docs/architecture.md
/// §2): feature_raw = P·v + noise, then squashed to each feature's range. Fixed across scenarios
/// and seeds (its own constant seed) so that "energy" means the same direction everywhere.
/// Audio features therefore explain part of taste, not all of it (d > 9, plus noise).
class AudioProjection
{
public:
    explicit AudioProjection(int latentDim);

    int latentDim() const { return m_dim; }
    /// Row f of P (length d): the latent direction that raises feature f.
    const float *row(events::AudioFeature f) const { return m_rows.data() + int(f) * m_dim; }

    /// Observable features of a latent vector plus per-feature noise (std `noise`, on the
    /// raw scale), written in AudioFeature order to `out` (kAudioFeatureCount floats).
    void features(const float *latent, base::Rng &rng, double noise, float *out) const;

    /// Unit latent direction of a listening context (e.g. workout raises energy and tempo),
    /// built from the rows of P; zero vector for Context::None.
    const float *contextDirection(events::Context c) const
    {
        return m_contextDirs.data() + int(c) * m_dim;
    }

private:
    int m_dim;
    std::vector<float> m_rows; ///< kAudioFeatureCount × d
    std::vector<float> m_contextDirs; ///< kContextCount × d
};

} // namespace td::world
