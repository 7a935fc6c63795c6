// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/runrecords.h"

#include "base/rng.h"

namespace td::store {

std::string statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return "running";
    case RunStatus::Complete:
        return "complete";
    case RunStatus::Interrupted:
        return "interrupted";
    }
    return "running";
}

std::optional<RunStatus> parseStatus(const std::string &text)
{
    for (RunStatus s : { RunStatus::Running, RunStatus::Complete, RunStatus::Interrupted })
        if (statusText(s) == text)
            return s;
    return std::nullopt;
}

bool keepListener(ListenerId listener, double sampleRate)
{
    if (sampleRate >= 1.0)
        return true;
    if (!(sampleRate > 0.0))
        return false;
    // Salt: any fixed constant; part of the sample's definition (docs/store.md).
    constexpr std::uint64_t kSalt = 0x7464'6576'656e'7473ull; // "tdevents"
    const std::uint64_t h = base::mix64(std::uint64_t(listener) ^ kSalt);
    const double u = double(h >> 11) * 0x1.0p-53;
    return u < sampleRate;
}

} // namespace td::store
