// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/valuefeatures.h"

#include <cmath>

namespace td::recsys {

const char *valueFeatureName(int feature)
{
    static constexpr std::array<const char *, kValueFeatureCount> names { "stream_probability",
        "new_artist", "discovery", "artist_repeat", "subgenre_repeat", "uncertainty", "active_days",
        "history", "context_commute", "context_focus", "context_workout", "context_evening",
        "context_sleep" };
    return feature >= 0 && feature < kValueFeatureCount ? names[std::size_t(feature)] : "?";
}

void ListenerHistory::resize(std::size_t listeners)
{
    if (m_listeners.size() < listeners)
        m_listeners.resize(listeners);
}

void ListenerHistory::recordSession(ListenerId l, const events::Event *events, std::size_t count,
    const events::ObservableCatalog &catalog)
{
    Listener &h = m_listeners[l];
    for (std::size_t i = 0; i < count; ++i) {
        const events::Event &e = events[i];
        if (e.action != events::Action::Stream || e.track == kNoTrack)
            continue;
        h.artists[h.next] = catalog.artist[e.track];
        h.subgenres[h.next] = catalog.subgenreLabel[e.track];
        h.next = std::uint8_t((h.next + 1) % kRecentStreams);
        if (h.count < kRecentStreams)
            ++h.count;
        ++h.streams;
    }
}

void ListenerHistory::endDay(const std::vector<std::uint8_t> &active)
{
    for (std::size_t l = 0; l < m_listeners.size(); ++l) {
        const bool today = l < active.size() && active[l];
        m_listeners[l].activeMask
            = std::uint8_t(((m_listeners[l].activeMask << 1) | (today ? 1 : 0)) & 0x7F);
    }
}

void ListenerHistory::features(ListenerId l, TrackId track, float streamProbability, bool newArtist,
    float uncertainty, events::Context context, const events::ObservableCatalog &catalog,
    ValueRow &out) const
{
    const Listener &h = m_listeners[l];
    const ArtistId artist = catalog.artist[track];
    const GenreId subgenre = catalog.subgenreLabel[track];
    int sameArtist = 0, sameSubgenre = 0;
    for (int i = 0; i < h.count; ++i) {
        sameArtist += h.artists[std::size_t(i)] == artist;
        sameSubgenre += subgenre >= 0 && h.subgenres[std::size_t(i)] == subgenre;
    }
    out.fill(0.0f);
    out[kValStream] = streamProbability;
    out[kValNewArtist] = newArtist ? 1.0f : 0.0f;
    out[kValDiscovery] = newArtist ? streamProbability : 0.0f;
    out[kValArtistRepeat] = float(sameArtist) / float(kRecentStreams);
    out[kValSubgenreRepeat] = float(sameSubgenre) / float(kRecentStreams);
    out[kValUncertainty] = uncertainty;
    int activeDays = 0;
    for (int b = 0; b < 7; ++b)
        activeDays += (h.activeMask >> b) & 1;
    out[kValActiveDays] = float(activeDays) / 7.0f;
    out[kValHistory] = float(std::log1p(double(h.streams))) / 5.0f;
    if (context != events::Context::None)
        out[std::size_t(kValContextCommute + int(context) - 1)] = 1.0f;
}

} // namespace td::recsys
