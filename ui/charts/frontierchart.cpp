// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/frontierchart.h"

#include "charts/chartview.h"
#include "charts/timechart.h"
#include "export/imageexport.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::ui {

namespace {

QColor frontierColor()
{
    return TimeChart::paletteColor(0); // Okabe–Ito blue
}

QColor dominatedColor()
{
    return TimeChart::paletteColor(1); // Okabe–Ito vermilion
}

void styleAxis(QValueAxis *axis)
{
    QFont title = axis->titleFont();
    title.setPointSizeF(8.5);
    title.setBold(false);
    axis->setTitleFont(title);
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(8.0);
    axis->setLabelsFont(labels);
}

bool finite(double v)
{
    return std::isfinite(v);
}

} // namespace

FrontierChart::FrontierChart(QWidget *parent) : ExportableChart(parent), m_chart(new QChart)
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(kMargin, kMargin, kMargin, kMargin));
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(10.0);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setVisible(false); // ChartLegend wraps instead of cutting
    m_chart->setLocalizeNumbers(true); // 0,5 in German
    m_xAxis = new QValueAxis(m_chart);
    m_yAxis = new QValueAxis(m_chart);
    styleAxis(m_xAxis);
    styleAxis(m_yAxis);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_frontLine = new QLineSeries(m_chart);
    QPen line(frontierColor());
    line.setWidthF(2.0);
    m_frontLine->setPen(line);
    m_chart->addSeries(m_frontLine);
    m_frontLine->attachAxis(m_xAxis);
    m_frontLine->attachAxis(m_yAxis);

    m_view = new ChartView(m_chart, this);
    m_view->setZoomable(false); // a click chooses a point
    m_view->setBackgroundBrush(m_chart->backgroundBrush());
    QFont legendFont = font();
    legendFont.setPointSizeF(8.0);
    m_view->legend().setFont(legendFont);
    connect(m_view, &ChartView::contextMenuWanted, this, &FrontierChart::showContextMenu);
    connect(m_view, &ChartView::resized, this, &FrontierChart::updateLegend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(320, 260);
}

FrontierChart::~FrontierChart() = default;

void FrontierChart::setTexts(const QString &title, const QString &xTitle, const QString &yTitle)
{
    m_title = title;
    m_chart->setLocale(QLocale()); // the texts come in the new language: so do the numbers
    m_chart->setTitle(title);
    m_xAxis->setTitleText(xTitle);
    m_yAxis->setTitleText(yTitle);
}

QString FrontierChart::xTitle() const
{
    return m_xAxis->titleText();
}

QString FrontierChart::yTitle() const
{
    return m_yAxis->titleText();
}

void FrontierChart::setLegendNames(
    const QString &frontier, const QString &dominated, const QString &line)
{
    m_legendFrontier = frontier;
    m_legendDominated = dominated;
    m_legendLine = line;
    updateLegend();
}

void FrontierChart::setEmptyText(const QString &text)
{
    m_view->setEmptyText(text);
}

void FrontierChart::clearSeries()
{
    for (QLineSeries *bar : std::as_const(m_bars)) {
        m_chart->removeSeries(bar);
        delete bar;
    }
    for (QScatterSeries *dot : std::as_const(m_dots)) {
        m_chart->removeSeries(dot);
        delete dot;
    }
    m_bars.clear();
    m_dots.clear();
    m_dotPoint.clear();
}

void FrontierChart::setPoints(const QList<Point> &points, const QList<int> &front)
{
    clearSeries();
    m_points = points;
    const auto addBar = [this](QPointF from, QPointF to, const QColor &color) {
        auto *bar = new QLineSeries(m_chart);
        QPen pen(color);
        pen.setWidthF(1.2);
        bar->setPen(pen);
        bar->replace({ from, to });
        m_chart->addSeries(bar);
        bar->attachAxis(m_xAxis);
        bar->attachAxis(m_yAxis);
        m_bars.append(bar);
    };
    // Bars first, then the dots over them.
    for (const Point &p : points) {
        if (!finite(p.x) || !finite(p.y))
            continue;
        const QColor color = p.onFrontier ? frontierColor() : dominatedColor();
        if (finite(p.xLow) && finite(p.xHigh))
            addBar({ p.xLow, p.y }, { p.xHigh, p.y }, color);
        if (finite(p.yLow) && finite(p.yHigh))
            addBar({ p.x, p.yLow }, { p.x, p.yHigh }, color);
    }
    for (int i = 0; i < int(points.size()); ++i) {
        const Point &p = points[i];
        if (!finite(p.x) || !finite(p.y))
            continue;
        auto *dot = new QScatterSeries(m_chart);
        dot->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dot->setMarkerSize(p.onFrontier ? 12.0 : 10.0);
        const QColor color = p.onFrontier ? frontierColor() : dominatedColor();
        // Filled on the frontier, hollow when dominated: told apart without colour too.
        dot->setColor(p.onFrontier ? color : QColor(Qt::white));
        QPen border(color);
        border.setWidthF(2.0);
        dot->setPen(border);
        dot->append(p.x, p.y);
        // A series' label format is its text ("@xPoint" would print the value): one series
        // per point, so each has its own label. Qt reads '@' as the start of a tag.
        QString label = p.label;
        dot->setPointLabelsFormat(label.replace(QLatin1Char('@'), QStringLiteral("(at)")));
        dot->setPointLabelsVisible(true);
        dot->setPointLabelsClipping(false);
        QFont labelFont = dot->pointLabelsFont();
        labelFont.setPointSizeF(8.0);
        dot->setPointLabelsFont(labelFont);
        dot->setPointLabelsColor(QColor(0x33, 0x33, 0x33));
        m_chart->addSeries(dot);
        dot->attachAxis(m_xAxis);
        dot->attachAxis(m_yAxis);
        connect(dot, &QScatterSeries::clicked, this, [this, i] { emit pointClicked(i); });
        connect(dot, &QScatterSeries::hovered, this, [this, i](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), m_points[i].tip, m_view);
            else
                QToolTip::hideText();
        });
        m_dots.append(dot);
        m_dotPoint.append(i);
    }
    QList<QPointF> line;
    for (int i : front)
        if (i >= 0 && i < int(points.size()) && finite(points[i].x) && finite(points[i].y))
            line.append(QPointF(points[i].x, points[i].y));
    m_frontLine->replace(line);
    m_view->setShowEmptyText(m_dots.isEmpty());
    rescale();
    updateLegend();
}

