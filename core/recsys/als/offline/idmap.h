// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace td::recsys::offline {

/// Maps external ids (any string: "2", "artist-17") to dense indices 0..size()-1 in order of
/// first appearance, and back. Not thread-safe for writing.
class IdMap
{
public:
    static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;

    /// The index of `id`, adding it if new.
    std::uint32_t insert(const std::string &id);
    /// The index of `id`, or kAbsent.
    std::uint32_t find(const std::string &id) const;
    const std::string &id(std::uint32_t index) const { return m_ids[index]; }
    std::size_t size() const { return m_ids.size(); }

    /// rank[index] = position of id(index) when all ids are sorted by idLess(): a tie-breaker
    /// that follows the ids rather than the file order.
    std::vector<std::uint32_t> idRanks() const;

private:
    std::unordered_map<std::string, std::uint32_t> m_index;
    std::vector<std::string> m_ids;
};

/// Order of ids: integers (optional sign, digits only) numerically and before other ids;
/// other ids, and equal numbers written differently ("7", "07"), by byte comparison.
bool idLess(const std::string &a, const std::string &b);

} // namespace td::recsys::offline
