// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
//
// What the presets' descriptions say, re-measured (issue "The world v2"; docs/validation.md,
// "The presets' claims"). Each stated effect is measured on the preset's own seed (1) and two
// others (2, 3), paired by seed, and the test asserts its sign:
// - a stated direction ("finds more artists", "costs plays") must hold for the mean over the
//   three seeds, with no tolerance towards the other side (margin 0);
// - a stated absence ("no more subscribers", "almost nothing") must keep the mean within half
//   the width of the 95 % interval the description or docs/validation.md reports, in the same
//   relative unit.
// CI size: a quarter of each preset's listeners, arrivals and tracks, the preset's own days —
// chosen before measuring, to keep this executable near five minutes on two cores. The
// full-size numbers are the commands in docs/validation.md.
#include "presetrun.h"
#include "stats/interval.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace td;
using td::test::Overrides;
using td::test::PresetRun;

namespace {

constexpr std::uint64_t kSeeds[] = { 1, 2, 3 };

/// One arm of a comparison on the three seeds.
std::vector<PresetRun> arm(const std::string &preset, const Overrides &overrides)
{
    std::vector<PresetRun> runs;
    for (std::uint64_t seed : kSeeds)
        runs.push_back(test::runPreset(test::ciSizedPreset(preset, seed, overrides)));
    return runs;
}

using Measure = std::function<double(const PresetRun &)>;

/// Seed-by-seed b − a of `measure`, as an interval (printed) whose mean the claims test.
stats::MeanInterval paired(const std::vector<PresetRun> &a, const std::vector<PresetRun> &b,
    const Measure &measure, const char *what)
{
    std::vector<double> x, y;
    for (std::size_t i = 0; i < a.size(); ++i) {
        x.push_back(measure(a[i]));
        y.push_back(measure(b[i]));
    }
    const stats::MeanInterval d = stats::pairedDifference(x, y);
    qInfo("%s: %.4g %.4g %.4g against %.4g %.4g %.4g; paired difference %.4g [%.4g, %.4g]", what,
        y[0], y[1], y[2], x[0], x[1], x[2], d.mean, d.low, d.high);
    return d;
}

/// Relative change (b − a) / a of `measure`, seed by seed.
stats::MeanInterval pairedRelative(const std::vector<PresetRun> &a, const std::vector<PresetRun> &b,
    const Measure &measure, const char *what)
{
    std::vector<double> change;
    for (std::size_t i = 0; i < a.size(); ++i)
        change.push_back(measure(b[i]) / measure(a[i]) - 1.0);
    const stats::MeanInterval d = stats::meanInterval(change);
    qInfo("%s: relative change %+.2f%% %+.2f%% %+.2f%%; mean %+.2f%% [%+.2f%%, %+.2f%%]", what,
        100 * change[0], 100 * change[1], 100 * change[2], 100 * d.mean, 100 * d.low, 100 * d.high);
    return d;
}

/// Half the width of a reported 95 % interval [low, high].
constexpr double halfWidth(double low, double high)
{
    return (high - low) / 2.0;
}

} // namespace

class TestPresetClaims : public QObject
{
    Q_OBJECT
private slots:
    /// exploration-pays-off: "exploring finds about a fifth more artists that listeners like,
    /// but keeps no more subscribers by day 90; on the training seeds 1-5 Thompson sampling
    /// cost three times the early plays epsilon_greedy did."
    void explorationPaysOff()
    {
        const auto explored = arm("exploration-pays-off", {});
        const auto greedy
            = arm("exploration-pays-off", { { "recommender.policy.kind", "greedy" } });
        // Only its first two weeks are compared: the days after them need not be run.
        const auto thompson = arm("exploration-pays-off",
            { { "recommender.policy.kind", "thompson" }, { "run.days", "14" } });
        const int last = int(greedy[0].metrics.at("population").size()) - 1;

        const auto discoveries = pairedRelative(
            greedy, explored, [&](const PresetRun &r) { return r.sum("discoveries", 0, last); },
            "discoveries, epsilon_greedy vs greedy");
        QVERIFY(discoveries.mean > 0.0);

        // docs/validation.md, simulation model 4: population on day 90, epsilon_greedy − greedy,
        // seeds 101-105, [-15.3, +10.9] listeners of 2,137.6 (greedy): at most half that width.
        const auto population = pairedRelative(
            greedy, explored, [&](const PresetRun &r) { return r.at("population", last); },
            "population on the last day, epsilon_greedy vs greedy");
        QVERIFY(population.mean
            <= halfWidth(kExplorationPopLow, kExplorationPopHigh) / kExplorationPopBase);

        const auto earlyStreams = [](const PresetRun &r) { return r.sum("streams", 0, 13); };
        const auto epsilonCost
            = paired(greedy, explored, earlyStreams, "early streams, epsilon_greedy vs greedy");
        const auto thompsonCost
            = paired(greedy, thompson, earlyStreams, "early streams, thompson vs greedy");
        QVERIFY(thompsonCost.mean < epsilonCost.mean);
    }

