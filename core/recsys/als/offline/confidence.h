// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/interactionmatrix.h"
#include "recsys/als/offline/tsvio.h"

#include <string>
#include <vector>

namespace td::recsys::offline {

/// How a raw weight r >= 0 (a play count) becomes an ALS confidence (Hu, Koren & Volinsky
/// 2008, eq. 2 and the log variant of §4).
enum class ConfidenceMode {
    Linear, ///< c = 1 + α·r
    Log, ///< c = 1 + α·log(1 + r): tames play counts that span five orders of magnitude
};

/// Defaults of the offline tool: the best pair on our Last.fm split (docs/validation.md).
inline constexpr ConfidenceMode kDefaultConfidenceMode = ConfidenceMode::Log;
inline constexpr double kDefaultAlpha = 5.0;

/// "linear" / "log"; false for anything else.
bool parseConfidenceMode(const std::string &text, ConfidenceMode &mode);
const char *confidenceModeName(ConfidenceMode mode);

double confidence(double weight, double alpha, ConfidenceMode mode);

/// users × items matrix with p = 1 and c = confidence(weight) for every pair. A confidence that
/// is not a finite float > 0 (a huge weight with --confidence linear, a huge α) throws
/// std::invalid_argument naming the pair's file and line ("`source`:LINE: ...", from
/// WeightedPair::line) so the user can find it; also for an index out of range.
als::InteractionMatrix toImplicitMatrix(const std::vector<WeightedPair> &pairs, std::size_t users,
    std::size_t items, double alpha, ConfidenceMode mode, const std::string &source = {});

} // namespace td::recsys::offline
