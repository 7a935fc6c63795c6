# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
"""TasteDrift from Python (docs/extending.md).

    import tastedrift
    sim = tastedrift.Simulation("scenarios/default.json")
    sim.set("recommender.kind", "pipeline")
    sim.run(30)
    sim.metrics()["streams"]          # numpy arrays by column name
    sim.metrics_frame()               # a pandas DataFrame, if pandas is installed
    sim.logged_feedback()             # Home impressions in Open Bandit Pipeline's layout

Bring your own recommender: subclass Recommender and pass an instance,
tastedrift.Simulation(path, recommender=MyRecommender()).

This API is a contract, like the CLI's: it is extended, never renamed.
"""

from ._tastedrift import (  # noqa: F401  (re-exported)
    Event,
    RecommenderError,
    Request,
    StoredRun,
    __version__,
    metric_names,
)
from ._tastedrift import Simulation as _Simulation
from ._tastedrift import open_run as _open_run

__all__ = [
    "Event",
    "Recommender",
    "RecommenderError",
    "Request",
    "Simulation",
    "StoredRun",
    "metric_names",
    "open_run",
]


def _frame(columns):
    try:
        import pandas
    except ImportError as e:  # pandas is optional
        raise ImportError(
            "metrics_frame() needs pandas (Debian: apt-get install python3-pandas); "
            "metrics() returns the same columns as numpy arrays"
        ) from e
    frame = pandas.DataFrame(columns)
    return frame.set_index("day")


class Simulation(_Simulation):
    """One scenario, simulated day by day.

    Simulation(scenario_path=None, recommender=None, threads=1). With a Python recommender
    the engine runs on one thread (threads must be 1): its calls take the GIL one at a time,
    and one thread is what keeps their order, and so the run, reproducible.
    """

    def metrics_frame(self):
        """metrics() as a pandas DataFrame indexed by day (needs pandas)."""
        return _frame(self.metrics())


def _stored_metrics_frame(self):
    """metrics() as a pandas DataFrame indexed by day (needs pandas)."""
    return _frame(self.metrics())


StoredRun.metrics_frame = _stored_metrics_frame


def open_run(db_path, run_id):
    """A stored run (tastedrift-cli run --db, the desktop app's workspace): .info (with its
    provenance), .metrics(), .metrics_frame(), .annotations()."""
    return _open_run(str(db_path), int(run_id))


class Recommender:
    """Base class of Python recommenders (docs/extending.md).

    The engine calls, in this order each day: begin_day(day, catalog) once; recommend(request)
    for every request and observe(events) when a listener's session ends, listener after
    listener; end_day(day) once. Calls never overlap (one engine thread, the GIL).

    recommend(request) returns up to request.k pairs (track_id, propensity), optionally with a
    score and an explored flag, (track_id, propensity, score, explored): propensity is the
    probability that your policy shows that track at that position, in (0, 1] (1 for a
    deterministic choice); explored marks a draw of your exploration (exploration_share). Every answer is checked: a track
    outside the catalogue or not released yet, a duplicate, an explicit track for a listener
    with request.explicit_allowed False, a propensity outside (0, 1], or more than k tracks
    stops the run with tastedrift.RecommenderError.

    Draw random numbers only from request.seed (the listener's stream for the day), e.g.
    numpy.random.default_rng([request.seed, request.request_index]), and keep state per
    listener, so the same scenario and seed give the same run.
    """

    def begin_day(self, day, catalog):
        """Start of `day`. `catalog` is a dict of numpy arrays (the observable catalogue:
        release_day, explicit, prior_popularity, audio_features, genre, artist, ...); tracks
        with release_day <= day are available."""

    def recommend(self, request):
        """Answer a tastedrift.Request with [(track_id, propensity), ...]."""
        raise NotImplementedError("a Recommender must implement recommend(request)")

    def observe(self, events):
        """The events (tastedrift.Event) of one finished session of one listener."""

    def end_day(self, day):
        """End of `day`: retrain here."""
