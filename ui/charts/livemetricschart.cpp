// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/livemetricschart.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace td::ui {

namespace {

// Day axis ticks: the smallest interval of the 1-2-5 series that keeps ten labels or fewer.
double dayTickInterval(int totalDays)
{
    for (double decade = 1.0;; decade *= 10.0) {
        for (const double step : { 1.0, 2.0, 5.0 }) {
            if (totalDays / (step * decade) <= 10.0)
                return step * decade;
        }
    }
}

void styleAxis(QValueAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(10.0);
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    QFont labelFont = axis->labelsFont();
    labelFont.setPointSizeF(9.0);
    axis->setLabelsFont(labelFont);
}

} // namespace

LiveMetricsChart::LiveMetricsChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_redrawTimer(new QTimer(this))
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation); // live data: animation would lag behind
    m_chart->setTitle(tr("Listening per day"));
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(12.0);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(10.0);
    m_chart->legend()->setFont(legendFont);

    m_dayAxis = new QValueAxis(m_chart);
    styleAxis(m_dayAxis, tr("Day of the run"));
    m_dayAxis->setLabelFormat(QStringLiteral("%d"));
    m_dayAxis->setTickType(QValueAxis::TicksDynamic);
    m_dayAxis->setTickAnchor(0.0);
    m_chart->addAxis(m_dayAxis, Qt::AlignBottom);

    m_countAxis = new QValueAxis(m_chart);
    styleAxis(m_countAxis, tr("Listeners, streams (per day)"));
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);

    m_shareAxis = new QValueAxis(m_chart);
    styleAxis(m_shareAxis, tr("Skip rate (share of plays, 0–1)"));
    m_shareAxis->setRange(0.0, 1.0);
    m_shareAxis->setTickCount(6);
    m_shareAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_shareAxis->setGridLineVisible(false); // one grid (the count axis') keeps the plot calm
    m_chart->addAxis(m_shareAxis, Qt::AlignRight);

    addLine("active_listeners", tr("Active listeners"), QColor(0x1f, 0x77, 0xb4), Axis::Counts);
    addLine("streams", tr("Streams (≥ 30 s)"), QColor(0x2c, 0xa0, 0x2c), Axis::Counts);
    addLine("skip_rate", tr("Skip rate"), QColor(0xd6, 0x27, 0x28), Axis::Share);

    m_view = new QChartView(m_chart, this); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(kRedrawIntervalMs);
    connect(m_redrawTimer, &QTimer::timeout, this, &LiveMetricsChart::flush);

    clear(1);
}

LiveMetricsChart::~LiveMetricsChart() = default;

void LiveMetricsChart::addLine(
    const std::string &metric, const QString &name, const QColor &color, Axis axis)
{
    auto *series = new QLineSeries(m_chart);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    if (axis == Axis::Share)
        pen.setStyle(
            Qt::DashLine); // tells the right-axis line apart in print and for colour blindness
    series->setPen(pen);
    m_chart->addSeries(series);
    series->attachAxis(m_dayAxis);
    series->attachAxis(axis == Axis::Counts ? m_countAxis : m_shareAxis);
    m_lines.push_back(Line { metric, axis, series, {} });
}

void LiveMetricsChart::clear(int totalDays)
{
    totalDays = std::max(1, totalDays);
    m_redrawTimer->stop();
    for (Line &line : m_lines) {
        line.points.clear();
        line.series->clear();
    }
    m_countMax = 0.0;
    m_dirty = false;
    // Never let the axis see a long range with a short tick interval, even between the two
    // calls: dynamic ticks would lay out one label per interval (thousands).
    const double interval = dayTickInterval(totalDays);
    m_dayAxis->setTickInterval(std::max(interval, m_dayAxis->tickInterval()));
    m_dayAxis->setRange(0.0, double(totalDays));
    m_dayAxis->setTickInterval(interval);
    updateCountAxisRange();
}

void LiveMetricsChart::appendBatch(const run::SnapshotBatch &batch)
{
    for (const sim::DaySnapshotPtr &snapshot : batch) {
        if (!snapshot)
            continue;
        const double x = double(snapshot->metrics.day) + 1.0;
        for (Line &line : m_lines) {
            const double y = snapshot->metrics.value(line.metric);
            if (!std::isfinite(y))
                continue; // e.g. skip rate on a day without plays: a gap, not a zero
            line.points.append(QPointF(x, y));
            if (line.axis == Axis::Counts)
                m_countMax = std::max(m_countMax, y);
        }
        m_dirty = true;
    }
    if (m_dirty)
        scheduleRedraw();
}

void LiveMetricsChart::scheduleRedraw()
{
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void LiveMetricsChart::flush()
{
    m_redrawTimer->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    for (Line &line : m_lines)
        line.series->replace(line.points); // one bulk update per series, not one per point
    updateCountAxisRange();
}

void LiveMetricsChart::updateCountAxisRange()
{
    if (m_countMax <= 0.0) {
        m_countAxis->setRange(0.0, 1.0);
        m_countAxis->setTickCount(6);
        return;
    }
    m_countAxis->setRange(0.0, m_countMax * 1.05);
    m_countAxis->applyNiceNumbers(); // round limits and ticks so labels read 0, 2000, 4000…
}

int LiveMetricsChart::pointCount(int index) const
{
    return index >= 0 && index < seriesCount() ? int(m_lines[std::size_t(index)].series->count())
                                               : 0;
}

QString LiveMetricsChart::seriesName(int index) const
{
    return index >= 0 && index < seriesCount() ? m_lines[std::size_t(index)].series->name()
                                               : QString();
}

std::string LiveMetricsChart::seriesMetric(int index) const
{
    return index >= 0 && index < seriesCount() ? m_lines[std::size_t(index)].metric : std::string();
}

} // namespace td::ui
