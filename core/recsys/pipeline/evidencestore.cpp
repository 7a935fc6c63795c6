// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/evidencestore.h"

#include "base/capacitybytes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::recsys {

using events::Action;
using events::Surface;

namespace {

/// The first of `n` elements sorted by keyOf() whose key is not below `key` (or data + n), by
/// a branch-free binary search: every candidate of every request looks up its track and its
/// artist in the listener's sorted rows, and std::lower_bound's branches on random keys
/// mispredict about every other step.
template<typename T, typename Key, typename KeyOf>
const T *firstNotBelow(const T *data, std::size_t n, Key key, KeyOf keyOf)
{
    if (n == 0)
        return data;
    const T *base = data;
    while (n > 1) {
        const std::size_t half = n / 2;
        // The first element at or above key lies in [base, base + n]; halve that range.
        base = keyOf(base[half]) < key ? base + half : base;
        n -= half;
    }
    return base + (keyOf(*base) < key ? 1 : 0);
}

} // namespace

void EvidenceStore::setParams(const ConfidenceParams &params)
{
    m_params = params;
    m_logDecayPerDay = std::log(0.5) / params.halfLifeDays;
    m_decayByGap.resize(kDecayTableDays);
    m_decayByGap[0] = 1.0;
    for (Day gap = 1; gap < kDecayTableDays; ++gap)
        m_decayByGap[std::size_t(gap)] = decayByExp(gap);
}

void EvidenceStore::resize(std::size_t listeners)
{
    if (listeners <= m_pairs.size())
        return;
    m_pairs.resize(listeners);
    std::array<ArtistId, kFollowSlots> noFollow;
    noFollow.fill(0xFFFFFFFFu);
    m_follows.resize(listeners, noFollow);
    std::array<ArtistId, kBlockSlots> noBlock;
    noBlock.fill(0xFFFFFFFFu);
    m_blocks.resize(listeners, noBlock);
    m_artistMass.resize(listeners);
    m_artistDay.resize(listeners, 0);
}

const TrackEvidence *EvidenceStore::find(ListenerId l, TrackId t) const
{
    const auto &v = m_pairs[l];
    const TrackEvidence *it
        = firstNotBelow(v.data(), v.size(), t, [](const TrackEvidence &e) { return e.track; });
    return it != v.data() + v.size() && it->track == t ? it : nullptr;
}

void EvidenceStore::confidence(
    const TrackEvidence &e, Day day, float &preference, float &confidence) const
{
    const double f = decay(e.lastDay, day);
    const double net = f * (double(e.positive) - double(e.negative));
    preference = net > 0.0 ? 1.0f : 0.0f;
    confidence = float(1.0 + m_params.alpha * std::abs(net));
}

void EvidenceStore::record(const events::Event &e, ArtistId artist, float focusShare)
{
    double positive = 0.0, negative = 0.0;
    switch (e.action) {
    case Action::Stream:
        positive = m_params.stream;
        break;
    case Action::Replay:
        positive = m_params.replay;
        break;
    case Action::Save:
        positive = m_params.save;
        break;
    case Action::PlaylistAdd:
        positive = m_params.playlistAdd;
        break;
    case Action::FollowArtist: {
        positive = m_params.follow;
        auto &f = m_follows[e.listener];
        if (std::find(f.begin(), f.end(), artist) == f.end()) {
            std::rotate(f.rbegin(), f.rbegin() + 1, f.rend());
            f[0] = artist;
        }
        break;
    }
    case Action::BlockArtist: {
        auto &b = m_blocks[e.listener];
        if (std::find(b.begin(), b.end(), artist) == b.end()) {
            std::rotate(b.rbegin(), b.rbegin() + 1, b.rend());
            b[0] = artist;
        }
        return;
    }
    case Action::Skip: {
        // Negative evidence: weak while browsing, strong when the listener is focused.
        double surface = m_params.skipBrowse;
        if (e.surface == Surface::Radio)
            surface = m_params.skipRadio;
        else if (e.surface == Surface::Organic)
            surface = m_params.skipOrganic;
        negative = double(focusShare) * m_params.skipFocus + (1.0 - double(focusShare)) * surface;
        break;
    }
    case Action::Impression:
    case Action::Cancel:
        return;
    }

    auto &v = m_pairs[e.listener];
    auto it = std::lower_bound(
        v.begin(), v.end(), e.track, [](const TrackEvidence &x, TrackId t) { return x.track < t; });
    if (it == v.end() || it->track != e.track) {
        TrackEvidence fresh;
        fresh.track = e.track;
        fresh.lastDay = e.day;
        if (v.size() == v.capacity()) {
            // Grow by a quarter, not the library's doubling: the evidence is the state that
            // keeps growing all run (a pair stays weighed for months), and doubling leaves a
            // third of it empty on average. Same pairs, same order.
            const auto at = it - v.begin();
            v.reserve(v.size() + std::max<std::size_t>(4, v.size() / 4));
            it = v.begin() + at;
        }
        it = v.insert(it, fresh);
    }
    const float f = float(decay(it->lastDay, e.day));
    it->positive = it->positive * f + float(positive);
    it->negative = it->negative * f + float(negative);
    it->positiveRecommended = it->positiveRecommended * f
        + (e.source == events::Source::Recommended ? float(positive) : 0.0f);
    it->lastDay = e.day;
    if (e.action == Action::Stream || e.action == Action::Skip)
        it->lastPlayDay = e.day;
    if (e.action == Action::Skip)
        it->lastSkipDay = e.day;

    if (positive > 0.0) {
        auto &mass = m_artistMass[e.listener];
        const float g = float(decay(m_artistDay[e.listener], e.day));
        if (g != 1.0f) {
            for (auto &m : mass)
                m.second *= g;
            m_artistDay[e.listener] = e.day;
        }
        // Kept sorted by artist: every candidate of every request looks its artist up.
        auto a = std::lower_bound(mass.begin(), mass.end(), artist,
            [](const std::pair<ArtistId, float> &m, ArtistId x) { return m.first < x; });
        if (a == mass.end() || a->first != artist)
            mass.emplace(a, artist, float(positive));
        else
            a->second += float(positive);
    }
}

