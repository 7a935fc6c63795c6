// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/engagement.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace td;
using namespace td::metrics;

namespace {

/// Six listeners. Satisfaction values are dyadic (exact in float), listed in id order so the
/// quantiles have to sort them. Listeners 1 and 4 are churned at the end of the day: 1 long
/// ago, 4 today; their extreme satisfactions (0 and 0.9375) would move every statistic if they
/// were counted.
world::Population handPopulation()
{
    world::Population pop;
    pop.grow(6);
    const float satisfaction[] = { 0.625f, 0.0f, 0.25f, 1.0f, 0.9375f, 0.5f };
    for (ListenerId l = 0; l < 6; ++l)
        pop.satisfaction[l] = satisfaction[l];
    pop.churned[1] = 1;
    pop.churned[4] = 1;
    pop.churnDay[4] = 3;
    return pop;
}

/// The day of handPopulation(), as the world would tally it: listener 5 was churned and came
/// back this morning (winbacks 1), so five listeners were not churned at the start of the day
/// (0, 2, 3, 4, 5); listener 4 churned tonight. 7 sessions, 20 plays on every surface of which
/// 4 organic (3 streams, 1 skip); 14 streams, 6 skips, 11 of the streams on recommender
/// surfaces (14 − 3 organic); 40 recommended slots shown, 6 of them explored.
world::DayCounters handCounters()
{
    world::DayCounters c;
    c.startPopulation = 5;
    c.activeListeners = 4;
    c.sessions = 7;
    c.plays = 20;
    c.streams = 14;
    c.skips = 6;
    c.recStreams = 11;
    c.saves = 3;
    c.shown = 40;
    c.explored = 6;
    c.churned = 1;
    c.winbacks = 1;
    c.premiumPopulation = 2;
    c.listenFractionSum = 13.0;
    return c;
}

void compareMetric(const DayMetrics &m, const char *name, double expected)
{
    QVERIFY2(metricIndex(name) >= 0, name);
    const double v = m.value(name);
    if (std::isnan(expected)) {
        QVERIFY2(std::isnan(v),
            qPrintable(
                QStringLiteral("%1 = %2, expected NaN").arg(QString::fromLatin1(name)).arg(v)));
        return;
    }
    QVERIFY2(std::abs(v - expected) <= 1e-12 * std::max(1.0, std::abs(expected)),
        qPrintable(QStringLiteral("%1 = %2, expected %3")
                       .arg(QString::fromLatin1(name))
                       .arg(v, 0, 'g', 17)
                       .arg(expected, 0, 'g', 17)));
}

} // namespace

class TestEngagement : public QObject
{
    Q_OBJECT
private slots:
    void quantileType7_data()
    {
        QTest::addColumn<std::vector<float>>("values");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // Type 7: position h = q·(n − 1) in the sorted values, linear between its neighbours.
        const std::vector<float> four { 1.0f, 0.25f, 0.625f, 0.5f }; // sorted .25 .5 .625 1
        QTest::newRow("four, p25: h=0.75") << four << 0.25 << 0.25 + 0.75 * (0.5 - 0.25);
        QTest::newRow("four, p50: h=1.5") << four << 0.5 << (0.5 + 0.625) / 2.0;
        QTest::newRow("four, p75: h=2.25") << four << 0.75 << 0.625 + 0.25 * (1.0 - 0.625);
        QTest::newRow("four, min") << four << 0.0 << 0.25;
        QTest::newRow("four, max") << four << 1.0 << 1.0;
        // n = 5: h = 1, 2, 3 fall on order statistics exactly.
        const std::vector<float> five { 5.0f, 1.0f, 4.0f, 2.0f, 3.0f };
        QTest::newRow("five, p25 = 2nd") << five << 0.25 << 2.0;
        QTest::newRow("five, p50 = 3rd") << five << 0.5 << 3.0;
        QTest::newRow("five, p75 = 4th") << five << 0.75 << 4.0;
        // n = 2: h = q.
        QTest::newRow("two, p25") << std::vector<float> { 2.0f, 0.0f } << 0.25 << 0.5;
        QTest::newRow("one value") << std::vector<float> { 0.75f } << 0.25 << 0.75;
        QTest::newRow("ties") << std::vector<float> { 3.0f, 3.0f, 1.0f } << 0.75 << 3.0;
        QTest::newRow("empty") << std::vector<float> {} << 0.5 << std::nan("");
    }
    void quantileType7()
    {
        QFETCH(std::vector<float>, values);
        QFETCH(double, q);
        QFETCH(double, expected);
        const double v = quantile(values, q);
        if (std::isnan(expected))
            QVERIFY(std::isnan(v));
        else
            QCOMPARE(v, expected);
    }

