// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/context/contextmodel.h"

#include "base/capacitybytes.h"

#include "recsys/pipeline/contentprofiles.h"

#include <algorithm>
#include <cmath>

namespace td::recsys {

namespace {

constexpr int kHours = 24;
constexpr int kWidth
    = 1 + 2 * kHours + events::kDeviceCount; // bias, hours × {weekday, weekend}, device
constexpr double kPriorL2 = 1.0;
/// Pull toward the editorial timetable per logged session in the window (chosen among 0.001,
/// 0.01 and 0.1 on seed 1, days 0–14: weaker pulls let noisy soft labels drag the prior away
/// from the truth; docs/pipeline.md).
constexpr double kAnchorPerRow = 0.1;
constexpr int kNewtonIterations = 8;
/// Weight of the editorial prototype in the MAP estimate of a shift, in streams.
constexpr double kPrototypeStreams = 50.0;
constexpr float kMinVariance = 0.1f;

// Editorial prototypes: how each activity's music differs from a listener's usual, in
// standard deviations of the catalogue (danceability, energy, valence, acousticness,
// instrumentalness, speechiness, liveness, tempo, loudness). Written from public descriptions
// of activity playlists, deliberately coarse; the logs refine them.
constexpr std::array<std::array<float, events::kAudioFeatureCount>, ContextModel::kModes>
    kPrototypes { {
        { 0.3f, 0.4f, 0.4f, -0.2f, 0.0f, 0.2f, 0.0f, 0.2f, 0.2f }, // commute: upbeat
        { -0.2f, -0.3f, 0.0f, 0.3f, 0.6f, -0.4f, -0.1f, -0.2f, -0.2f }, // focus: calm, wordless
        { 0.4f, 0.6f, 0.2f, -0.4f, 0.0f, 0.0f, 0.0f, 0.6f, 0.4f }, // workout: energetic, fast
        { 0.5f, 0.1f, 0.4f, 0.0f, 0.0f, 0.1f, 0.2f, 0.0f, 0.0f }, // evening: danceable, happy
        { -0.3f, -0.6f, -0.2f, 0.6f, 0.3f, -0.2f, -0.2f, -0.5f, -0.5f }, // sleep: quiet, acoustic
    } };

} // namespace

void ContextModel::ShiftStats::add(const ShiftStats &o)
{
    for (int c = 0; c < kModes; ++c) {
        weight[std::size_t(c)] += o.weight[std::size_t(c)];
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            sum[std::size_t(c)][std::size_t(f)] += o.sum[std::size_t(c)][std::size_t(f)];
    }
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        squares[std::size_t(f)] += o.squares[std::size_t(f)];
    streams += o.streams;
}

namespace {

/// The service's editorial timetable (its product assumption, not anyone's labels): the
/// context a session at this hour most likely has, on weekdays and at weekends, and what
/// each device suggests; as the log-odds the prior starts from and is pulled back to.
std::vector<double> editorialTimetable()
{
    enum { Commute, Focus, Workout, Evening, Sleep };
    std::vector<double> theta(std::size_t(ContextModel::kModes) * kWidth, 0.0);
    auto add = [&](int mode, int feature, double logOdds) {
        theta[std::size_t(mode) * kWidth + std::size_t(feature)] += logOdds;
    };
    constexpr double kMain = 1.5, kShared = 1.0, kDevice = 1.0;
    for (int h = 0; h < kHours; ++h) {
        const int weekday = 1 + h, weekend = 1 + kHours + h;
        if (h >= 5 && h <= 9) {
            add(Commute, weekday, kMain);
            add(Workout, weekend, kShared);
            add(Evening, weekend, kShared);
        } else if (h >= 10 && h <= 16) {
            add(Focus, weekday, kMain);
            add(Evening, weekend, kMain);
        } else if (h >= 17 && h <= 19) {
            add(Workout, weekday, kShared);
            add(Evening, weekday, kShared);
            add(Workout, weekend, kShared);
            add(Evening, weekend, kShared);
        } else if (h >= 20 && h <= 22) {
            add(Evening, weekday, kMain);
            add(Evening, weekend, kMain);
        } else {
            add(Sleep, weekday, kMain);
            add(Sleep, weekend, kMain);
        }
    }
    const int device = 1 + 2 * kHours;
    add(Workout, device + int(events::Device::Phone), 0.5 * kDevice);
    add(Focus, device + int(events::Device::Desktop), kDevice);
    add(Evening, device + int(events::Device::Speaker), 0.5 * kDevice);
    add(Sleep, device + int(events::Device::Speaker), 0.5 * kDevice);
    add(Commute, device + int(events::Device::Car), 1.5 * kDevice);
    return theta;
}

} // namespace

ContextModel::ContextModel() : m_prior(kModes, kWidth)
{
    m_prior.setPriorMean(editorialTimetable());
    for (int c = 0; c < kModes; ++c)
        m_prototype[std::size_t(c)] = kPrototypes[std::size_t(c)];
    m_shift = m_prototype;
    m_variance.fill(1.0f);
}

SoftmaxRegression::Row ContextModel::observe(int weekday, float hour, events::Device device)
{
    SoftmaxRegression::Row row;
    const int h = std::clamp(int(hour), 0, kHours - 1);
    const bool weekend = weekday >= 5;
    row.active[0] = 0;
    row.active[1] = std::uint16_t(1 + (weekend ? kHours : 0) + h);
    row.active[2] = std::uint16_t(1 + 2 * kHours + int(device));
    row.count = 3;
    return row;
}

events::Context ContextModel::mostLikely(const Belief &belief)
{
    int best = -1;
    float bestP = 0.0f;
    for (int c = 0; c < kModes; ++c) {
        if (belief[std::size_t(c)] > bestP) {
            bestP = belief[std::size_t(c)];
            best = c;
        }
    }
    return best < 0 ? events::Context::None : events::Context(best + 1);
}

void ContextModel::resize(std::size_t listeners)
{
    if (m_buffers.size() < listeners)
        m_buffers.resize(listeners);
}

void ContextModel::addStream(const float *track, const float *profile, double *logLikelihood) const
{
    for (int c = 0; c < kModes; ++c) {
        double ll = 0.0;
        for (int f = 0; f < events::kAudioFeatureCount; ++f) {
            const double d = double(track[f]) - (profile ? double(profile[f]) : 0.0);
            const double r = d - double(m_shift[std::size_t(c)][std::size_t(f)]);
            ll -= 0.5 * r * r / double(m_variance[std::size_t(f)]);
        }
        logLikelihood[c] += ll;
    }
}

ContextModel::Belief ContextModel::normalise(const double *prior, const double *logLikelihood)
{
    double best = -1e300;
    for (int c = 0; c < kModes; ++c)
        best = std::max(best, logLikelihood[c]);
    std::array<double, kModes> p {};
    double sum = 0.0;
    for (int c = 0; c < kModes; ++c) {
        p[std::size_t(c)] = prior[c] * std::exp(logLikelihood[c] - best);
        sum += p[std::size_t(c)];
    }
    Belief out {};
    for (int c = 0; c < kModes; ++c)
        out[std::size_t(c)] = sum > 0.0 ? float(p[std::size_t(c)] / sum) : 1.0f / kModes;
    return out;
}

ContextModel::Belief ContextModel::infer(const events::RecRequest &request, const float *profile,
    const StandardisedFeatures &features) const
{
    std::array<double, kModes> prior {}, logLikelihood {};
    m_prior.predict(observe(request.weekday, request.hour, request.device), prior.data());
    const auto &s = request.session;
    for (int i = 0; i < s.recentCount; ++i) {
        const auto &play = s.recent[std::size_t(i)];
        if (!play.skipped && play.track < features.trackCount())
            addStream(features.row(play.track), profile, logLikelihood.data());
    }
    return normalise(prior.data(), logLikelihood.data());
}

ContextModel::Belief ContextModel::learnSession(ListenerId l, const events::Event *events,
    std::size_t count, const float *profile, const StandardisedFeatures &features)
{
    if (count == 0)
        return Belief {};
    const events::Event &first = events[0];
    const auto row = observe(events::weekdayOf(first.day), first.hour, first.device);
    std::array<double, kModes> prior {}, logLikelihood {};
    m_prior.predict(row, prior.data());
    int streams = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const events::Event &e = events[i];
        if (e.action == events::Action::Stream && e.track < features.trackCount()) {
            addStream(features.row(e.track), profile, logLikelihood.data());
            ++streams;
        }
    }
    const Belief q = normalise(prior.data(), logLikelihood.data());
    if (streams == 0)
        return q; // nothing heard: no label worth learning from
    Buffer &b = m_buffers[l];
    b.rows.push_back(row);
    b.targets.insert(b.targets.end(), q.begin(), q.end());
    if (!b.stats)
        b.stats = std::make_unique<ShiftStats>();
    ShiftStats &stats = *b.stats;
    for (std::size_t i = 0; i < count; ++i) {
        const events::Event &e = events[i];
        if (e.action != events::Action::Stream || e.track >= features.trackCount())
            continue;
        const float *track = features.row(e.track);
        stats.streams += 1.0;
        for (int c = 0; c < kModes; ++c) {
            const double w = q[std::size_t(c)];
            stats.weight[std::size_t(c)] += w;
            for (int f = 0; f < events::kAudioFeatureCount; ++f) {
                const double d = double(track[f]) - (profile ? double(profile[f]) : 0.0);
                const double r = d - double(m_shift[std::size_t(c)][std::size_t(f)]);
                stats.sum[std::size_t(c)][std::size_t(f)] += w * d;
                stats.squares[std::size_t(f)] += w * r * r;
            }
        }
    }
    return q;
}

