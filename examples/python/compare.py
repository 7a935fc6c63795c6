#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
"""Compare a recommender written in Python with TasteDrift's own pipeline on the default
scenario: the same listeners, the same seed, one run each (docs/extending.md).

    PYTHONPATH=build/python /usr/bin/python3 examples/python/compare.py            # ~a minute
    PYTHONPATH=build/python /usr/bin/python3 examples/python/compare.py --days 30 --listeners 2000

The Python recommender, ContentProfile, knows only what a streaming service knows: it keeps,
per listener, the mean standardised audio features of what they streamed, scores every
released track by its similarity to that profile plus a little popularity, and explores with
epsilon-greedy slots whose propensities are exact (so its log supports off-policy evaluation).
"""

import argparse
import os
import sys
import time

import numpy as np

import tastedrift

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCENARIO = os.path.join(HERE, "..", "..", "scenarios", "default.json")

# Columns of docs/metrics.md, with how to summarise them over the run.
SHOWN = [
    ("streams", "streams per day", np.mean),
    ("skip_rate", "skip rate", np.mean),
    ("rec_share", "share of streams recommended", np.mean),
    ("mean_satisfaction", "mean satisfaction, last day", lambda v: v[-1]),
    ("churn_rate", "churn rate per day", np.mean),
    ("coverage", "catalogue coverage", np.mean),
    ("novelty", "novelty (self-information)", np.mean),
    ("exploration_share", "exploration share", np.mean),
    ("precision_at_k", "precision@k vs the truth", np.mean),
]


class ContentProfile(tastedrift.Recommender):
    """Audio-feature profile per listener, popularity for cold starts, epsilon-greedy slots.

    Propensities: slot i shows the greedy track G[i] with probability 1 - epsilon, or a track
    drawn uniformly from the eligible tracks outside G (never twice), each with probability
    epsilon / |E| at that slot, whatever happened in earlier slots.
    """

    def __init__(self, epsilon=0.05, popularity_weight=0.3):
        self.epsilon = epsilon
        self.popularity_weight = popularity_weight
        self.sums = {}  # listener -> (sum of standardised features of streams, count)
        self.recent = {}  # listener -> tracks played lately (not recommended again soon)
        self.rankings = {}  # (listener, explicit allowed) -> ranked eligible tracks

    def begin_day(self, day, catalog):
        if not hasattr(self, "features"):
            f = catalog["audio_features"].astype(np.float64)
            self.features = (f - f.mean(axis=0)) / (f.std(axis=0) + 1e-9)
            pop = catalog["prior_popularity"].astype(np.float64)
            self.popularity = (pop - pop.mean()) / (pop.std() + 1e-9)
            self.explicit = catalog["explicit"]
            self.release_day = catalog["release_day"]
        released = self.release_day <= day
        self.eligible = np.flatnonzero(released)
        self.eligible_clean = np.flatnonzero(released & ~self.explicit)
        self.rankings = {}

    def ranking(self, listener, explicit_allowed):
        """The listener's eligible tracks, best first. Cached until their profile changes
        (observe) or the day ends: radio asks for one track at a time."""
        key = (listener, explicit_allowed)
        cached = self.rankings.get(key)
        if cached is not None:
            return cached
        pool = self.eligible if explicit_allowed else self.eligible_clean
        score = self.popularity_weight * self.popularity[pool]
        total, count = self.sums.get(listener, (None, 0))
        if count:
            profile = total / count
            score = score + self.features[pool] @ profile / (np.linalg.norm(profile) + 1e-9)
        # Ties go to the lower track id (np.lexsort sorts by the last key first).
        ranked = [int(t) for t in pool[np.lexsort((pool, -score))]]
        self.rankings[key] = ranked
        return ranked

    def recommend(self, request):
        pool = self.eligible if request.explicit_allowed else self.eligible_clean
        k = min(request.k, len(pool))
        if k == 0:
            return []
        skip = set(self.recent.get(request.listener, ()))
        skip.add(request.last_played)
        greedy = []
        for t in self.ranking(request.listener, request.explicit_allowed):
            if t not in skip:
                greedy.append(t)
                if len(greedy) == k:
                    break
        for t in pool:  # everything left was played lately: top up in id order
            if len(greedy) == k:
                break
            if int(t) not in greedy:
                greedy.append(int(t))
        rest = len(pool) - len(greedy)
        explore = self.epsilon > 0 and rest >= k
        rng = np.random.default_rng([request.seed, request.request_index])
        chosen, taken = [], set(greedy)
        for t in greedy:
            if explore and rng.random() < self.epsilon:
                while True:
                    u = int(pool[rng.integers(len(pool))])
                    if u not in taken:
                        break
                taken.add(u)
                chosen.append((u, self.epsilon / rest, 0.0, True))
            else:
                chosen.append((t, 1.0 - self.epsilon if explore else 1.0))
        return chosen

    def observe(self, events):
        for e in events:
            if e.action not in ("stream", "skip"):
                continue
            recent = self.recent.setdefault(e.listener, [])
            recent.append(e.track)
            del recent[:-50]
            if e.action == "stream":
                self.rankings.pop((e.listener, True), None)
                self.rankings.pop((e.listener, False), None)
                total, count = self.sums.get(e.listener, (np.zeros(self.features.shape[1]), 0))
                self.sums[e.listener] = (total + self.features[e.track], count + 1)


def simulate(args, recommender=None):
    sim = tastedrift.Simulation(args.scenario, recommender=recommender,
                                threads=1 if recommender else args.threads)
    sim.set("run.seed", args.seed)
    sim.set("run.days", args.days)
    if args.listeners:
        sim.set("world.listeners.count", args.listeners)
    started = time.perf_counter()
    for day in range(args.days):
        sim.step()
        print(f"\r  day {day + 1}/{args.days}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return sim.metrics(), time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", default=DEFAULT_SCENARIO)
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--listeners", type=int, default=1000,
                        help="world.listeners.count (0: the scenario's)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1, help="engine threads for the pipeline")
    args = parser.parse_args()

    print("pipeline (C++, the scenario's recommender):", file=sys.stderr)
    pipeline, pipeline_seconds = simulate(args)
    print("ContentProfile (Python):", file=sys.stderr)
    python, python_seconds = simulate(args, ContentProfile())

    width = max(len(label) for _, label, _ in SHOWN)
    print(f"{'':{width}}  {'pipeline':>10}  {'python':>10}")
    for name, label, summary in SHOWN:
        a, b = (summary(m[name][~np.isnan(m[name])]) if (~np.isnan(m[name])).any() else float("nan")
                for m in (pipeline, python))
        print(f"{label:{width}}  {a:10.4g}  {b:10.4g}")
    print(f"{'wall time (s)':{width}}  {pipeline_seconds:10.1f}  {python_seconds:10.1f}")


if __name__ == "__main__":
    main()
