// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/livemetricschart.h"
#include "testregistry.h"

#include <QtTest>

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <limits>

namespace {

td::sim::DaySnapshotPtr day(int index, double listeners, double streams, double skipRate)
{
    auto snapshot = std::make_shared<td::sim::DaySnapshot>();
    snapshot->metrics.day = index;
    snapshot->metrics.set("active_listeners", listeners);
    snapshot->metrics.set("streams", streams);
    snapshot->metrics.set("skip_rate", skipRate);
    snapshot->totalDays = 10;
    return snapshot;
}

QLineSeries *series(const td::ui::LiveMetricsChart &chart, int index)
{
    return qobject_cast<QLineSeries *>(chart.chart()->series().at(index));
}

} // namespace

class TestLiveMetricsChart : public QObject
{
    Q_OBJECT
private slots:
    void batchesBecomePointsAtTheRedraw()
    {
        td::ui::LiveMetricsChart chart;
        chart.clear(10);
        chart.appendBatch({ day(0, 100, 900, 0.25), day(1, 120, 1000, 0.5) });
        QCOMPARE(chart.pointCount(0), 0); // buffered until the redraw timer fires
        QTRY_COMPARE(chart.pointCount(0), 2);
        chart.appendBatch({ day(2, 130, 1100, 0.75) });
        chart.flush();
        for (int i = 0; i < chart.seriesCount(); ++i)
            QCOMPARE(chart.pointCount(i), 3);
        // x is the 1-based day; y the metric, each series from its own column.
        QCOMPARE(series(chart, 0)->at(2), QPointF(3, 130));
        QCOMPARE(series(chart, 1)->at(0), QPointF(1, 900));
        QCOMPARE(series(chart, 2)->at(1), QPointF(2, 0.5));
    }

    void undefinedValuesLeaveGaps()
    {
        td::ui::LiveMetricsChart chart;
        chart.clear(10);
        chart.appendBatch(
            { day(0, 100, 0, std::numeric_limits<double>::quiet_NaN()), day(1, 90, 10, 0.4) });
        chart.flush();
        QCOMPARE(chart.pointCount(0), 2);
        QCOMPARE(chart.pointCount(2), 1);
        QCOMPARE(series(chart, 2)->at(0), QPointF(2, 0.4));
    }

    void axesFollowTheRun()
    {
        td::ui::LiveMetricsChart chart;
        chart.clear(90);
        const auto axesOf = [&](Qt::Alignment alignment) {
            const auto axes = chart.chart()->axes(Qt::Horizontal | Qt::Vertical);
            for (QAbstractAxis *axis : axes) {
                if (axis->alignment() == alignment)
                    return qobject_cast<QValueAxis *>(axis);
            }
            return static_cast<QValueAxis *>(nullptr);
        };
        QValueAxis *days = axesOf(Qt::AlignBottom);
        QValueAxis *counts = axesOf(Qt::AlignLeft);
        QValueAxis *share = axesOf(Qt::AlignRight);
        QVERIFY(days && counts && share);
        QCOMPARE(days->max(), 90.0);
        QCOMPARE(days->tickInterval(), 10.0); // about ten day labels, on round numbers
        QCOMPARE(share->min(), 0.0);
        QCOMPARE(share->max(), 1.0);
        QVERIFY(!counts->titleText().isEmpty() && !share->titleText().isEmpty());

        chart.appendBatch({ day(0, 100, 4321, 0.3) });
        chart.flush();
        QVERIFY(counts->max() >= 4321.0);
        QCOMPARE(counts->min(), 0.0);
        QCOMPARE(share->max(), 1.0); // the share axis never rescales

        chart.clear(30);
        QCOMPARE(days->max(), 30.0);
        QCOMPARE(days->tickInterval(), 5.0);
        chart.clear(36500);
        QCOMPARE(days->tickInterval(), 5000.0);
        QCOMPARE(chart.pointCount(1), 0);
    }
};

TD_REGISTER_TEST(TestLiveMetricsChart)
#include "tst_livemetricschart.moc"
