// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/valuemodel.h"

#include "base/capacitybytes.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace td::recsys {

namespace {
constexpr std::uint8_t kActive = 1;
constexpr std::uint8_t kCancelled = 2;

double sigmoid(double eta)
{
    return 1.0 / (1.0 + std::exp(-eta));
}
} // namespace

void ValueModel::resize(std::size_t listeners)
{
    if (m_pending.size() < listeners) {
        m_pending.resize(listeners);
        m_today.resize(listeners);
    }
}

void ValueModel::addShown(ListenerId l, TrackId track, std::uint16_t position, const ValueRow &row)
{
    m_pending[l].push_back(Pending { track, position, row });
}

void ValueModel::labelSession(ListenerId l, const events::Event *events, std::size_t count)
{
    for (const Pending &p : m_pending[l]) {
        bool examined = false;
        for (std::size_t i = 0; i < count && !examined; ++i) {
            const events::Event &e = events[i];
            examined = e.track == p.track && e.position == p.position
                && e.surface == events::Surface::Home && e.source == events::Source::Recommended
                && (e.action == events::Action::Stream || e.action == events::Action::Skip);
        }
        if (examined)
            m_today[l].push_back(p);
    }
    m_pending[l].clear();
}

void ValueModel::recordDay(Day day, const std::vector<events::Event> &events, std::size_t listeners,
    std::vector<std::uint8_t> &active)
{
    resize(listeners);
    DayRows today;
    today.day = day;
    for (std::size_t l = 0; l < m_today.size(); ++l) {
        for (const Pending &p : m_today[l]) {
            today.listeners.push_back(ListenerId(l));
            today.rows.insert(today.rows.end(), p.row.begin(), p.row.end());
        }
        m_today[l].clear();
    }
    m_rows.push_back(std::move(today));

    DayActivity activity;
    activity.day = day;
    activity.flags.assign(listeners, 0);
    for (const events::Event &e : events) {
        if (e.listener >= listeners)
            continue;
        activity.flags[e.listener] |= e.action == events::Action::Cancel ? kCancelled : kActive;
    }
    active.assign(listeners, 0);
    for (std::size_t l = 0; l < listeners; ++l)
        active[l] = activity.flags[l] & kActive;
    m_activity.push_back(std::move(activity));
}

const ValueModel::DayActivity *ValueModel::activity(Day day) const
{
    // Days are recorded in order, one each: find by offset, check, fall back to a search.
    if (m_activity.empty())
        return nullptr;
    const std::ptrdiff_t offset = std::ptrdiff_t(day) - std::ptrdiff_t(m_activity.front().day);
    if (offset >= 0 && std::size_t(offset) < m_activity.size()
        && m_activity[std::size_t(offset)].day == day)
        return &m_activity[std::size_t(offset)];
    for (const DayActivity &a : m_activity)
        if (a.day == day)
            return &a;
    return nullptr;
}

float ValueModel::label(ListenerId l, Day r) const
{
    // Reads days r … r + 7 exactly: trainAt() alone decides which rows are labelled yet.
    bool activeLater = false;
    for (Day k = 0; k <= kHorizonDays; ++k) {
        const DayActivity *a = activity(r + k);
        if (!a || l >= a->flags.size())
            continue;
        if (a->flags[l] & kCancelled)
            return 0.0f;
        activeLater = activeLater || (k > 0 && (a->flags[l] & kActive));
    }
    return activeLater ? 1.0f : 0.0f;
}

