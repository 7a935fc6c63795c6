// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "feedbackrecorder.h"

#include <limits>

namespace td::python {

void FeedbackRecorder::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &population)
{
    if (m_listeners.size() < population.listenerCount)
        m_listeners.resize(population.listenerCount);
    m_inner.beginDay(day, catalog, population);
}

void FeedbackRecorder::recommend(const events::RecRequest &req, base::Rng &policyRng,
    events::Slate &out, events::RequestTrace *trace)
{
    m_inner.recommend(req, policyRng, out, trace);
    if (!req.inspectOnly)
        m_requests.fetch_add(1, std::memory_order_relaxed);
    if (req.surface != events::Surface::Home || req.inspectOnly
        || req.listener >= m_listeners.size())
        return;
    auto &pending = m_listeners[req.listener].pending;
    for (std::size_t pos = 0; pos < out.items.size(); ++pos) {
        Round r;
        r.day = req.day;
        r.hour = req.hour;
        r.weekday = req.weekday;
        r.device = req.device;
        r.explicitAllowed = req.explicitAllowed;
        r.sessionPlays = req.session.plays;
        r.sessionSkips = req.session.skips;
        r.requestIndex = req.requestIndex;
        r.sessionIndex = req.sessionIndex;
        r.listener = req.listener;
        r.track = out.items[pos].track;
        r.position = std::uint16_t(pos);
        r.propensity = out.items[pos].propensity;
        r.targetPropensity = pos < out.targetPropensities.size()
            ? out.targetPropensities[pos]
            : std::numeric_limits<double>::quiet_NaN();
        pending.push_back(r);
    }
}

void FeedbackRecorder::endSession(
    ListenerId listener, const events::Event *events, std::size_t count)
{
    m_inner.endSession(listener, events, count);
    if (listener >= m_listeners.size())
        return;
    Listener &me = m_listeners[listener];
    for (Round &r : me.pending) {
        bool shown = false;
        for (std::size_t i = 0; i < count; ++i) {
            const events::Event &e = events[i];
            if (e.track != r.track || e.position != r.position
                || e.source != events::Source::Recommended)
                continue;
            shown = shown || e.action == events::Action::Impression;
            r.streamed = r.streamed || e.action == events::Action::Stream;
        }
        if (shown)
            me.labelled.push_back(r);
    }
    me.pending.clear();
}

void FeedbackRecorder::endDay(Day day, const std::vector<events::Event> &events)
{
    m_inner.endDay(day, events);
    for (Listener &l : m_listeners) {
        m_rounds.insert(m_rounds.end(), l.labelled.begin(), l.labelled.end());
        l.labelled.clear();
    }
}

} // namespace td::python
