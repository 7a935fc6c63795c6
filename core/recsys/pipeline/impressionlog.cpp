// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/impressionlog.h"

#include "base/capacitybytes.h"

#include <algorithm>
#include <cmath>

namespace td::recsys {

void ImpressionLog::resize(std::size_t listeners)
{
    if (m_listeners.size() < listeners)
        m_listeners.resize(listeners);
}

void ImpressionLog::labelSession(ListenerId l, const events::Event *events, std::size_t count)
{
    ListenerLog &log = m_listeners[l];
    for (const Shown &p : log.pending) {
        bool streamed = false;
        bool shown = false;
        for (std::size_t i = 0; i < count; ++i) {
            const events::Event &e = events[i];
            if (e.track != p.track || e.position != p.position
                || e.source != events::Source::Recommended)
                continue;
            shown = shown || e.action == events::Action::Impression;
            streamed = streamed || e.action == events::Action::Stream;
        }
        if (!shown)
            continue; // a queued radio track the listener never reached
        log.features.insert(log.features.end(), p.features.begin(), p.features.end());
        log.features[log.features.size() - kFeatureCount + kFeatPosition]
            = std::log1p(float(p.position));
        log.labels.push_back(streamed ? 1.0f : 0.0f);
        log.propensities.push_back(p.propensity);
        if (p.home) {
            const double r = streamed ? 1.0 : 0.0;
            log.ope.impressions += 1.0;
            log.ope.streams += r;
            if (p.opeWeight >= 0.0f) {
                const double w = p.opeWeight;
                log.ope.weighted += w * r;
                log.ope.weights += w;
                log.ope.weightedSquares += w * w * r;
                log.ope.squaredWeights += w * w;
                log.ope.doublyRobust += double(p.opeDirect) + w * (r - double(p.opePredicted));
            }
        }
    }
    std::vector<Shown>().swap(log.pending); // a radio session's can reach 1000 entries
}

std::size_t ImpressionLog::dailyRowBudget(int maxRows, int windowDays)
{
    return std::size_t(std::max(1, maxRows / std::max(1, windowDays)));
}

events::OffPolicyTally ImpressionLog::endDay(
    Day day, int windowDays, int maxRows, const RowReader &read)
{
    // The sample takes every stride-th row of the day, counted across listeners in order.
    std::size_t rows = 0;
    for (const ListenerLog &log : m_listeners)
        rows += log.labels.size();
    const std::size_t budget = dailyRowBudget(maxRows, windowDays);
    const std::size_t stride = std::max<std::size_t>(1, (rows + budget - 1) / budget);
    TrainingDay sample;
    sample.day = day;
    sample.features.reserve((rows / stride + 1) * kFeatureCount);

    events::OffPolicyTally ope;
    std::size_t first = 0; // the day's index of this listener's first row
    for (ListenerLog &log : m_listeners) {
        const std::size_t count = log.labels.size();
        if (read && count > 0)
            read(log.features.data(), log.labels.data(), count);
        for (std::size_t r = (stride - first % stride) % stride; r < count; r += stride) {
            sample.features.insert(sample.features.end(),
                log.features.begin() + std::ptrdiff_t(r * kFeatureCount),
                log.features.begin() + std::ptrdiff_t((r + 1) * kFeatureCount));
            sample.labels.push_back(log.labels[r]);
            sample.propensities.push_back(log.propensities[r]);
        }
        first += count;
        // Given back, not cleared: kept, every listener would hold the capacity of their
        // busiest day for the rest of the run, whether they come back or not.
        std::vector<float>().swap(log.features);
        std::vector<float>().swap(log.labels);
        std::vector<float>().swap(log.propensities);
        ope.add(log.ope);
        log.ope = events::OffPolicyTally {};
    }
    m_window.push_back(std::move(sample));
    while (!m_window.empty() && m_window.front().day <= day - windowDays)
        m_window.pop_front();
    return ope;
}

std::size_t ImpressionLog::windowRowCount() const
{
    std::size_t rows = 0;
    for (const auto &d : m_window)
        rows += d.labels.size();
    return rows;
}

void ImpressionLog::trainingRows(int maxRows, std::vector<float> &features,
    std::vector<float> &labels, std::vector<float> *propensities) const
{
    features.clear();
    labels.clear();
    if (propensities)
        propensities->clear();
    const std::size_t rows = windowRowCount();
    const std::size_t budget = std::size_t(std::max(1, maxRows));
    const std::size_t stride = std::max<std::size_t>(1, (rows + budget - 1) / budget);
    std::size_t i = 0;
    for (const auto &d : m_window) {
        for (std::size_t r = 0; r < d.labels.size(); ++r, ++i) {
            if (i % stride)
                continue;
            features.insert(features.end(), d.features.begin() + std::ptrdiff_t(r * kFeatureCount),
                d.features.begin() + std::ptrdiff_t((r + 1) * kFeatureCount));
            labels.push_back(d.labels[r]);
            if (propensities)
                propensities->push_back(d.propensities[r]);
        }
    }
}

void ipsWeights(const std::vector<float> &propensities, double clip, std::vector<float> &out)
{
    out.resize(propensities.size());
    for (std::size_t r = 0; r < propensities.size(); ++r) {
        const double p = propensities[r];
        out[r] = float(p > 0.0 ? std::min(1.0 / p, clip) : clip);
    }
}

std::size_t ImpressionLog::bufferedCapacity() const
{
    std::size_t n = 0;
    for (const ListenerLog &log : m_listeners)
        n += log.pending.capacity() + log.features.capacity() + log.labels.capacity()
            + log.propensities.capacity();
    return n;
}

std::size_t ImpressionLog::TrainingDay::bytes() const
{
    return base::capacityBytes(features) + base::capacityBytes(labels)
        + base::capacityBytes(propensities);
}

std::size_t ImpressionLog::windowBytes() const
{
    std::size_t bytes = base::elementBytes(m_window);
    for (const TrainingDay &d : m_window)
        bytes += d.bytes();
    return bytes;
}

std::size_t ImpressionLog::memoryBytes() const
{
    std::size_t bytes = base::capacityBytes(m_listeners);
    for (const ListenerLog &log : m_listeners)
        bytes += base::capacityBytes(log.pending) + base::capacityBytes(log.features)
            + base::capacityBytes(log.labels) + base::capacityBytes(log.propensities);
    return bytes + windowBytes();
}
} // namespace td::recsys
