// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/timechart.h"

#include "charts/chartview.h"
#include "charts/seriesmath.h"
#include "export/imageexport.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QClipboard>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::ui {

namespace {

void styleAxis(QValueAxis *axis)
{
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(8.5);
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    QFont labelFont = axis->labelsFont();
    labelFont.setPointSizeF(8.0);
    axis->setLabelsFont(labelFont);
}

QString formatValue(double y, int decimals)
{
    const QLocale locale;
    if (decimals >= 0)
        return locale.toString(y, 'f', decimals);
    const double magnitude = std::abs(y);
    if (magnitude >= 1000.0)
        return locale.toString(y, 'f', 0);
    if (magnitude == 0.0 || magnitude >= 0.001)
        return locale.toString(y, 'g', 4);
    return locale.toString(y, 'e', 2);
}

} // namespace

TimeChart::TimeChart(QWidget *parent) : ExportableChart(parent), m_chart(new QChart)
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation); // live data: animation would lag behind
    m_chart->setMargins(QMargins(kChartMargin, kChartMargin, kChartMargin, kChartMargin));
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(10.0);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    // Qt Charts' legend elides what does not fit in one row; ChartLegend wraps instead.
    m_chart->legend()->setVisible(false);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(8.0);

    m_xAxis = new QValueAxis(m_chart);
    styleAxis(m_xAxis);
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0.0);
    m_xAxis->setTickInterval(1.0);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    // Value labels are written here (setYTicks), not by a printf format: a tick at zero is
    // exactly 0 (never "-0.0") and numbers follow the language (0,5 in German).
    m_yAxis = new QCategoryAxis(m_chart);
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(m_yAxis);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);

    m_view = new ChartView(m_chart, this); // the view owns the chart
    m_view->legend().setFont(legendFont);
    // Qt Charts paints its background inside the margins; the legend lives in the bottom (or
    // right) margin, so the view paints the same white under all of it.
    m_view->setBackgroundBrush(m_chart->backgroundBrush());
    connect(m_view, &ChartView::resized, this, [this] {
        reserveLegendRoom(); // rows wrap anew at the new width
        fitTitle();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (!isZoomed()) {
            rescaleX(); // as many day labels as the plot's width holds
            if (plot.height() != m_ticksForHeight) {
                m_ticksForHeight = plot.height();
                rescaleY(); // as many value labels as its height holds
            }
        }
        fitYTitle();
    });
    m_view->setMarkerAxis(m_xAxis);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &ChartView::contextMenuWanted, this, &TimeChart::showContextMenu);
    connect(m_view, &ChartView::zoomChanged, this, [this] {
        if (!isZoomed())
            redraw(); // back to the automatic ranges
    });

    setXRange(0.0, 1.0);
    setYTicks(0.0, 1.0, 0.25);
    // Three rows fit a window of the default size (the certainty tab); a short chart takes
    // fewer value ticks and fits its value-axis title (rescaleY(), fitYTitle()).
    setMinimumSize(200, 180);
}

TimeChart::~TimeChart() = default;

QColor TimeChart::paletteColor(int index)
{
    // Okabe & Ito (2008), without yellow (unreadable on white) — safe for colour blindness.
    static const QColor colours[] = { QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00),
        QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x00, 0x00) };
    constexpr int n = int(sizeof(colours) / sizeof(colours[0]));
    static_assert(n == 7, "paletteSize()");
    return colours[((index % n) + n) % n];
}

int TimeChart::paletteSize()
{
    return 7;
}

int TimeChart::addLine(const QColor &color, Qt::PenStyle style)
{
    auto *series = new QLineSeries(m_chart);
    QPen pen(color);
    pen.setWidthF(1.8);
    pen.setStyle(style);
    series->setPen(pen);
    m_chart->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    const int index = int(m_lines.size());
    m_lines.push_back(Line { series, nullptr, {}, {}, true, {} });
    connect(series, &QLineSeries::hovered, this,
        [this, index](const QPointF &point, bool state) { showHoverTip(index, point, state); });
    return index;
}

