// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "events/catalogview.h"
#include "events/event.h"
#include "events/types.h"

#include <array>
#include <cstdint>
#include <vector>

namespace td::recsys {

/// Features of the value model (docs/policies.md, "Objectives"), in this order. The first
/// kValueItemFeatureCount depend on the track served; the rest describe the listener and the
/// request only (they set the listener's baseline and are the same for every candidate).
enum ValueFeature : int {
    kValStream, ///< the ranker's stream probability σ(logit); 0 before the ranker is trained
    kValNewArtist, ///< 1 if the listener has no positive evidence on the track's artist
    kValDiscovery, ///< new artist × stream probability: the chance of a first artist stream
    kValArtistRepeat, ///< share of the listener's last kRecentStreams streams by this artist
    kValSubgenreRepeat, ///< share of them with this sub-genre label (no label: 0)
    kValUncertainty, ///< the candidate's model uncertainty (Candidate::uncertainty)
    kValActiveDays, ///< share of the last 7 days on which the listener had a session
    kValHistory, ///< log(1 + streams the service has seen from the listener) / 5
    kValContextCommute, ///< the inferred context, one-hot (none: all 0)
    kValContextFocus,
    kValContextWorkout,
    kValContextEvening,
    kValContextSleep,
    kValueFeatureCount
};
inline constexpr int kValueItemFeatureCount = kValUncertainty + 1;
const char *valueFeatureName(int feature);

using ValueRow = std::array<float, kValueFeatureCount>;

/// What the service has observed of each listener for the value model: the artists and
/// sub-genre labels of their last streams (recommended or organic), how many streams it has
/// seen, and on which of the last 7 days they had a session. Observable only (the event log).
///
/// Threading: recordSession() touches listener l only (its worker); endDay() and resize()
/// run on the engine thread between days.
class ListenerHistory
{
public:
    static constexpr int kRecentStreams = 32;

    void resize(std::size_t listeners);
    /// The streams of one finished session of listener l.
    void recordSession(ListenerId l, const events::Event *events, std::size_t count,
        const events::ObservableCatalog &catalog);
    /// End of a day: `active[l]` says whether l had any event that day.
    void endDay(const std::vector<std::uint8_t> &active);

    /// Fills the features of serving `track` to listener l (see ValueFeature).
    void features(ListenerId l, TrackId track, float streamProbability, bool newArtist,
        float uncertainty, events::Context context, const events::ObservableCatalog &catalog,
        ValueRow &out) const;

private:
    struct Listener
    {
        std::array<ArtistId, kRecentStreams> artists {};
        std::array<GenreId, kRecentStreams> subgenres {};
        std::uint8_t count = 0; ///< valid entries
        std::uint8_t next = 0; ///< ring position of the next stream
        std::uint8_t activeMask = 0; ///< bit k: a session k + 1 days ago
        std::uint32_t streams = 0;
    };
    std::vector<Listener> m_listeners;
};

} // namespace td::recsys
