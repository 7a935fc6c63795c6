// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/diagnostics.h"
#include "events/event.h"
#include "recsys/pipeline/candidate.h"

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <vector>

namespace td::recsys {

/// The pipeline's logged feedback (docs/pipeline.md, "Ranker"): what each listener was shown,
/// with the features it was ranked on, until their session ends; then one labelled row per
/// shown track (1 = streamed at that position) for the ranker, kept for ranker.window_days; and
/// the off-policy tallies of Home impressions (docs/metrics.md, ope_ips / ope_snips).
///
/// Threading: addShown() and labelSession() touch only listener l's state (its worker);
/// endDay() and the readers run on the engine thread between days.
class ImpressionLog
{
public:
    /// One shown track waiting for its outcome.
    struct Shown
    {
        TrackId track = kNoTrack;
        /// Slate or radio-queue position, as in events::Event (Home slates and radio sessions
        /// reach 999: recommender.slate_size, world.sessions.radio_max_tracks).
        std::uint16_t position = 0;
        std::array<float, kFeatureCount> features {};
        bool home = false; ///< a Home impression (off-policy tallies)
        /// The logging policy's marginal P(track at this position) (events::SlateEntry), for
        /// inverse-propensity weighting of the ranker's rows (ranker.ips_weighting)
        float propensity = 1.0f;
        float opeWeight = -1.0f; ///< P_target / P_logged; < 0 when not computed
        /// Doubly-robust terms (with opeWeight): the reward model's value of the target at this
        /// slot, Σ_a P_target(a at slot)·r̂(a, slot), and r̂ of the shown track here
        float opeDirect = 0.0f;
        float opePredicted = 0.0f;
    };

    void resize(std::size_t listeners);
    void addShown(ListenerId l, const Shown &shown) { m_listeners[l].pending.push_back(shown); }
    /// Labels listener l's shown tracks from the events of their finished session (an
    /// impression of the track at its position followed by a stream = 1, any other impression
    /// = 0; a queued track that was never shown has no row) and forgets them.
    void labelSession(ListenerId l, const events::Event *events, std::size_t count);
    /// Reads one listener's rows of the closing day: `rows` rows of kFeatureCount features
    /// and their labels.
    using RowReader
        = std::function<void(const float *features, const float *labels, std::size_t rows)>;
    /// End of day `day`: shows every listener's rows, in listener order, to `read` (the
    /// policies' daily learning reads every row where it lies: a day of rows is ~700 MB at 1M
    /// listeners, too much to copy into one array), keeps a sample of at most
    /// dailyRowBudget(maxRows, windowDays) of them in the training window (every stride-th
    /// row of the day, so the sample spreads evenly over the listeners), gives the rows back,
    /// drops days older than `windowDays`, and returns the day's off-policy tally. Why a
    /// sample per day: the ranker reads at most maxRows rows, and keeping the whole window
    /// held ~9 M rows at 100k listeners to read 50,000 of them (docs/pipeline.md).
    events::OffPolicyTally endDay(
        Day day, int windowDays, int maxRows, const RowReader &read = nullptr);

    /// Rows a day keeps in the training window: maxRows / windowDays (at least 1), so that a
    /// full window holds at most maxRows rows and the ranker trains on all of them. (With
    /// maxRows < windowDays, possible at the schema's extremes, each day keeps one row and
    /// trainingRows() subsamples the window down to maxRows.)
    static std::size_t dailyRowBudget(int maxRows, int windowDays);

    /// Every row in the window, or a deterministic subsample (every stride-th row) when there
    /// are more than maxRows (after ranker.max_rows or window_days changed live).
    /// `propensities`, when given, receives each row's logged propensity (same rows).
    void trainingRows(int maxRows, std::vector<float> &features, std::vector<float> &labels,
        std::vector<float> *propensities = nullptr) const;
    /// Rows in the training window.
    std::size_t windowRowCount() const;

    /// Days in the training window (at most ranker.window_days).
    std::size_t windowDayCount() const { return m_window.size(); }
    /// Entries the per-listener buffers can hold (pending, features, labels, propensities
    /// capacities, summed): 0 after endDay() when no session is open, whatever came before.
    std::size_t bufferedCapacity() const;
    /// Heap bytes of the training window alone (the rest of memoryBytes() is per-listener
    /// buffers of the day).
    std::size_t windowBytes() const;
    /// Heap bytes held (vector capacities), for the memory accounting of bench_pipeline.
    std::size_t memoryBytes() const;

private:
    struct ListenerLog
    {
        std::vector<Shown> pending; ///< shown, outcome not yet seen
        std::vector<float> features; ///< today's labelled rows
        std::vector<float> labels;
        std::vector<float> propensities;
        events::OffPolicyTally ope;
    };
    struct TrainingDay
    {
        Day day = 0;
        std::vector<float> features;
        std::vector<float> labels;
        std::vector<float> propensities;
        /// Heap bytes held (capacities).
        std::size_t bytes() const;
    };
    std::vector<ListenerLog> m_listeners;
    std::deque<TrainingDay> m_window; ///< each day's sample (dailyRowBudget rows at most)
};

/// Clipped inverse-propensity weights of training rows (ranker.ips_weighting): w = min(1/p,
/// clip) for each logged propensity p in (0, 1], so a row the logger was unlikely to show counts
/// for the rows it stands in for, but never more than `clip` (>= 1) rows (Ionides 2008: the
/// clip trades a little bias for bounded variance). Out-of-range p (<= 0, NaN) get `clip`.
void ipsWeights(const std::vector<float> &propensities, double clip, std::vector<float> &out);

} // namespace td::recsys
