// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/listenergenerator.h"

#include "world/contextmix.h"
#include "world/latent.h"
#include "world/malleability.h"

#include <boost/random/beta_distribution.hpp>
#include <boost/random/gamma_distribution.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace td::world {

namespace {

/// Beta with mean m and concentration k (a = k·m, b = k·(1-m)); m at the edges is exact.
float betaAroundMean(base::Rng &rng, double m, double k = 4.0)
{
    if (m <= 0.0)
        return 0.0f;
    if (m >= 1.0)
        return 1.0f;
    return float(boost::random::beta_distribution<double>(k * m, k * (1.0 - m))(rng.engine()));
}

float gammaAroundMean(base::Rng &rng, double mean, double shape)
{
    if (mean <= 0.0)
        return 0.0f;
    return float(boost::random::gamma_distribution<double>(shape, mean / shape)(rng.engine()));
}

// Session peaks: morning commute, lunch, early evening, evening, late night.
constexpr std::array<float, 5> kPeakHours { 8.0f, 13.0f, 18.0f, 21.0f, 23.5f };
constexpr std::array<double, 5> kPeakCumulative { 0.25, 0.45, 0.65, 0.9, 1.0 };

} // namespace

void addListeners(Population &pop, const Catalog &catalog, const ListenerParams &p,
    std::size_t count, Day day, std::uint64_t seed)
{
    const std::size_t first = pop.size();
    pop.grow(count);
    const int d = pop.dim;
    const int genres = catalog.genreCount();
    const int subPerGenre
        = std::max(1, int(catalog.subgenreCenters.size() / std::size_t(d)) / std::max(1, genres));
    std::vector<float> noise(static_cast<std::size_t>(d));

    for (std::size_t l = first; l < first + count; ++l) {
        base::Rng rng(seed, base::Purpose::ListenerTraits, l, 0);
        float *taste = pop.taste.data() + l * std::size_t(d);
        std::fill_n(taste, d, 0.0f);

        const bool specialist = rng.bernoulli(p.specialistShare);
        pop.specialist[l] = specialist ? 1 : 0;
        const int parts = specialist ? 1 : 2 + int(rng.below(3));
        for (int k = 0; k < parts; ++k) {
            const int genre = int(rng.below(std::uint32_t(genres)));
            const int sub = genre * subPerGenre + int(rng.below(std::uint32_t(subPerGenre)));
            const float weight = specialist ? 1.0f : float(rng.uniform(0.3, 1.0));
            axpy(taste, weight, catalog.subgenreCenters.data() + std::size_t(sub) * d, d);
            // A listener of a sub-genre knows its best-known artists before the run.
            if (std::size_t(sub) < catalog.subgenreTopArtists.size())
                for (ArtistId a : catalog.subgenreTopArtists[std::size_t(sub)])
                    pop.learnArtist(ListenerId(l), a);
        }
        normalize(taste, d);
        gaussianOffset(rng, noise.data(), d, specialist ? 0.3 : 0.45);
        axpy(taste, 1.0f, noise.data(), d);
        normalize(taste, d);
        std::copy_n(taste, d, pop.anchor.data() + l * std::size_t(d));
        std::copy_n(taste, d, pop.initialTaste.data() + l * std::size_t(d));

        for (auto &s : pop.contextSensitivity[l])
            s = float(rng.uniform(0.2, 1.0));

        const double peakDraw = rng.uniform();
        const auto peak = std::upper_bound(kPeakCumulative.begin(), kPeakCumulative.end(), peakDraw)
            - kPeakCumulative.begin();
        pop.peakHour[l] = kPeakHours[std::size_t(std::min<std::ptrdiff_t>(peak, 4))];
        pop.hourSpread[l] = float(rng.uniform(1.0, 3.0));
        pop.workoutHabit[l] = float(rng.uniform(0.0, 0.6));
        pop.activity[l] = gammaAroundMean(rng, p.activityMean, 2.0);
        pop.patience[l] = betaAroundMean(rng, p.patienceMean);
        pop.noveltyAppetite[l] = betaAroundMean(rng, p.noveltyAppetiteMean);
        pop.mainstreamness[l] = betaAroundMean(rng, p.mainstreamnessMean);
        pop.malleabilityFactor[l] = gammaAroundMean(rng, 1.0, kMalleabilityShape);
        pop.churnTendency[l] = float(p.churnTendencySd * rng.normal());
        pop.premium[l] = rng.bernoulli(p.premiumShare) ? 1 : 0;
        pop.explicitOff[l] = rng.bernoulli(p.explicitOffShare) ? 1 : 0;
        pop.signupDay[l] = day;
        pop.satisfaction[l] = 0.6f;
        pop.deviceHabit[l] = drawDeviceHabits(rng);
    }
}

} // namespace td::world
