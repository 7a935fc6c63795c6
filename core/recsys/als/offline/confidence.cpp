// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/confidence.h"

#include "base/numberformat.h"

#include <cmath>

namespace td::recsys::offline {

bool parseConfidenceMode(const std::string &text, ConfidenceMode &mode)
{
    if (text == "linear")
        mode = ConfidenceMode::Linear;
    else if (text == "log")
        mode = ConfidenceMode::Log;
    else
        return false;
    return true;
}

const char *confidenceModeName(ConfidenceMode mode)
{
    return mode == ConfidenceMode::Linear ? "linear" : "log";
}

double confidence(double weight, double alpha, ConfidenceMode mode)
{
    return mode == ConfidenceMode::Linear ? 1.0 + alpha * weight : 1.0 + alpha * std::log1p(weight);
}

als::InteractionMatrix toImplicitMatrix(const std::vector<WeightedPair> &pairs, std::size_t users,
    std::size_t items, double alpha, ConfidenceMode mode, const std::string &source)
{
    std::vector<als::Triplet> triplets;
    triplets.reserve(pairs.size());
    for (const WeightedPair &p : pairs) {
        const float c = float(confidence(p.weight, alpha, mode));
        if (!std::isfinite(c) || !(c > 0.0f)) {
            const std::string where = source.empty() ? std::string("pair")
                : p.line > 0                         ? source + ":" + std::to_string(p.line)
                                                     : source;
            throw std::invalid_argument(where + ": weight " + base::formatNumber(p.weight)
                + " gives the confidence 1 + " + base::formatNumber(alpha) + " * "
                + (mode == ConfidenceMode::Log ? "log(1 + weight)" : "weight") + " = "
                + (std::isfinite(c) ? base::formatNumber(double(c)) : std::string("infinity"))
                + ", not a finite number > 0 in single precision (lower --alpha or use "
                  "--confidence log)");
        }
        triplets.push_back(als::Triplet { p.user, p.item, c, 1.0f });
    }
    return als::InteractionMatrix::fromTriplets(users, items, std::move(triplets));
}

} // namespace td::recsys::offline