    /// context-matters: "context_inference_accuracy 0.60-0.63 on seeds 1-3, where always
    /// guessing the commonest context scores about 0.38 (tst_firewall measures that) … a
    /// context-blind service loses almost nothing over days 30-44: skip_rate paired difference
    /// -0.001, 95 % interval -0.008 to +0.006; streams +0.6 %, interval -1.5 % to +2.7 %".
    void contextMatters()
    {
        const auto aware = arm("context-matters", {});
        const auto blind = arm("context-matters", { { "recommender.context_aware", "false" } });
        for (const PresetRun &r : aware) {
            const double accuracy = r.mean("context_inference_accuracy", 30, 44);
            qInfo("context_inference_accuracy, days 30-44: %.3f", accuracy);
            QVERIFY(accuracy > 0.38);
        }
        const auto skip = paired(
            aware, blind, [](const PresetRun &r) { return r.mean("skip_rate", 30, 44); },
            "skip_rate days 30-44, blind vs aware");
        QVERIFY(std::abs(skip.mean) <= halfWidth(-0.008, 0.006));
        const auto streams = pairedRelative(
            aware, blind, [](const PresetRun &r) { return r.sum("streams", 30, 44); },
            "streams days 30-44, blind vs aware");
        QVERIFY(std::abs(streams.mean) <= halfWidth(-0.015, 0.027));
    }

    /// filter-bubble: "Watch taste_homogenization … climb and coverage fall … Does the bubble
    /// feel good? … against the same preset with epsilon_greedy … it leaves even the third of
    /// listeners with the most appetite for novelty slightly more satisfied over the weeks
    /// (mean slow satisfaction, days 60-89, +0.003, 95 % interval +0.001 to +0.004), with
    /// about a sixth fewer discoveries and no measurable difference in subscribers on day 90
    /// (+8 of about 2,200, interval -24 to +41)". Issue #14 expected the opposite (the bubble
    /// costing that tercile later); docs/validation.md reports it as a finding.
    void filterBubble()
    {
        const auto bubble = arm("filter-bubble", {});
        const auto escape
            = arm("filter-bubble", { { "recommender.policy.kind", "epsilon_greedy" } });
        const int last = int(bubble[0].metrics.at("population").size()) - 1;
        double climb = 0, fall = 0, rise = 0;
        for (const PresetRun &r : bubble) {
            qInfo("taste_homogenization %.4f -> %.4f, coverage %.4f -> %.4f",
                r.mean("taste_homogenization", 5, 14), r.mean("taste_homogenization", 80, 89),
                r.mean("coverage", 5, 14), r.mean("coverage", 80, 89));
            climb += r.mean("taste_homogenization", 80, 89) - r.mean("taste_homogenization", 5, 14);
            fall += r.mean("coverage", 80, 89) - r.mean("coverage", 5, 14);
            rise += r.mean("mean_satisfaction", 80, 89) - r.mean("mean_satisfaction", 5, 14);
        }
        QVERIFY(climb > 0.0);
        QVERIFY(fall < 0.0);
        QVERIFY2(rise > 0.0, "the lesson: 'Satisfaction: it rises at the same time'");

        constexpr std::size_t kHigh = 2;
        const auto topSlow = [](const PresetRun &r) {
            double sum = 0;
            for (int d = 60; d <= 89; ++d)
                sum += r.terciles[std::size_t(d)][kHigh].slowSatisfaction;
            return sum / 30.0;
        };
        const auto slow = paired(escape, bubble, topSlow,
            "top novelty tercile, slow satisfaction days 60-89, bubble vs epsilon_greedy");
        QVERIFY(slow.mean > 0.0);
        const auto discoveries = pairedRelative(
            escape, bubble, [&](const PresetRun &r) { return r.sum("discoveries", 0, last); },
            "discoveries, bubble vs epsilon_greedy");
        QVERIFY(discoveries.mean < 0.0);
        const auto population = pairedRelative(
            escape, bubble, [&](const PresetRun &r) { return r.at("population", last); },
            "population on the last day, bubble vs epsilon_greedy");
        QVERIFY(std::abs(population.mean) <= halfWidth(-24.1, 40.8) / 2194.0);
    }

