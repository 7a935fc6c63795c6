// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"
#include "events/types.h"
#include "world/params.h"

#include <array>

namespace td::world {

/// Probabilities of the five contexts (Commute, Focus, Workout, Evening, Sleep, in Context
/// order without None) for one session.
using ContextMix = std::array<double, events::kContextCount - 1>;

/// The context mix of a session starting at `hour` (local, [0, 24)) on a weekday or a weekend
/// day, for a listener whose early evenings are workouts with probability `workoutHabit`
/// (docs/world.md, "Contexts"): the weekday mix of the time block; on weekends moved toward the
/// leisure mix by rhythm.weekend_leisure; then blurred toward uniform by contexts.blur. Sums to 1.
ContextMix contextMix(float hour, bool weekend, float workoutHabit, const ContextParams &contexts,
    const RhythmParams &rhythm);

/// Draws a context from the mix (one uniform draw). Context::None when contexts are disabled.
events::Context drawContext(float hour, bool weekend, float workoutHabit,
    const ContextParams &contexts, const RhythmParams &rhythm, base::Rng &rng);

/// Population tendencies of the habitual device per context (Context order; row None is the
/// device when contexts are off): P(phone, desktop, speaker, car).
const std::array<std::array<double, events::kDeviceCount>, events::kContextCount> &
deviceTendencies();

/// Draws one listener's habitual device for every context from deviceTendencies().
std::array<events::Device, events::kContextCount> drawDeviceHabits(base::Rng &rng);

/// The device of one session: the habitual one, except with probability `noise` one of the
/// other three, uniformly (two draws at most).
events::Device drawSessionDevice(events::Device habit, double noise, base::Rng &rng);

} // namespace td::world
