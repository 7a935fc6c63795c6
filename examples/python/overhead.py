#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
"""What bringing your own recommender costs: whole runs of the default world (world
simulation included), one engine thread, for the same most-popular algorithm in-tree (C++),
as the C plugin examples/plugin-popular and as the Python recommender popular.Popular (all
three give the same numbers, which this script checks), plus a trivial Python recommender
(a precomputed chart: nearly all of its time is the call into Python), the in-tree pipeline
and the item-kNN plugin for scale. Runs are interleaved round by round and timed in CPU
seconds of this process, so that a shared machine's load skews them less; the table shows
medians. docs/extending.md quotes its output.

    PYTHONPATH=build/python /usr/bin/python3 examples/python/overhead.py \
        [--listeners 1000 --days 10 --rounds 5]
"""

import argparse
import os
import statistics
import sys
import time

import numpy as np

import tastedrift

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, HERE)

import popular  # noqa: E402  (examples/python/popular.py)


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


def run_once(args, configure, recommender):
    sim = tastedrift.Simulation(args.scenario, recommender=recommender() if recommender else None)
    sim.set("world.listeners.count", args.listeners)
    sim.set("run.days", args.days)
    sim.set("run.seed", 1)
    sim.set("recommender.popular.half_life_days", 7)
    for path, value in configure:
        sim.set(path, value)
    cpu, wall = time.process_time(), time.perf_counter()
    sim.run()
    return time.process_time() - cpu, time.perf_counter() - wall, sim.requests, sim.metrics()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", default=os.path.join(ROOT, "scenarios", "default.json"))
    parser.add_argument("--listeners", type=int, default=1000)
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved runs of each")
    parser.add_argument("--plugins", default=os.path.join(ROOT, "build", "plugins"),
                        help="folder of libpopular.so and libitemknn.so")
    parser.add_argument("--no-pipeline", action="store_true", help="leave out the slow rows")
    args = parser.parse_args()

    def plugin(name, options=""):
        # The path first: every set() validates the whole scenario.
        return [("recommender.plugin.path", os.path.join(args.plugins, name)),
                ("recommender.plugin.options", options), ("recommender.kind", "plugin")]

    rows = [
        ("popular, in-tree (C++)", [("recommender.kind", "popular")], None),
        ("popular, C plugin", plugin("libpopular.so", "half_life_days=7"), None),
        ("popular, Python", [], popular.Popular),
        ("chart, Python (trivial)", [], Chart),
    ]
    if not args.no_pipeline:
        rows += [
            ("pipeline, in-tree (C++)", [("recommender.kind", "pipeline")], None),
            ("item-kNN, C++ plugin", plugin("libitemknn.so"), None),
        ]
    cpu = {name: [] for name, _, _ in rows}
    wall = {name: [] for name, _, _ in rows}
    requests, metrics = {}, {}
    for r in range(args.rounds):
        # Alternate the order, so that a drift in the machine's load favours no row.
        order = rows if r % 2 == 0 else rows[::-1]
        for name, configure, recommender in order:
            c, w, n, m = run_once(args, configure, recommender)
            cpu[name].append(c)
            wall[name].append(w)
            requests[name], metrics[name] = n, m
        print(f"  round {r + 1}/{args.rounds}", file=sys.stderr, flush=True)

    base = rows[0][0]
    for name in (rows[1][0], rows[2][0]):
        for column, values in metrics[base].items():
            if not np.array_equal(values, metrics[name][column], equal_nan=True):
                sys.exit(f"'{name}' gave other numbers than '{base}' ({column}): not comparable")
    print(f"{args.listeners} listeners, {args.days} days, 1 engine thread; medians of "
          f"{args.rounds} interleaved rounds; CPU seconds of the whole run (world included)")
    print("the three popular rows gave identical metrics")
    print(f"{'recommender':26} {'requests':>9} {'CPU s':>7} {'wall s':>7} {'requests/s':>11} "
          f"{'us/request':>11} {'vs in-tree':>10}")
    base_cpu = statistics.median(cpu[base])
    identical = (rows[1][0], rows[2][0])  # the same run as the base: their difference is cost
    for name, _, _ in rows:
        c, w, n = statistics.median(cpu[name]), statistics.median(wall[name]), requests[name]
        extra = ""
        if name in identical:
            # Paired by round: the extra CPU time per request over the in-tree popular.
            per = statistics.median((a - b) / n for a, b in zip(cpu[name], cpu[base]))
            extra = f"  {1e6 * per:+.2f} us/request"
        print(f"{name:26} {n:9d} {c:7.2f} {w:7.2f} {n / c:11.0f} {1e6 * c / n:11.2f} "
              f"{c / base_cpu:9.2f}x{extra}")

if __name__ == "__main__":
    main()
