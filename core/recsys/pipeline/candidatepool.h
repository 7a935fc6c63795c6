// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"
#include "recsys/pipeline/candidate.h"

#include <cstdint>
#include <vector>

namespace td::recsys {

/// The merged candidates of one request: each track once, carrying the bits of every source
/// that offered it, in the order tracks were first offered. Per-thread working memory: after
/// the first request no call allocates (slots are stamped per request instead of cleared).
class CandidatePool
{
public:
    /// Starts a new request over a catalogue of `trackCount` tracks.
    void reset(std::size_t trackCount);
    /// Adds `track` (once) and marks it as offered by `sourceBit`.
    void offer(TrackId track, std::uint8_t sourceBit)
    {
        if (m_stampOf[track] != m_stamp) {
            m_stampOf[track] = m_stamp;
            Candidate c;
            c.track = track;
            m_candidates.push_back(c);
            m_slotOf[track] = std::uint32_t(m_candidates.size() - 1);
        }
        m_candidates[m_slotOf[track]].sources |= sourceBit;
    }
    std::vector<Candidate> &candidates() { return m_candidates; }
    const std::vector<Candidate> &candidates() const { return m_candidates; }

private:
    std::vector<Candidate> m_candidates;
    std::vector<std::uint32_t> m_slotOf; ///< track → index in m_candidates (valid if stamped)
    std::vector<std::uint32_t> m_stampOf;
    std::uint32_t m_stamp = 0;
};

} // namespace td::recsys
