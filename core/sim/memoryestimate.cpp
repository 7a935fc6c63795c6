// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/memoryestimate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace td::sim {

namespace {

// The model's constants (bytes), fitted to the peak RSS of `tastedrift-cli run --threads 1`
// on Release builds (docs/reliability.md, "Memory", has the table they come from).
constexpr double kBase = 16.0 * 1024 * 1024; // libraries, Qt, buffers
constexpr double kListener = 2600.0; // world state of one listener (history, counters)
constexpr double kListenerPerDim = 16.0; // taste, anchor and context vectors
constexpr double kTrack = 200.0; // catalogue row, audio features, observables
constexpr double kTrackPerDim = 8.0; // latent vector (float) and its projection
constexpr double kSimpleRecommenderTrack = 16.0; // random/popular/oracle: counts per track
// Content profile, trending, popularity, filters; not refitted since the ranker's 64-byte
// record per track (RankerTrackTable), which the margin above the model-9 peak covers.
constexpr double kPipelineTrack = 400.0;
constexpr double kPerFactor = 8.0; // ALS factors: value + a solver buffer, per factor
constexpr double kPerAnnLink = 8.0; // hnswlib: two links per m, 4 bytes each
// Pipeline state per listener that does not grow with the days: radio and impression buffers,
// fold-in scratch, and until simulation model 9 the context model's window (~1.1 KiB at 100k
// and at 1M listeners; ~56 B since). Not refitted after model 9: the estimate stays 16 % above
// the model-9 peak at 1M × 1M (docs/reliability.md, "Memory").
constexpr double kPipelineListener = 3.0 * 1024;
// The ranker's training window and its training copy (ranker.max_rows rows), filled over the
// first week.
constexpr double kPipelineFixed = 16.0 * 1024 * 1024;
constexpr double kPipelineFixedFillDays = 7.0;
// Evidence: (listener, track) pairs per listener after d days at the default activity,
// kPairsFirstDay·d^kPairsGrowth (11.3 after one day; 66 after 14, 104 after 30 and 160 after
// 59 at 100k × 50k; 87 after 20 at 1M × 1M). With recommender.confidence.window_days = W the
// pairs stop growing after W days. Each pair is held by the store (28 bytes, grown by a
// quarter) and, at the retrain's peak, by the ALS matrix and its transpose (12 bytes each);
// the fit gives 76 bytes with the allocator's slack.
constexpr double kPairsFirstDay = 11.3;
constexpr double kPairsGrowth = 0.7;
constexpr double kPairBytes = 76.0;
// ALS item posteriors: a packed Cholesky factor (f(f+1)/2 floats) per track with evidence.
// The tracks with evidence grow with the plays and saturate with the catalogue:
// min(T, kTrainedScale·T^0.25·(L·d)^0.54) (59k of 1M after 2 days and 203k after 20 at 1M
// listeners; 14k of 50k after 6 days at 100k).
constexpr double kTrainedScale = 0.77;
constexpr double kDefaultActivity = 0.8; // world.listeners.activity_mean the fit used

std::string thousands(double value)
{
    std::string digits = std::to_string(static_cast<long long>(std::llround(value)));
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), ",");
    return digits;
}

/// A number from a cgroup or /proc file; nothing for "max", a missing file or a value that
/// means "no limit" (cgroup v1 writes a huge page-rounded number).
std::optional<double> readLimit(const std::string &path)
{
    std::ifstream in(path);
    std::string word;
    if (!(in >> word) || word == "max")
        return std::nullopt;
    char *end = nullptr;
    const double value = std::strtod(word.c_str(), &end);
    if (end == word.c_str() || value <= 0.0 || value >= 4.0e18)
        return std::nullopt;
    return value;
}

/// The memory limit of this process's cgroup, v2 or v1 (both mount layouts: the full path
/// and, inside a container's cgroup namespace, the root).
std::optional<double> cgroupLimit()
{
    std::ifstream groups("/proc/self/cgroup");
    std::string line;
    while (std::getline(groups, line)) {
        const std::size_t first = line.find(':');
        const std::size_t second = line.find(':', first + 1);
        if (first == std::string::npos || second == std::string::npos)
            continue;
        const std::string controllers = line.substr(first + 1, second - first - 1);
        const std::string path = line.substr(second + 1);
        std::vector<std::string> candidates;
        if (controllers.empty()) { // v2
            candidates = { "/sys/fs/cgroup" + path + "/memory.max", "/sys/fs/cgroup/memory.max" };
        } else if (("," + controllers + ",").find(",memory,") != std::string::npos) {
            candidates = { "/sys/fs/cgroup/memory" + path + "/memory.limit_in_bytes",
                "/sys/fs/cgroup/memory/memory.limit_in_bytes" };
        }
        for (const std::string &candidate : candidates) {
            if (const auto limit = readLimit(candidate))
                return limit;
        }
    }
    return std::nullopt;
}