void TimeChart::setLineCount(int count)
{
    count = std::max(0, count);
    while (int(m_lines.size()) > count) {
        m_chart->removeSeries(m_lines.back().series);
        delete m_lines.back().series;
        if (QScatterSeries *end = m_lines.back().end) {
            m_chart->removeSeries(end);
            delete end;
        }
        m_lines.pop_back();
    }
    while (int(m_lines.size()) < count) {
        const int i = int(m_lines.size());
        addLine(paletteColor(i), i < paletteSize() ? Qt::SolidLine : Qt::DashLine);
    }
    updateLegend();
}

void TimeChart::setLegendAlignment(Qt::Alignment alignment)
{
    m_view->legend().setAlignment(alignment);
    updateLegend();
}

void TimeChart::setLineName(int line, const QString &name)
{
    if (line >= 0 && line < lineCount() && m_lines[std::size_t(line)].series->name() != name) {
        m_lines[std::size_t(line)].series->setName(name);
        updateLegend();
    }
}

void TimeChart::setLineInLegend(int line, bool shown)
{
    if (line < 0 || line >= lineCount())
        return;
    m_lines[std::size_t(line)].inLegend = shown;
    updateLegend();
}

bool TimeChart::isLineInLegend(int line) const
{
    return line >= 0 && line < lineCount() && m_lines[std::size_t(line)].inLegend;
}

void TimeChart::setLineDescription(int line, const QString &description)
{
    if (line >= 0 && line < lineCount())
        m_lines[std::size_t(line)].description = description;
}

void TimeChart::setTexts(const QString &title, const QString &xTitle, const QString &yTitle)
{
    m_title = title;
    fitTitle();
    m_xAxis->setTitleText(xTitle);
    m_yTitle = yTitle;
    fitYTitle();
}

void TimeChart::fitYTitle()
{
    // The value axis title runs along the plot's height. When a short chart (three rows of
    // charts, a dock below the dashboard, a longer language) cannot hold it, it gives up,
    // in this order, its trailing " (…)", its one-line form, its size, and at last its place:
    // a missing title is better than words cut in half (the hover tooltip names the metric).
    // Qt keeps some of the axis length free around its title: a little less than the plot.
    const double room = m_chart->plotArea().height() * 0.92 - 4.0;
    QFont font = m_yAxis->titleFont();
    font.setPointSizeF(kAxisTitlePointSize);
    QString shortTitle = m_yTitle;
    const qsizetype open = shortTitle.lastIndexOf(QStringLiteral(" ("));
    if (open > 0 && shortTitle.endsWith(QLatin1Char(')')))
        shortTitle.truncate(open);
    // The same title on two lines, broken at the space nearest the middle.
    QString first = shortTitle, second;
    qsizetype best = -1;
    for (qsizetype at = shortTitle.indexOf(QLatin1Char(' ')); at > 0;
         at = shortTitle.indexOf(QLatin1Char(' '), at + 1)) {
        if (best < 0
            || std::abs(at - shortTitle.size() / 2) < std::abs(best - shortTitle.size() / 2))
            best = at;
    }
    if (best > 0) {
        first = shortTitle.left(best);
        second = shortTitle.mid(best + 1);
    }
    const auto fits = [room](const QFont &f, const QString &a, const QString &b = {}) {
        const QFontMetricsF metrics(f);
        return std::max(metrics.horizontalAdvance(a), metrics.horizontalAdvance(b)) <= room;
    };
    QFont smallFont = font;
    smallFont.setPointSizeF(kSmallAxisTitlePointSize);
    QString title;
    if (room <= 10.0 || fits(font, m_yTitle)) {
        title = m_yTitle;
    } else if (fits(font, shortTitle)) {
        title = shortTitle;
    } else if (!second.isEmpty() && fits(font, first, second)) {
        title = first.toHtmlEscaped() + QStringLiteral("<br>") + second.toHtmlEscaped();
    } else if (!second.isEmpty() && fits(smallFont, first, second)) {
        title = first.toHtmlEscaped() + QStringLiteral("<br>") + second.toHtmlEscaped();
        font = smallFont;
    }
    if (m_yAxis->titleFont() != font)
        m_yAxis->setTitleFont(font);
    if (m_yAxis->titleText() != title)
        m_yAxis->setTitleText(title);
}

