// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The frontier's dominance rule: at least as good in both objectives, better in one.
#include "testregistry.h"

#include "stats/dominance.h"

#include <QtTest>

#include <cmath>

using namespace td;
using stats::Better;

class TestDominance : public QObject
{
    Q_OBJECT
private slots:
    void rule()
    {
        const stats::Objectives a { 2, 4 };
        QVERIFY(stats::dominates(a, { 2, 3 }, Better::Higher, Better::Higher)); // equal x
        QVERIFY(stats::dominates(a, { 1, 3 }, Better::Higher, Better::Higher));
        QVERIFY(!stats::dominates(a, a, Better::Higher, Better::Higher)); // equal: neither
        QVERIFY(!stats::dominates(a, { 3, 1 }, Better::Higher, Better::Higher)); // a trade-off
        QVERIFY(!stats::dominates({ 3, 1 }, a, Better::Higher, Better::Higher));
        // Lower is better in y (e.g. churn): (3, 1) now dominates (2, 4).
        QVERIFY(stats::dominates({ 3, 1 }, a, Better::Higher, Better::Lower));
        QVERIFY(!stats::dominates({ NAN, 9 }, { 0, 0 }, Better::Higher, Better::Higher));
        QVERIFY(!stats::dominates({ 9, 9 }, { NAN, 0 }, Better::Higher, Better::Higher));
    }

    void frontByHand()
    {
        // 0 (1,5) and 5 (1,5) are equal: both stay. 2 (2,3) is dominated by 1 (2,4); 3 (0,5)
        // by 0; 6 has no x. The front, by x: 0, 5, 1, 4.
        const std::vector<stats::Objectives> points { { 1, 5 }, { 2, 4 }, { 2, 3 }, { 0, 5 },
            { 3, 1 }, { 1, 5 }, { NAN, 9 } };
        const std::vector<std::size_t> front
            = stats::paretoFront(points, Better::Higher, Better::Higher);
        QCOMPARE(front, (std::vector<std::size_t> { 0, 5, 1, 4 }));
        // With lower y better, (3, 1) is best in both: it dominates every other point.
        QCOMPARE(stats::paretoFront(points, Better::Higher, Better::Lower),
            std::vector<std::size_t> { 4 });
        // Lower is better in both: (1,5) is dominated by (0,5), (2,4) by (2,3); (0,5), (2,3)
        // and (3,1) trade one objective for the other. By x: 3, 2, 4.
        QCOMPARE(stats::paretoFront(points, Better::Lower, Better::Lower),
            (std::vector<std::size_t> { 3, 2, 4 }));
    }

    void noPoints()
    {
        QVERIFY(stats::paretoFront({}, Better::Higher, Better::Higher).empty());
        QVERIFY(stats::paretoFront({ { NAN, NAN } }, Better::Higher, Better::Higher).empty());
    }
};

TD_REGISTER_TEST(TestDominance)
#include "tst_dominance.moc"
