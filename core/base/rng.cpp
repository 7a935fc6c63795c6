// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"

#include <boost/random/uniform_int_distribution.hpp>

#include <array>

namespace td::base {

Rng::Rng(std::uint64_t streamHash)
{
    // Three 32-bit words for taus88's three component generators. Boost lifts words that are
    // too small for a component into its valid range, so every hash gives a valid state.
    const std::uint64_t second = mix64(streamHash);
    std::array<std::uint32_t, 3> words { static_cast<std::uint32_t>(streamHash),
        static_cast<std::uint32_t>(streamHash >> 32), static_cast<std::uint32_t>(second) };
    auto first = words.begin();
    m_engine.seed(first, words.end());
}

std::uint32_t Rng::below(std::uint32_t n)
{
    return boost::random::uniform_int_distribution<std::uint32_t>(0, n - 1)(m_engine);
}

} // namespace td::base
