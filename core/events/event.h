// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/types.h"

#include <cstdint>

namespace td::events {

/// One logged impression or action (docs/architecture.md §3, event log). Plain, 32 bytes, stored in
/// contiguous per-chunk buffers that are reused from day to day.
struct Event
{
    Day day = 0;
    float hour = 0.0f; ///< time of day, [0, 24)
    ListenerId listener = 0;
    TrackId track = kNoTrack;
    std::int32_t listenMs = 0; ///< play time for Stream/Skip, 0 otherwise
    float propensity = 1.0f; ///< P(track at this position | policy), 1 if deterministic
    Surface surface = Surface::Home;
    Context context = Context::None;
    Action action = Action::Impression;
    Source source = Source::Recommended;
    std::uint8_t position = 0; ///< slate position (0-based); 0 for radio/organic
    std::uint8_t policy = 0; ///< id of the policy that produced the slate
    std::uint8_t explored = 0; ///< 1 if the policy deviated from its greedy choice here
    std::uint8_t candidateSource = 0; ///< which candidate source proposed the track (0 = n/a)
};
static_assert(sizeof(Event) == 32, "Event is meant to stay 32 bytes");

} // namespace td::events
