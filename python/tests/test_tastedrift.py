# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
"""The Python module `tastedrift` (docs/extending.md), run by CTest (py_tastedrift)."""

import contextlib
import hashlib
import io
import math
import re
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np

import tastedrift

SOURCE_DIR = os.environ.get("TD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY_DIR = os.environ.get("TD_BINARY_DIR", os.path.join(SOURCE_DIR, "build"))
DEFAULT = os.path.join(SOURCE_DIR, "scenarios", "default.json")
CLI = os.path.join(BINARY_DIR, "app", "cli", "tastedrift-cli")
ITEMKNN = os.path.join(BINARY_DIR, "plugins", "libitemknn.so")
POPULAR_C = os.path.join(BINARY_DIR, "plugins", "libpopular.so")
EXAMPLES = os.path.join(SOURCE_DIR, "examples", "python")
sys.path.insert(0, EXAMPLES)

import popular  # noqa: E402  (examples/python/popular.py)


def small(sim, listeners=300):
    sim.set("world.listeners.count", listeners)
    return sim


def csv_rows(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    return header, [line.split(",") for line in lines[1:]]


def same_as_csv(test, metrics, text):
    """Every value of metrics() equals the CLI's CSV cell (written as %.9g; empty = NaN)."""
    header, rows = csv_rows(text)
    test.assertEqual(header, ["day"] + tastedrift.metric_names())
    test.assertEqual(len(rows), len(metrics["day"]))
    for i, row in enumerate(rows):
        for name, cell in zip(header, row):
            value = float(metrics[name][i])
            if cell == "":
                test.assertTrue(math.isnan(value), (name, i, value))
            else:
                test.assertEqual(float("%.9g" % value), float(cell), (name, i))


class Chart(tastedrift.Recommender):
    """The most popular released tracks by prior popularity, deterministic (propensity 1)."""

    def begin_day(self, day, catalog):
        released = catalog["release_day"] <= day
        order = np.argsort(-catalog["prior_popularity"], kind="stable")
        self.chart = [int(t) for t in order if released[t]]
        self.clean = [t for t in self.chart if not catalog["explicit"][t]]

    def recommend(self, request):
        tracks = self.chart if request.explicit_allowed else self.clean
        # numpy integers are track ids too.
        return [(np.int64(t), 1.0) for t in tracks[: request.k]]


class Explorer(Chart):
    """The chart with uniform exploration per slot, drawing only from request.seed, and a
    per-listener memory of what it observed (so observe() shapes later slates)."""

    def __init__(self, epsilon=0.3):
        self.epsilon = epsilon
        self.heard = {}
        self.sessions = 0
        self.days_ended = []

    def recommend(self, request):
        rng = np.random.default_rng([request.seed, request.request_index])
        heard = self.heard.get(request.listener, set())
        pool = self.chart if request.explicit_allowed else self.clean
        greedy = [t for t in pool if t not in heard][: request.k]
        rest = len(pool) - len(greedy)
        out, used = [], set(greedy)
        for t in greedy:
            if rest >= request.k and rng.random() < self.epsilon:
                while True:
                    u = pool[int(rng.integers(len(pool)))]
                    if u not in used:
                        break
                used.add(u)
                out.append((u, self.epsilon / rest, 0.0, True))
            else:
                out.append((t, 1.0 - self.epsilon if rest >= request.k else 1.0))
        return out

    def observe(self, events):
        self.sessions += 1
        listeners = {e.listener for e in events}
        assert len(listeners) == 1, listeners  # one listener's session
        for e in events:
            if e.action == "stream":
                self.heard.setdefault(e.listener, set()).add(e.track)

    def end_day(self, day):
        self.days_ended.append(day)


class TestSimulation(unittest.TestCase):
    def test_the_same_numbers_as_the_cli(self):
        sim = small(tastedrift.Simulation(DEFAULT))
        sim.set("recommender.policy.kind", "epsilon_greedy")
        sim.run(3)
        self.assertEqual(sim.day, 3)
        csv = subprocess.run(
            [CLI, "run", DEFAULT, "--days", "3", "--set", "world.listeners.count=300",
             "--set", "recommender.policy.kind=epsilon_greedy", "--quiet"],
            check=True, capture_output=True, text=True).stdout
        same_as_csv(self, sim.metrics(), csv)

    def test_step_returns_the_day(self):
        sim = small(tastedrift.Simulation(DEFAULT), 200)
        first = sim.step()
        self.assertEqual(first["day"], 0)
        self.assertEqual(first["streams"], sim.metrics()["streams"][0])
        self.assertGreater(first["streams"], 0)

    def test_set_is_validated(self):
        sim = tastedrift.Simulation(DEFAULT)
        with self.assertRaisesRegex(ValueError, "recommender.policy.epsilon"):
            sim.set("recommender.policy.epsilon", 2)
        with self.assertRaisesRegex(ValueError, "no.such"):
            sim.set("no.such.field", 1)
        with self.assertRaises(TypeError):
            sim.set("run.days", [1])
        small(sim, 100)
        sim.set("recommender.policy.kind", "softmax")
        sim.step()
        sim.set("recommender.policy.epsilon", 0.3)  # a live knob: from the next day
        with self.assertRaisesRegex(ValueError, "cannot be changed during a run"):
            sim.set("world.listeners.count", 50)
        with self.assertRaisesRegex(ValueError, "remain"):
            sim.run(10_000)

    def test_a_longer_first_run_raises_run_days(self):
        sim = small(tastedrift.Simulation(DEFAULT), 100)
        sim.set("run.days", 2)
        sim.run(3)
        self.assertEqual(sim.total_days, 3)
        self.assertEqual(list(sim.metrics()["day"]), [0, 1, 2])

    def test_a_bad_scenario_file_is_a_value_error(self):
        with self.assertRaisesRegex(ValueError, "no-such.json"):
            tastedrift.Simulation("no-such.json")

    def test_metrics_frame(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            self.skipTest("pandas is not installed")
        sim = small(tastedrift.Simulation(DEFAULT), 100)
        sim.run(2)
        frame = sim.metrics_frame()
        self.assertEqual(list(frame.index), [0, 1])
        self.assertEqual(list(frame.columns), tastedrift.metric_names())
        self.assertEqual(frame["streams"].iloc[1], sim.metrics()["streams"][1])


class TestLoggedFeedback(unittest.TestCase):
    def setUp(self):
        # A stochastic logger (epsilon-greedy) and the greedy target: ope_ips is defined.
        self.sim = small(tastedrift.Simulation(DEFAULT), 300)
        self.sim.set("recommender.policy.kind", "epsilon_greedy")
        self.sim.set("recommender.policy.epsilon", 0.2)
        self.sim.set("metrics.ope.target.kind", "greedy")
        self.sim.run(4)
        self.feedback = self.sim.logged_feedback()

    def test_open_bandit_pipeline_layout(self):
        fb = self.feedback
        for key in ("n_rounds", "n_actions", "action", "position", "reward", "pscore", "context",
                    "action_context"):
            self.assertIn(key, fb)
        n = fb["n_rounds"]
        self.assertGreater(n, 1000)
        self.assertEqual(fb["n_actions"], 5000)
        for key in ("action", "position", "reward", "pscore", "target_pscore", "day", "listener"):
            self.assertEqual(fb[key].shape, (n,), key)
        self.assertEqual(fb["context"].shape, (n, len(fb["context_names"])))
        self.assertEqual(fb["action_context"].shape, (5000, 9))
        self.assertTrue(np.issubdtype(fb["action"].dtype, np.integer))
        self.assertTrue(((fb["action"] >= 0) & (fb["action"] < fb["n_actions"])).all())
        self.assertTrue(((fb["position"] >= 0) & (fb["position"] < fb["len_list"])).all())
        self.assertTrue(set(np.unique(fb["reward"])) <= {0, 1})
        self.assertTrue(((fb["pscore"] > 0) & (fb["pscore"] <= 1)).all())
        # Stochastic logging: some propensities are below 1.
        self.assertTrue((fb["pscore"] < 1).any())
        # The context is observable only: the hour from the start of the day (a session
        # starts before 24 and its clock runs on past midnight; under 48 with the default
        # listening cap of 24 hours a day), one device per round.
        hour = fb["context"][:, fb["context_names"].index("hour")]
        self.assertTrue(((hour >= 0) & (hour < 48)).all())
        devices = fb["context"][:, 2:6]
        self.assertTrue((devices.sum(axis=1) == 1).all())
        # The catalogue's audio features, as the catalogue says.
        np.testing.assert_array_equal(
            fb["action_context"], self.sim.catalog()["audio_features"].astype(np.float64))

    def test_ips_from_the_dict_equals_ope_ips(self):
        fb = self.feedback
        metrics = self.sim.metrics()
        checked = 0
        for day in range(4):
            rows = fb["day"] == day
            reward = fb["reward"][rows]
            # The greedy target: every target propensity is 0 or 1.
            target = fb["target_pscore"][rows]
            self.assertTrue(np.isin(target, [0.0, 1.0]).all())
            # The pipeline weighs with float32 weights; so does this estimate.
            weight = (target / fb["pscore"][rows]).astype(np.float32).astype(np.float64)
            ips = float(np.sum(weight * reward)) / len(reward)
            snips = float(np.sum(weight * reward)) / float(np.sum(weight))
            self.assertFalse(math.isnan(metrics["ope_ips"][day]), day)
            self.assertAlmostEqual(ips, metrics["ope_ips"][day], places=12)
            self.assertAlmostEqual(snips, metrics["ope_snips"][day], places=12)
            self.assertAlmostEqual(float(reward.mean()), metrics["home_stream_rate"][day],
                                   places=12)
            checked += 1
        self.assertEqual(checked, 4)

    def test_recording_changes_no_number(self):
        # Logged feedback is recorded in every Simulation; a run must still equal the CLI's.
        csv = subprocess.run(
            [CLI, "run", DEFAULT, "--days", "4", "--set", "world.listeners.count=300",
             "--set", "recommender.policy.kind=epsilon_greedy",
             "--set", "recommender.policy.epsilon=0.2", "--set", "metrics.ope.target.kind=greedy",
             "--quiet"], check=True, capture_output=True, text=True).stdout
        same_as_csv(self, self.sim.metrics(), csv)


class TestPythonRecommender(unittest.TestCase):
    def run_explorer(self, days=3):
        rec = Explorer()
        sim = small(tastedrift.Simulation(DEFAULT, recommender=rec), 200)
        sim.run(days)
        return rec, sim

    def test_it_serves_and_learns_and_is_reproducible(self):
        rec, sim = self.run_explorer()
        again, sim2 = self.run_explorer()
        a, b = sim.metrics(), sim2.metrics()
        for name in a:
            np.testing.assert_array_equal(a[name], b[name], name)
        self.assertEqual(rec.days_ended, [0, 1, 2])
        self.assertGreater(rec.sessions, 100)
        self.assertEqual(rec.sessions, again.sessions)
        self.assertGreater(a["streams"][0], 0)
        # Explored entries are marked: about epsilon = 0.3 of the shown slots.
        self.assertTrue((np.abs(a["exploration_share"] - 0.3) < 0.05).all(),
                        a["exploration_share"])
        fb = sim.logged_feedback()
        explored = fb["pscore"] < 0.5  # epsilon / rest; the greedy slots log 1 - epsilon
        self.assertTrue(explored.any() and (~explored).any())
        self.assertTrue(np.isnan(fb["target_pscore"]).all())  # no target policy here

    def test_popular_in_python_gives_the_numbers_of_the_in_tree_popular(self):
        # examples/python/popular.py, the in-tree popular baseline and the C plugin
        # examples/plugin-popular compute the same thing; every request, event and catalogue
        # field they read crosses an interface, so any field that arrived wrong would part
        # the numbers. They agree bit for bit.
        def run(recommender=None, **settings):
            sim = small(tastedrift.Simulation(DEFAULT, recommender=recommender), 300)
            sim.set("recommender.popular.half_life_days", 3)
            for path, value in settings.items():
                sim.set(path.replace("__", "."), value)
            sim.run(4)
            return sim.metrics()

        in_tree = run(recommender__kind="popular")
        in_python = run(popular.Popular(half_life_days=3))
        # (The path first: every set() validates the whole scenario, and kind = plugin needs
        # a path.)
        in_c = run(recommender__plugin__path=POPULAR_C,
                   recommender__plugin__options="half_life_days=3", recommender__kind="plugin")
        self.assertGreater(in_tree["streams"].sum(), 1000)
        for name in in_tree:
            np.testing.assert_array_equal(in_python[name], in_tree[name], name)
            np.testing.assert_array_equal(in_c[name], in_tree[name], name)

    def test_a_python_recommender_needs_one_thread(self):
        with self.assertRaisesRegex(ValueError, "one engine thread"):
            tastedrift.Simulation(DEFAULT, recommender=Chart(), threads=2)

    def broken(self, answer):
        class Broken(Chart):
            def recommend(self, request):
                return answer(self, request)

        sim = small(tastedrift.Simulation(DEFAULT, recommender=Broken()), 50)
        with self.assertRaises(tastedrift.RecommenderError) as caught:
            sim.run(1)
        message = str(caught.exception)
        self.assertIn("Python recommender 'Broken'", message)
        # The run stopped: no further step.
        with self.assertRaises(RuntimeError):
            sim.step()
        return message

    def test_broken_answers_stop_the_run(self):
        self.assertIn("appears twice in one slate",
                      self.broken(lambda s, r: [(s.chart[0], 1.0)] * min(2, r.k)))
        self.assertIn("propensity 0.0 of track",
                      self.broken(lambda s, r: [(s.chart[0], 0.0)]))
        self.assertIn("propensity 1.5 of track",
                      self.broken(lambda s, r: [(s.chart[0], 1.5)]))
        self.assertIn("track 5000 is not in the catalogue",
                      self.broken(lambda s, r: [(5000, 1.0)]))
        self.assertIn("track -1", self.broken(lambda s, r: [(-1, 1.0)]))
        self.assertIn("it returned (0.5, 1.0)", self.broken(lambda s, r: [(0.5, 1.0)]))
        self.assertIn("track 1180591620717411303424 for listener",
                      self.broken(lambda s, r: [(2**70, 1.0)]))
        self.assertIn("more than the",
                      self.broken(lambda s, r: [(t, 1.0) for t in s.chart[: r.k + 1]]))
        self.assertIn("must return a list of (track_id, propensity) pairs",
                      self.broken(lambda s, r: 7))
        self.assertIn("ZeroDivisionError", self.broken(lambda s, r: 1 / 0))

    def test_the_seed_is_the_listeners_stream_of_the_day(self):
        def seeds(run_seed):
            seen = {}

            class Spy(Chart):
                def recommend(self, request):
                    seen.setdefault((request.listener, request.day), set()).add(request.seed)
                    return super().recommend(request)

            sim = small(tastedrift.Simulation(DEFAULT, recommender=Spy()), 100)
            sim.set("run.seed", run_seed)
            sim.run(3)
            return seen

        a = seeds(1)
        self.assertGreater(len(a), 100)
        # One seed per (listener, day), the same for all its requests ...
        self.assertTrue(all(len(s) == 1 for s in a.values()))
        # ... different across listeners and days ...
        flat = [next(iter(s)) for s in a.values()]
        self.assertEqual(len(set(flat)), len(flat))
        self.assertTrue(all(0 <= x < 2**64 for x in flat))
        # ... reproducible, and another run seed gives other seeds.
        self.assertEqual(seeds(1), a)
        b = seeds(2)
        common = set(a) & set(b)
        self.assertGreater(len(common), 50)
        self.assertTrue(all(a[key] != b[key] for key in common))

    def test_requests_carry_only_observables(self):
        seen = {}

        class Spy(Chart):
            def recommend(self, request):
                seen.setdefault(request.surface, request)
                names = {n for n in dir(request) if not n.startswith("_")}
                assert "context" not in names, names
                return super().recommend(request)

        sim = small(tastedrift.Simulation(DEFAULT, recommender=Spy()), 100)
        sim.run(1)
        home = seen["home"]
        self.assertEqual(home.k, 20)
        self.assertIn(home.device, ("phone", "desktop", "speaker", "car"))
        self.assertTrue(0 <= home.hour < 24)  # a session's first request: its start
        self.assertEqual(home.weekday, 0)
        self.assertIn("radio", seen)
        self.assertEqual(seen["radio"].k, 1)


class TestOpenRun(unittest.TestCase):
    def test_a_stored_plugin_run_reads_back_with_its_provenance(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "runs.sqlite")
            csv = os.path.join(tmp, "run.csv")
            out = subprocess.run(
                [CLI, "run", DEFAULT, "--days", "2", "--set", "world.listeners.count=150",
                 "--set", "recommender.kind=plugin", "--set",
                 "recommender.plugin.path=" + ITEMKNN, "--db", db, "--csv", csv, "--quiet"],
                check=True, capture_output=True, text=True).stdout
            run = tastedrift.open_run(db, int(out.strip()))
            info = run.info
            self.assertEqual(info["status"], "complete")
            self.assertEqual(info["days_done"], 2)
            self.assertEqual(info["plugin_path"], os.path.realpath(ITEMKNN))
            self.assertRegex(info["plugin_sha256"], "^[0-9a-f]{64}$")
            self.assertRegex(info["git_commit"], "^(unknown|[0-9a-f]{40}(-dirty)?)$")
            self.assertEqual(info["app_version"], tastedrift.__version__)
            with open(ITEMKNN, "rb") as f:
                self.assertEqual(info["plugin_sha256"], hashlib.sha256(f.read()).hexdigest())
            with open(csv) as f:
                same_as_csv(self, run.metrics(), f.read())
            with self.assertRaisesRegex(ValueError, "run 99"):
                tastedrift.open_run(db, 99)



class TestExamples(unittest.TestCase):
    """examples/python/ keeps working (small runs; docs/extending.md quotes them)."""

    def example(self, script, *args):
        env = dict(os.environ, PYTHONPATH=os.path.join(BINARY_DIR, "python"))
        return subprocess.run([sys.executable, os.path.join(EXAMPLES, script), *args],
                              check=True, capture_output=True, text=True, env=env).stdout

    def test_compare(self):
        out = self.example("compare.py", "--days", "2", "--listeners", "100")
        self.assertRegex(out, r"^\s+pipeline\s+python\n")
        self.assertRegex(out, r"exploration share\s+0\s+0\.0\d+")  # greedy vs epsilon 0.05

    def test_overhead(self):
        out = self.example("overhead.py", "--days", "2", "--listeners", "100", "--rounds", "1",
                           "--plugins", os.path.join(BINARY_DIR, "plugins"), "--no-pipeline")
        self.assertIn("the three popular rows gave identical metrics", out)
        self.assertRegex(out, r"popular, Python +\d+ ")


class TestDocs(unittest.TestCase):
    """The Python blocks of docs/extending.md run as printed, on a smaller population."""

    def test_python_blocks_of_extending_md(self):
        with open(os.path.join(SOURCE_DIR, "docs", "extending.md"), encoding="utf-8") as f:
            blocks = re.findall(r"```python\n(.*?)```", f.read(), re.S)
        self.assertGreaterEqual(len(blocks), 2)
        original = tastedrift.Simulation

        def smaller(*args, **kwargs):
            sim = original(*args, **kwargs)
            sim.set("world.listeners.count", 150)
            return sim

        cwd = os.getcwd()
        tastedrift.Simulation = smaller
        try:
            os.chdir(SOURCE_DIR)  # the blocks name scenarios/default.json
            for block in blocks:
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    exec(compile(block, "docs/extending.md", "exec"), {})
                printed = out.getvalue().split()
                if "ope_ips" in block:  # prints the IPS from the dict, then the run's ope_ips
                    self.assertEqual(len(printed), 2, printed)
                    self.assertAlmostEqual(float(printed[0]), float(printed[1]), places=9)
        finally:
            tastedrift.Simulation = original
            os.chdir(cwd)

if __name__ == "__main__":
    unittest.main()
