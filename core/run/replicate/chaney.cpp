// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Chaney, Stewart & Engelhardt (2018) with their protocol (protocols.h, docs/validation.md).
#include "run/replicate/protocols.h"
#include "run/replicate/windows.h"

#include "metrics/feedbackloop.h"
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/engine.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace td::run::replicate {

namespace {

/// What the initial listeners of one run have consumed: per day, each listener's cumulative
/// set of streamed tracks (any surface, sorted), and with the pipeline each listener's nearest
/// neighbour in its ALS user space after that day (Chaney et al.'s pairs).
struct Consumption
{
    std::vector<std::vector<std::vector<TrackId>>> sets; ///< [day][listener]
    std::vector<std::vector<std::size_t>> modelPartner; ///< [day][listener], pipeline only
    std::vector<metrics::DayMetrics> metrics;
};

Consumption recordConsumption(const sim::Scenario &s, std::size_t listeners, unsigned threads)
{
    Consumption c;
    std::vector<std::set<TrackId>> streamed(listeners);
    sim::Engine engine(s, threads);
    const auto *pipeline = dynamic_cast<const recsys::PipelineRecommender *>(&engine.recommender());
    while (!engine.finished()) {
        engine.stepDay();
        for (const auto &e : engine.lastDayEvents()) {
            if (e.action == events::Action::Stream && e.listener < listeners)
                streamed[e.listener].insert(e.track);
        }
        auto &today = c.sets.emplace_back(listeners);
        for (std::size_t l = 0; l < listeners; ++l)
            today[l].assign(streamed[l].begin(), streamed[l].end());
        if (pipeline) {
            const std::size_t f = std::size_t(pipeline->collaborative().factors());
            std::vector<float> users(listeners * f, 0.0f); // no vector yet: a zero row
            for (std::size_t l = 0; l < listeners; ++l) {
                if (const float *x = pipeline->collaborative().userVector(ListenerId(l)))
                    std::copy(x, x + f, users.begin() + std::ptrdiff_t(l * f));
            }
            c.modelPartner.push_back(metrics::nearestByCosine(users.data(), listeners, int(f)));
        }
    }
    c.metrics = engine.history();
    return c;
}

} // namespace

ChaneyResult chaney(const Size &size, std::uint64_t seed, unsigned threads, int startupDays)
{
    const int days = size.days, w = 5;
    if (startupDays < 0 || days < startupDays + 2 + 2 * w)
        throw std::invalid_argument("chaney: needs at least " + std::to_string(startupDays + 12)
            + " days with a start-up of " + std::to_string(startupDays));
    const std::size_t listeners = std::size_t(size.listeners); // the initial population
    auto scenario = [&](const char *kind) {
        // Fixed tastes, as in the paper (malleability 0; the small OU drift stays).
        sim::Scenario s = baseScenario(kind, 0.0, size, seed);
        s.recommender.startupDays = startupDays;
        return s;
    };
    const Consumption pipeline = recordConsumption(scenario("pipeline"), listeners, threads);
    const Consumption oracle = recordConsumption(scenario("oracle"), listeners, threads);
    const Consumption random = recordConsumption(scenario("random"), listeners, threads);

    ChaneyResult r;
    const auto at = [](int day) { return std::size_t(day); };
    r.startupShared = startupDays == 0
        || (pipeline.sets[at(startupDays - 1)] == oracle.sets[at(startupDays - 1)]
            && random.sets[at(startupDays - 1)] == oracle.sets[at(startupDays - 1)]);
    r.servingDiffers = pipeline.sets[at(startupDays)] != oracle.sets[at(startupDays)];

    // The mean Jaccard index of the cumulative consumption of each user and the user most
    // similar to them in the recommender's representation, minus the same for the ideal
    // recommender's consumption on the same pairs.
    auto change = [&](const Consumption &run, int day) {
        const auto &pairs = pipeline.modelPartner[at(day)];
        return metrics::meanPartnerJaccard(run.sets[at(day)], pairs)
            - metrics::meanPartnerJaccard(oracle.sets[at(day)], pairs);
    };
    auto mean = [&](const Consumption &run, int from, int to) {
        double sum = 0.0;
        for (int d = from; d < to; ++d)
            sum += change(run, d);
        return sum / double(to - from);
    };
    r.first = startupDays + 2;
    r.last = days - w;
    r.middle = (r.first + r.last) / 2;
    r.gapFirst = mean(pipeline, r.first, r.first + w);
    r.gapMiddle = mean(pipeline, r.middle, r.middle + w);
    r.gapLast = mean(pipeline, r.last, days);
    r.randomLast = mean(random, r.last, days);
    const char *j = "homogenization_jaccard";
    r.windowedPipeline = windowMean(pipeline.metrics, j, r.last, days);
    r.windowedIdeal = windowMean(oracle.metrics, j, r.last, days);
    r.windowedRandom = windowMean(random.metrics, j, r.last, days);
    return r;
}

} // namespace td::run::replicate
