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

namespace {

std::uint64_t hashId(std::string_view s)
{
    std::uint64_t h = 0xCBF29CE484222325ull; // FNV-1a
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    // The low bits pick the slot, and FNV's low bits see only the low bits of each step:
    // finish with MurmurHash3's 64-bit mixer so every input bit reaches them.
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
}

/// The value of `s` if it is a canonical decimal number below `limit` (digits only, no leading
/// zero unless it is "0"), else `limit`.
std::uint32_t directValue(std::string_view s, std::uint32_t limit)
{
    if (s.empty() || s.size() > 7 || (s[0] == '0' && s.size() > 1))
        return limit;
    std::uint32_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return limit;
        v = v * 10 + std::uint32_t(c - '0');
    }
    return v < limit ? v : limit;
}

} // namespace

std::size_t IdMap::slotOf(std::string_view id, std::uint64_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t s = std::size_t(hash) & mask;; s = (s + 1) & mask) {
        const Slot &slot = m_slots[s];
        if (slot.index == kAbsent || (slot.hash == std::uint32_t(hash) && m_ids[slot.index] == id))
            return s;
    }
}

void IdMap::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<std::size_t>(16, old.size() * 2), Slot {});
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.index == kAbsent)
            continue;
        std::size_t s = std::size_t(hashId(m_ids[slot.index])) & mask;
        while (m_slots[s].index != kAbsent)
            s = (s + 1) & mask;
        m_slots[s] = slot;
    }
}

std::uint32_t IdMap::insert(std::string_view id)
{
    const std::uint32_t value = directValue(id, kDirectLimit);
    if (value < kDirectLimit) {
        if (value >= m_direct.size()) {
            std::size_t size = std::max<std::size_t>(1024, m_direct.size());
            while (size <= value)
                size *= 2;
            m_direct.resize(size, kAbsent);
        }
        std::uint32_t &index = m_direct[value];
        if (index == kAbsent) {
            if (m_ids.size() >= kAbsent)
                throw std::length_error("IdMap: too many ids");
            index = std::uint32_t(m_ids.size());
            m_ids.emplace_back(id);
        }
        return index;
    }
    if ((m_ids.size() + 1) * 2 > m_slots.size())
        grow();
    const std::uint64_t hash = hashId(id);
    Slot &slot = m_slots[slotOf(id, hash)];
    if (slot.index != kAbsent)
        return slot.index;
    if (m_ids.size() >= kAbsent)
        throw std::length_error("IdMap: too many ids");
    slot = Slot { std::uint32_t(m_ids.size()), std::uint32_t(hash) };
    m_ids.emplace_back(id);
    return slot.index;
}

std::uint32_t IdMap::find(std::string_view id) const
{
    const std::uint32_t value = directValue(id, kDirectLimit);
    if (value < kDirectLimit)
        return value < m_direct.size() ? m_direct[value] : kAbsent;
    if (m_slots.empty())
        return kAbsent;
    return m_slots[slotOf(id, hashId(id))].index;
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
