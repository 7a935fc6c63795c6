// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/event.h"
#include "events/recommender.h"
#include "recsys/context/observationtally.h"
#include "recsys/context/softmaxregression.h"

#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace td::recsys {

class StandardisedFeatures;

/// The service's inference of the listening context (docs/pipeline.md, "Inferring the
/// context"). A request never says what the listener is doing; the service guesses from what it
/// can observe and learns from its own logs, with no label ever given:
///
/// - **Prior**: a multinomial logistic model P(context | hour of day × weekday/weekend,
///   device) (SoftmaxRegression over one-hot features: 24 hours for weekdays, 24 for weekends,
///   4 devices, a bias).
/// - **Listening evidence**: what a context sounds like, as a shift δ_c of the streamed tracks'
///   standardised audio features away from the listener's usual profile; per feature a
///   Gaussian with variance σ². The shifts start from editorial prototypes (the service knows
///   that workout music is energetic and fast, sleep music quiet and acoustic: a product
///   taxonomy, not anyone's labels) and are refined from the logs.
/// - **A request**: belief ∝ prior × likelihood of the streams earlier in the same session
///   (RecRequest::session). **A finished session**: the same with all its streams; that
///   posterior is the session's soft label. At the end of each day the prior is refitted
///   (Newton) and the shifts re-estimated (a MAP step anchored to the prototypes) on the soft
///   labels of the last kWindowDays: expectation–maximisation over the service's own logs.
///
/// Threading: infer() and learnSession() run on the listener's worker (learnSession writes
/// only that listener's buffer); endDay() on the engine thread between days.
class ContextModel
{
public:
    static constexpr int kModes = events::kContextCount - 1; ///< Commute … Sleep
    static constexpr int kWindowDays = 14;
    using Belief = std::array<float, kModes>; ///< P(Commute), …, P(Sleep)

    ContextModel();

    /// The observation of a session or request: weekday, local hour, device.
    static SoftmaxRegression::Row observe(int weekday, float hour, events::Device device);
    /// The most likely context of a belief (ties: the first); Context::None for an all-zero one.
    static events::Context mostLikely(const Belief &belief);

    void resize(std::size_t listeners);
    /// Belief about the context of `request`. `profile`: the listener's all-contexts content
    /// profile (standardised features), null when they have none; `features`: the catalogue.
    Belief infer(const events::RecRequest &request, const float *profile,
        const StandardisedFeatures &features) const;
    /// The posterior of a finished session of listener l (its events, in order); kept as a
    /// training row when the session streamed at least one track.
    Belief learnSession(ListenerId l, const events::Event *events, std::size_t count,
        const float *profile, const StandardisedFeatures &features);
    /// End of day: refits the prior and the shifts on the window (this day's rows in listener
    /// order appended).
    void endDay(Day day);

    const SoftmaxRegression &prior() const { return m_prior; }
    /// The current shift of a context (kAudioFeatureCount standardised units).
    const float *shift(int mode) const { return m_shift[std::size_t(mode)].data(); }

    /// Days of rows in the learning window (at most kWindowDays).
    std::size_t windowDayCount() const { return m_window.size(); }
    /// Rows and targets the per-listener buffers can hold, plus one per listener holding
    /// shift statistics: 0 after endDay(), whatever came before.
    std::size_t bufferedCapacity() const;
    /// Heap bytes held (vector capacities), for the memory accounting of bench_pipeline.
    std::size_t memoryBytes() const;

private:
    using Features = std::array<float, events::kAudioFeatureCount>;
    /// Sufficient statistics of the shifts: per mode Σq·n, Σq·Σd, and per feature Σq·(d−δ)².
    struct ShiftStats
    {
        std::array<double, kModes> weight {};
        std::array<std::array<double, events::kAudioFeatureCount>, kModes> sum {};
        std::array<double, events::kAudioFeatureCount> squares {};
        double streams = 0.0;
        void add(const ShiftStats &o);
    };
    struct Buffer
    {
        std::vector<SoftmaxRegression::Row> rows;
        std::vector<float> targets; ///< rows × kModes
        /// Today's shift statistics, allocated by the listener's first labelled session of
        /// the day: inline they were 480 B for every listener (~0.5 GB at 1M), busy or not.
        std::unique_ptr<ShiftStats> stats;
    };
    /// One day of the window: its rows merged by observation (a few hundred at most, whatever
    /// the listener count) and its shift statistics.
    struct WindowDay
    {
        Day day = 0;
        ObservationTally rows { kModes };
        ShiftStats stats;
    };

    /// Adds each mode's log-likelihood of one streamed track to `logLikelihood`.
    void addStream(const float *track, const float *profile, double *logLikelihood) const;
    static Belief normalise(const double *prior, const double *logLikelihood);

    SoftmaxRegression m_prior;
    std::array<Features, kModes> m_prototype {}; ///< editorial shifts (the MAP anchor)
    std::array<Features, kModes> m_shift {}; ///< current shifts δ_c
    Features m_variance {}; ///< σ² per feature
    std::vector<Buffer> m_buffers; ///< per listener, today
    std::deque<WindowDay> m_window;
};

} // namespace td::recsys
