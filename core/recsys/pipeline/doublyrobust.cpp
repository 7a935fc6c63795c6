// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/doublyrobust.h"

#include <cmath>

namespace td::recsys {

namespace {
double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}
} // namespace

void doublyRobustTerms(const double *targetMarginals, std::size_t n, std::size_t k,
    const double *logits, double positionWeight, const std::size_t *shown, float *direct,
    float *predicted)
{
    for (std::size_t j = 0; j < k; ++j) {
        const double shift = positionWeight * std::log1p(double(j));
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double p = targetMarginals[i * k + j];
            if (p > 0.0) // most candidates never reach a slot under a sharp target
                sum += p * sigmoid(logits[i] + shift);
        }
        direct[j] = float(sum);
        predicted[j] = float(sigmoid(logits[shown[j]] + shift));
    }
}

} // namespace td::recsys
