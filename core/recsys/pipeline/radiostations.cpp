// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/radiostations.h"

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

void RadioStations::start(const events::RecRequest &request,
    const std::vector<events::SlateEntry> &queue,
    std::vector<std::array<float, kFeatureCount>> features)
{
    Station &s = m_stations[request.listener];
    s.session = request.sessionIndex;
    s.day = request.day;
    s.queue = queue;
    s.features = std::move(features);
}

const events::SlateEntry *RadioStations::track(ListenerId l, std::size_t position) const
{
    const Station &s = m_stations[l];
    return position < s.queue.size() ? &s.queue[position] : nullptr;
}

} // namespace td::recsys
