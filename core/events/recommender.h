// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "base/rng.h"
#include "events/catalogview.h"
#include "events/diagnostics.h"
#include "events/event.h"
#include "events/trace.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::events {

/// What the session so far looks like to the service: counts, and the last plays of this
/// session in order (the service played them; it sees their outcome when they end). Fixed
/// size, so a request never allocates.
struct SessionSoFar
{
    static constexpr int kRecent = 8;
    struct Play
    {
        TrackId track = kNoTrack;
        float listenSeconds = 0.0f; ///< how long it played
        bool skipped = false; ///< stopped before 30 s
    };
    std::uint16_t plays = 0; ///< tracks played in this session before this request
    std::uint16_t skips = 0; ///< of which skipped (< 30 s)
    std::uint8_t recentCount = 0; ///< valid entries of `recent`, oldest first
    std::array<Play, kRecent> recent {};
};

/// One request to the recommender: who, when, on what, where, how many. Only observable
/// fields (the contract of docs/architecture.md §3 and docs/cli.md): the listener's true
/// listening context is not among them; a recommender that wants it must infer it.
struct RecRequest
{
    ListenerId listener = 0;
    Day day = 0;
    std::uint8_t weekday = 0; ///< 0 = Monday … 6 = Sunday (weekdayOf(day))
    /// Local time in hours from the start of `day`, as Event::hour: in [0, 24) when a session
    /// starts (its integer part the clock hour 0–23), 24 and more later in a session that runs
    /// past midnight (it keeps its day). The context model reads hours past 23 as hour 23.
    float hour = 12.0f;
    Surface surface = Surface::Home;
    Device device = Device::Phone;
    int k = 20; ///< slate size (1 for radio)
    bool explicitAllowed = true; ///< the listener's explicit-content setting
    TrackId lastPlayed = kNoTrack; ///< what the client is playing now (radio seeds)
    std::uint32_t requestIndex = 0; ///< n-th request of this listener today
    std::uint32_t sessionIndex = 0; ///< n-th session of this listener today
    /// Radio: n-th track of the session (0 = the station starts); 0 for slates.
    std::uint32_t positionInSession = 0;
    SessionSoFar session; ///< plays and skips earlier in this session
    /// An inspection request (inspector, `tastedrift-cli inspect`): the recommender answers and
    /// traces as usual but keeps no trace of it in its state (no pending impression, funnel).
    bool inspectOnly = false;
};

/// One shown track.
struct SlateEntry
{
    TrackId track = kNoTrack;
    float score = 0.0f;
    float propensity = 1.0f; ///< marginal P(track at this position) under the policy
    std::uint8_t candidateSource = 0;
    std::uint8_t explored = 0;
};

/// The answer to a request. Callers keep one Slate per worker and reuse its capacity.
struct Slate
{
    std::vector<SlateEntry> items;
    std::uint8_t policy = 0;
    /// Off-policy truth (Home slates of the pipeline only, else empty): one draw of the slate
    /// the evaluation target policy (metrics.ope.target) would have shown on this request. The
    /// world scores it with the true response model but never shows it (metric ope_truth).
    std::vector<TrackId> targetSlate;
    /// Off-policy evaluation (pipeline slates logged by a stochastic policy only, else empty):
    /// per item, the marginal probability that the target policy metrics.ope.target shows that
    /// track at that position on this request; items[i].propensity is the logging policy's.
    /// Their ratio is the importance weight of ope_ips (docs/metrics.md). Read by the logged
    /// feedback of the Python module (Simulation.logged_feedback()).
    std::vector<double> targetPropensities;
    /// The listening context the recommender believes the request is in (its most likely
    /// inferred context), Context::None when it infers none. Read by the engine's metrics
    /// (context_inference_accuracy), never by the world's response.
    Context inferredContext = Context::None;
    void clear()
    {
        items.clear();
        targetSlate.clear();
        targetPropensities.clear();
        inferredContext = Context::None;
    }
};

/// What the recommender is told about the population at the start of a day (observable).
struct PopulationView
{
    std::size_t listenerCount = 0; ///< ids are 0 .. listenerCount-1 (arrivals appended)
};

/// What a recommender's belief about a listener rests on, per listening context.
enum class BeliefBasis : std::uint8_t {
    None, ///< no belief (the recommender keeps none, or none yet about this listener)
    Collaborative, ///< its collaborative model: mean features of its top tracks by CF score
    ContentProfile, ///< its content profile of the listener in this very context
};

/// A recommender's belief about one listener's taste, per context (Context order), in
/// audio-feature terms: AudioFeature order, raw units (unit features 0..1, tempo in BPM,
/// loudness in dB), so that it compares with tracks and with the listener's true taste.
struct TasteBeliefs
{
    /// Tracks averaged for a BeliefBasis::Collaborative belief.
    static constexpr int kTopTracks = 50;
    std::array<BeliefBasis, kContextCount> basis {};
    std::array<std::array<double, kAudioFeatureCount>, kContextCount> features {};
};

/// For recommenders without a candidate pipeline (the baselines): records every shown track
/// of `slate` as a trace candidate at its position, with its score and propensity, so the
/// inspector lists their slates like the pipeline's. `source` names where the tracks came
/// from (e.g. "uniform", "chart", "true utility").
void traceShownSlate(const Slate &slate, const char *source, RequestTrace &trace);

/// The boundary between world and recommender (docs/architecture.md §1): requests in, slates out,
/// events back. Implementations see only observable data.
///
/// Threading and determinism contract:
/// - beginDay() and endDay() run on the engine thread, alone; shared model state may change
///   only there (it is frozen during the day).
/// - recommend() and endSession() are called concurrently for different listeners, never
///   concurrently for the same listener; they may change only that listener's own state.
/// - Every random draw comes from the `policyRng` passed in, which is the listener's own
///   stream for the day, so results do not depend on thread scheduling.
class Recommender
{
public:
    virtual ~Recommender();

    /// Short name used in CSV/JSON and traces, e.g. "popular".
    virtual const char *name() const = 0;

    /// Start of day `day`: tracks with releaseDay <= day are available.
    virtual void beginDay(
        Day day, const ObservableCatalog &catalog, const PopulationView &population)
        = 0;

    /// Fill `out` with up to req.k tracks. `trace`, if not null, receives the per-stage record.
    virtual void recommend(
        const RecRequest &req, base::Rng &policyRng, Slate &out, RequestTrace *trace)
        = 0;

    /// The events of one finished session of one listener (fold-in hook). Default: nothing.
    virtual void endSession(ListenerId listener, const Event *events, std::size_t count);

    /// All events of the day, in deterministic (listener, time) order. Retraining happens here.
    virtual void endDay(Day day, const std::vector<Event> &events) = 0;

    /// Inspection hook: what the recommender believes about `listener`'s taste (see
    /// TasteBeliefs). Engine thread, between days; read-only and draws no random numbers, so
    /// an inspected run gives the same numbers as an uninspected one. Returns false when the
    /// recommender keeps no beliefs about listeners at all (the default: random, popular,
    /// oracle); true otherwise, with BeliefBasis::None in the contexts it knows nothing about.
    virtual bool tasteBeliefs(ListenerId listener, TasteBeliefs &out) const;

    /// What happened inside the recommender on the last completed day (funnel, off-policy
    /// tallies, timings). Engine thread, between days. Default: all empty.
    virtual const RecommenderDiagnostics &diagnostics() const;

    /// The recommender's learned model for metrics and inspection, or null when it keeps none
    /// (the default: random, popular, oracle).
    virtual const ModelProbe *modelProbe() const { return nullptr; }
};

} // namespace td::events