bool ValueModel::trainAt(Day d, int maxRows, double l2)
{
    const Day last = d - kHorizonDays; // the newest day whose labels are known at the end of d
    const Day first = last - kTrainingDays + 1;
    std::size_t rows = 0;
    for (const DayRows &day : m_rows)
        if (day.day >= first && day.day <= last)
            rows += day.listeners.size();
    if (rows == 0)
        return false;
    const std::size_t budget = std::size_t(std::max(1, maxRows));
    const std::size_t stride = std::max<std::size_t>(1, (rows + budget - 1) / budget);
    std::vector<float> features, labels;
    features.reserve((rows / stride + 1) * kValueFeatureCount);
    std::size_t i = 0;
    for (const DayRows &day : m_rows) {
        if (day.day < first || day.day > last)
            continue;
        for (std::size_t r = 0; r < day.listeners.size(); ++r, ++i) {
            if (i % stride)
                continue;
            const auto begin = day.rows.begin() + std::ptrdiff_t(r * kValueFeatureCount);
            features.insert(features.end(), begin, begin + kValueFeatureCount);
            labels.push_back(label(day.listeners[r], day.day));
        }
    }
    if (!m_model.train(features, kValueFeatureCount, labels, {}, l2, 12))
        return false;
    const std::size_t n = labels.size();
    m_itemMeans.fill(0.0);
    for (std::size_t r = 0; r < n; ++r)
        for (int j = 0; j < kValueItemFeatureCount; ++j)
            m_itemMeans[std::size_t(j)] += features[r * kValueFeatureCount + std::size_t(j)];
    for (double &m : m_itemMeans)
        m /= double(n);
    return true;
}

void ValueModel::forgetBefore(Day d)
{
    while (!m_rows.empty() && m_rows.front().day < d)
        m_rows.pop_front();
    while (!m_activity.empty() && m_activity.front().day < d)
        m_activity.pop_front();
}

void ValueModel::endDay(Day day, const std::vector<events::Event> &events, std::size_t listeners,
    int maxRows, double l2, std::vector<std::uint8_t> &active)
{
    recordDay(day, events, listeners, active);
    // Held out: the rows of day − 7 get their labels only now, and no fit has read them yet.
    if (m_model.trained()) {
        for (const DayRows &rows : m_rows) {
            if (rows.day != day - kHorizonDays)
                continue;
            for (std::size_t r = 0; r < rows.listeners.size(); ++r) {
                ValueRow x;
                std::copy_n(rows.rows.begin() + std::ptrdiff_t(r * kValueFeatureCount),
                    kValueFeatureCount, x.begin());
                m_heldOut.emplace_back(
                    float(predict(x)), std::uint8_t(label(rows.listeners[r], rows.day)));
            }
        }
    }
    trainAt(day, maxRows, l2);
    // The next fit (at day + 1) reads rows from day + 1 − 7 − 14 + 1 on.
    forgetBefore(day + 2 - kHorizonDays - kTrainingDays);
}

double ValueModel::predict(const ValueRow &row) const
{
    return sigmoid(m_model.logit(row.data()));
}

double ValueModel::uplift(const ValueRow &row) const
{
    if (!m_model.trained())
        return 0.0;
    ValueRow base = row;
    for (int j = 0; j < kValueItemFeatureCount; ++j)
        base[std::size_t(j)] = float(m_itemMeans[std::size_t(j)]);
    return m_model.logit(row.data()) - m_model.logit(base.data());
}

std::vector<ValueModel::CalibrationBin> ValueModel::calibrationTable(int bins) const
{
    std::vector<CalibrationBin> table;
    if (bins < 1 || m_heldOut.empty())
        return table;
    std::vector<std::size_t> order(m_heldOut.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return m_heldOut[a].first < m_heldOut[b].first; });
    const std::size_t n = order.size();
    for (int b = 0; b < bins; ++b) {
        const std::size_t from = n * std::size_t(b) / std::size_t(bins);
        const std::size_t to = n * std::size_t(b + 1) / std::size_t(bins);
        if (from == to)
            continue;
        CalibrationBin bin;
        for (std::size_t i = from; i < to; ++i) {
            bin.predicted += m_heldOut[order[i]].first;
            bin.observed += m_heldOut[order[i]].second;
        }
        bin.rows = to - from;
        bin.predicted /= double(bin.rows);
        bin.observed /= double(bin.rows);
        table.push_back(bin);
    }
    return table;
}

std::size_t ValueModel::memoryBytes() const
{
    std::size_t bytes = base::capacityBytes(m_pending) + base::capacityBytes(m_today);
    bytes += base::elementBytes(m_rows) + base::elementBytes(m_activity);
    for (const DayRows &d : m_rows)
        bytes += base::capacityBytes(d.listeners) + base::capacityBytes(d.rows);
    for (const DayActivity &d : m_activity)
        bytes += base::capacityBytes(d.flags);
    return bytes + base::capacityBytes(m_heldOut);
}
} // namespace td::recsys