void FrontierChart::rescale()
{
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo;
    double ylo = xlo, yhi = -xlo;
    const auto take = [](double v, double &lo, double &hi) {
        if (finite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const Point &p : std::as_const(m_points)) {
        if (!finite(p.x) || !finite(p.y))
            continue;
        for (double v : { p.x, p.xLow, p.xHigh })
            take(v, xlo, xhi);
        for (double v : { p.y, p.yLow, p.yHigh })
            take(v, ylo, yhi);
    }
    const auto apply = [](QValueAxis *axis, double lo, double hi) {
        if (!finite(lo)) {
            lo = 0.0;
            hi = 1.0;
        }
        const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(1.0, std::abs(hi) * 0.05);
        axis->setRange(lo - pad, hi + pad);
        axis->setTickCount(6);
        axis->applyNiceNumbers();
    };
    apply(m_xAxis, xlo, xhi);
    apply(m_yAxis, ylo, yhi);
    // Labels as plain numbers: thousands of streams need no decimals, shares do.
    for (QValueAxis *axis : { m_xAxis, m_yAxis }) {
        const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
        const int decimals
            = step >= 1.0 ? 0 : std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
        axis->setLabelFormat(
            QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    }
}

void FrontierChart::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    QPen frontierPen(frontierColor());
    frontierPen.setWidthF(6.0);
    QPen dominatedPen(dominatedColor());
    dominatedPen.setWidthF(2.0);
    dominatedPen.setStyle(Qt::DotLine);
    QPen linePen(frontierColor());
    linePen.setWidthF(2.0);
    if (!m_legendFrontier.isEmpty())
        entries.append({ m_legendFrontier, frontierPen });
    if (!m_legendDominated.isEmpty())
        entries.append({ m_legendDominated, dominatedPen });
    if (!m_legendLine.isEmpty())
        entries.append({ m_legendLine, linePen });
    m_view->legend().setEntries(entries);
    const int room = m_view->legend().extent(m_chart->size());
    const QMargins margins(kMargin, kMargin, kMargin, kMargin + room);
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
    m_view->viewport()->update();
}

QPointF FrontierChart::pointPosition(int index) const
{
    if (index < 0 || index >= int(m_points.size()))
        return {};
    const Point &p = m_points[index];
    const QPointF scene = m_chart->mapToPosition(QPointF(p.x, p.y), m_frontLine);
    return m_view->mapFromScene(scene);
}

QWidget *FrontierChart::plotViewport() const
{
    return m_view->viewport();
}

QList<QPointF> FrontierChart::frontierLine() const
{
    return m_frontLine->points();
}

int FrontierChart::errorBarCount() const
{
    return int(m_bars.size());
}

void FrontierChart::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(
        tr("Copy Image"), this, [this] { QApplication::clipboard()->setImage(toImage()); });
    menu.addAction(tr("Export as PNG or SVG…"), this, [this] { emit exportRequested(this); });
    menu.exec(globalPos);
}

QImage FrontierChart::toImage() const
{
    return widgetImage(m_view);
}

bool FrontierChart::savePng(const QString &path, QString *error) const
{
    return writePng(toImage(), path, error);
}

bool FrontierChart::saveSvg(const QString &path, QString *error) const
{
    return writeSvg(
        path, m_view->size(), title(), [this](QPainter &painter) { m_view->render(&painter); },
        error);
}

} // namespace td::ui
