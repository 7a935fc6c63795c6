// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

/// The determinism kernels shared by retrieval (ann/) and the exploration policies (policy/):
/// inner products whose bits do not depend on the machine or the compiler (docs/architecture.md
/// §5).
namespace td::recsys::kernels {

/// Lanes of the SIMD kernels: 16 floats = four SSE registers, one AVX-512 register. Padded
/// vectors have a length that is a multiple of this.
inline constexpr int kLanes = 16;

/// `dim` rounded up to a multiple of kLanes.
constexpr int paddedDim(int dim)
{
    return (dim + kLanes - 1) / kLanes * kLanes;
}

/// The canonical score: the inner product summed in index order in float,
/// `s = 0; for d: s += q[d] * y[d]`. Every score the index returns is this number, bit for bit,
/// whichever path (exact scan or graph) found the item. Slow per item (a chain of dependent
/// additions); the blocked scan computes the same sums for 16 items at once.
inline float dotSequential(const float *q, const float *y, int dim)
{
    float s = 0.0f;
    for (int d = 0; d < dim; ++d)
        s += q[d] * y[d];
    return s;
}

/// A fast inner product for graph traversal: 16 partial sums (lane l takes the indices
/// d ≡ l mod 16) then a fixed pairwise reduction. `n` must be a multiple of kLanes (pad with
/// zeros). Elementwise SIMD plus a fixed reduction order makes the result the same whatever
/// vector width the compiler uses, so the graph does not depend on compiler flags. Differs from
/// dotSequential by rounding only; results are rescored with dotSequential.
inline float dotLanes(const float *q, const float *y, int n)
{
    using Lanes = Eigen::Array<float, kLanes, 1>;
    Lanes acc = Lanes::Zero();
    for (int d = 0; d < n; d += kLanes)
        acc += Eigen::Map<const Lanes>(q + d) * Eigen::Map<const Lanes>(y + d);
    // Fixed reduction tree (Eigen's sum() would follow the packet size).
    float t[8];
    for (int i = 0; i < 8; ++i)
        t[i] = acc[i] + acc[i + 8];
    for (int i = 0; i < 4; ++i)
        t[i] += t[i + 4];
    return (t[0] + t[2]) + (t[1] + t[3]);
}

} // namespace td::recsys::kernels
