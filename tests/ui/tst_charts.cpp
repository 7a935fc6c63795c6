// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The chart widgets and the run history they read, fed with hand-made snapshots.
#include "charts/dashboard.h"
#include "charts/funnelchart.h"
#include "charts/seriesmath.h"
#include "charts/timechart.h"
#include "metrics/metriccatalog.h"
#include "session/runhistory.h"
#include "testregistry.h"

#include <QtTest>

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>
#include <limits>

using td::ui::Dashboard;
using td::ui::RunHistory;
using td::ui::TimeChart;

namespace {

td::sim::DaySnapshotPtr day(int index, double listeners, double skipRate)
{
    auto snapshot = std::make_shared<td::sim::DaySnapshot>();
    snapshot->metrics.day = index;
    snapshot->metrics.set("active_listeners", listeners);
    snapshot->metrics.set("skip_rate", skipRate);
    snapshot->totalDays = 10;
    return snapshot;
}

QLineSeries *series(const TimeChart &chart, int index)
{
    return qobject_cast<QLineSeries *>(chart.chart()->series().at(index));
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void historyKeepsPointsPerMetricAndSkipsUndefinedDays()
    {
        RunHistory history;
        history.clear(10);
        const auto revision = history.revision();
        history.append({ day(0, 100, std::numeric_limits<double>::quiet_NaN()), day(1, 90, 0.4) });
        QVERIFY(history.revision() > revision);
        QCOMPARE(history.daysDone(), 2);
        const int listeners = td::metrics::metricIndex("active_listeners");
        const int skips = td::metrics::metricIndex("skip_rate");
        // x is the 1-based day; a NaN day is a gap, not a zero.
        QCOMPARE(history.points(listeners), QList<QPointF>({ QPointF(1, 100), QPointF(2, 90) }));
        QCOMPARE(history.points(skips), QList<QPointF>({ QPointF(2, 0.4) }));
        QCOMPARE(history.points(-1).size(), 0);
        QCOMPARE(history.days().size(), std::size_t(2));
    }

    void annotationsAndScheduleBecomeMarkers()
    {
        td::sim::ScheduleEvent shock;
        shock.day = 1;
        shock.kind = "taste_shock";
        shock.share = 0.25;
        RunHistory history;
        history.clear(10, { shock });
        auto first = std::make_shared<td::sim::DaySnapshot>();
        first->metrics.day = 0;
        auto second = std::make_shared<td::sim::DaySnapshot>();
        second->metrics.day = 1;
        second->annotationsToday.push_back({ 1, "recommender.policy.epsilon", "0.2" });
        history.append({ first });
        QVERIFY(history.markers().empty()); // the schedule shows when the run gets there
        history.append({ second });
        QCOMPARE(history.markers().size(), std::size_t(2));
        // The change applies from the start of day index 1: between the points x = 1 and 2.
        QCOMPARE(history.markers()[0].x, 1.0);
        QCOMPARE(history.markers()[0].label, QStringLiteral("epsilon = 0.2"));
        QVERIFY(!history.markers()[0].scheduled);
        QVERIFY(history.markers()[0].detail.contains(QStringLiteral("recommender.policy.epsilon")));
        QVERIFY(history.markers()[1].scheduled);
    }

    void cohortsArePooledByGroupAndAge()
    {
        RunHistory history;
        history.clear(70); // groups of 7 days
        // Cohorts of days 7 and 8 (one group: days 8-14, 1-based) and the initial cohort.
        const auto snapshot = [](int day, std::vector<td::metrics::CohortRetention> rows) {
            auto s = std::make_shared<td::sim::DaySnapshot>();
            s->metrics.day = day;
            s->cohorts = std::move(rows);
            return td::sim::DaySnapshotPtr(s);
        };
        history.append({ snapshot(7, { { -1, 8, 20, 12 }, { 7, 0, 4, 4 } }),
            snapshot(8, { { -1, 9, 20, 11 }, { 7, 1, 4, 3 }, { 8, 0, 6, 6 } }),
            snapshot(9, { { -1, 10, 20, 10 }, { 7, 2, 4, 2 }, { 8, 1, 6, 5 } }) });
        const auto curves = history.cohortCurves();
        QCOMPARE(curves.size(), std::size_t(2));
        QCOMPARE(curves[0].label, QStringLiteral("start"));
        QCOMPARE(curves[0].points,
            QList<QPointF>({ QPointF(8, 0.6), QPointF(9, 0.55), QPointF(10, 0.5) }));
        // Age 0: (4 + 6) / (4 + 6); age 1: (3 + 5) / 10; age 2 only cohort 7 reached: not shown.
        QCOMPARE(curves[1].label, QStringLiteral("8–14"));
        QCOMPARE(curves[1].points, QList<QPointF>({ QPointF(0, 1.0), QPointF(1, 0.8) }));
    }

    void timeChartSmoothsWithATrailingMean()
    {
        TimeChart chart;
        chart.addLine(TimeChart::paletteColor(0));
        chart.setXRange(0, 10);
        chart.setLineData(0, { { 1, 3 }, { 2, 6 }, { 3, 9 }, { 4, 0 } });
        chart.redraw();
        QCOMPARE(chart.pointCount(0), 4);
        QCOMPARE(series(chart, 0)->at(3), QPointF(4, 0));
        chart.setSmoothing(3);
        chart.redraw();
        // Means of what exists so far, then of the last three: 3, 4.5, 6, 5.
        QCOMPARE(series(chart, 0)->at(0).y(), 3.0);
        QCOMPARE(series(chart, 0)->at(1).y(), 4.5);
        QCOMPARE(series(chart, 0)->at(2).y(), 6.0);
        QCOMPARE(series(chart, 0)->at(3).y(), 5.0);
        QCOMPARE(chart.lastValue(0), 5.0);
    }

    void timeChartAxesFollowTheData()
    {
        TimeChart chart;
        chart.addLine(TimeChart::paletteColor(0));
        chart.setIncludeZero(true);
        chart.setXRange(0, 90);
        chart.setLineData(0, { { 1, 4321 } });
        chart.redraw();
        const auto axes = chart.chart()->axes(Qt::Vertical);
        auto *y = qobject_cast<QValueAxis *>(axes.first());
        auto *x = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).first());
        QCOMPARE(x->max(), 90.0);
        QCOMPARE(x->tickInterval(), 10.0); // about ten day labels, on round numbers
        QCOMPARE(y->min(), 0.0);
        QVERIFY(y->max() >= 4321.0);
        chart.setXRange(0, 36500);
        QCOMPARE(x->tickInterval(), 5000.0);
        // Hard limits: a share never shows above 1.
        chart.setYLimits(0.0, 1.0);
        chart.setLineData(0, { { 1, 0.2 }, { 2, 1.0 } });
        chart.redraw();
        QCOMPARE(y->max(), 1.0);
    }

    void dayTicksFitTheLabelsTheWidthHolds()
    {
        using td::ui::SeriesMath::tickInterval;
        // The smallest 1-2-5 step giving at most that many labels.
        QCOMPARE(tickInterval(90, 10), 10.0);
        QCOMPARE(tickInterval(90, 5), 20.0);
        QCOMPARE(tickInterval(90, 3), 50.0);
        QCOMPARE(tickInterval(20, 10), 2.0);
        QCOMPARE(tickInterval(20, 4), 5.0);
        QCOMPARE(tickInterval(36500, 10), 5000.0);
        QCOMPARE(tickInterval(7, 10), 1.0);
    }

    void markersAreKeptPerChart()
    {
        TimeChart chart;
        chart.addLine(Qt::red);
        td::ui::ChartMarker marker;
        marker.x = 3;
        marker.label = QStringLiteral("epsilon = 0.2");
        chart.setMarkers({ marker, marker });
        QCOMPARE(chart.markerCount(), 2);
    }

    void funnelShowsMeansPerRequestTopDown()
    {
        td::ui::FunnelChart funnel;
        td::sim::FunnelSnapshot f;
        f.bySource = { { "cf_ann", 300 }, { "trending", 100 } };
        f.merged = 350;
        f.removedBy = { { "artist_cap", 50 } };
        f.ranked = 300;
        f.shown = 40;
        f.streamed = 10;
        f.requests = 2;
        funnel.setFunnel(f, 4);
        funnel.redraw();
        QCOMPARE(funnel.values(), QList<double>({ 150, 50, 175, 25, 150, 20, 5 }));
        QCOMPARE(funnel.categories().size(), 7);
        QVERIFY(funnel.categories().first().startsWith(QStringLiteral("Collaborative filtering")));
        QVERIFY(funnel.categories().last().startsWith(QStringLiteral("Streamed")));
        QVERIFY(funnel.title().contains(QStringLiteral("day 5")));
        funnel.clear();
        funnel.redraw();
        QVERIFY(funnel.values().isEmpty()); // no pipeline: a note instead of bars
    }

    void dashboardTakesChartsByMetricName()
    {
        RunHistory history;
        history.clear(10);
        Dashboard dashboard(&history);
        QCOMPARE(Dashboard::chartTabKeys(),
            QStringList({ QStringLiteral("engagement"), QStringLiteral("feedback"),
                QStringLiteral("diversity"), QStringLiteral("certainty"),
                QStringLiteral("retrieval"), QStringLiteral("funnel") }));
        for (const QString &key : Dashboard::chartTabKeys())
            QVERIFY2(dashboard.tabIndex(key) >= 0, qPrintable(key));
        // Every plotted metric is a catalogue column: names not in the catalogue are skipped.
        for (const QString &name : dashboard.plottedMetrics())
            QVERIFY2(td::metrics::metricIndex(name.toStdString()) >= 0, qPrintable(name));
        QVERIFY(dashboard.plottedMetrics().contains(QStringLiteral("skip_rate")));
        QVERIFY(!dashboard.plottedMetrics().contains(QStringLiteral("ope_truth"))
            || td::metrics::metricIndex("ope_truth") >= 0);
        QVERIFY(dashboard.metricCharts().size() >= 15);

        history.append({ day(0, 100, 0.3), day(1, 120, 0.25) });
        dashboard.dataChanged();
        // Only the visible tab redraws on the timer; flushAll() draws the rest.
        QTRY_VERIFY(dashboard.metricCharts().first()->pointCount(0) == 2);
        dashboard.flushAll();
        for (td::ui::TimeChart *chart : dashboard.metricCharts()) {
            for (int line = 0; line < chart->lineCount(); ++line)
                QVERIFY(chart->pointCount(line) == 0 || chart->pointCount(line) == 2);
        }
        dashboard.setSmoothing(7);
        QCOMPARE(dashboard.metricCharts().first()->smoothing(), 7);
    }
};

TD_REGISTER_TEST(TestCharts)
#include "tst_charts.moc"
