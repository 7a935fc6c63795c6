// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/daymetricscomputer.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include "sim/engine.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <map>

using namespace td;

namespace {

sim::Scenario smallScenario(const std::string &kind, int days)
{
    sim::Scenario s;
    s.run.days = days;
    s.run.seed = 5;
    s.world.listeners.count = 400;
    s.world.catalog.tracks = 1500;
    td::sim::setScenarioValue(s, "recommender.kind", kind);
    return s;
}

std::vector<metrics::DayMetrics> run(const sim::Scenario &s, unsigned threads = 1)
{
    sim::Engine engine(s, threads);
    while (!engine.finished())
        engine.stepDay();
    return engine.history();
}

double mean(const std::vector<metrics::DayMetrics> &h, const char *name, int fromDay)
{
    double sum = 0.0;
    int n = 0;
    for (const auto &d : h) {
        const double v = d.value(name);
        if (d.day >= fromDay && !std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n > 0 ? sum / n : std::nan("");
}

/// [lo, hi] of every metric this suite owns (NaN is checked separately).
const std::map<std::string, std::pair<double, double>> &ranges()
{
    static const std::map<std::string, std::pair<double, double>> r {
        { "self_caused_evidence", { 0.0, 1.0 } },
        { "popularity_bias_rec", { 0.0, 1.0 } },
        { "popularity_bias_stream", { 0.0, 1.0 } },
        { "homogenization_jaccard", { 0.0, 1.0 } },
        { "taste_homogenization", { -1.0, 1.0 } },
        { "model_truth_alignment", { -1.0, 1.0 } },
        { "tracking_error", { 0.0, 2.0 } },
        { "intra_list_diversity", { 0.0, 2.0 } },
        { "coverage", { 0.0, 1.0 } },
        { "exposure_gini", { 0.0, 1.0 } },
        { "genre_entropy", { 0.0, 4.0 } }, // log₂ 12 genres = 3.58
        { "gs_score", { -1.0, 1.0 } },
        { "gs_score_organic", { -1.0, 1.0 } },
        { "gs_score_rec", { -1.0, 1.0 } },
        { "novelty", { 0.0, 9.0 } }, // log₂ 400 listeners = 8.6
        { "longtail_share", { 0.0, 1.0 } },
        { "new_artist_share", { 0.0, 1.0 } },
        { "mean_posterior_variance", { 0.0, 1e6 } },
        { "regret", { -1e-6, 10.0 } },
        { "precision_at_k", { 0.0, 1.0 } },
        { "ndcg_at_k", { 0.0, 1.0 + 1e-9 } },
    };
    return r;
}

void checkRanges(const std::vector<metrics::DayMetrics> &h)
{
    for (const auto &d : h) {
        for (const auto &[name, range] : ranges()) {
            const double v = d.value(name);
            if (std::isnan(v))
                continue;
            QVERIFY2(v >= range.first && v <= range.second,
                qPrintable(QStringLiteral("day %1: %2 = %3")
                               .arg(d.day)
                               .arg(QString::fromStdString(name))
                               .arg(v)));
        }
    }
}

} // namespace

class TestDayMetricsComputer : public QObject
{
    Q_OBJECT
private slots:
    void everyColumnHasAUniqueName()
    {
        const auto &c = metrics::metricCatalog();
        for (std::size_t i = 0; i < c.size(); ++i) {
            QVERIFY(!c[i].description.empty());
            QCOMPARE(metrics::metricIndex(c[i].name), int(i));
        }
        for (const auto &entry : ranges())
            QVERIFY2(metrics::metricIndex(entry.first) >= 0, entry.first.c_str());
    }

    void baselineInvariants()
    {
        const auto h = run(smallScenario("popular", 10));
        checkRanges(h);
        for (const auto &d : h) {
            // No model: the model-side metrics are undefined, not zero.
            for (const char *name : { "self_caused_evidence", "model_truth_alignment",
                     "tracking_error", "mean_posterior_variance" })
                QVERIFY2(std::isnan(d.value(name)), name);
            for (const auto &entry : ranges()) {
                const bool modelSide = entry.first == "self_caused_evidence"
                    || entry.first == "model_truth_alignment" || entry.first == "tracking_error"
                    || entry.first == "mean_posterior_variance";
                if (!modelSide)
                    QVERIFY2(!std::isnan(d.value(entry.first)),
                        qPrintable(QStringLiteral("day %1 %2")
                                       .arg(d.day)
                                       .arg(QString::fromStdString(entry.first))));
            }
        }
        // A chart of hits: popular, concentrated, the same for everybody.
        QVERIFY(mean(h, "popularity_bias_rec", 1) > 0.9);
        QVERIFY(mean(h, "longtail_share", 1) < 0.2);
        QVERIFY(mean(h, "exposure_gini", 1) > 0.9);
    }

    void randomRecommendationsAreUnbiased()
    {
        // Uniform over the released catalogue: the mean percentile is ½ and 80 % of the
        // impressions fall outside the top 20 %.
        const auto h = run(smallScenario("random", 6));
        checkRanges(h);
        QVERIFY(std::abs(mean(h, "popularity_bias_rec", 0) - 0.5) < 0.01);
        QVERIFY(std::abs(mean(h, "longtail_share", 0) - 0.8) < 0.01);
        QVERIFY(mean(h, "coverage", 5) > 0.9);
        QVERIFY(mean(h, "exposure_gini", 0) < 0.5);
        // Random slates are far from the best the catalogue offers.
        QVERIFY(mean(h, "regret", 0) > 0.3);
        QVERIFY(mean(h, "ndcg_at_k", 0) < 0.5);
    }

    void oracleHasAlmostNoRegret()
    {
        // The oracle ranks by the same true utility. Its first Home slate of a day sees the
        // start-of-day state exactly (regret 0); later ones see the day's earlier plays.
        const auto h = run(smallScenario("oracle", 6));
        checkRanges(h);
        QVERIFY2(mean(h, "regret", 0) < 0.02, qPrintable(QString::number(mean(h, "regret", 0))));
        QVERIFY(mean(h, "ndcg_at_k", 0) > 0.95);
        QVERIFY(mean(h, "precision_at_k", 0) > 0.9);
    }

    void pipelineInvariantsAndDeterminism()
    {
        const auto s = smallScenario("pipeline", 8);
        const auto h = run(s, 1);
        checkRanges(h);
        for (const auto &d : h) {
            QVERIFY(!std::isnan(d.value("self_caused_evidence")));
            QVERIFY(std::isnan(d.value("ope_ips")) || d.value("ope_ips") >= 0.0);
        }
        // The model exists after the first retrain: its metrics are defined from then on.
        QVERIFY(!std::isnan(h.back().value("model_truth_alignment")));
        QVERIFY(!std::isnan(h.back().value("tracking_error")));
        QVERIFY(!std::isnan(h.back().value("mean_posterior_variance")));
        QVERIFY(h.back().value("self_caused_evidence") > 0.0);
        // Same numbers with another thread count, bit for bit (NaN included).
        const auto h2 = run(s, 2);
        QCOMPARE(h2.size(), h.size());
        for (std::size_t i = 0; i < h.size(); ++i)
            QVERIFY(std::memcmp(h[i].values.data(), h2[i].values.data(),
                        h[i].values.size() * sizeof(double))
                == 0);
    }
};

TD_REGISTER_TEST(TestDayMetricsComputer)
#include "tst_daymetricscomputer.moc"
