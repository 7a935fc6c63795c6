// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/accuracy.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td::metrics;

class TestAccuracy : public QObject
{
    Q_OBJECT
private slots:
    void threeItemSlate()
    {
        // Shown utilities 0.5, −0.2, 0.8; the catalogue's best three are 0.9, 0.8, 0.5.
        const std::vector<double> shown { 0.5, -0.2, 0.8 };
        const std::vector<double> ideal { 0.5, 0.9, 0.8 }; // any order
        // DCG = 0.5/1 + 0/log₂3 + 0.8/2 = 0.9; IDCG = 0.9 + 0.8/log₂3 + 0.5/2.
        const double idcg = 0.9 + 0.8 / std::log2(3.0) + 0.25;
        QVERIFY(std::abs(dcg(shown) - 0.9) < 1e-12);
        QVERIFY(std::abs(ndcgAtK(shown, ideal) - 0.9 / idcg) < 1e-12);
        QVERIFY(std::abs(ndcgAtK(shown, ideal) - 0.5438902) < 1e-6);
        // Threshold 0.3: two of three are relevant.
        QCOMPARE(precisionAtK(shown, 0.3), 2.0 / 3.0);
        QCOMPARE(precisionAtK(shown, 0.8), 0.0); // strictly above
        QCOMPARE(precisionAtK(shown, -1.0), 1.0);
    }
    void idealSlateScoresOne()
    {
        QCOMPARE(ndcgAtK({ 0.9, 0.8, 0.5 }, { 0.8, 0.5, 0.9, 0.1 }), 1.0);
        // The ideal is cut to K = 2: the shown pair is the best pair in the wrong order.
        const double expected = (0.8 + 0.9 / std::log2(3.0)) / (0.9 + 0.8 / std::log2(3.0));
        QVERIFY(std::abs(ndcgAtK({ 0.8, 0.9 }, { 0.9, 0.8, 0.5 }) - expected) < 1e-12);
    }
    void undefinedCases()
    {
        QVERIFY(std::isnan(precisionAtK({}, 0.2)));
        QVERIFY(std::isnan(ndcgAtK({ -0.1, -0.3 }, { -0.1, -0.3 }))); // nothing relevant exists
    }
};

TD_REGISTER_TEST(TestAccuracy)
#include "tst_accuracy.moc"
