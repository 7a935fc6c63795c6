// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/policy/mmr.h"
#include "recsys/policy/plackettluce.h"
#include "recsys/policy/policytypes.h"

#include <cstdint>
#include <vector>

namespace td::recsys::policy {

/// Per-thread working memory of ExplorationPolicy::select() and marginals(). The buffers grow
/// to the largest request and are reused, so a warmed-up scratch makes select() allocation-
/// free. Keep one per worker thread (never share between threads); its contents between calls
/// are meaningless. The members are the policies' implementation detail.
struct PolicyScratch
{
    std::vector<std::uint32_t> order; ///< candidate indices being ranked
    std::vector<std::uint32_t> pool; ///< ε-greedy: outside the greedy slate; Thompson: kept set
    std::vector<std::uint32_t> poolLeft; ///< ε-greedy: pool items not yet drawn
    std::vector<double> keys; ///< per-candidate ranking key
    std::vector<double> bonus; ///< per-candidate exploration bonus (UCB, LinUCB)
    std::vector<double> dp; ///< ε-greedy: P(e explorations before the slot)
    std::vector<double> normals; ///< Thompson: z
    std::vector<float> direction; ///< Thompson: B z, zero-padded
    std::vector<float> gathered; ///< Thompson: y_i of the kept candidates, zero-padded rows
    std::vector<SlateItem> policySlate; ///< deterministic policies: their slate
    std::vector<SlateItem> reference; ///< the greedy slate of this request (policy order)
    std::vector<SlateItem> greedyAfterMmr; ///< the greedy slate after MMR
    std::vector<SlateItem> sample; ///< Monte Carlo draws
    std::vector<std::uint32_t> counts; ///< Monte Carlo hit counts
    std::vector<std::uint8_t> inReference; ///< per candidate: in the greedy slate
    std::vector<double> logWeights, slotProbability; ///< softmax
    std::vector<PlackettLuceQuery> queries; ///< softmax
    PlackettLuceScratch plackettLuce;
    MmrScratch mmr;
};

} // namespace td::recsys::policy