QString TimeChart::yTitle() const
{
    return m_yAxis->titleText();
}

QString TimeChart::title() const
{
    return m_title;
}

void TimeChart::fitTitle()
{
    // A narrow chart (four columns, a longer language) takes its title on two lines rather
    // than letting Qt cut it.
    // Qt lays the title out in the chart's width less its margins (the legend's room
    // included), with some padding.
    const QMargins margins = m_chart->margins();
    const double room = (m_chart->size().width() - margins.left() - margins.right()) * 0.92 - 12.0;
    const QFontMetricsF metrics(m_chart->titleFont());
    QString shown = m_title;
    if (room > 10.0 && metrics.horizontalAdvance(m_title) > room) {
        qsizetype best = -1;
        for (qsizetype at = m_title.indexOf(QLatin1Char(' ')); at > 0;
             at = m_title.indexOf(QLatin1Char(' '), at + 1)) {
            if (best < 0 || std::abs(at - m_title.size() / 2) < std::abs(best - m_title.size() / 2))
                best = at;
        }
        if (best > 0)
            shown = m_title.left(best).toHtmlEscaped() + QStringLiteral("<br>")
                + m_title.mid(best + 1).toHtmlEscaped();
    }
    if (m_chart->title() != shown)
        m_chart->setTitle(shown);
}

void TimeChart::setXRange(double first, double last)
{
    m_xFirst = first;
    m_xLast = std::max(last, first + 1.0);
    if (!isZoomed())
        rescaleX();
}

void TimeChart::rescaleX()
{
    // Touch the axis only when it changes: every change re-lays out the chart (milliseconds
    // of GUI time per chart), and the x range is fixed for a whole run.
    // At most ten day labels, fewer on a narrow plot (each needs about 30 px), so the labels
    // never overlap and Qt never elides them to "...".
    const double plotWidth = m_chart->plotArea().width();
    const int maxLabels = plotWidth > 10.0 ? std::clamp(int(plotWidth / 30.0), 2, 10) : 10;
    const double interval = SeriesMath::tickInterval(m_xLast - m_xFirst, maxLabels);
    if (m_xAxis->min() == m_xFirst && m_xAxis->max() == m_xLast
        && m_xAxis->tickInterval() == interval)
        return;
    // Never let the axis see a long range with a short tick interval, even between the two
    // calls: dynamic ticks would lay out one label per interval (thousands).
    m_xAxis->setTickInterval(std::max(interval, m_xAxis->tickInterval()));
    m_xAxis->setRange(m_xFirst, m_xLast);
    m_xAxis->setTickInterval(interval);
}

void TimeChart::setLineData(int line, const QList<QPointF> &points)
{
    if (line >= 0 && line < lineCount())
        m_lines[std::size_t(line)].raw = points;
}

void TimeChart::setMarkers(const std::vector<ChartMarker> &markers)
{
    m_view->setMarkers(markers);
}

int TimeChart::markerCount() const
{
    return int(m_view->markers().size());
}

void TimeChart::setSmoothing(int days)
{
    m_smoothing = std::max(1, days);
}

void TimeChart::setEmptyText(const QString &text)
{
    m_view->setEmptyText(text);
}

void TimeChart::setEndMarkersVisible(bool visible)
{
    m_endMarkers = visible;
}

QList<QPointF> TimeChart::endMarker(int line) const
{
    if (line < 0 || line >= lineCount() || !m_lines[std::size_t(line)].end)
        return {};
    return m_lines[std::size_t(line)].end->points();
}

