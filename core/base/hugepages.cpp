// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/hugepages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace td::base {

HugePageSpan hugePageSpan(std::uintptr_t begin, std::size_t bytes)
{
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    const std::uintptr_t first = (begin + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t last = (begin + bytes) & ~(kHugePage - 1);
    if (begin == 0 || last <= first)
        return {};
    return { first, std::size_t(last - first) };
}

std::size_t adviseHugePages(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const HugePageSpan span = hugePageSpan(reinterpret_cast<std::uintptr_t>(data), bytes);
    if (span.length == 0)
        return 0;
    void *start = reinterpret_cast<void *>(span.first);
    const std::size_t length = span.length;
    if (madvise(start, length, MADV_HUGEPAGE) != 0)
        return 0;
    // MADV_COLLAPSE is 25 since Linux 6.1; older headers lack the name, older kernels answer
    // EINVAL (the advice above then applies to pages faulted later only).
    constexpr int kCollapse = 25;
    return madvise(start, length, kCollapse) == 0 ? length : 0;
#else
    (void)data;
    (void)bytes;
    return 0;
#endif
}

} // namespace td::base
