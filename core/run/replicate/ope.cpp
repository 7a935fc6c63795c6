// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Off-policy evaluation against the simulator's truth (protocols.h, docs/validation.md).
#include "run/replicate/protocols.h"
#include "run/replicate/windows.h"

#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"

#include <cmath>
#include <stdexcept>

namespace td::run::replicate {

OpeResult ope(const Size &size, std::uint64_t seed, unsigned threads)
{
    // The logger explores (ε-greedy 0.2, docs/validation.md "Off-policy evaluation"); the
    // target is metrics.ope.target, greedy by default.
    sim::Scenario s
        = baseScenario("pipeline", sim::Scenario().world.listeners.malleability, size, seed);
    sim::setScenarioValue(s, "recommender.policy.kind", "epsilon_greedy");
    s.recommender.policy.epsilon = 0.2;
    sim::setScenarioValue(s, "metrics.ope.target.kind", "greedy");
    sim::Engine engine(s, threads);
    while (!engine.finished())
        engine.stepDay();
    const auto &history = engine.history();
    OpeResult r;
    // The second half: the model has been retrained on the logs for days/2 days.
    r.from = size.days / 2;
    r.days = size.days - r.from;
    r.ips = windowMean(history, "ope_ips", r.from, size.days);
    r.snips = windowMean(history, "ope_snips", r.from, size.days);
    r.truth = windowMean(history, "ope_truth", r.from, size.days);
    r.logger = windowMean(history, "home_stream_rate", r.from, size.days);
    if (std::isnan(r.ips) || std::isnan(r.snips) || std::isnan(r.truth))
        throw std::runtime_error("ope: the run has no off-policy estimate in days "
            + std::to_string(r.from) + "-" + std::to_string(size.days - 1));
    return r;
}

} // namespace td::run::replicate
