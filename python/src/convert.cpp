// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "convert.h"

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

namespace td::python {

namespace {

template<typename T> py::array_t<T> copyOf(const std::vector<T> &v)
{
    py::array_t<T> a(py::ssize_t(v.size()));
    std::copy(v.begin(), v.end(), a.mutable_data());
    return a;
}

py::str name(std::string_view s)
{
    return py::str(s.data(), s.size());
}

} // namespace

py::dict catalogDict(const events::ObservableCatalog &catalog)
{
    const std::size_t n = catalog.trackCount();
    py::dict d;
    d["track_count"] = n;
    d["artist"] = copyOf(catalog.artist);
    d["genre"] = copyOf(catalog.genreLabel);
    d["subgenre"] = copyOf(catalog.subgenreLabel);
    d["release_day"] = copyOf(catalog.releaseDay);
    d["duration_seconds"] = copyOf(catalog.durationSeconds);
    py::array_t<bool> explicitFlag { py::ssize_t(n) };
    for (std::size_t t = 0; t < n; ++t)
        explicitFlag.mutable_data()[t] = catalog.isExplicit[t] != 0;
    d["explicit"] = explicitFlag;
    d["prior_popularity"] = copyOf(catalog.priorPopularity);
    py::array_t<float> features({ py::ssize_t(n), py::ssize_t(events::kAudioFeatureCount) });
    std::copy(catalog.audioFeatures.begin(), catalog.audioFeatures.end(), features.mutable_data());
    d["audio_features"] = features;
    py::list featureNames;
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        featureNames.append(name(events::audioFeatureName(events::AudioFeature(f))));
    d["audio_feature_names"] = featureNames;
    d["genre_names"] = catalog.genreNames;
    d["artist_names"] = catalog.artistNames;
    d["track_names"] = catalog.trackNames;
    return d;
}

void bindRequestAndEvent(py::module_ &m)
{
    using events::RecRequest;
    py::class_<PyRequest>(m, "Request",
        "One request to a Python recommender: only what a streaming service observes "
        "(docs/extending.md). Answer it with up to `k` (track_id, propensity) pairs.")
        .def_property_readonly("listener", [](const PyRequest &r) { return r.req.listener; })
        .def_property_readonly("day", [](const PyRequest &r) { return r.req.day; })
        .def_property_readonly(
            "weekday", [](const PyRequest &r) { return int(r.req.weekday); },
            "0 = Monday ... 6 = Sunday")
        .def_property_readonly(
            "hour", [](const PyRequest &r) { return r.req.hour; },
            "local time in hours from the start of the day: [0, 24) when a session starts, "
            "24 and more for a session that runs past midnight (it keeps its day)")
        .def_property_readonly(
            "surface", [](const PyRequest &r) { return name(events::surfaceName(r.req.surface)); },
            "'home', 'radio', 'discover_weekly' or 'release_radar'")
        .def_property_readonly(
            "device", [](const PyRequest &r) { return name(events::deviceName(r.req.device)); },
            "'phone', 'desktop', 'speaker' or 'car'")
        .def_property_readonly(
            "k", [](const PyRequest &r) { return r.req.k; }, "tracks wanted (1 on radio)")
        .def_property_readonly(
            "explicit_allowed", [](const PyRequest &r) { return r.req.explicitAllowed; })
        .def_property_readonly(
            "last_played",
            [](const PyRequest &r) -> py::object {
                if (r.req.lastPlayed == kNoTrack)
                    return py::none();
                return py::int_(r.req.lastPlayed);
            },
            "the track playing now (radio seeds), or None")
        .def_property_readonly(
            "request_index", [](const PyRequest &r) { return r.req.requestIndex; })
        .def_property_readonly(
            "session_index", [](const PyRequest &r) { return r.req.sessionIndex; })
        .def_property_readonly(
            "position_in_session", [](const PyRequest &r) { return r.req.positionInSession; })
        .def_property_readonly(
            "session_plays", [](const PyRequest &r) { return int(r.req.session.plays); })
        .def_property_readonly(
            "session_skips", [](const PyRequest &r) { return int(r.req.session.skips); })
        .def_property_readonly(
            "session_recent",
            [](const PyRequest &r) {
                py::list out;
                for (int i = 0; i < r.req.session.recentCount; ++i) {
                    const auto &p = r.req.session.recent[std::size_t(i)];
                    out.append(py::make_tuple(p.track, p.listenSeconds, p.skipped));
                }
                return out;
            },
            "the last plays of this session, oldest first: (track, listen_seconds, skipped)")
        .def_property_readonly(
            "inspect_only", [](const PyRequest &r) { return r.req.inspectOnly; },
            "an inspection: answer as usual but change no state")
        .def_property_readonly(
            "seed", [](const PyRequest &r) { return r.seed; },
            "the listener's random stream for this day (draw only from it, e.g. "
            "numpy.random.default_rng([seed, request_index])), so runs are reproducible")
        .def("__repr__", [](const PyRequest &r) {
            return "<Request listener=" + std::to_string(r.req.listener) + " day="
                + std::to_string(r.req.day) + " " + std::string(events::surfaceName(r.req.surface))
                + " k=" + std::to_string(r.req.k) + ">";
        });

    using events::Event;
    py::class_<Event>(m, "Event", "One logged impression or action (observable fields only).")
        .def_readonly("day", &Event::day)
        .def_readonly("hour", &Event::hour)
        .def_readonly("listener", &Event::listener)
        .def_property_readonly(
            "track",
            [](const Event &e) -> py::object {
                if (e.track == kNoTrack)
                    return py::none();
                return py::int_(e.track);
            },
            "None for a cancellation")
        .def_readonly("listen_ms", &Event::listenMs)
        .def_readonly("propensity", &Event::propensity)
        .def_property_readonly(
            "surface", [](const Event &e) { return name(events::surfaceName(e.surface)); })
        .def_property_readonly(
            "device", [](const Event &e) { return name(events::deviceName(e.device)); })
        .def_property_readonly(
            "action", [](const Event &e) { return name(events::actionName(e.action)); },
            "'impression', 'stream', 'skip', 'replay', 'save', 'playlist_add', "
            "'follow_artist', 'block_artist' or 'cancel'")
        .def_property_readonly("source",
            [](const Event &e) {
                return py::str(e.source == events::Source::Organic ? "organic" : "recommended");
            })
        .def_readonly("position", &Event::position)
        .def_readonly("policy", &Event::policy)
        .def_property_readonly("explored", [](const Event &e) { return e.explored != 0; })
        .def("__repr__", [](const Event &e) {
            return "<Event day=" + std::to_string(e.day) + " listener=" + std::to_string(e.listener)
                + " " + std::string(events::actionName(e.action)) + " track="
                + (e.track == kNoTrack ? std::string("None") : std::to_string(e.track)) + ">";
        });
}

} // namespace td::python
