// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/drift.h"

#include "world/latent.h"

namespace td::world {

void ouStep(float *taste, float *anchor, int d, const DriftParams &p, base::Rng &rng)
{
    for (int i = 0; i < d; ++i)
        taste[i] += float(p.ouTheta * (anchor[i] - taste[i]) + p.ouSigma * rng.normal());
    if (p.anchorSigma > 0.0) {
        for (int i = 0; i < d; ++i)
            anchor[i] += float(p.anchorSigma * rng.normal());
        normalize(anchor, d);
    }
}

void regimeShift(float *anchor, const float *genreDirection, double strength, int d)
{
    for (int i = 0; i < d; ++i)
        anchor[i] = float((1.0 - strength) * anchor[i] + strength * genreDirection[i]);
    normalize(anchor, d);
}

void exposurePull(float *taste, const float *track, double rate, int d)
{
    if (rate <= 0.0)
        return;
    for (int i = 0; i < d; ++i)
        taste[i] += float(rate * (track[i] - taste[i]));
}

} // namespace td::world
