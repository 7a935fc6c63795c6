// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/listenerpanel.h"

#include "base/rng.h"

#include <algorithm>

namespace td::metrics {

namespace {
/// Entity key of the membership hash, away from listener ids used by other metric streams.
constexpr std::uint64_t kPanelEntity = 0x9A7E1'0000'0000ull;
} // namespace

ListenerPanel::ListenerPanel(std::uint64_t seed, std::size_t initialListeners)
    : m_seed(seed),
      m_share(initialListeners <= kTarget ? 1.0 : double(kTarget) / double(initialListeners))
{ }

void ListenerPanel::grow(std::size_t listeners)
{
    for (std::size_t l = m_index.size(); l < listeners; ++l) {
        const std::uint64_t h
            = base::streamSeed(m_seed, base::Purpose::Metrics, kPanelEntity ^ l, 0);
        const double u = double(h >> 11) * 0x1.0p-53;
        if (m_share >= 1.0 || u < m_share) {
            m_index.push_back(int(m_members.size()));
            m_members.push_back(ListenerId(l));
            m_windows.emplace_back();
        } else {
            m_index.push_back(-1);
        }
    }
}

void ListenerPanel::prune(Day day, int windowDays)
{
    const Day since = day - windowDays + 1;
    for (auto &w : m_windows) {
        // Streams are appended in day order, so the old ones are a prefix.
        const auto keep
            = std::find_if(w.begin(), w.end(), [&](const Stream &s) { return s.day >= since; });
        w.erase(w.begin(), keep);
    }
}

void ListenerPanel::takeSnapshot(const world::Population &pop)
{
    const int d = pop.dim;
    const std::size_t n = m_members.size();
    m_snapshot.dim = d;
    if (m_snapshot.size() < n)
        m_snapshot.grow(n - m_snapshot.size()); // members are only ever appended
    for (std::size_t i = 0; i < n; ++i) {
        const ListenerId l = m_members[i];
        std::copy_n(pop.tasteOf(l), d, m_snapshot.tasteOf(ListenerId(i)));
        m_snapshot.contextSensitivity[i] = pop.contextSensitivity[l];
        m_snapshot.history[i] = pop.history[l];
        m_snapshot.blocked[i] = pop.blocked[l];
        m_snapshot.noveltyAppetite[i] = pop.noveltyAppetite[l];
        m_snapshot.mainstreamness[i] = pop.mainstreamness[l];
        m_snapshot.patience[i] = pop.patience[l];
        m_snapshot.explicitOff[i] = pop.explicitOff[l];
        m_snapshot.signupDay[i] = pop.signupDay[l];
        m_snapshot.churned[i] = pop.churned[l];
    }
}

} // namespace td::metrics