void TimeChart::redraw()
{
    bool any = false;
    // About one bucket per pixel column of the plot (the plot area is empty before the first
    // layout: assume a wide one).
    const double plotWidth = m_chart->plotArea().width();
    const int buckets = plotWidth > 10.0 ? int(plotWidth) : 1000;
    for (Line &line : m_lines) {
        line.shown = SeriesMath::movingAverage(line.raw, m_smoothing);
        // One bulk update per series, never one per point; zoomed in, every point is drawn.
        line.series->replace(isZoomed() ? line.shown : SeriesMath::decimate(line.shown, buckets));
        any = any || !line.shown.isEmpty();
        if (m_endMarkers) {
            if (!line.end) {
                line.end = new QScatterSeries(m_chart);
                line.end->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                line.end->setMarkerSize(8.0);
                line.end->setColor(line.series->pen().color());
                line.end->setBorderColor(Qt::white);
                m_chart->addSeries(line.end);
                line.end->attachAxis(m_xAxis);
                line.end->attachAxis(m_yAxis);
            }
            line.end->replace(
                line.shown.isEmpty() ? QList<QPointF>() : QList<QPointF> { line.shown.last() });
        }
    }
    redrawBands();
    m_view->setShowEmptyText(!any);
    if (!isZoomed()) {
        rescaleX();
        rescaleY();
    }
}

void TimeChart::rescaleY()
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const Line &line : m_lines) {
        for (const QPointF &p : line.shown) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    for (const Band &band : m_bands) {
        for (const QList<QPointF> *edge : { &band.shownLower, &band.shownUpper }) {
            for (const QPointF &p : *edge) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        }
    }
    if (!std::isfinite(lo)) {
        setYTicks(0.0, 1.0, 0.25);
        return;
    }
    const double dataLo = lo, dataHi = hi;
    if (m_includeZero) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (hi - lo < 1e-12) {
        // A flat line: show it inside a range that starts at zero where it can.
        if (hi == 0.0) {
            hi = 1.0;
        } else if (lo > 0.0) {
            lo = 0.0;
            hi *= 1.5;
        } else {
            hi = 0.0;
            lo *= 1.5;
        }
    } else {
        const double pad = (hi - lo) * 0.05;
        hi += pad;
        if (!(m_includeZero && lo == 0.0))
            lo -= pad;
    }
    lo = std::max(lo, m_yMin);
    hi = std::min(hi, m_yMax);
    if (hi <= lo)
        hi = lo + 1.0;
    // The nice range is computed on a scratch axis and applied only if it differs: a chart
    // whose range did not move is not laid out again (see rescaleX()).
    QValueAxis nice;
    nice.setRange(lo, hi);
    // Five ticks, fewer on a short plot (each label needs about 28 px), so that Qt never has
    // to elide overlapping value labels.
    const double plotHeight = m_chart->plotArea().height();
    nice.setTickCount(plotHeight > 10.0 ? std::clamp(int(plotHeight / 28.0) + 1, 3, 5) : 5);
    nice.applyNiceNumbers(); // round limits and ticks: 0, 0.1, 0.2 … rather than 0.0371
    // Nice numbers may round past a hard limit (1.05 -> 1.2 for a share): clip again. The
    // ticks keep the nice step, so a clipped axis still reads 0, 0.2 … 1.
    double niceLo = std::max(nice.min(), m_yMin);
    double niceHi = std::min(nice.max(), m_yMax);
    double step = (nice.max() - nice.min()) / std::max(1, nice.tickCount() - 1);
    // The nice step is 1, 2 or 5 times a power of ten: drop the division's rounding error.
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    step = std::round(step / magnitude * 100.0) / 100.0 * magnitude;
    if (m_wholeTicks)
        step = std::max(step, 1.0); // 1-2-5 steps of at least 1 are whole numbers
    if (m_edgeRoom > 0.0) {
        // Edge room (setEdgeRoom): widen the axis where the data (as far as the limits show
        // them) touch or nearly touch the frame. The room is under a quarter of the axis, less
        // than a tick step (at most five ticks), so it adds no tick; setYTicks labels none
        // beyond the limits either.
        const double room = m_edgeRoom * (niceHi - niceLo);
        niceLo = std::min(niceLo, std::clamp(dataLo, m_yMin, m_yMax) - room);
        niceHi = std::max(niceHi, std::clamp(dataHi, m_yMin, m_yMax) + room);
    }
    setYTicks(niceLo, niceHi, step);
}

