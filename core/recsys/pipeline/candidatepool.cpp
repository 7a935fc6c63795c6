// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/candidatepool.h"

#include <algorithm>

namespace td::recsys {

void CandidatePool::reset(std::size_t trackCount)
{
    m_candidates.clear();
    if (m_slotOf.size() < trackCount) {
        m_slotOf.assign(trackCount, 0);
        m_stampOf.assign(trackCount, 0);
    }
    if (++m_stamp == 0) { // wrapped after 2^32 requests: clear the stamps once
        std::fill(m_stampOf.begin(), m_stampOf.end(), 0u);
        m_stamp = 1;
    }
}

} // namespace td::recsys
