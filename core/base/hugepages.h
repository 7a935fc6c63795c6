// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::base {

/// The whole 2 MB pages inside [begin, begin + bytes): their first address and length (length
/// 0 when there is none).
struct HugePageSpan
{
    std::uintptr_t first = 0;
    std::size_t length = 0;
};
HugePageSpan hugePageSpan(std::uintptr_t begin, std::size_t bytes);

/// Asks the kernel to back a large table that is read at random with 2 MB pages (Linux
/// transparent huge pages): `madvise(MADV_HUGEPAGE)` on the whole 2 MB pages inside
/// [data, data + bytes), then `MADV_COLLAPSE` (Linux ≥ 6.1) to move what is already in memory
/// onto huge pages now. With 4 KB pages nearly every random read of a table of hundreds of MB
/// (the ANN graphs, the factor tables at 1M tracks) also misses the TLB; with 2 MB pages the
/// translations of a few GB fit in it (docs/performance.md, "Huge pages").
///
/// Memory only: the contents do not change, so results are the same whether the kernel
/// agrees or not. A table smaller than 2 MB, an older kernel, THP set to "never" or no free
/// huge page leave it as it is. Returns the bytes now on huge pages by this call's request
/// (0 when none).
std::size_t adviseHugePages(const void *data, std::size_t bytes);

template<class T> std::size_t adviseHugePages(const std::vector<T> &table)
{
    return adviseHugePages(table.data(), table.size() * sizeof(T));
}

} // namespace td::base
