// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"

#include <cmath>
#include <cstddef>

namespace td::world {

/// Small vector helpers on contiguous float rows of the latent space (dimension d).
/// Plain loops: d is small (default 16) and these sit in the hottest paths.

inline float dot(const float *a, const float *b, int d)
{
    float s = 0.0f;
    for (int i = 0; i < d; ++i)
        s += a[i] * b[i];
    return s;
}

inline float norm(const float *a, int d)
{
    return std::sqrt(dot(a, a, d));
}

inline void normalize(float *a, int d)
{
    const float n = norm(a, d);
    if (n > 0.0f) {
        for (int i = 0; i < d; ++i)
            a[i] /= n;
    }
}

/// a += s * b
inline void axpy(float *a, float s, const float *b, int d)
{
    for (int i = 0; i < d; ++i)
        a[i] += s * b[i];
}

/// Fills `out` with a normal vector whose expected squared norm is `scale²` (N(0, scale²/d)
/// per coordinate), so offsets of a given size are comparable across dimensions.
inline void gaussianOffset(base::Rng &rng, float *out, int d, double scale)
{
    const double sd = scale / std::sqrt(double(d));
    for (int i = 0; i < d; ++i)
        out[i] = float(sd * rng.normal());
}

/// A uniformly random unit vector.
inline void randomUnit(base::Rng &rng, float *out, int d)
{
    do {
        gaussianOffset(rng, out, d, 1.0);
    } while (norm(out, d) < 1e-6f);
    normalize(out, d);
}

} // namespace td::world
