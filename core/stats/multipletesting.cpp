// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "stats/multipletesting.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace td::stats {

namespace {

/// Indices of the finite p-values, by p ascending (ties by index: a stable order).
std::vector<std::size_t> rankOrder(const std::vector<double> &p)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (!std::isnan(p[i]))
            order.push_back(i);
    std::stable_sort(
        order.begin(), order.end(), [&p](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    return order;
}

} // namespace

std::vector<bool> benjaminiHochberg(const std::vector<double> &pValues, double q)
{
    const std::vector<std::size_t> order = rankOrder(pValues);
    const double m = double(order.size());
    std::size_t k = 0; // number rejected: the largest rank i with p_(i) <= i q / m
    for (std::size_t i = order.size(); i >= 1; --i) {
        if (pValues[order[i - 1]] <= double(i) * q / m) {
            k = i;
            break;
        }
    }
    std::vector<bool> rejected(pValues.size(), false);
    for (std::size_t i = 0; i < k; ++i)
        rejected[order[i]] = true;
    return rejected;
}

std::vector<double> benjaminiHochbergAdjusted(const std::vector<double> &pValues)
{
    const std::vector<std::size_t> order = rankOrder(pValues);
    const double m = double(order.size());
    std::vector<double> adjusted(pValues.size(), std::numeric_limits<double>::quiet_NaN());
    double running = 1.0; // min over j >= i, filled from the largest p down
    for (std::size_t i = order.size(); i >= 1; --i) {
        running = std::min(running, m * pValues[order[i - 1]] / double(i));
        adjusted[order[i - 1]] = running;
    }
    return adjusted;
}

} // namespace td::stats
