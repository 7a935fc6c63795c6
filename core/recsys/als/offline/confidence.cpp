// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/confidence.h"

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
    std::size_t items, double alpha, ConfidenceMode mode)
{
    std::vector<als::Triplet> triplets;
    triplets.reserve(pairs.size());
    for (const WeightedPair &p : pairs)
        triplets.push_back(
            als::Triplet { p.user, p.item, float(confidence(p.weight, alpha, mode)), 1.0f });
    return als::InteractionMatrix::fromTriplets(users, items, std::move(triplets));
}

} // namespace td::recsys::offline
