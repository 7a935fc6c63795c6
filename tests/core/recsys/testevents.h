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

/// Listener 0's event on day 3 at a Home slate position (the impression-log and off-policy
/// tests' slates).
inline events::Event homeEventAt(TrackId t, events::Action a, int position)
{
    events::Event e = makeEvent(0, t, a, 3, events::Surface::Home);
    e.position = std::uint16_t(position);
    return e;
}

} // namespace td::test
