# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
"""TasteDrift's most-popular baseline as a Python recommender (docs/extending.md).

It computes exactly what the in-tree `popular` recommender
(core/recsys/baselines/popularrecommender.cpp) and the C plugin examples/plugin-popular
compute, so all three give the same numbers, bit for bit (python/tests/test_tastedrift.py);
examples/python/overhead.py times them to show what each interface costs.

    import tastedrift, popular
    sim = tastedrift.Simulation("scenarios/default.json", recommender=popular.Popular())
"""

import numpy as np

import tastedrift


class Popular(tastedrift.Recommender):
    """A chart of released tracks by stream counts decayed with a half-life (ties by track id;
    before any play a hundredth of the prior popularity); a slate is the top of the chart
    without explicit tracks for listeners who turned them off and without the listener's last
    32 plays; radio continues down the chart with each request of the day. Propensity 1."""

    RECENT = 32  # plays per listener left out of their slates

    def __init__(self, half_life_days=7.0):
        self.decay = 0.5 ** (1.0 / max(half_life_days, 1e-6))
        self.counts = np.zeros(0)  # per track, float64 like the C++ counts
        self.recent = {}  # listener -> their last RECENT plays
        self.streams = []  # tracks streamed today (end_day counts them)

    def begin_day(self, day, catalog):
        known = len(self.counts)
        prior = catalog["prior_popularity"][known:].astype(np.float64)
        self.counts = np.concatenate([self.counts, 0.01 * prior])
        released = np.flatnonzero(catalog["release_day"] <= day)
        order = np.lexsort((released, -self.counts[released]))  # count desc, then id
        self.chart = [int(t) for t in released[order]]
        self.explicit = catalog["explicit"]

    def recommend(self, request):
        recent = self.recent.get(request.listener, ())
        skip = request.request_index if request.surface == "radio" else 0
        out = []
        for t in self.chart:
            if len(out) >= request.k:
                break
            if not request.explicit_allowed and self.explicit[t]:
                continue
            if t in recent:
                continue
            if skip > 0:
                skip -= 1
                continue
            out.append((t, 1.0, float(self.counts[t])))
        return out

    def observe(self, events):
        for e in events:
            if e.action in ("stream", "skip"):
                ring = self.recent.setdefault(e.listener, [])
                ring.append(e.track)
                if len(ring) > self.RECENT:
                    del ring[0]
            if e.action == "stream":
                self.streams.append(e.track)

    def end_day(self, day):
        # Decay, then one stream at a time (np.add.at adds repeated tracks one by one, as the
        # C++ loop does: the same roundings).
        self.counts *= self.decay
        np.add.at(self.counts, np.asarray(self.streams, dtype=np.int64), 1.0)
        self.streams = []
