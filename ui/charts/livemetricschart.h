// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QColor;
class QChartView;
class QLineSeries;
class QTimer;
class QValueAxis;
QT_END_NAMESPACE

namespace td::ui {

/// Live line chart of per-day metrics: active listeners and streams on a count axis (left),
/// skip rate on a 0..1 axis (right), one point per simulated day.
///
/// Snapshots arrive in whole batches (appendBatch); points are buffered and handed to the
/// series in one replace() per redraw, at most every kRedrawIntervalMs, so a fast run costs
/// the GUI thread ~30 redraws a second however many days it simulates. GUI thread only.
/// Days on the x axis are 1-based ("day 1" is the first simulated day), like the day counter.
class LiveMetricsChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRedrawIntervalMs = 33;

    explicit LiveMetricsChart(QWidget *parent = nullptr);
    ~LiveMetricsChart() override;

    /// Drops every point and sets the x range to the run's length (days >= 1).
    void clear(int totalDays);
    /// Buffers the batch's points; the chart redraws within kRedrawIntervalMs.
    void appendBatch(const td::run::SnapshotBatch &batch);
    /// Hands buffered points to the series now (tests, screenshots, export).
    void flush();

    int seriesCount() const { return int(m_lines.size()); }
    /// Points currently shown by series `index` (after the last redraw).
    int pointCount(int index) const;
    QString seriesName(int index) const;
    /// Metric column (td::metrics::metricCatalog() name) drawn by series `index`.
    std::string seriesMetric(int index) const;
    QChart *chart() const { return m_chart; }

private:
    enum class Axis { Counts, Share };
    struct Line
    {
        std::string metric;
        Axis axis = Axis::Counts;
        QLineSeries *series = nullptr;
        QList<QPointF> points; // every point of the run, shown or pending
    };

    void addLine(const std::string &metric, const QString &name, const QColor &color, Axis axis);
    void scheduleRedraw();
    void updateCountAxisRange();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_dayAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
    QTimer *m_redrawTimer = nullptr;
    std::vector<Line> m_lines;
    double m_countMax = 0.0;
    bool m_dirty = false;
};

} // namespace td::ui
