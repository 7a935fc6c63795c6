// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/diversity.h"

#include "metrics/feedbackloop.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::metrics {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

double intraListDiversity(const std::vector<const float *> &vectors, int dim)
{
    MeanPairwiseCosine cosine(dim);
    for (const float *v : vectors)
        cosine.add(v);
    return 1.0 - cosine.value();
}

double gini(std::vector<double> values)
{
    return giniWithZeros(std::move(values), 0);
}

double giniWithZeros(std::vector<double> nonZero, std::size_t zeros)
{
    const double n = double(nonZero.size() + zeros);
    if (n <= 0.0)
        return kNaN;
    std::sort(nonZero.begin(), nonZero.end());
    // Zeros take ranks 1..zeros and add nothing; the sorted values follow.
    double weighted = 0.0, sum = 0.0;
    for (std::size_t k = 0; k < nonZero.size(); ++k) {
        const double i = double(zeros + k + 1);
        weighted += (2.0 * i - n - 1.0) * nonZero[k];
        sum += nonZero[k];
    }
    if (sum <= 0.0)
        return kNaN;
    return weighted / (n * sum);
}

double entropyBits(const std::vector<double> &counts)
{
    double total = 0.0;
    for (double c : counts)
        total += c;
    if (total <= 0.0)
        return kNaN;
    double h = 0.0;
    for (double c : counts) {
        if (c > 0.0) {
            const double p = c / total;
            h -= p * std::log2(p);
        }
    }
    return h;
}

double gsScore(
    const std::vector<const float *> &vectors, const std::vector<double> &weights, int dim)
{
    if (vectors.empty() || vectors.size() != weights.size())
        return kNaN;
    std::vector<double> mu(std::size_t(dim), 0.0);
    double total = 0.0;
    for (std::size_t i = 0; i < vectors.size(); ++i) {
        for (int k = 0; k < dim; ++k)
            mu[std::size_t(k)] += weights[i] * double(vectors[i][k]);
        total += weights[i];
    }
    double muNorm = 0.0;
    for (double m : mu)
        muNorm += m * m;
    muNorm = std::sqrt(muNorm);
    if (total <= 0.0 || muNorm <= 0.0)
        return kNaN;
    double score = 0.0;
    for (std::size_t i = 0; i < vectors.size(); ++i) {
        double dotProduct = 0.0, vNorm = 0.0;
        for (int k = 0; k < dim; ++k) {
            dotProduct += double(vectors[i][k]) * mu[std::size_t(k)];
            vNorm += double(vectors[i][k]) * double(vectors[i][k]);
        }
        if (vNorm > 0.0)
            score += weights[i] * dotProduct / (std::sqrt(vNorm) * muNorm);
    }
    return score / total;
}

double ExposureWindow::coverage(Day day, int windowDays, const std::vector<Day> &releaseDay) const
{
    const Day since = day - windowDays + 1;
    std::size_t released = 0, shown = 0;
    for (std::size_t t = 0; t < m_lastShown.size(); ++t) {
        if (releaseDay[t] > day)
            continue;
        ++released;
        shown += m_lastShown[t] >= since ? 1 : 0;
    }
    return released > 0 ? double(shown) / double(released) : kNaN;
}

} // namespace td::metrics
