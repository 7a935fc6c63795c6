// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/idmap.h"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace td::recsys::offline {

namespace {

std::optional<long long> asInteger(const std::string &s)
{
    long long value = 0;
    const char *first = s.data();
    const char *last = s.data() + s.size();
    if (first != last && *first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr != last || first == last)
        return std::nullopt;
    return value;
}

} // namespace

std::uint32_t IdMap::insert(const std::string &id)
{
    const auto [it, added] = m_index.emplace(id, static_cast<std::uint32_t>(m_ids.size()));
    if (added) {
        if (m_ids.size() >= kAbsent)
            throw std::length_error("IdMap: too many ids");
        m_ids.push_back(id);
    }
    return it->second;
}

std::uint32_t IdMap::find(const std::string &id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? kAbsent : it->second;
}

std::vector<std::uint32_t> IdMap::idRanks() const
{
    std::vector<std::uint32_t> order(m_ids.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
        [this](std::uint32_t a, std::uint32_t b) { return idLess(m_ids[a], m_ids[b]); });
    std::vector<std::uint32_t> rank(m_ids.size());
    for (std::uint32_t r = 0; r < order.size(); ++r)
        rank[order[r]] = r;
    return rank;
}

bool idLess(const std::string &a, const std::string &b)
{
    const std::optional<long long> x = asInteger(a), y = asInteger(b);
    if (x && y && *x != *y)
        return *x < *y;
    if (x.has_value() != y.has_value())
        return x.has_value();
    return a < b;
}

} // namespace td::recsys::offline
