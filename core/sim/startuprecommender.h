// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/recommender.h"
#include "recsys/baselines/randomrecommender.h"

namespace td::sim {

/// The start-up phase of a run (recommender.startup_days; Chaney, Stewart & Engelhardt 2018
/// and T-RECS start their simulations this way): for days 0 .. startupDays−1 every request is
/// answered with a uniformly random slate, while the configured recommender watches. It sees
/// every beginDay(), endSession() and endDay(), so it trains on unconfounded data and starts
/// serving on day `startupDays` with a model of that data. From then on this class forwards.
///
/// The random slates draw only from the listener's policy stream, as the random baseline does,
/// so every recommender kind lives through the same start-up days, event for event: runs of
/// different kinds diverge only from day `startupDays` on.
///
/// Threading: that of events::Recommender; the wrapped recommender must outlive this one.
class StartupRecommender final : public events::Recommender
{
public:
    StartupRecommender(events::Recommender &configured, int startupDays)
        : m_configured(configured), m_startupDays(startupDays)
    { }

    /// The configured recommender's name: the run is that recommender's run.
    const char *name() const override { return m_configured.name(); }
    void beginDay(Day day, const events::ObservableCatalog &catalog,
        const events::PopulationView &population) override;
    void recommend(const events::RecRequest &req, base::Rng &policyRng, events::Slate &out,
        events::RequestTrace *trace) override;
    void endSession(ListenerId listener, const events::Event *events, std::size_t count) override;
    void endDay(Day day, const std::vector<events::Event> &events) override;
    bool tasteBeliefs(ListenerId listener, events::TasteBeliefs &out) const override;
    /// The configured recommender's: it keeps the logs and the model, even while watching.
    const events::RecommenderDiagnostics &diagnostics() const override
    {
        return m_configured.diagnostics();
    }
    const events::ModelProbe *modelProbe() const override { return m_configured.modelProbe(); }

    bool inStartup(Day day) const { return day < m_startupDays; }

private:
    events::Recommender &m_configured;
    recsys::RandomRecommender m_random;
    int m_startupDays = 0;
};

} // namespace td::sim
