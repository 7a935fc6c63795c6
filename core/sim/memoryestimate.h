// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace td::sim {

/// Roughly how much memory a run of a scenario needs at its peak, before any of it is set up:
/// enough to refuse a scenario the machine cannot hold with a clear message instead of being
/// killed by the kernel (or dying with std::bad_alloc) hours later.
///
/// A model fitted to the peak resident size of `tastedrift-cli run` and bench_pipeline (docs/
/// reliability.md, "Memory"): every listener who will exist (world.listeners.count plus
/// arrivals_per_day × run.days) costs its state; every track its latent and audio vectors;
/// the pipeline adds, per listener, the (listener, track) pairs of its evidence, which grow
/// like days^0.7 (repeat plays reuse pairs) until recommender.confidence.window_days stops
/// them, scaled by activity, and held twice more at the retrain's peak; the ranker's window;
/// per track its ANN node, item factors and content profile; and the ALS item posteriors of
/// the tracks with evidence. It is an estimate ("about"): on the runs it was fitted to it
/// lies 3-34 % above the measured peak (it errs on the large side).
struct MemoryEstimate
{
    struct Part
    {
        std::string what; ///< e.g. "listeners (2,000 + 360 arriving)"
        double bytes = 0.0;
    };
    std::vector<Part> parts;
    double totalBytes() const;
    /// "about 1.2 GiB (listeners ... 6.1 MiB; catalogue ...; ...)"
    std::string text() const;
};

MemoryEstimate estimateMemory(const Scenario &scenario);

/// Memory this process may still use: the smaller of MemAvailable (/proc/meminfo) and the
/// memory limit of its cgroup (v2 memory.max, v1 memory.limit_in_bytes). Nothing when neither
/// is known (not Linux). TD_MEMORY_AVAILABLE=BYTES overrides both (tests, docs/reliability.md).
struct MemoryLimit
{
    double bytes = 0.0;
    std::string source; ///< "MemAvailable", "cgroup memory.max", "TD_MEMORY_AVAILABLE"
};
std::optional<MemoryLimit> availableMemory();

/// The machine cannot hold the run: a runtime failure (CLI exit status 1), not bad input.
class InsufficientMemoryError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Throws InsufficientMemoryError, naming the estimate, what is available and which fields
/// drive the size, when the estimate exceeds availableMemory(). Does nothing when the limit
/// is unknown.
void checkMemory(const Scenario &scenario);

/// "1.2 GiB", "640 MiB", "12 KiB": binary units, three significant digits.
std::string bytesText(double bytes);

} // namespace td::sim
