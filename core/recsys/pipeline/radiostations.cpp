// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/radiostations.h"

#include "base/capacitybytes.h"

#include <algorithm>

namespace td::recsys {

void RadioStations::resize(std::size_t listeners)
{
    if (m_stations.size() < listeners)
        m_stations.resize(listeners);
}

bool RadioStations::startsStation(const events::RecRequest &request) const
{
    const Station &s = m_stations[request.listener];
    return s.session != request.sessionIndex || s.day != request.day
        || request.positionInSession == 0;
}

bool RadioStations::needsRefill(const events::RecRequest &request) const
{
    const Station &s = m_stations[request.listener];
    return request.positionInSession >= s.first + s.queue.size();
}

void RadioStations::start(const events::RecRequest &request,
    const std::vector<events::SlateEntry> &queue,
    std::vector<std::array<float, kFeatureCount>> features)
{
    Station &s = m_stations[request.listener];
    s.session = request.sessionIndex;
    s.day = request.day;
    s.first = request.positionInSession;
    s.queue = queue;
    s.features = std::move(features);
    s.played.clear();
}

void RadioStations::retireQueue(ListenerId l)
{
    Station &s = m_stations[l];
    const auto middle = std::ptrdiff_t(s.played.size());
    for (const events::SlateEntry &e : s.queue)
        s.played.push_back(e.track);
    std::sort(s.played.begin() + middle, s.played.end());
    std::inplace_merge(s.played.begin(), s.played.begin() + middle, s.played.end());
    s.queue.clear();
    s.features.clear();
}

void RadioStations::refill(const events::RecRequest &request,
    const std::vector<events::SlateEntry> &queue,
    std::vector<std::array<float, kFeatureCount>> features)
{
    Station &s = m_stations[request.listener];
    s.first = request.positionInSession;
    s.queue = queue;
    s.features = std::move(features);
}

const events::SlateEntry *RadioStations::track(ListenerId l, std::size_t position) const
{
    const Station &s = m_stations[l];
    return position >= s.first && position - s.first < s.queue.size() ? &s.queue[position - s.first]
                                                                      : nullptr;
}

void RadioStations::endSession(ListenerId l)
{
    Station &s = m_stations[l];
    s.session = kNoSession;
    std::vector<events::SlateEntry>().swap(s.queue);
    std::vector<std::array<float, kFeatureCount>>().swap(s.features);
    std::vector<TrackId>().swap(s.played);
}

bool RadioStations::released(ListenerId l) const
{
    const Station &s = m_stations[l];
    return s.session == kNoSession && s.queue.capacity() == 0 && s.features.capacity() == 0
        && s.played.capacity() == 0;
}

std::size_t RadioStations::memoryBytes() const
{
    std::size_t bytes = base::capacityBytes(m_stations);
    for (const Station &s : m_stations)
        bytes += base::capacityBytes(s.queue) + base::capacityBytes(s.features)
            + base::capacityBytes(s.played);
    return bytes;
}
} // namespace td::recsys