void TimeChart::setYTicks(double lo, double hi, double step)
{
    // Touch the axis only when it changes (see rescaleX()).
    if (m_yAxis->min() == lo && m_yAxis->max() == hi && m_yStep == step
        && m_yLocale == QLocale().name())
        return;
    m_yStep = step;
    m_yLocale = QLocale().name();
    m_yAxis->setRange(lo, hi);
    for (const QString &label : m_yAxis->categoriesLabels())
        m_yAxis->remove(label);
    // Ticks at whole multiples of the step: k * step is exactly 0 for k = 0.
    const int decimals = step >= 1.0 ? 0 : std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
    // Labels only within the limits: the edge room may reach past them (a share's axis may
    // end at 1.05, but no label says more than 1).
    const long long first = (long long)std::ceil(std::max(lo, m_yMin) / step - 1e-9);
    const long long last = (long long)std::floor(std::min(hi, m_yMax) / step + 1e-9);
    m_yAxis->setStartValue(double(first - 1) * step);
    const QLocale locale;
    for (long long k = first; k <= last && k - first < 50; ++k) {
        const double value = double(k) * step;
        m_yAxis->append(locale.toString(value, 'f', decimals), value);
    }
}

void TimeChart::resetZoom()
{
    m_chart->zoomReset();
    redraw();
}

bool TimeChart::isZoomed() const
{
    return m_chart->isZoomed();
}

int TimeChart::pointCount(int line) const
{
    return line >= 0 && line < lineCount() ? int(m_lines[std::size_t(line)].shown.size()) : 0;
}

int TimeChart::drawnPointCount(int line) const
{
    return line >= 0 && line < lineCount() ? int(m_lines[std::size_t(line)].series->count()) : 0;
}

QString TimeChart::lineName(int line) const
{
    return line >= 0 && line < lineCount() ? m_lines[std::size_t(line)].series->name() : QString();
}

double TimeChart::lastValue(int line) const
{
    if (line < 0 || line >= lineCount() || m_lines[std::size_t(line)].shown.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    return m_lines[std::size_t(line)].shown.last().y();
}

void TimeChart::showHoverTip(int line, const QPointF &point, bool entering)
{
    if (!entering || line < 0 || line >= lineCount()) {
        QToolTip::hideText();
        return;
    }
    const Line &l = m_lines[std::size_t(line)];
    if (l.shown.isEmpty())
        return;
    // The hovered position lies anywhere on a segment: show the nearest actual point.
    const auto it = std::lower_bound(l.shown.cbegin(), l.shown.cend(), point.x(),
        [](const QPointF &p, double x) { return p.x() < x; });
    qsizetype i = it - l.shown.cbegin();
    if (i >= l.shown.size()
        || (i > 0 && point.x() - l.shown[i - 1].x() < l.shown[i].x() - point.x()))
        --i;
    const QPointF &p = l.shown[std::max<qsizetype>(0, i)];
    const QString xText
        = (m_xFormat.isEmpty() ? tr("Day %1") : m_xFormat).arg(QLocale().toString(p.x(), 'f', 0));
    QString text
        = QStringLiteral("<b>%1</b><br>%2: %3")
              .arg(l.series->name().toHtmlEscaped(), xText, formatValue(p.y(), m_decimals));
    if (m_smoothing > 1) {
        const qsizetype r = std::max<qsizetype>(0, i);
        if (r < l.raw.size())
            text += QStringLiteral("<br>")
                + tr("%1-day mean; that day: %2")
                      .arg(m_smoothing)
                      .arg(formatValue(l.raw[r].y(), m_decimals));
    }
    if (!l.description.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(l.description.toHtmlEscaped());
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void TimeChart::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    QAction *reset = menu.addAction(tr("Reset Zoom"), this, &TimeChart::resetZoom);
    reset->setEnabled(isZoomed());
    menu.addSeparator();
    menu.addAction(
        tr("Copy Image"), this, [this] { QApplication::clipboard()->setImage(toImage()); });
    menu.addAction(tr("Export as PNG or SVG…"), this, [this] { emit exportRequested(this); });
    menu.exec(globalPos);
}

QImage TimeChart::toImage() const
{
    return widgetImage(m_view);
}

bool TimeChart::savePng(const QString &path, QString *error) const
{
    return writePng(toImage(), path, error);
}

bool TimeChart::saveSvg(const QString &path, QString *error) const
{
    return writeSvg(
        path, m_view->size(), title(), [this](QPainter &painter) { m_view->render(&painter); },
        error);
}

} // namespace td::ui
