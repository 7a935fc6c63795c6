// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <deque>
#include <vector>

namespace td::base {

/// Bytes a vector holds on the heap: its capacity, not its size, because capacity is what the
/// process pays for (memory accounting, docs/performance.md "Memory").
template<class T> std::size_t capacityBytes(const std::vector<T> &v)
{
    return v.capacity() * sizeof(T);
}

/// Heap bytes of a vector of vectors: the outer array plus every inner capacity.
template<class T> std::size_t capacityBytes(const std::vector<std::vector<T>> &v)
{
    std::size_t bytes = v.capacity() * sizeof(std::vector<T>);
    for (const auto &inner : v)
        bytes += inner.capacity() * sizeof(T);
    return bytes;
}

/// Heap bytes of a deque's elements (its block map is not counted: a few pointers per block).
template<class T> std::size_t elementBytes(const std::deque<T> &d)
{
    return d.size() * sizeof(T);
}

} // namespace td::base
