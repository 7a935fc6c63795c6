// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/event.h"
#include "recsys/pipeline/logisticranker.h"
#include "recsys/pipeline/valuefeatures.h"

#include <array>
#include <cstdint>
#include <deque>
#include <vector>

namespace td::recsys {

/// The learned long-term value of objective = retention (docs/policies.md, "Objectives"): a
/// logistic regression (LogisticRanker's trainer) that predicts, from what was served and the
/// listener's observable state (ValueFeature), whether the listener stays:
///
///     label(l, r) = 1  iff  l has an event on at least one of days r+1 … r+7
///                           and no Cancel event on days r … r+7
///
/// Rows are examined Home impressions (shown, then streamed or skipped) of day r: an impression
/// the listener never looked at cannot have changed their week, and would only add noise. A
/// row's label is known at the end of day r + 7, so the model trained at the end of day d
/// reads rows of days d−7−kTrainingDays+1 … d−7 and events of days ≤ d only (trainAt()).
///
/// Uplift of a candidate: η(x) − η(x̄), with η the model's logit and x̄ = x with the item
/// features (the first kValueItemFeatureCount) replaced by their means over the training
/// rows: how much serving this track rather than the average served track moves the
/// predicted log-odds that the listener stays. Log-odds, not probabilities: nearly every
/// listener stays in any one week (p ≈ 0.98), where probability differences vanish
/// (σ' = p(1 − p)) while a change of the log-odds of staying is about minus the relative
/// change of the risk of leaving.
///
/// Held-out calibration: at the end of day d, before retraining, the model of day d−1 (which
/// never saw them) predicts the rows of day d−7; every (prediction, label) pair is kept for
/// the reliability table (calibrationTable()).
///
/// Threading: addShown() and labelSession() touch listener l only (its worker); the rest runs
/// on the engine thread between days.
class ValueModel
{
public:
    static constexpr int kHorizonDays = 7; ///< the label's look-ahead
    static constexpr int kTrainingDays = 14; ///< labelled days of rows per fit

    void resize(std::size_t listeners);
    /// A Home impression served to l with its value features (before the session's outcome).
    void addShown(ListenerId l, TrackId track, std::uint16_t position, const ValueRow &row);
    /// Keeps l's examined Home impressions of this session as today's rows; forgets the rest.
    void labelSession(ListenerId l, const events::Event *events, std::size_t count);

    /// End of day `day`: stores today's rows (listener order) and who was active or cancelled
    /// (from the day's events), keeps the held-out calibration of day − 7, and trains at `day`.
    /// `active` receives, per listener, whether they had any event today.
    void endDay(Day day, const std::vector<events::Event> &events, std::size_t listeners,
        int maxRows, double l2, std::vector<std::uint8_t> &active);

    /// Building blocks of endDay(), public so that the no-future-leak test can record days
    /// beyond the training day: record one day's rows and activity...
    void recordDay(Day day, const std::vector<events::Event> &events, std::size_t listeners,
        std::vector<std::uint8_t> &active);
    /// ... and fit the model as of the end of day d (reads rows of days ≤ d − 7 and activity
    /// of days ≤ d only). Returns false (model kept) when there is nothing to learn from.
    bool trainAt(Day d, int maxRows, double l2);
    /// Drops what no future fit at a day > d will read.
    void forgetBefore(Day d);

    bool trained() const { return m_model.trained(); }
    const LogisticRanker &model() const { return m_model; }
    /// Mean of each item feature over the last fit's rows (the baseline x̄).
    const std::array<double, kValueItemFeatureCount> &itemMeans() const { return m_itemMeans; }
    /// Predicted probability that the listener stays, σ(η(x)).
    double predict(const ValueRow &row) const;
    /// η(x) − η(x̄) (log-odds); 0 while the model is untrained.
    double uplift(const ValueRow &row) const;

    /// One bin of the reliability table.
    struct CalibrationBin
    {
        double predicted = 0.0; ///< mean prediction in the bin
        double observed = 0.0; ///< share of label 1 in the bin
        std::size_t rows = 0;
    };
    /// The held-out (prediction, label) pairs of the run so far in `bins` equal-count bins by
    /// prediction (ties broken by arrival order), lowest predictions first.
    std::vector<CalibrationBin> calibrationTable(int bins) const;

    /// Days of stored rows and of stored activity (bounded by forgetBefore()).
    std::size_t rowDayCount() const { return m_rows.size(); }
    std::size_t activityDayCount() const { return m_activity.size(); }
    /// Held-out (prediction, label) pairs kept for calibrationTable(): every one of the run.
    std::size_t heldOutCount() const { return m_heldOut.size(); }
    /// Heap bytes held (vector capacities), for the memory accounting of bench_pipeline.
    std::size_t memoryBytes() const;

private:
    struct Pending
    {
        TrackId track = kNoTrack;
        std::uint16_t position = 0;
        ValueRow row {};
    };
    struct DayRows
    {
        Day day = 0;
        std::vector<ListenerId> listeners;
        std::vector<float> rows; ///< kValueFeatureCount floats per row
    };
    struct DayActivity
    {
        Day day = 0;
        std::vector<std::uint8_t> flags; ///< per listener: bit 0 active, bit 1 cancelled
    };
    /// 1/0 label of listener l's row of day r, from the stored activity of days r … r + 7.
    float label(ListenerId l, Day r) const;
    const DayActivity *activity(Day day) const;

    std::vector<std::vector<Pending>> m_pending; ///< per listener, this session
    std::vector<std::vector<Pending>> m_today; ///< per listener, examined rows of today
    std::deque<DayRows> m_rows;
    std::deque<DayActivity> m_activity;
    LogisticRanker m_model;
    std::array<double, kValueItemFeatureCount> m_itemMeans {};
    std::vector<std::pair<float, std::uint8_t>> m_heldOut; ///< (prediction, label)
};

} // namespace td::recsys
