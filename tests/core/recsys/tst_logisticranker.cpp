// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "recsys/pipeline/logisticranker.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using td::recsys::LogisticRanker;

class TestLogisticRanker : public QObject
{
    Q_OBJECT
private slots:
    void recoversPlantedWeights()
    {
        // Labels drawn from a planted logistic model over 4 features of different scales.
        const std::vector<double> planted { 2.0, -1.0, 0.5, 0.0 };
        const std::vector<double> scales { 1.0, 10.0, 0.1, 3.0 };
        const double intercept = -0.5;
        td::base::Rng rng(1, td::base::Purpose::Model, 0, 0);
        std::vector<float> x, y;
        const int rows = 40000;
        for (int r = 0; r < rows; ++r) {
            double logit = intercept;
            for (std::size_t j = 0; j < planted.size(); ++j) {
                const double v = scales[j] * rng.normal();
                x.push_back(float(v));
                logit += planted[j] * v / scales[j];
            }
            y.push_back(rng.bernoulli(1.0 / (1.0 + std::exp(-logit))) ? 1.0f : 0.0f);
        }
        LogisticRanker ranker;
        QVERIFY(ranker.train(x, planted.size(), y, {}, 1e-3));
        for (std::size_t j = 0; j < planted.size(); ++j) {
            const double recovered = ranker.rawWeight(j) * scales[j];
            QVERIFY2(std::abs(recovered - planted[j]) < 0.06,
                qPrintable(QStringLiteral("feature %1: %2").arg(j).arg(recovered)));
        }
        // The ordering of items by the learned logit equals the planted ordering.
        const float a[4] = { 1.0f, 0.0f, 0.0f, 0.0f }, b[4] = { 0.0f, 10.0f, 0.0f, 0.0f },
                    c[4] = { 0.0f, -10.0f, 0.0f, 0.0f };
        QVERIFY(ranker.logit(a) > ranker.logit(c));
        QVERIFY(ranker.logit(c) > ranker.logit(b));
    }

    void separableDataGivesBoundedWeights()
    {
        // Perfectly separable rows (label = feature > 0), the small-world case where plain
        // Newton steps overshoot: the penalised optimum is finite, and damped steps reach it.
        std::vector<float> x, y;
        for (int r = 0; r < 400; ++r) {
            const float v = float(r % 20) - 9.5f;
            x.push_back(v);
            x.push_back(1000.0f + float(r % 3)); // a large, nearly constant feature
            y.push_back(v > 0.0f ? 1.0f : 0.0f);
        }
        LogisticRanker ranker;
        QVERIFY(ranker.train(x, 2, y, {}, 1.0, 50));
        const float hi[2] = { 9.5f, 1001.0f }, lo[2] = { -9.5f, 1001.0f };
        QVERIFY(std::isfinite(ranker.logit(hi)) && std::isfinite(ranker.logit(lo)));
        QVERIFY(ranker.logit(hi) > 3.0);
        QVERIFY(ranker.logit(lo) < -3.0);
        // Bounded: with l2 = 1 on standardised features the weight cannot run away.
        QVERIFY2(
            std::abs(ranker.rawWeight(0)) < 20.0, qPrintable(QString::number(ranker.rawWeight(0))));
        // A warm start from that model on flipped labels must not be trapped by it.
        std::vector<float> flipped(y.size());
        for (std::size_t r = 0; r < y.size(); ++r)
            flipped[r] = 1.0f - y[r];
        QVERIFY(ranker.train(x, 2, flipped, {}, 1.0, 50));
        QVERIFY(ranker.logit(hi) < -3.0);
        QVERIFY(ranker.logit(lo) > 3.0);
    }

    void warmStartGivesTheSameModel()
    {
        td::base::Rng rng(2, td::base::Purpose::Model, 0, 0);
        std::vector<float> x, y;
        for (int r = 0; r < 5000; ++r) {
            const double v = rng.normal();
            x.push_back(float(v));
            y.push_back(rng.bernoulli(1.0 / (1.0 + std::exp(-v))) ? 1.0f : 0.0f);
        }
        LogisticRanker cold, warm;
        QVERIFY(cold.train(x, 1, y, {}, 1.0));
        std::vector<float> shifted = x;
        for (auto &v : shifted)
            v = v * 2.0f + 1.0f; // another standardisation first
        QVERIFY(warm.train(shifted, 1, y, {}, 1.0));
        QVERIFY(warm.train(x, 1, y, {}, 1.0));
        QVERIFY(std::abs(cold.rawWeight(0) - warm.rawWeight(0)) < 1e-6);
        QVERIFY(std::abs(cold.intercept() - warm.intercept()) < 1e-6);
    }

    void refusesDegenerateData()
    {
        LogisticRanker ranker;
        QVERIFY(!ranker.train({ 1.0f, 2.0f }, 1, { 1.0f, 1.0f }, {}, 1.0)); // one class only
        QVERIFY(!ranker.train({}, 1, {}, {}, 1.0));
        QVERIFY(!ranker.trained());
        const float row[1] = { 3.0f };
        QCOMPARE(ranker.logit(row), 0.0);
    }
};
TD_REGISTER_TEST(TestLogisticRanker)
#include "tst_logisticranker.moc"
