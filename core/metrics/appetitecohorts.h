// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "world/population.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace td::metrics {

/// What one listener did on one simulated day, as the engine tallied it (core/sim: the change
/// of its chunk's world::DayCounters across the listener's day, so the tallies add up to the
/// day's active_listeners, streams and churned exactly).
struct ListenerDayTally
{
    std::uint32_t streams = 0; ///< plays of at least 30 s
    std::uint8_t active = 0; ///< 1 if the listener had a session
    std::uint8_t churned = 0; ///< 1 if the listener churned that day
};

/// One novelty-appetite tercile on one day (`run --cohort-by novelty_appetite`).
struct AppetiteCohortDay
{
    int tercile = 0; ///< 0 low, 1 middle, 2 high (AppetiteTerciles::name)
    int listeners = 0; ///< signed up by the end of the day (churned or not)
    int active = 0; ///< with a session that day
    double satisfaction = 0.0; ///< mean satisfaction of the members not churned; NaN if none
    /// mean slow satisfaction (world::Population::slowSatisfaction, the weeks-long component
    /// of docs/world.md "Two time scales") of the same members; NaN if none
    double slowSatisfaction = 0.0;
    int churned = 0; ///< churned that day
    std::int64_t streams = 0; ///< streams that day
};

/// Terciles of the listeners' TRUE novelty appetite (world::Population::noveltyAppetite), fixed
/// at signup: a listener's tercile is decided once, the first day it exists, by its appetite
/// then. The cut points are those of the initial population (the listeners present before the
/// run): with its appetites sorted, a₍₀₎ ≤ … ≤ a₍ₙ₋₁₎, low = a₍⌊n/3⌋₎ and high = a₍⌊2n/3⌋₎;
/// appetite < low is tercile 0, < high tercile 1, otherwise tercile 2. Arrivals are placed by
/// the same cut points, so the terciles of arrivals need not be a third each (they are if the
/// arrivals' appetites follow the initial population's distribution).
///
/// Thread affinity: the engine's thread, between days.
class AppetiteTerciles
{
public:
    static constexpr int kTerciles = 3;

    /// Cut points from `initial` (every listener it holds); assigns those listeners.
    explicit AppetiteTerciles(const world::Population &initial);

    /// Assigns the listeners of `population` that have no tercile yet (arrivals, by their
    /// appetite now, i.e. at signup). Call after the arrivals of a day, before it is simulated.
    void assign(const world::Population &population);

    int tercileOf(ListenerId l) const { return m_tercile[l]; }
    float lowCut() const { return m_low; }
    float highCut() const { return m_high; }
    /// "low", "middle", "high": the `cohort` column of `run --cohort-by novelty_appetite`.
    static std::string_view name(int tercile);

    /// The three terciles on `day`, from the population at the end of the day and the day's
    /// tallies (`tallies[l]` for every listener; listeners beyond it count as idle).
    std::array<AppetiteCohortDay, kTerciles> day(const world::Population &population,
        const std::vector<ListenerDayTally> &tallies, Day day) const;

private:
    int tercileOfAppetite(float appetite) const;

    float m_low = 0.0f;
    float m_high = 0.0f;
    std::vector<std::uint8_t> m_tercile;
};

} // namespace td::metrics
