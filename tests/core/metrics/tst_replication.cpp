// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Replications of published feedback-loop results (docs/validation.md, "Feedback loops").
#include "testregistry.h"

#include "metrics/feedbackloop.h"
#include "sim/engine.h"
#include "world/listenerseeding.h"
#include "world/world.h"

#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>

using namespace td;

namespace {

sim::Scenario replicationScenario(const std::string &kind, double malleability, int days)
{
    sim::Scenario s;
    s.run.days = days;
    s.run.seed = 1;
    s.world.listeners.count = 600;
    s.world.catalog.tracks = 2000;
    s.world.listeners.malleability = malleability;
    s.recommender.kind = kind;
    s.recommender.policy.kind = "greedy";
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

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT
private slots:
    /// Chaney, Stewart & Engelhardt (2018): a recommender trained on the data it shaped
    /// homogenises what users consume, increasingly over time, more than an ideal recommender
    /// that knows true preferences, and far more than random recommendations.
    void chaneyHomogenisation()
    {
        const int days = 40;
        const double malleable = 0.1;
        const auto pipeline = runScenario(replicationScenario("pipeline", malleable, days));
        const auto oracle = runScenario(replicationScenario("oracle", malleable, days));
        const auto random = runScenario(replicationScenario("random", malleable, days));
        const auto fixedTaste = runScenario(replicationScenario("pipeline", 0.0, days));
        const char *j = "homogenization_jaccard";
        // Days 7..11: the 7-day windows are full; the last five days: the end state.
        const double early = window(pipeline, j, 7, 12), late = window(pipeline, j, days - 5, days);
        const double lateOracle = window(oracle, j, days - 5, days);
        const double lateRandom = window(random, j, days - 5, days);
        const double earlyFixed = window(fixedTaste, j, 7, 12);
        const double lateFixed = window(fixedTaste, j, days - 5, days);
        qInfo("Chaney: jaccard pipeline %.4f -> %.4f, oracle end %.4f, random end %.4f, "
              "pipeline without malleability %.4f -> %.4f",
            early, late, lateOracle, lateRandom, earlyFixed, lateFixed);
        qInfo("Chaney: taste homogenization pipeline %.4f -> %.4f, oracle %.4f, random %.4f",
            window(pipeline, "taste_homogenization", 0, 1),
            window(pipeline, "taste_homogenization", days - 5, days),
            window(oracle, "taste_homogenization", days - 5, days),
            window(random, "taste_homogenization", days - 5, days));
        // Trained on the data it shaped, the pipeline homogenises consumption more than the
        // ideal recommender, early and late, and far more than random slates...
        QVERIFY(early > 1.25 * window(oracle, j, 7, 12));
        QVERIFY(late > 1.25 * lateOracle);
        QVERIFY(late > 5.0 * lateRandom);
        // ...and it makes the true tastes converge at least twice as much as the ideal
        // recommender does, with a gap that keeps growing. (The consumption Jaccard itself does
        // not rise over time here: docs/validation.md says why.)
        const char *t = "taste_homogenization";
        const double start = window(pipeline, t, 0, 1), startOracle = window(oracle, t, 0, 1);
        const double end = window(pipeline, t, days - 5, days);
        const double endOracle = window(oracle, t, days - 5, days);
        QVERIFY(end - start > 2.0 * (endOracle - startOracle));
        const double gapEarly = window(pipeline, t, 7, 12) - window(oracle, t, 7, 12);
        QVERIFY(end - endOracle > gapEarly + 0.05);
        QVERIFY(earlyFixed > 0.0 && lateFixed > 0.0);
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
            s.recommender.policy.kind = policy;
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
        // retrieved pool alone does not: the pool narrows with the models (printed above;
        // docs/validation.md).
        QVERIFY(wide.first - wide.second < greedy.first - greedy.second - 0.1);
        QVERIFY(epsilon.first > 0.0);
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
        scenario.recommender.ranker.kind = "cf";
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
