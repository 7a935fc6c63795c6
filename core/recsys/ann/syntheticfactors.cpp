// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/ann/syntheticfactors.h"

#include "base/rng.h"

#include <cmath>

namespace td::recsys::ann {

namespace {

// Stream entities under Purpose::Model, apart from any model's per-item streams.
constexpr std::uint64_t kCentresEntity = 0x53594e0000000001ull;
constexpr std::uint64_t kItemsEntity = 0x53594e0000000002ull;
constexpr std::uint64_t kUsersEntity = 0x53594e0000000003ull;

struct Centres
{
    std::vector<double> direction; ///< clusters × dim, unit rows
    std::vector<double> logNormLevel; ///< standard normal per cluster
};

Centres makeCentres(const SyntheticFactorParams &p)
{
    base::Rng rng(p.seed, base::Purpose::Model, kCentresEntity, 0);
    Centres c;
    c.direction.resize(std::size_t(p.clusters) * std::size_t(p.dim));
    for (int k = 0; k < p.clusters; ++k) {
        double sq = 0.0;
        double *row = c.direction.data() + std::size_t(k) * std::size_t(p.dim);
        for (int d = 0; d < p.dim; ++d) {
            row[d] = rng.normal();
            sq += row[d] * row[d];
        }
        for (int d = 0; d < p.dim; ++d)
            row[d] /= std::sqrt(sq);
    }
    c.logNormLevel.resize(std::size_t(p.clusters));
    for (double &z : c.logNormLevel)
        z = rng.normal();
    return c;
}

/// Adds isotropic noise to `v`, then scales it to length `length` and writes it to `out`.
void finish(std::vector<double> &v, double noise, double length, base::Rng &rng, float *out)
{
    const int dim = int(v.size());
    double sq = 0.0;
    for (int d = 0; d < dim; ++d) {
        v[std::size_t(d)] += noise * rng.normal() / std::sqrt(double(dim));
        sq += v[std::size_t(d)] * v[std::size_t(d)];
    }
    const double scale = sq > 0.0 ? length / std::sqrt(sq) : 0.0;
    for (int d = 0; d < dim; ++d)
        out[d] = float(v[std::size_t(d)] * scale);
}

} // namespace

std::vector<float> syntheticItemFactors(const SyntheticFactorParams &p, std::size_t count)
{
    const Centres centres = makeCentres(p);
    base::Rng rng(p.seed, base::Purpose::Model, kItemsEntity, 0);
    std::vector<float> out(count * std::size_t(p.dim));
    std::vector<double> v(std::size_t(p.dim));
    const double shared = std::sqrt(p.clusterNormShare), own = std::sqrt(1.0 - p.clusterNormShare);
    for (std::size_t i = 0; i < count; ++i) {
        const double u = rng.uniform();
        const auto k = std::size_t(double(p.clusters) * u * u);
        const double *centre = centres.direction.data() + k * std::size_t(p.dim);
        v.assign(centre, centre + p.dim);
        const double logNorm
            = p.normSigma * (shared * centres.logNormLevel[k] + own * rng.normal());
        finish(v, p.noise, std::exp(logNorm), rng, out.data() + i * std::size_t(p.dim));
    }
    return out;
}

std::vector<float> syntheticUserFactors(
    const SyntheticFactorParams &p, std::size_t count, std::uint64_t stream)
{
    const Centres centres = makeCentres(p);
    base::Rng rng(p.seed, base::Purpose::Model, kUsersEntity, std::int64_t(stream));
    std::vector<float> out(count * std::size_t(p.dim));
    std::vector<double> v(std::size_t(p.dim));
    for (std::size_t i = 0; i < count; ++i) {
        std::fill(v.begin(), v.end(), 0.0);
        const int parts = 1 + int(rng.below(3));
        for (int j = 0; j < parts; ++j) {
            const double u = rng.uniform();
            const bool niche = rng.bernoulli(0.5);
            const auto k = std::size_t(double(p.clusters) * (niche ? u : u * u));
            const double weight = rng.uniform() / std::sqrt(double(parts));
            for (int d = 0; d < p.dim; ++d)
                v[std::size_t(d)]
                    += weight * centres.direction[k * std::size_t(p.dim) + std::size_t(d)];
        }
        finish(v, p.noise, std::exp(0.3 * rng.normal()), rng, out.data() + i * std::size_t(p.dim));
    }
    return out;
}

} // namespace td::recsys::ann
