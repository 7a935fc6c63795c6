#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
"""What bringing your own recommender costs: requests answered per second of a whole run
(world simulation included) on one small scenario, one engine thread, for the in-tree
pipeline, the in-tree most-popular baseline, the example item-kNN plugin, and a trivial
Python recommender (a precomputed chart: nearly all of its time is the call into Python).
docs/extending.md quotes its output.

    PYTHONPATH=build/python python3 examples/python/overhead.py [--listeners 500 --days 5]
"""

import argparse
import os
import time

import numpy as np

import tastedrift

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")


class Chart(tastedrift.Recommender):
    """The released tracks by prior popularity; answers are slices of a list."""

    def begin_day(self, day, catalog):
        released = catalog["release_day"] <= day
        order = np.argsort(-catalog["prior_popularity"], kind="stable")
        chart = [int(t) for t in order if released[t]]
        clean = [t for t in chart if not catalog["explicit"][t]]
        self.answers = {True: [(t, 1.0) for t in chart], False: [(t, 1.0) for t in clean]}

    def recommend(self, request):
        return self.answers[request.explicit_allowed][: request.k]


def measure(args, configure, recommender=None):
    best = None
    for _ in range(args.repeat):
        sim = tastedrift.Simulation(args.scenario, recommender=recommender() if recommender else None)
        sim.set("world.listeners.count", args.listeners)
        sim.set("run.days", args.days)
        sim.set("run.seed", 1)
        for path, value in configure:
            sim.set(path, value)
        started = time.perf_counter()
        sim.run()
        seconds = time.perf_counter() - started
        if best is None or seconds < best[0]:
            best = (seconds, sim.requests)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", default=os.path.join(ROOT, "scenarios", "default.json"))
    parser.add_argument("--listeners", type=int, default=500)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3, help="runs each; the fastest counts")
    parser.add_argument("--plugin", default=os.path.join(ROOT, "build", "plugins", "libitemknn.so"))
    args = parser.parse_args()

    rows = [
        ("pipeline (C++)", [("recommender.kind", "pipeline")], None),
        ("popular (C++)", [("recommender.kind", "popular")], None),
        ("item-kNN plugin (C ABI)",
         [("recommender.kind", "plugin"), ("recommender.plugin.path", args.plugin)], None),
        ("chart in Python", [], Chart),
    ]
    print(f"{args.listeners} listeners, {args.days} days, 1 engine thread, best of {args.repeat}")
    print(f"{'recommender':26} {'requests':>9} {'seconds':>8} {'requests/s':>11} {'us/request':>11}")
    for name, configure, recommender in rows:
        seconds, requests = measure(args, configure, recommender)
        print(f"{name:26} {requests:9d} {seconds:8.2f} {requests / seconds:11.0f} "
              f"{1e6 * seconds / requests:11.1f}")


if __name__ == "__main__":
    main()
