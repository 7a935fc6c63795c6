// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace td::recsys::offline {

/// Maps external ids (any string: "2", "artist-17") to dense indices 0..size()-1 in order of
/// first appearance, and back. Not thread-safe for writing.
///
/// An open-addressing hash table (linear probing, hashes kept in the slots) rather than
/// std::unordered_map: looking up a string_view allocates nothing, which is what lets a reader
/// go through millions of lines without a per-line allocation. Ids written as small
/// non-negative integers in canonical form ("0", "17"; not "017" or "+17", which stay distinct
/// ids) are found in a direct table indexed by their value instead: one access to a compact
/// array, where a hash probe costs two cache misses (Last.fm's ids are all such numbers).
class IdMap
{
public:
    static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;

    /// The index of `id`, adding it if new.
    std::uint32_t insert(std::string_view id);
    /// The index of `id`, or kAbsent.
    std::uint32_t find(std::string_view id) const;
    const std::string &id(std::uint32_t index) const { return m_ids[index]; }
    std::size_t size() const { return m_ids.size(); }

    /// rank[index] = position of id(index) when all ids are sorted by idLess(): a tie-breaker
    /// that follows the ids rather than the file order.
    std::vector<std::uint32_t> idRanks() const;

private:
    struct Slot
    {
        std::uint32_t index = kAbsent; ///< kAbsent: empty
        std::uint32_t hash = 0; ///< low 32 bits of the id's hash (skips most string compares)
    };
    /// Ids below this value in canonical decimal form go to m_direct (at most 16 MB of table).
    static constexpr std::uint32_t kDirectLimit = 1u << 22;
    /// The slot holding `id`, or the empty slot where it would go.
    std::size_t slotOf(std::string_view id, std::uint64_t hash) const;
    void grow();

    std::vector<Slot> m_slots; ///< size a power of two, at most half full
    std::vector<std::uint32_t> m_direct; ///< index of the id with this value, or kAbsent
    std::vector<std::string> m_ids;
};

/// Order of ids: integers (optional sign, digits only) numerically and before other ids;
/// other ids, and equal numbers written differently ("7", "07"), by byte comparison.
bool idLess(const std::string &a, const std::string &b);

} // namespace td::recsys::offline