std::optional<double> memAvailable()
{
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    double kib = 0.0;
    std::string unit;
    while (meminfo >> key >> kib >> unit) {
        if (key == "MemAvailable:")
            return kib * 1024.0;
    }
    return std::nullopt;
}

} // namespace

double MemoryEstimate::totalBytes() const
{
    double total = 0.0;
    for (const Part &p : parts)
        total += p.bytes;
    return total;
}

std::string MemoryEstimate::text() const
{
    std::string out = "about " + bytesText(totalBytes()) + " (";
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? "; " : "") + parts[i].what + " " + bytesText(parts[i].bytes);
    return out + ")";
}

MemoryEstimate estimateMemory(const Scenario &s)
{
    const auto &world = s.world;
    const auto &rec = s.recommender;
    const double days = std::max(1, s.run.days);
    const double arriving = world.listeners.arrivalsPerDay * days;
    const double listeners = double(world.listeners.count) + arriving;
    // A CSV catalogue's size is known only when it is read: world.catalog.tracks stands in.
    const double tracks = double(world.catalog.tracks);
    const double dim = world.latentDim;

    MemoryEstimate e;
    e.parts.push_back({ "base", kBase });
    e.parts.push_back({ "listeners (" + thousands(world.listeners.count) + " + "
            + thousands(arriving) + " arriving)",
        listeners * (kListener + kListenerPerDim * dim) });
    e.parts.push_back(
        { "catalogue (" + thousands(tracks) + " tracks, " + thousands(dim) + " dimensions)",
            tracks * (kTrack + kTrackPerDim * dim) });
    if (rec.kind != recsys::RecommenderKind::Pipeline) {
        const std::string kind = recsys::kRecommenderKindNames[std::size_t(rec.kind)];
        e.parts.push_back({ "recommender (" + kind + ")", tracks * kSimpleRecommenderTrack });
        return e;
    }
    const double factors = rec.als.factors;
    const double activity = std::max(0.1, world.listeners.activityMean / kDefaultActivity);
    const int window = rec.confidence.windowDays;
    const double evidenceDays = window > 0 ? std::min(days, double(window) + 1.0) : days;
    const double pairs = kPairsFirstDay * std::pow(evidenceDays, kPairsGrowth) * activity;
    e.parts.push_back({ "pipeline evidence and factors per listener (" + thousands(pairs)
            + " (listener, track) pairs each after " + thousands(evidenceDays) + " days)",
        listeners * (kPipelineListener + kPerFactor * factors + kPairBytes * pairs) });
    e.parts.push_back({ "pipeline ranker window",
        kPipelineFixed * std::min(1.0, days / kPipelineFixedFillDays) });
    e.parts.push_back({ "pipeline index and profiles per track (" + thousands(factors)
            + " factors, ann.m " + thousands(rec.annM) + ")",
        tracks * (kPipelineTrack + kPerFactor * factors + kPerAnnLink * rec.annM) });
    const double trained = std::min(tracks,
        kTrainedScale * std::pow(tracks, 0.25)
            * std::pow(listeners * evidenceDays * activity, 0.54));
    e.parts.push_back({ "ALS item posteriors (" + thousands(trained) + " tracks with evidence)",
        trained * 4.0 * factors * (factors + 1.0) / 2.0 });
    return e;
}

std::optional<MemoryLimit> availableMemory()
{
    if (const char *forced = std::getenv("TD_MEMORY_AVAILABLE"); forced && *forced) {
        char *end = nullptr;
        const double bytes = std::strtod(forced, &end);
        if (end != forced && bytes > 0.0)
            return MemoryLimit { bytes, "TD_MEMORY_AVAILABLE" };
    }
    const auto available = memAvailable();
    const auto cgroup = cgroupLimit();
    if (available && (!cgroup || *available <= *cgroup))
        return MemoryLimit { *available, "MemAvailable" };
    if (cgroup)
        return MemoryLimit { *cgroup, "cgroup memory limit" };
    return std::nullopt;
}

void checkMemory(const Scenario &scenario)
{
    const auto limit = availableMemory();
    if (!limit)
        return;
    const MemoryEstimate estimate = estimateMemory(scenario);
    if (estimate.totalBytes() <= limit->bytes)
        return;
    throw InsufficientMemoryError("this scenario needs " + estimate.text() + ", but only "
        + bytesText(limit->bytes) + " is available (" + limit->source
        + "); reduce world.listeners.count, world.listeners.arrivals_per_day, run.days or "
          "world.catalog.tracks ('tastedrift-cli run --dry-run' prints the estimate)");
}

std::string bytesText(double bytes)
{
    static const char *const units[] = { "bytes", "KiB", "MiB", "GiB", "TiB" };
    int unit = 0;
    while (bytes >= 1024.0 && unit < 4) {
        bytes /= 1024.0;
        ++unit;
    }
    // Three significant digits: 1.23 GiB, 12.3 MiB, 123 KiB (whole bytes as they are).
    const int decimals = unit == 0 ? 0 : bytes < 10 ? 2 : bytes < 100 ? 1 : 0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f %s", decimals, bytes, units[unit]);
    return buffer;
}

} // namespace td::sim
