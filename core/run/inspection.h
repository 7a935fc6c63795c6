// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/catalogview.h"
#include "events/event.h"
#include "events/trace.h"
#include "events/types.h"
#include "sim/listenerview.h"

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace td::run {

/// Observable labels of one track (title, artist, genre label), so that a trace can be shown
/// to people. Taken from the observable catalogue only, never from the ground truth.
struct TrackLabel
{
    TrackId track = kNoTrack;
    std::string title;
    std::string artist;
    std::string genre; ///< observable genre label; empty when the label is missing
    float priorPopularity = 0.0f; ///< 0..100, what the service knew before the run
    Day releaseDay = 0; ///< negative: released before the run
};

/// Audio-feature profile of a set of plays: per listening context, the sum of each audio
/// feature (AudioFeature order; tempo in BPM, loudness in dB) and the number of tracks summed.
/// Sums, not means, so that days can be added up by the viewer.
struct FeatureProfile
{
    std::array<std::array<double, events::kAudioFeatureCount>, events::kContextCount> sum {};
    std::array<int, events::kContextCount> count {};

    void add(events::Context context, const float *features);
    void add(const FeatureProfile &other);
    /// Mean of feature `feature` in `context`; NaN if nothing was counted there.
    double mean(events::Context context, int feature) const;
    /// Mean over all contexts; NaN if nothing was counted.
    double meanAll(int feature) const;
    int total() const;
};

/// One simulated day of one inspected listener, computed on the engine thread: from the day's
/// events and the observable catalogue, what the service itself could see about them; and,
/// in `view`, the ground truth (true taste, satisfaction, drift) next to the model's belief.
struct ListenerDay
{
    Day day = 0;
    ListenerId listener = 0;
    int impressions = 0; ///< recommended tracks shown (all recommendation surfaces)
    int plays = 0; ///< streams + skips, all surfaces
    int streams = 0; ///< plays of at least 30 s, all surfaces
    int skips = 0;
    int saves = 0;
    int recStreams = 0; ///< streams of recommended tracks
    int organicStreams = 0; ///< streams from search or the library
    /// Streams per observable genre label, in genreNames order; the last entry counts tracks
    /// whose label is missing.
    std::vector<int> genreStreams;
    std::vector<std::string> genreNames; ///< the catalogue's genre names (for the legend)
    FeatureProfile streamed; ///< audio features of what the listener streamed, by context
    FeatureProfile shown; ///< audio features of what the recommender showed them, by context

    /// The listener's first Home request of the day, per stage; null when not traced.
    std::shared_ptr<const events::RequestTrace> trace;
    bool traceFromSession = true; ///< false: no Home session that day, asked at noon
    std::vector<TrackLabel> labels; ///< labels of every candidate of `trace`, in its order

    /// Truth and belief at the end of the day (Engine::listenerView); empty if the listener
    /// did not exist.
    std::optional<sim::ListenerView> view;
};

using ListenerDayPtr = std::shared_ptr<const ListenerDay>;

/// Bounded lists of listeners to pick from in the inspector, from one day's events.
struct ListenerLists
{
    Day day = -1; ///< the day the lists describe; -1 before the first day
    /// Highest listener id seen in any event so far + 1 (a lower bound of the population).
    std::size_t knownListeners = 0;
    std::vector<std::pair<ListenerId, int>> mostStreams; ///< (listener, streams), descending
    std::vector<std::pair<ListenerId, int>> mostSkips; ///< (listener, skips), descending
    std::vector<ListenerId> newest; ///< highest ids with an event that day, descending
    /// (listener, ‖taste − initial taste‖) of the active listeners that drifted furthest in
    /// the ground truth, descending (Engine::truthLists).
    std::vector<std::pair<ListenerId, double>> mostDrifted;
    std::vector<ListenerId> churnedToday; ///< churned on `day`, ascending id, bounded
    std::size_t churnedTodayTotal = 0; ///< all listeners who churned on `day`
};

/// Labels of every candidate of `trace`, in candidate order. Thread: the engine's (reads the
/// catalogue it owns); the result is plain data.
std::vector<TrackLabel> traceLabels(
    const events::RequestTrace &trace, const events::ObservableCatalog &catalog);

/// Summarises `listener`'s events of `day` (any order; others' events are ignored), with each
/// event's true context (`contexts`, parallel to `events`; the inspector may see the truth).
ListenerDay summarizeListenerDay(ListenerId listener, Day day,
    const std::vector<events::Event> &events, const std::vector<events::Context> &contexts,
    const events::ObservableCatalog &catalog);

/// Top `limit` listeners by streams and by skips (ties: lower id first) and the `limit`
/// newest active listeners of the day. `knownListeners` is carried over between days by
/// the caller (pass the previous value; it only grows).
ListenerLists listenerLists(
    Day day, const std::vector<events::Event> &events, std::size_t knownListeners, int limit = 20);

} // namespace td::run
