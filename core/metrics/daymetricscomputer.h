// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/event.h"
#include "events/recommender.h"
#include "metrics/certainty.h"
#include "metrics/daymetrics.h"
#include "metrics/diversity.h"
#include "metrics/feedbackloop.h"
#include "metrics/listenerpanel.h"
#include "world/daycounters.h"
#include "world/world.h"

#include <cstdint>
#include <vector>

namespace td::metrics {

/// Computes every per-day metric of metricCatalog() (docs/metrics.md) once per simulated
/// day, and holds the rolling state the windowed metrics need (7-day stream windows of a
/// listener panel, recent exposure, popularity ranks of the released catalogue, the panel's
/// state at the start of the day for slate regret).
///
/// Reads the truth (the world) and the recommender (the pipeline's model, when there is one);
/// changes neither. Deterministic: single-threaded, sampled quantities drawn from
/// base::Rng(seed, Purpose::Metrics, ...) streams, sums in listener/event order, so the
/// numbers do not depend on the engine's thread count.
///
/// Thread affinity: the engine's thread, after the day's events are merged and the
/// recommender's endDay() has run.
class DayMetricsComputer
{
public:
    static constexpr int kWindowDays = 7; ///< window of coverage and the panel metrics
    static constexpr std::size_t kJaccardPairs = 2000; ///< sampled listener pairs
    static constexpr std::size_t kProbeListeners = 200; ///< listeners per model-truth sample
    static constexpr std::size_t kProbeTracks = 50; ///< fixed probe tracks per listener
    static constexpr int kNewArtistDays = 30; ///< "new artist": debut within this many days
    static constexpr double kHeadPercentile = 0.8; ///< top 20 % by true appeal = the head
    static constexpr std::size_t kMinSlates = 32; ///< slates judged against the oracle, at
    static constexpr std::size_t kMaxSlates = 200; ///< least / most per day, within
    static constexpr double kSlateBudget = 1.5e7; ///< track scorings per day

    /// Seconds spent per metric family, summed over the computed days (for cost reports).
    struct Timing
    {
        double engagement = 0.0;
        double events = 0.0; ///< the pass over the day's events (popularity, exposure)
        double feedback = 0.0;
        double diversity = 0.0;
        double slates = 0.0; ///< regret, precision, NDCG (oracle per sampled slate)
        double total = 0.0;
        double cpu = 0.0; ///< process CPU seconds inside compute() (std::clock)
        int days = 0;
    };

    /// `world` must outlive the computer. Takes the panel's first state snapshot, so
    /// construct it before the first day is simulated.
    DayMetricsComputer(const world::World &world, std::uint64_t seed);
    /// With TD_METRICS_TIMING set in the environment, prints timing() to stderr.
    ~DayMetricsComputer();
    DayMetricsComputer(const DayMetricsComputer &) = delete;
    DayMetricsComputer &operator=(const DayMetricsComputer &) = delete;

    /// Fills `out` for `day` from the merged counters, the day's events (in the engine's
    /// deterministic order) with each event's true context (`contexts`, parallel to `events`:
    /// the truth the recommender never saw) and the recommender after its endDay().
    void compute(Day day, const world::DayCounters &counters, std::size_t arrivals,
        const std::vector<events::Event> &events, const std::vector<events::Context> &contexts,
        const events::Recommender &recommender, DayMetrics &out);

    const Timing &timing() const { return m_timing; }

private:
    /// One Home slate reconstructed from consecutive Impression events (positions 0..K−1).
    struct HomeSlate
    {
        ListenerId listener = 0;
        events::Context context = events::Context::None;
        std::size_t first = 0; ///< offset in m_slateTracks
        std::size_t count = 0;
    };

    /// Per panel member: the distinct tracks of its window's streams of one source (sorted)
    /// and their stream counts.
    struct SourceWindows
    {
        std::vector<std::vector<TrackId>> tracks;
        std::vector<std::vector<double>> counts;
    };

    void scanEvents(Day day, const std::vector<events::Event> &events,
        const std::vector<events::Context> &contexts, DayMetrics &out);
    void buildWindowSets();
    /// Mean GS score over the panel members of `windows` with at least two streams (NaN if
    /// none): gs_score's definition on windows restricted to one source.
    double meanGsScore(const SourceWindows &windows) const;
    void feedbackLoop(Day day, const events::ModelProbe *model, DayMetrics &out);
    void modelTruth(Day day, const events::ModelProbe &model, DayMetrics &out);
    void diversity(Day day, DayMetrics &out);
    void slateTruth(Day day, DayMetrics &out);
    void probeTracks(ListenerId l, std::vector<TrackId> &out) const;
    /// Mean Spearman(predicted, true utility) over `listeners` on their probe tracks (NaN if
    /// undefined for all of them).
    double meanProbeSpearman(
        const std::vector<ListenerId> &listeners, const events::ModelProbe &model, Day day);

    const world::World &m_world;
    std::uint64_t m_seed;
    double m_ltv = 0.0;
    PopularityRanks m_ranks;
    ExposureWindow m_exposure;
    ListenerPanel m_panel;
    SlateTruth m_slateTruth;
    std::vector<TrackId> m_probePool; ///< tracks released before the run (probe candidates)

    // Per-day scratch, reused.
    std::vector<std::uint32_t> m_trackCounts; ///< per track; zero outside a computation
    std::vector<TrackId> m_touched;
    std::vector<HomeSlate> m_slates;
    std::vector<TrackId> m_slateTracks;
    /// Per panel member: distinct tracks streamed in the window (sorted) and their counts.
    std::vector<std::vector<TrackId>> m_windowTracks;
    std::vector<std::vector<double>> m_windowCounts;
    /// The same, counting only the streams of one source (gs_score_organic, gs_score_rec).
    SourceWindows m_organicWindows;
    SourceWindows m_recWindows;
    Timing m_timing;
};

} // namespace td::metrics
