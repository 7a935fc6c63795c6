// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Replications of published feedback-loop results (docs/validation.md, "Feedback loops").
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include "metrics/feedbackloop.h"
#include "recsys/pipeline/pipelinerecommender.h"
#include "sim/engine.h"
#include "world/listenerseeding.h"
#include "world/world.h"

#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>
#include <set>

using namespace td;

namespace {

sim::Scenario replicationScenario(const std::string &kind, double malleability, int days)
{
    sim::Scenario s;
    s.run.days = days;
    // Seed 1 is what the assertions were set on; TD_REPLICATION_SEED reproduces the other
    // seeds of docs/validation.md with the same code.
    s.run.seed = qEnvironmentVariableIsSet("TD_REPLICATION_SEED")
        ? std::uint64_t(qEnvironmentVariableIntValue("TD_REPLICATION_SEED"))
        : 1;
    s.world.listeners.count = 600;
    s.world.catalog.tracks = 2000;
    s.world.listeners.malleability = malleability;
    td::sim::setScenarioValue(s, "recommender.kind", kind);
    s.recommender.policy.kind = td::recsys::policy::PolicyKind::Greedy;
    return s;
}

/// Mean of metric `name` over days [from, to).
double window(const std::vector<metrics::DayMetrics> &h, const char *name, int from, int to)
{
    double sum = 0.0;
    int n = 0;
    for (const auto &d : h) {
        const double v = d.value(name);
        if (d.day >= from && d.day < to && !std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n > 0 ? sum / n : std::nan("");
}

std::vector<metrics::DayMetrics> runScenario(const sim::Scenario &s)
{
    sim::Engine engine(s, 2);
    while (!engine.finished())
        engine.stepDay();
    return engine.history();
}

/// What the initial listeners of one run have consumed: per day, each listener's cumulative
/// set of streamed tracks (any surface, sorted), and with the pipeline each listener's nearest
/// neighbour in its ALS user space after that day (Chaney et al.'s pairs).
struct Consumption
{
    std::vector<std::vector<std::vector<TrackId>>> sets; ///< [day][listener]
    std::vector<std::vector<std::size_t>> modelPartner; ///< [day][listener], pipeline only
    std::vector<metrics::DayMetrics> metrics;
};

Consumption recordConsumption(const sim::Scenario &s, std::size_t listeners)
{
    Consumption c;
    std::vector<std::set<TrackId>> streamed(listeners);
    sim::Engine engine(s, 2);
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

class TestReplication : public QObject
{
    Q_OBJECT
private slots:
    /// Chaney, Stewart & Engelhardt (2018), with their protocol: after a start-up phase of
    /// random recommendations, a recommender retrained on the data it confounds makes the
    /// users it considers similar consume ever more alike, more than an ideal recommender that
    /// knows the true preferences makes the same users consume, and random ones less.
    void chaneyHomogenisation()
    {
        // The paper starts with 10 iterations of random recommendations; so do we (10 days).
        // TD_REPLICATION_STARTUP=0 shows what happens without them (docs/validation.md).
        const int days = 40;
        const int startup = qEnvironmentVariableIsSet("TD_REPLICATION_STARTUP")
            ? qEnvironmentVariableIntValue("TD_REPLICATION_STARTUP")
            : 10;
        const std::size_t listeners = 600; // the initial population
        auto scenario = [&](const char *kind, double malleability) {
            sim::Scenario s = replicationScenario(kind, malleability, days);
            s.recommender.startupDays = startup;
            return s;
        };
        // Fixed tastes, as in the paper (malleability 0; the small OU drift stays).
        const auto pipeline = recordConsumption(scenario("pipeline", 0.0), listeners);
        const auto oracle = recordConsumption(scenario("oracle", 0.0), listeners);
        const auto random = recordConsumption(scenario("random", 0.0), listeners);
        // The start-up days are the same days for every kind, event for event.
        if (startup > 0) {
            QVERIFY(
                pipeline.sets[std::size_t(startup - 1)] == oracle.sets[std::size_t(startup - 1)]);
            QVERIFY(random.sets[std::size_t(startup - 1)] == oracle.sets[std::size_t(startup - 1)]);
        }
        QVERIFY(pipeline.sets[std::size_t(startup)] != oracle.sets[std::size_t(startup)]);

        // Chaney et al.'s measure: the mean Jaccard index of the cumulative consumption of
        // each user and the user most similar to them in the recommender's representation,
        // minus the same for the ideal recommender's consumption on the same pairs.
        auto change = [&](const Consumption &run, int day) {
            const auto &pairs = pipeline.modelPartner[std::size_t(day)];
            return metrics::meanPartnerJaccard(run.sets[std::size_t(day)], pairs)
                - metrics::meanPartnerJaccard(oracle.sets[std::size_t(day)], pairs);
        };
        auto mean = [&](const Consumption &run, int from, int to) {
            double sum = 0.0;
            for (int d = from; d < to; ++d)
                sum += change(run, d);
            return sum / double(to - from);
        };
        for (int d = std::max(0, startup - 1); d < days; d += 5)
            qInfo("Chaney: day %2d: paired Jaccard pipeline %.4f, ideal %.4f, random %.4f", d,
                metrics::meanPartnerJaccard(
                    pipeline.sets[std::size_t(d)], pipeline.modelPartner[std::size_t(d)]),
                metrics::meanPartnerJaccard(
                    oracle.sets[std::size_t(d)], pipeline.modelPartner[std::size_t(d)]),
                metrics::meanPartnerJaccard(
                    random.sets[std::size_t(d)], pipeline.modelPartner[std::size_t(d)]));
        const int w = 5, first = startup + 2, middle = (first + days - w) / 2, last = days - w;
        const double g0 = mean(pipeline, first, first + w), g1 = mean(pipeline, middle, middle + w),
                     g2 = mean(pipeline, last, days);
        const double r2 = mean(random, last, days);
        qInfo("Chaney: change in paired Jaccard vs ideal, days %d-%d / %d-%d / %d-%d: pipeline "
              "%+.4f / %+.4f / %+.4f, random at the end %+.4f",
            first, first + w - 1, middle, middle + w - 1, last, days - 1, g0, g1, g2, r2);
        // The CSV metric (7-day windows, random pairs: no representation needed) agrees.
        const char *j = "homogenization_jaccard";
        const double windowed = window(pipeline.metrics, j, last, days);
        const double windowedIdeal = window(oracle.metrics, j, last, days);
        const double windowedRandom = window(random.metrics, j, last, days);
        qInfo("Chaney: %s at the end: pipeline %.4f, ideal %.4f, random %.4f", j, windowed,
            windowedIdeal, windowedRandom);
        // More homogeneous than under the ideal recommender from the first days of serving...
        QVERIFY(g0 > 0.03);
        // ...increasingly so over time...
        QVERIFY(g1 > g0 + 0.02);
        QVERIFY(g2 > g1 + 0.01);
        // ...while random recommendations homogenise less than the ideal ones.
        QVERIFY(r2 < -0.02);
        QVERIFY(windowed > 1.25 * windowedIdeal);
        QVERIFY(windowedIdeal > 2.0 * windowedRandom);
    }

    /// What only a simulator can show next to Chaney et al.: with malleable listeners (each
    /// satisfying listen pulls taste toward the track), the loop homogenises the TRUE tastes,
    /// far faster than the ideal recommender does, with a gap that keeps growing.
    void chaneyTasteConvergence()
    {
        const int days = 40, startup = 10;
        auto run = [&](const char *kind) {
            sim::Scenario s = replicationScenario(kind, 0.1, days);
            s.recommender.startupDays = startup;
            return runScenario(s);
        };
        const auto pipeline = run("pipeline");
        const auto oracle = run("oracle");
        const char *t = "taste_homogenization";
        const double start = window(pipeline, t, 0, 1), startOracle = window(oracle, t, 0, 1);
        const double early = window(pipeline, t, startup + 2, startup + 7);
        const double earlyOracle = window(oracle, t, startup + 2, startup + 7);
        const double end = window(pipeline, t, days - 5, days);
        const double endOracle = window(oracle, t, days - 5, days);
        qInfo("Chaney: taste homogenization pipeline %.4f -> %.4f -> %.4f, ideal %.4f -> %.4f "
              "-> %.4f",
            start, early, end, startOracle, earlyOracle, endOracle);
        QCOMPARE(start, startOracle); // the same population on day 0
        // About twice the ideal's convergence (1.96 times on seed 1, simulation model 4;
        // docs/validation.md). The bound was 2 until model 4 dropped the cap of 12 sessions a
        // day: seed 1 sat at 2.006 times, within 0.3 % of it.
        QVERIFY(end - start > 1.75 * (endOracle - startOracle));
        QVERIFY(end - endOracle > early - earlyOracle + 0.01);
    }

    /// Jiang, Chiappa, Lattimore, György & Kohli (2019), "Degenerate feedback loops in
    /// recommender systems": without exploration, what a user is recommended narrows round
    /// after round; exploration over the whole catalogue slows the narrowing.
    void jiangDegenerateLoops()
    {
        const int days = 40;
        const int early0 = 1, early1 = 6, late0 = days - 10;
        // Malleable listeners (the filter-bubble setting): the loop has something to feed on.
        auto narrowing = [&](const char *policy, double epsilon, double exploreShare) {
            sim::Scenario s = replicationScenario("pipeline", 0.05, days);
            td::sim::setScenarioValue(s, "recommender.policy.kind", policy);
            s.recommender.policy.epsilon = epsilon;
            s.recommender.exploreShare = exploreShare;
            const auto twin = world::makeWorld(s.world, s.run.seed, {});
            const auto &subgenre = twin->catalog().trueSubgenre;
            const std::size_t subgenres
                = std::size_t(*std::max_element(subgenre.begin(), subgenre.end()) + 1);
            const std::size_t initial = twin->population().size();
            // Per initial listener: counts of Home impressions per true sub-genre, early/late.
            std::vector<std::vector<double>> early(initial, std::vector<double>(subgenres)),
                late = early;
            sim::Engine engine(s, 2);
            while (!engine.finished()) {
                const auto snapshot = engine.stepDay();
                const int day = snapshot->metrics.day;
                auto *window = day >= early0 && day < early1 ? &early
                    : day >= late0                           ? &late
                                                             : nullptr;
                if (!window)
                    continue;
                for (const auto &e : engine.lastDayEvents()) {
                    if (e.action == events::Action::Impression && e.surface == events::Surface::Home
                        && e.listener < initial)
                        (*window)[e.listener][std::size_t(subgenre[e.track])] += 1.0;
                }
            }
            // Mean Shannon entropy (bits) of the recommended sub-genre mix, over listeners
            // shown at least 40 Home tracks in each window.
            auto entropy = [](const std::vector<double> &counts) {
                const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
                double h = 0.0;
                for (double c : counts)
                    h -= c > 0.0 ? c / total * std::log2(c / total) : 0.0;
                return h;
            };
            double h0 = 0.0, h1 = 0.0;
            int n = 0;
            for (std::size_t l = 0; l < initial; ++l) {
                const auto sum0 = std::accumulate(early[l].begin(), early[l].end(), 0.0);
                const auto sum1 = std::accumulate(late[l].begin(), late[l].end(), 0.0);
                if (sum0 < 40.0 || sum1 < 40.0)
                    continue;
                h0 += entropy(early[l]);
                h1 += entropy(late[l]);
                ++n;
            }
            qInfo("Jiang: %s %.2f, explore_share %.2f: recommended sub-genre entropy %.3f -> "
                  "%.3f bits (%d listeners)",
                policy, epsilon, exploreShare, h0 / n, h1 / n, n);
            return std::pair(h0 / n, h1 / n);
        };
        const auto greedy = narrowing("greedy", 0.0, 0.0);
        const auto epsilon = narrowing("epsilon_greedy", 0.2, 0.0);
        const auto wide = narrowing("epsilon_greedy", 0.2, 0.5);
        // Without exploration the recommended mix narrows...
        QVERIFY(greedy.second < greedy.first - 0.2);
        // ...and exploration that reaches the whole catalogue (ε-greedy over a pool half
        // filled with random released tracks) narrows it far less. ε-greedy over the
        // retrieved pool alone slows it on some seeds only (seed 1 barely; docs/validation.md),
        // because the pool narrows with the models, but its late slates stay wider.
        QVERIFY(wide.first - wide.second < greedy.first - greedy.second - 0.1);
        QVERIFY(epsilon.second > greedy.second + 0.1);
    }

    /// Mansoury, Abdollahpouri, Pechenizkiy, Mobasher & Burke (2020), "Feedback loop and bias
    /// amplification in recommender systems": retrained on the feedback to its own
    /// recommendations, a collaborative-filtering recommender recommends ever more popular
    /// items, and the users it hurts most are those far from the mainstream, whose
    /// recommendations drift away from their taste.
    void mansouryBiasAmplification()
    {
        const int days = 40;
        // The paper's setting: a CF model retrained every round (here every day), slates
        // ordered by its score. docs/validation.md reports the logistic ranker too.
        sim::Scenario scenario = replicationScenario("pipeline", 0.01, days);
        scenario.recommender.ranker.kind = td::recsys::RankerKind::Cf;
        // A twin of the engine's world (same parameters and seed give the same catalogue and
        // initial listeners): the ground truth the engine keeps to itself.
        world::WorldParams params = scenario.world;
        const auto twin = world::makeWorld(params, scenario.run.seed, {});
        const auto &catalog = twin->catalog();
        const auto &pop = twin->population();
        const std::size_t initial = pop.size();
        metrics::PopularityRanks ranks(catalog.appealWeight, catalog.observable.releaseDay);
        ranks.advanceTo(0);

        // Taste popularity: the mean true-popularity percentile of each listener's 50
        // favourite tracks (true expected utility, no context) at the start of the run.
        // Niche = its bottom quarter, mainstream = its top quarter.
        std::vector<double> preference(initial);
        std::vector<float> taste(std::size_t(pop.dim));
        std::vector<std::pair<float, TrackId>> scored;
        for (ListenerId l = 0; l < initial; ++l) {
            twin->response().contextTaste(pop, l, events::Context::None, taste.data());
            scored.clear();
            for (TrackId t = 0; t < catalog.trackCount(); ++t) {
                if (catalog.observable.isReleased(t, 0))
                    scored.push_back(
                        { twin->response().utility(pop, catalog, l, taste.data(), t, 0).total(),
                            t });
            }
            std::partial_sort(scored.begin(), scored.begin() + 50, scored.end(), std::greater<>());
            double sum = 0.0;
            for (int i = 0; i < 50; ++i)
                sum += ranks.percentile(scored[std::size_t(i)].second);
            preference[l] = sum / 50.0;
        }
        std::vector<double> sorted = preference;
        std::sort(sorted.begin(), sorted.end());
        const double q1 = sorted[sorted.size() / 4], q3 = sorted[(3 * sorted.size()) / 4];
        auto group = [&](ListenerId l) {
            if (l >= initial)
                return -1;
            return preference[l] <= q1 ? 0 : preference[l] >= q3 ? 1 : -1;
        };
        std::array<double, 2> tastePopularity {}, members {};
        for (ListenerId l = 0; l < initial; ++l) {
            if (const int g = group(l); g >= 0) {
                tastePopularity[std::size_t(g)] += preference[l];
                members[std::size_t(g)] += 1.0;
            }
        }
        for (std::size_t g = 0; g < 2; ++g)
            tastePopularity[g] /= members[g];

        // Each day, per group: the mean true-popularity percentile of Home recommendations.
        std::vector<std::array<double, 2>> recPopularity;
        std::vector<double> overall;
        sim::Engine engine(scenario, 2);
        while (!engine.finished()) {
            const auto snapshot = engine.stepDay();
            overall.push_back(snapshot->metrics.value("popularity_bias_rec"));
            ranks.advanceTo(snapshot->metrics.day);
            std::array<double, 2> sum {}, n {};
            for (const auto &e : engine.lastDayEvents()) {
                if (e.action != events::Action::Impression || e.surface != events::Surface::Home)
                    continue;
                if (const int g = group(e.listener); g >= 0) {
                    sum[std::size_t(g)] += ranks.percentile(e.track);
                    n[std::size_t(g)] += 1.0;
                }
            }
            recPopularity.push_back({ sum[0] / n[0], sum[1] / n[1] });
        }
        // Early: the first retraining rounds (day 0 has no model yet); late: the last 10 days.
        auto mean = [&](int g, int from, int to) {
            double s = 0.0;
            for (int d = from; d < to; ++d)
                s += g < 0 ? overall[std::size_t(d)]
                           : recPopularity[std::size_t(d)][std::size_t(g)];
            return s / double(to - from);
        };
        const int early0 = 1, early1 = 6, late0 = days - 10;
        const double all0 = mean(-1, early0, early1), all1 = mean(-1, late0, days);
        const double niche0 = mean(0, early0, early1), niche1 = mean(0, late0, days);
        const double main0 = mean(1, early0, early1), main1 = mean(1, late0, days);
        qInfo("Mansoury: shown popularity %.4f -> %.4f; niche (taste %.4f): %.4f -> %.4f; "
              "mainstream (taste %.4f): %.4f -> %.4f",
            all0, all1, tastePopularity[0], niche0, niche1, tastePopularity[1], main0, main1);
        // Popularity bias grows over the retraining rounds...
        QVERIFY(all1 > all0 + 0.02);
        // ...niche listeners are shown tracks far more popular than their taste, and ever more
        // so (their miscalibration grows)...
        QVERIFY(niche0 - tastePopularity[0] > 0.1);
        QVERIFY(niche1 > niche0 + 0.01);
        // ...while the same drift brings mainstream listeners' slates closer to their taste.
        QVERIFY(main0 < tastePopularity[1]);
        QVERIFY(std::abs(main1 - tastePopularity[1]) < std::abs(main0 - tastePopularity[1]));
    }
};

TD_REGISTER_TEST(TestReplication)
#include "tst_replication.moc"