bool EvidenceStore::follows(ListenerId l, ArtistId a) const
{
    const auto &f = m_follows[l];
    return std::find(f.begin(), f.end(), a) != f.end();
}

bool EvidenceStore::blocked(ListenerId l, ArtistId a) const
{
    const auto &b = m_blocks[l];
    return std::find(b.begin(), b.end(), a) != b.end();
}

float EvidenceStore::artistAffinity(ListenerId l, ArtistId a, Day day) const
{
    const auto &v = m_artistMass[l];
    const auto *it = firstNotBelow(
        v.data(), v.size(), a, [](const std::pair<ArtistId, float> &m) { return m.first; });
    if (it == v.data() + v.size() || it->first != a)
        return 0.0f;
    return float(it->second * decay(m_artistDay[l], day));
}

double EvidenceStore::selfCausedShare(Day day) const
{
    double caused = 0.0, total = 0.0;
    for (const auto &v : m_pairs) {
        for (const auto &e : v) {
            if (e.positive <= 0.0f)
                continue;
            float p = 0.0f, c = 0.0f;
            confidence(e, day, p, c);
            const double mass = double(c) - 1.0;
            total += mass;
            caused += mass * double(e.positiveRecommended) / double(e.positive);
        }
    }
    return total > 0.0 ? caused / total : std::numeric_limits<double>::quiet_NaN();
}

void EvidenceStore::prune(Day day, int skipWindowDays, float epsilon)
{
    // The skip filter removes a track while request day − lastSkipDay < skipWindowDays, and
    // requests come on `day` or later: a pair whose last skip is at most that old must stay.
    const int keepSkipped = std::max(kMinSkipKeepDays, skipWindowDays);
    for (auto &v : m_pairs) {
        v.erase(std::remove_if(v.begin(), v.end(),
                    [&](const TrackEvidence &e) {
                        const double f = decay(e.lastDay, day);
                        return f * (e.positive + e.negative) < epsilon
                            && day - e.lastSkipDay > keepSkipped;
                    }),
            v.end());
    }
}

void EvidenceStore::forgetOutsideWindow(
    Day day, int windowDays, int skipWindowDays, int heardWindowDays)
{
    // The filters' tests (filterrules.cpp) are day − last < window: a pair is still read while
    // that holds, so it stays until both are false.
    for (auto &v : m_pairs) {
        v.erase(std::remove_if(v.begin(), v.end(),
                    [&](const TrackEvidence &e) {
                        return day - e.lastDay > windowDays && day - e.lastSkipDay >= skipWindowDays
                            && day - e.lastPlayDay >= heardWindowDays;
                    }),
            v.end());
        // Give back what the window freed. Otherwise each vector keeps the capacity of the
        // listener's busiest window for the rest of the run: at 100k × 50k with a 28-day
        // window that was 1.7× the pairs by day 59, a third of the store's memory.
        if (v.capacity() > v.size() + v.size() / 2 + 8) {
            std::vector<TrackEvidence> shrunk;
            shrunk.reserve(v.size() + v.size() / 4);
            shrunk.assign(v.begin(), v.end());
            v.swap(shrunk);
        }
    }
}

std::size_t EvidenceStore::pairCount() const
{
    std::size_t n = 0;
    for (const auto &v : m_pairs)
        n += v.size();
    return n;
}

std::size_t EvidenceStore::memoryBytes() const
{
    return base::capacityBytes(m_pairs) + base::capacityBytes(m_follows)
        + base::capacityBytes(m_blocks) + base::capacityBytes(m_artistMass)
        + base::capacityBytes(m_artistDay);
}

} // namespace td::recsys
