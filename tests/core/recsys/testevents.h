// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/event.h"

namespace td::test {

/// A hand-made event for the recommender's unit tests. The source follows the surface, as in
/// the world's log: Organic is the only non-recommended surface.
inline events::Event makeEvent(ListenerId l, TrackId t, events::Action a, Day day,
    events::Surface s = events::Surface::Organic)
{
    events::Event e;
    e.listener = l;
    e.track = t;
    e.action = a;
    e.day = day;
    e.surface = s;
    e.source
        = s == events::Surface::Organic ? events::Source::Organic : events::Source::Recommended;
    return e;
}

} // namespace td::test
