// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/contextmix.h"

namespace td::world {

namespace {

using events::Device;

// Time blocks of the day: [start, end) in hours; the night block wraps around midnight.
enum Block { Morning, Daytime, EarlyEvening, LateEvening, Night };

Block blockOf(float hour)
{
    if (hour >= 5.0f && hour < 9.5f)
        return Morning;
    if (hour >= 9.5f && hour < 17.0f)
        return Daytime;
    if (hour >= 17.0f && hour < 20.0f)
        return EarlyEvening;
    if (hour >= 20.0f && hour < 23.0f)
        return LateEvening;
    return Night;
}

// Weekday and leisure mixes per block (commute, focus, workout, evening, sleep). The early
// evening splits its "activity" share between workout and evening by the listener's habit.
ContextMix weekdayMix(Block b, double workout)
{
    switch (b) {
    case Morning:
        return { 0.70, 0.10, 0.15, 0.00, 0.05 };
    case Daytime:
        return { 0.10, 0.70, 0.05, 0.10, 0.05 };
    case EarlyEvening:
        return { 0.25, 0.00, 0.75 * workout, 0.75 * (1.0 - workout), 0.00 };
    case LateEvening:
        return { 0.00, 0.00, 0.05, 0.80, 0.15 };
    case Night:
        break;
    }
    return { 0.00, 0.00, 0.00, 0.20, 0.80 };
}

ContextMix leisureMix(Block b, double workout)
{
    switch (b) {
    case Morning:
        return { 0.00, 0.00, 0.40, 0.30, 0.30 };
    case Daytime:
        return { 0.00, 0.10, 0.30, 0.60, 0.00 };
    case EarlyEvening:
        return { 0.00, 0.00, workout, 1.0 - workout, 0.00 };
    case LateEvening:
        return { 0.00, 0.00, 0.00, 0.80, 0.20 };
    case Night:
        break;
    }
    return { 0.00, 0.00, 0.00, 0.20, 0.80 };
}

} // namespace

ContextMix contextMix(float hour, bool weekend, float workoutHabit, const ContextParams &contexts,
    const RhythmParams &rhythm)
{
    const Block b = blockOf(hour);
    const ContextMix weekday = weekdayMix(b, workoutHabit);
    const ContextMix leisure = leisureMix(b, workoutHabit);
    const double toLeisure = weekend ? rhythm.weekendLeisure : 0.0;
    const double uniform = 1.0 / double(weekday.size());
    ContextMix mix {};
    for (std::size_t c = 0; c < mix.size(); ++c) {
        const double base = (1.0 - toLeisure) * weekday[c] + toLeisure * leisure[c];
        mix[c] = (1.0 - contexts.blur) * base + contexts.blur * uniform;
    }
    return mix;
}

events::Context drawContext(float hour, bool weekend, float workoutHabit,
    const ContextParams &contexts, const RhythmParams &rhythm, base::Rng &rng)
{
    if (!contexts.enabled)
        return events::Context::None;
    const ContextMix mix = contextMix(hour, weekend, workoutHabit, contexts, rhythm);
    double x = rng.uniform();
    for (std::size_t c = 0; c + 1 < mix.size(); ++c) {
        if (x < mix[c])
            return events::Context(c + 1);
        x -= mix[c];
    }
    return events::Context(mix.size());
}

const std::array<std::array<double, events::kDeviceCount>, events::kContextCount> &
deviceTendencies()
{
    // phone, desktop, speaker, car
    static const std::array<std::array<double, events::kDeviceCount>, events::kContextCount> t { {
        { 0.50, 0.30, 0.15, 0.05 }, // none (contexts off)
        { 0.55, 0.00, 0.00, 0.45 }, // commute
        { 0.20, 0.70, 0.10, 0.00 }, // focus
        { 0.85, 0.00, 0.15, 0.00 }, // workout
        { 0.30, 0.15, 0.55, 0.00 }, // evening
        { 0.60, 0.00, 0.40, 0.00 }, // sleep
    } };
    return t;
}

std::array<events::Device, events::kContextCount> drawDeviceHabits(base::Rng &rng)
{
    std::array<events::Device, events::kContextCount> habits {};
    for (int c = 0; c < events::kContextCount; ++c) {
        const auto &p = deviceTendencies()[std::size_t(c)];
        double x = rng.uniform();
        int d = 0;
        while (d + 1 < events::kDeviceCount && x >= p[std::size_t(d)]) {
            x -= p[std::size_t(d)];
            ++d;
        }
        habits[std::size_t(c)] = Device(d);
    }
    return habits;
}

Device drawSessionDevice(Device habit, double noise, base::Rng &rng)
{
    if (!rng.bernoulli(noise))
        return habit;
    const int other = int(rng.below(std::uint32_t(events::kDeviceCount - 1)));
    return Device(other >= int(habit) ? other + 1 : other);
}

} // namespace td::world