    /// Every engagement column of handCounters() and handPopulation(), worked out by hand.
    void handComputedDay()
    {
        const world::Population pop = handPopulation();
        DayMetrics m;
        double ltv = 10.0; // 10 premium listener-days before today
        computeEngagement(handCounters(), pop, 1, ltv, m);

        // Counts are copied through.
        compareMetric(m, "active_listeners", 4.0);
        compareMetric(m, "arrivals", 1.0);
        compareMetric(m, "sessions", 7.0);
        compareMetric(m, "plays", 20.0);
        compareMetric(m, "streams", 14.0);
        compareMetric(m, "saves", 3.0);
        compareMetric(m, "churned", 1.0);
        compareMetric(m, "winbacks", 1.0);
        // population: not churned at the END of the day = listeners 0, 2, 3, 5 (not the five
        // of the start of the day, not all six). computeEngagement takes no day: "signed up"
        // holds because the population only ever holds listeners from their signup day on
        // (World::beginDay appends arrivals on the day they sign up).
        compareMetric(m, "population", 4.0);
        // skip_rate = skips / plays over every surface, the 4 organic plays included:
        // 6 / 20 (not 5 / 16 over recommender plays only).
        compareMetric(m, "skip_rate", 6.0 / 20.0);
        // listen_through = Σ listened fraction / plays = 13 / 20.
        compareMetric(m, "listen_through", 0.65);
        // session_length = plays / sessions = 20 / 7.
        compareMetric(m, "session_length", 20.0 / 7.0);
        // churn_rate = churned today / not churned at the start of the day = 1 / 5 (not
        // 1 / 4 over the end-of-day population, nor 1 / 6 over everybody).
        compareMetric(m, "churn_rate", 0.2);
        // Satisfaction over the four not churned: {0.625, 0.25, 1, 0.5} → sorted
        // 0.25, 0.5, 0.625, 1; mean 2.375 / 4 = 0.59375.
        compareMetric(m, "mean_satisfaction", 0.59375);
        // Type 7, n = 4: p25 at h = 0.75 → 0.25 + 0.75·0.25 = 0.4375; p50 at h = 1.5 →
        // (0.5 + 0.625) / 2 = 0.5625; p75 at h = 2.25 → 0.625 + 0.25·0.375 = 0.71875.
        compareMetric(m, "satisfaction_p25", 0.4375);
        compareMetric(m, "satisfaction_p50", 0.5625);
        compareMetric(m, "satisfaction_p75", 0.71875);
        // ltv: 10 before + 2 premium listeners not churned tonight = 12.
        compareMetric(m, "ltv_premium_days", 12.0);
        QCOMPARE(ltv, 12.0);
        // rec_share = streams on recommender surfaces / all streams = 11 / 14.
        compareMetric(m, "rec_share", 11.0 / 14.0);
        // exploration_share = explored / shown recommended slots = 6 / 40.
        compareMetric(m, "exploration_share", 0.15);
    }

    /// The running total carries over days, and a day without plays, sessions, shown slots or
    /// listeners has NaN ratios (undefined, not 0), while the counts are 0.
    void ltvAccumulatesAndEmptyDayIsNaN()
    {
        world::Population pop = handPopulation();
        double ltv = 0.0;
        DayMetrics day0, day1, day2;
        computeEngagement(handCounters(), pop, 1, ltv, day0); // 0 + 2
        world::DayCounters quiet;
        quiet.startPopulation = 4;
        quiet.premiumPopulation = 3; // one more premium listener tonight: 2 + 3
        computeEngagement(quiet, pop, 0, ltv, day1);
        compareMetric(day0, "ltv_premium_days", 2.0);
        compareMetric(day1, "ltv_premium_days", 5.0);
        // Nobody played: the ratios over plays, sessions, streams, shown are undefined.
        for (const char *name :
            { "skip_rate", "listen_through", "session_length", "rec_share", "exploration_share" })
            compareMetric(day1, name, std::nan(""));
        for (const char *name : { "plays", "streams", "sessions", "saves", "churned", "arrivals" })
            compareMetric(day1, name, 0.0);
        compareMetric(day1, "churn_rate", 0.0); // 0 churned of 4
        compareMetric(day1, "population", 4.0);

        // Everybody churned: no population to take a satisfaction statistic over; no start
        // population to divide by.
        for (ListenerId l = 0; l < pop.size(); ++l)
            pop.churned[l] = 1;
        computeEngagement(world::DayCounters {}, pop, 0, ltv, day2);
        compareMetric(day2, "population", 0.0);
        compareMetric(day2, "churn_rate", std::nan(""));
        for (const char *name :
            { "mean_satisfaction", "satisfaction_p25", "satisfaction_p50", "satisfaction_p75" })
            compareMetric(day2, name, std::nan(""));
        compareMetric(day2, "ltv_premium_days", 5.0); // + 0
    }
};

TD_REGISTER_TEST(TestEngagement)
#include "tst_engagement.moc"
