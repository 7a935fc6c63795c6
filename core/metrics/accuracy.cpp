// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/accuracy.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace td::metrics {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

double precisionAtK(const std::vector<double> &shownUtility, double threshold)
{
    if (shownUtility.empty())
        return kNaN;
    const auto relevant = std::count_if(
        shownUtility.begin(), shownUtility.end(), [&](double u) { return u > threshold; });
    return double(relevant) / double(shownUtility.size());
}

double dcg(const std::vector<double> &utilityInOrder)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < utilityInOrder.size(); ++i)
        sum += std::max(0.0, utilityInOrder[i]) / std::log2(double(i) + 2.0);
    return sum;
}

double ndcgAtK(const std::vector<double> &shownUtility, std::vector<double> idealUtility)
{
    std::sort(idealUtility.begin(), idealUtility.end(), std::greater<>());
    if (idealUtility.size() > shownUtility.size())
        idealUtility.resize(shownUtility.size());
    const double ideal = dcg(idealUtility);
    if (ideal <= 0.0)
        return kNaN;
    // Not clamped: the ideal list is the catalogue's best, so a value above 1 means the shown
    // slate held a track outside the candidate set (a bug the invariant tests should see).
    return dcg(shownUtility) / ideal;
}

} // namespace td::metrics
