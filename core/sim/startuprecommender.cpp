// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/startuprecommender.h"

namespace td::sim {

void StartupRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &population)
{
    m_configured.beginDay(day, catalog, population);
    if (inStartup(day))
        m_random.beginDay(day, catalog, population);
}

void StartupRecommender::recommend(const events::RecRequest &req, base::Rng &policyRng,
    events::Slate &out, events::RequestTrace *trace)
{
    if (!inStartup(req.day)) {
        m_configured.recommend(req, policyRng, out, trace);
        return;
    }
    m_random.recommend(req, policyRng, out, trace);
    if (trace)
        trace->stages.back().note += " (start-up phase: recommender.startup_days)";
}

void StartupRecommender::endSession(
    ListenerId listener, const events::Event *events, std::size_t count)
{
    m_configured.endSession(listener, events, count);
}

void StartupRecommender::endDay(Day day, const std::vector<events::Event> &events)
{
    m_configured.endDay(day, events);
}

bool StartupRecommender::tasteBeliefs(ListenerId listener, events::TasteBeliefs &out) const
{
    return m_configured.tasteBeliefs(listener, out);
}

} // namespace td::sim
