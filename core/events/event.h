// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/types.h"

#include <cstdint>

namespace td::events {

/// One logged impression or action (docs/architecture.md §3, event log): only what a streaming
/// service observes. The session's true listening context is not here: the world keeps it on
/// its own side (world::WorkerScratch::contexts, parallel to the log) for the metrics.
/// Plain, 32 bytes, stored in contiguous per-chunk buffers that are reused from day to day.
struct Event
{
    Day day = 0; ///< weekdayOf(day) is the weekday
    /// Local time in hours from the start of `day`: a session starts in [0, 24) and its clock
    /// advances with each play, so a session that runs past midnight stays in the day it began
    /// and logs hours of 24 and more (24.3 = 00:18 the next morning); 24·day + hour is the time
    float hour = 0.0f;
    ListenerId listener = 0;
    TrackId track = kNoTrack; ///< kNoTrack for Action::Cancel
    std::int32_t listenMs = 0; ///< play time for Stream/Skip, 0 otherwise
    float propensity = 1.0f; ///< P(track at this position | policy), 1 if deterministic
    Surface surface = Surface::Home;
    Device device = Device::Phone;
    Action action = Action::Impression;
    Source source = Source::Recommended;
    std::uint16_t position = 0; ///< slate or radio-queue position (0-based); 0 for organic
    std::uint8_t policy = 0; ///< id of the policy that produced the slate
    std::uint8_t explored : 1; ///< 1 if the policy deviated from its greedy choice here
    std::uint8_t candidateSource : 7; ///< candidate source bits (0 = n/a; 7 sources)

    Event() : explored(0), candidateSource(0) { }
};
static_assert(sizeof(Event) == 32, "Event is meant to stay 32 bytes");

} // namespace td::events
