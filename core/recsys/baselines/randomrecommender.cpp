// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/baselines/randomrecommender.h"

#include <algorithm>

namespace td::recsys {

void RandomRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &)
{
    m_released.clear();
    m_releasedClean.clear();
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        if (!catalog.isReleased(t, day))
            continue;
        m_released.push_back(t);
        if (!catalog.isExplicit[t])
            m_releasedClean.push_back(t);
    }
}

void RandomRecommender::recommend(const events::RecRequest &req, base::Rng &policyRng,
    events::Slate &out, events::RequestTrace *trace)
{
    out.clear();
    const auto &pool = req.explicitAllowed ? m_released : m_releasedClean;
    const int n = int(pool.size());
    const int k = std::min(req.k, n);
    if (k <= 0)
        return;
    // Sample k distinct positions by rejection (k is tiny next to n); marginal probability
    // of any eligible track at any position is exactly 1/n.
    const float propensity = 1.0f / float(n);
    while (int(out.items.size()) < k) {
        const TrackId t = pool[policyRng.below(std::uint32_t(n))];
        const bool dup = std::any_of(out.items.begin(), out.items.end(),
            [t](const events::SlateEntry &e) { return e.track == t; });
        if (!dup)
            out.items.push_back({ t, 0.0f, propensity, 0, 1 });
    }
    if (trace) {
        trace->recommender = name();
        trace->policy = "uniform";
        trace->stages.push_back({ "uniform sample", n, k, "each eligible track equally likely" });
        events::traceShownSlate(out, "uniform", *trace);
    }
}

void RandomRecommender::endDay(Day, const std::vector<events::Event> &) { }

} // namespace td::recsys