    /// default: "Watch streams and satisfaction climb as the model learns … switch …
    /// recommender.policy.kind to epsilon_greedy to see what exploration costs in plays today".
    void defaultScenario()
    {
        const auto greedy = arm("default", { { "run.days", "30" } });
        const auto explored = arm(
            "default", { { "run.days", "30" }, { "recommender.policy.kind", "epsilon_greedy" } });
        for (const PresetRun &r : greedy) {
            const double early = r.sum("streams", 0, 6) / r.sum("active_listeners", 0, 6);
            const double later = r.sum("streams", 20, 29) / r.sum("active_listeners", 20, 29);
            qInfo("streams per active listener: days 0-6 %.3f, days 20-29 %.3f; mean_satisfaction "
                  "days 0-6 %.3f, days 20-29 %.3f",
                early, later, r.mean("mean_satisfaction", 0, 6),
                r.mean("mean_satisfaction", 20, 29));
            QVERIFY(later > early);
            QVERIFY(r.mean("mean_satisfaction", 20, 29) > r.mean("mean_satisfaction", 0, 6));
        }
        const auto cost = paired(
            greedy, explored, [](const PresetRun &r) { return r.sum("streams", 0, 13); },
            "streams days 0-13, epsilon_greedy vs greedy");
        QVERIFY(cost.mean < 0.0);
    }

    /// taste-shock: "Watch skip_rate jump and model_truth_alignment drop on day 30, then
    /// recover as evidence decays … and ALS retrains".
    void tasteShock()
    {
        for (const PresetRun &r : arm("taste-shock", {})) {
            const double skipBefore = r.mean("skip_rate", 25, 29);
            const double skipShock = r.mean("skip_rate", 30, 32);
            const double skipLate = r.mean("skip_rate", 65, 74);
            const double alignBefore = r.mean("model_truth_alignment", 25, 29);
            const double alignShock = r.mean("model_truth_alignment", 30, 32);
            const double alignLate = r.mean("model_truth_alignment", 65, 74);
            qInfo("skip_rate %.4f -> %.4f -> %.4f; model_truth_alignment %.4f -> %.4f -> %.4f",
                skipBefore, skipShock, skipLate, alignBefore, alignShock, alignLate);
            QVERIFY(skipShock > skipBefore);
            QVERIFY(alignShock < alignBefore);
            QVERIFY(skipLate < skipShock);
            QVERIFY(alignLate > alignShock);
        }
    }

    /// long-tail: "On seeds 1-3 (days 30-59) mmr_lambda 0.5 makes each slate more varied
    /// (intra_list_diversity +0.07) but does not spread exposure: exposure_gini rises (+0.007,
    /// 95 % interval +0.007 to +0.007) and coverage falls (-0.015), while skip_rate rises by
    /// 0.026". (The description said "see exposure spread" until this test measured it.)
    void longTail()
    {
        const auto plain = arm("long-tail", {});
        const auto diverse = arm("long-tail", { { "recommender.diversity.mmr_lambda", "0.5" } });
        const auto mean3059 = [](const char *metric) {
            return [metric](const PresetRun &r) { return r.mean(metric, 30, 59); };
        };
        const auto varied = paired(plain, diverse, mean3059("intra_list_diversity"),
            "intra_list_diversity days 30-59, mmr 0.5 vs preset");
        const auto gini = paired(plain, diverse, mean3059("exposure_gini"),
            "exposure_gini days 30-59, mmr 0.5 vs preset");
        const auto coverage = paired(
            plain, diverse, mean3059("coverage"), "coverage days 30-59, mmr 0.5 vs preset");
        const auto skip = paired(
            plain, diverse, mean3059("skip_rate"), "skip_rate days 30-59, mmr 0.5 vs preset");
        QVERIFY(varied.mean > 0.0);
        QVERIFY(gini.mean > 0.0);
        QVERIFY(coverage.mean < 0.0);
        QVERIFY(skip.mean > 0.0);
    }

private:
    static constexpr double kExplorationPopLow = -15.3;
    static constexpr double kExplorationPopHigh = 10.9;
    static constexpr double kExplorationPopBase = 2137.6;
};

TD_REGISTER_TEST(TestPresetClaims)
#include "tst_presetclaims.moc"