void ContextModel::endDay(Day day)
{
    WindowDay today;
    today.day = day;
    for (Buffer &b : m_buffers) {
        for (std::size_t r = 0; r < b.rows.size(); ++r)
            today.rows.add(b.rows[r], b.targets.data() + r * std::size_t(kModes));
        if (b.stats) // a listener with no labelled session today adds nothing
            today.stats.add(*b.stats);
        // Given back, not cleared: kept, every listener would hold the capacity of their
        // busiest day for the rest of the run.
        std::vector<SoftmaxRegression::Row>().swap(b.rows);
        std::vector<float>().swap(b.targets);
        b.stats.reset();
    }
    m_window.push_back(std::move(today));
    while (!m_window.empty() && m_window.front().day <= day - kWindowDays)
        m_window.pop_front();

    ObservationTally window(kModes);
    ShiftStats stats;
    for (const auto &d : m_window) {
        window.merge(d.rows);
        stats.add(d.stats);
    }
    // The listening evidence is weak in this world (docs/pipeline.md measures it), so the
    // prior is held near the timetable with a pull that grows with the data it learns from.
    if (!window.empty()) {
        std::vector<SoftmaxRegression::Row> rows;
        std::vector<float> targets, weights;
        window.trainingSet(rows, targets, weights);
        m_prior.train(rows, targets, weights, kPriorL2 + kAnchorPerRow * window.rowCount(),
            kNewtonIterations);
    }
    // MAP shifts: the prototype counts as kPrototypeStreams streams of evidence.
    for (int c = 0; c < kModes; ++c) {
        const double w = stats.weight[std::size_t(c)];
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            m_shift[std::size_t(c)][std::size_t(f)]
                = float((kPrototypeStreams * m_prototype[std::size_t(c)][std::size_t(f)]
                            + stats.sum[std::size_t(c)][std::size_t(f)])
                    / (kPrototypeStreams + w));
    }
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        m_variance[std::size_t(f)] = std::max(kMinVariance,
            float((kPrototypeStreams + stats.squares[std::size_t(f)])
                / (kPrototypeStreams + stats.streams)));
}

std::size_t ContextModel::bufferedCapacity() const
{
    std::size_t n = 0;
    for (const Buffer &b : m_buffers)
        n += b.rows.capacity() + b.targets.capacity() + (b.stats ? 1 : 0);
    return n;
}

std::size_t ContextModel::memoryBytes() const
{
    std::size_t bytes = base::capacityBytes(m_buffers);
    for (const Buffer &b : m_buffers)
        bytes += base::capacityBytes(b.rows) + base::capacityBytes(b.targets)
            + (b.stats ? sizeof(ShiftStats) : 0);
    bytes += base::elementBytes(m_window);
    for (const WindowDay &d : m_window)
        bytes += d.rows.memoryBytes();
    return bytes;
}
} // namespace td::recsys
