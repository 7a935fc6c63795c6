// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/dashboard.h"

#include "charts/dashboardpages.h"
#include "charts/funnelchart.h"
#include "charts/timechart.h"
#include "coretexts.h"
#include "metrics/metriccatalog.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace td::ui {

namespace {

using namespace DashboardPages;

/// The values a metric unit allows: "share" 0..1, "a..b" a..b; nothing for open units.
std::optional<std::pair<double, double>> unitRange(std::string_view unit)
{
    if (unit == "share" || unit == "share/day")
        return std::make_pair(0.0, 1.0);
    const std::size_t dots = unit.find("..");
    if (dots == std::string_view::npos)
        return std::nullopt;
    const std::string lo(unit.substr(0, dots)), hi(unit.substr(dots + 2));
    bool okLo = false, okHi = false;
    const double a = QString::fromStdString(lo).toDouble(&okLo);
    const double b = QString::fromStdString(hi).toDouble(&okHi);
    if (!okLo || !okHi || !(a < b))
        return std::nullopt;
    return std::make_pair(a, b);
}

const char *const kFunnelTab = QT_TRANSLATE_NOOP("td::ui::Dashboard", "Pipeline funnel");
const char *const kDayAxis = QT_TRANSLATE_NOOP("td::ui::Dashboard", "Day of the run");
const char *const kRetentionTitle
    = QT_TRANSLATE_NOOP("td::ui::Dashboard", "Retention by signup day");
const char *const kRetentionX = QT_TRANSLATE_NOOP("td::ui::Dashboard", "Days since signup");
const char *const kRetentionY = QT_TRANSLATE_NOOP("td::ui::Dashboard", "share still subscribed");

} // namespace

QStringList Dashboard::chartTabKeys()
{
    QStringList keys;
    for (const PageDecl &page : pages())
        keys << QString::fromLatin1(page.key);
    keys << QStringLiteral("funnel");
    return keys;
}

QString Dashboard::metricAxisTitle(const QString &metric)
{
    const std::string name = metric.toStdString();
    for (const PageDecl &page : pages()) {
        for (const ChartDecl &chart : page.charts) {
            for (const LineDecl &line : chart.lines) {
                if (!line.complement && name == line.metric)
                    return tr(chart.unit);
            }
        }
    }
    return {};
}

Dashboard::Dashboard(const RunHistory *history, QWidget *parent)
    : QTabWidget(parent), m_history(history), m_redrawTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    setDocumentMode(true);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(kRedrawIntervalMs);
    connect(m_redrawTimer, &QTimer::timeout, this, &Dashboard::redrawVisible);
    buildPages();
    // A tab that becomes visible catches up at once (hidden tabs are not redrawn).
    connect(this, &QTabWidget::currentChanged, this, [this] { redrawVisible(); });
    retranslateUi();
    resetCharts();
}

Dashboard::~Dashboard() = default;

void Dashboard::buildPages()
{
    for (const PageDecl &decl : pages()) {
        auto *page = new QWidget(this);
        page->setObjectName(QString::fromLatin1(decl.key) + QStringLiteral("Tab"));
        auto *grid = new QGridLayout(page);
        grid->setContentsMargins(4, 4, 4, 4);
        grid->setSpacing(8); // charts paint white to their edges: the page shows between
        const int tab = int(m_pages.size());
        int slot = 0;
        const int total = int(decl.charts.size()) + (decl.retention ? 1 : 0);
        // Two rows while there are at most eight charts: a third row leaves every chart of
        // the page too short to read once a dock sits under the dashboard.
        const int columns = total > 6 ? 4 : total > 4 ? 3 : 2;
        for (const ChartDecl &chartDecl : decl.charts) {
            Chart chart;
            chart.tab = tab;
            chart.title = chartDecl.title;
            chart.unit = chartDecl.unit;
            for (const LineDecl &line : chartDecl.lines) {
                const int metric = metrics::metricIndex(line.metric);
                if (metric >= 0)
                    chart.lines.push_back(Line { metric, line.complement, line.name });
            }
            if (chart.lines.empty())
                continue; // the catalogue does not have these metrics (yet)
            chart.chart = new TimeChart(page);
            chart.chart->setObjectName(
                QString::fromLatin1(decl.key) + QStringLiteral("Chart") + QString::number(slot));
            chart.chart->setIncludeZero(chartDecl.includeZero);
            chart.chart->setEdgeRoom(chartDecl.edgeRoom);
            chart.chart->setWholeNumberTicks(chartDecl.wholeNumbers);
            // A share stays within 0..1, a correlation within -1..1: the padded automatic
            // range never shows a share below zero.
            double lo = 1e300, hi = -1e300;
            bool bounded = true;
            for (const Line &line : chart.lines) {
                const auto range
                    = unitRange(metrics::metricCatalog()[std::size_t(line.metric)].unit);
                bounded = bounded && range.has_value();
                if (range) {
                    lo = std::min(lo, range->first);
                    hi = std::max(hi, range->second);
                }
            }
            if (bounded)
                chart.chart->setYLimits(lo, hi);
            for (std::size_t i = 0; i < chart.lines.size(); ++i)
                chart.chart->addLine(TimeChart::paletteColor(int(i)));
            connect(
                chart.chart, &ExportableChart::exportRequested, this, &Dashboard::exportRequested);
            grid->addWidget(chart.chart, slot / columns, slot % columns);
            ++slot;
            m_charts.push_back(std::move(chart));
        }
        if (decl.retention) {
            m_retention = new TimeChart(page);
            m_retention->setObjectName(QStringLiteral("retentionChart"));
            m_retention->setXLabelFormat(tr("Day %1 after signup"));
            m_retention->setYLimits(0.0, 1.0);
            m_retention->setLegendAlignment(Qt::AlignRight); // many short cohort names
            m_retention->setEndMarkersVisible(
                true); // where each curve ends, even when they overlap
            connect(
                m_retention, &ExportableChart::exportRequested, this, &Dashboard::exportRequested);
            grid->addWidget(m_retention, slot / columns, slot % columns);
            ++slot;
        }
        for (int c = 0; c < columns; ++c)
            grid->setColumnStretch(c, 1);
        for (int r = 0; r < (slot + columns - 1) / columns; ++r)
            grid->setRowStretch(r, 1);
        addTab(page, QString());
        m_pages.push_back(Page { QString::fromLatin1(decl.key), page, decl.title });
    }
    m_funnel = new FunnelChart(this);
    m_funnel->setObjectName(QStringLiteral("funnelTab"));
    connect(m_funnel, &ExportableChart::exportRequested, this, &Dashboard::exportRequested);
    addTab(m_funnel, QString());
    m_pages.push_back(Page { QStringLiteral("funnel"), m_funnel, kFunnelTab });
}

void Dashboard::retranslateUi()
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].title)
            setTabText(int(i), tr(m_pages[i].title));
    }
    const QString noData = tr("No values in this run: the engine does not measure this "
                              "for the chosen recommender (or not yet).");
    for (Chart &chart : m_charts) {
        chart.chart->setTexts(tr(chart.title), tr(kDayAxis), tr(chart.unit));
        for (std::size_t i = 0; i < chart.lines.size(); ++i) {
            const Line &line = chart.lines[i];
            chart.chart->setLineName(int(i), tr(line.name));
            // Hovering a point explains the metric (a complement line is not the metric).
            chart.chart->setLineDescription(int(i),
                line.complement ? QString()
                                : CoreTexts::metricDescription(
                                    metrics::metricCatalog()[std::size_t(line.metric)]));
        }
        chart.chart->setEmptyText(noData);
        updateOverlayLines(chart);
        chart.drawnRevision = 0;
    }
    if (m_retention) {
        m_retention->setTexts(tr(kRetentionTitle), tr(kRetentionX), tr(kRetentionY));
        m_retention->setXLabelFormat(tr("Day %1 after signup"));
        m_retention->setEmptyText(tr("No cohorts yet: run a day."));
        m_retentionRevision = 0; // cohort names are rebuilt in the new language
    }
    redrawVisible();
}

void Dashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void Dashboard::addPage(QWidget *page, const QString &key, const QString &title)
{
    addTab(page, title);
    m_pages.push_back(Page { key, page, nullptr });
}

int Dashboard::tabIndex(const QString &key) const
{
    for (const Page &page : m_pages) {
        if (page.key == key)
            return indexOf(page.widget);
    }
    return -1;
}

QString Dashboard::tabTitle(const QString &key) const
{
    for (const Page &page : m_pages) {
        if (page.key == key)
            return page.title ? tr(page.title) : tabText(indexOf(page.widget));
    }
    return {};
}

QString Dashboard::tabKey(int index) const
{
    const QWidget *w = widget(index);
    for (const Page &page : m_pages) {
        if (page.widget == w)
            return page.key;
    }
    return {};
}

void Dashboard::setHistory(const RunHistory *history)
{
    m_history = history;
    resetCharts();
    redrawVisible();
}

void Dashboard::setOverlay(const RunHistory *overlay, const QString &label)
{
    m_overlay = overlay;
    m_overlayLabel = label;
    for (Chart &chart : m_charts) {
        updateOverlayLines(chart);
        chart.drawnRevision = 0; // redraw with (or without) the overlay
    }
    updateXRange();
    redrawVisible();
}

void Dashboard::updateOverlayLines(Chart &chart)
{
    const int base = int(chart.lines.size());
    chart.chart->setLineCount(base); // lines beyond the chart's own are the overlay's
    if (!m_overlay)
        return;
    // One legend entry per chart ("run 3 (dashed)"): each dashed line has the colour of the
    // solid line it compares with, and its full name shows on hover.
    for (int i = 0; i < base; ++i) {
        const int line = chart.chart->addLine(TimeChart::paletteColor(i), Qt::DashLine);
        chart.chart->setLineName(line,
            i == 0 ? tr("%1 (dashed)").arg(m_overlayLabel)
                   : tr("%1 · %2").arg(tr(chart.lines[std::size_t(i)].name), m_overlayLabel));
        chart.chart->setLineInLegend(line, i == 0);
    }
}

void Dashboard::updateXRange()
{
    int days = m_history ? m_history->totalDays() : 1;
    if (m_overlay)
        days = std::max(days, m_overlay->totalDays());
    for (Chart &chart : m_charts)
        chart.chart->setXRange(0.0, double(days));
}

void Dashboard::resetCharts()
{
    for (Chart &chart : m_charts) {
        for (int i = 0; i < chart.chart->lineCount(); ++i)
            chart.chart->setLineData(i, {});
        chart.chart->setMarkers({});
        chart.chart->resetZoom();
        chart.drawnRevision = 0;
    }
    updateXRange();
    const double days = m_history ? double(m_history->totalDays()) : 1.0;
    if (m_retention) {
        m_retention->setLineCount(0);
        m_retention->setXRange(0.0, days);
        m_retention->resetZoom();
        m_retentionRevision = 0;
    }
    m_funnel->clear();
    m_funnel->redraw();
    m_funnelRevision = 0;
}

void Dashboard::dataChanged()
{
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void Dashboard::setSmoothing(int days)
{
    m_smoothing = std::max(1, days);
    for (Chart &chart : m_charts)
        chart.chart->setSmoothing(m_smoothing);
    redrawVisible();
}

void Dashboard::resetZoom()
{
    for (TimeChart *chart : timeCharts())
        chart->resetZoom();
}

void Dashboard::redrawChart(Chart &chart)
{
    if (!m_history)
        return;
    const std::uint64_t overlayRevision = m_overlay ? m_overlay->revision() : 0;
    if (chart.drawnRevision == m_history->revision()
        && chart.drawnOverlayRevision == overlayRevision && chart.drawnSmoothing == m_smoothing)
        return;
    const auto lineData = [](const Line &line, const RunHistory &history) {
        const QList<QPointF> &points = history.points(line.metric);
        if (!line.complement)
            return points; // implicitly shared: no copy
        QList<QPointF> complement;
        complement.reserve(points.size());
        for (const QPointF &p : points)
            complement.append(QPointF(p.x(), 1.0 - p.y()));
        return complement;
    };
    const int base = int(chart.lines.size());
    for (int i = 0; i < base; ++i) {
        const Line &line = chart.lines[std::size_t(i)];
        chart.chart->setLineData(i, lineData(line, *m_history));
        if (m_overlay && base + i < chart.chart->lineCount())
            chart.chart->setLineData(base + i, lineData(line, *m_overlay));
    }
    chart.chart->setMarkers(m_history->markers());
    chart.chart->redraw();
    chart.drawnRevision = m_history->revision();
    chart.drawnOverlayRevision = overlayRevision;
    chart.drawnSmoothing = m_smoothing;
}

void Dashboard::redrawRetention()
{
    if (!m_retention || !m_history || m_retentionRevision == m_history->revision())
        return;
    const std::vector<RunHistory::CohortCurve> curves = m_history->cohortCurves();
    m_retention->setLineCount(int(curves.size()));
    QStringList noneLost;
    for (std::size_t i = 0; i < curves.size(); ++i) {
        m_retention->setLineName(int(i), curves[i].label);
        m_retention->setLineData(int(i), curves[i].points);
        if (curves[i].noneLost)
            noneLost << curves[i].label;
    }
    // Groups that lost no one all lie exactly on 1, one line over the other: a note says
    // which they are and each line's end dot shows where it stops (no line is moved off its
    // value to make it visible).
    m_retention->setNote(noneLost.size() < 2
            ? QString()
            : tr("No one lost yet: %1 (lines on top of each other at 1; a dot marks each "
                 "end)")
                  .arg(QLocale().createSeparatedList(noneLost)));
    m_retention->redraw();
    m_retentionRevision = m_history->revision();
}

void Dashboard::redrawVisible()
{
    m_redrawTimer->stop();
    QElapsedTimer clock;
    clock.start();
    const int tab = indexOf(currentWidget());
    for (Chart &chart : m_charts) {
        if (chart.tab == tab)
            redrawChart(chart);
    }
    if (m_retention && currentWidget() == m_retention->parentWidget())
        redrawRetention();
    if (currentWidget() == m_funnel && m_history && m_funnelRevision != m_history->revision()) {
        const sim::DaySnapshotPtr &last = m_history->last();
        if (last)
            m_funnel->setFunnel(last->funnel, int(last->metrics.day));
        m_funnel->redraw();
        m_funnelRevision = m_history->revision();
    }
    // Adaptive pacing: the GUI thread spends at most about a quarter of its time on redraws
    // (plus the painting they cause), whatever the machine and the length of the run.
    const int spent = int(clock.elapsed());
    m_redrawTimer->setInterval(std::clamp(4 * spent, kRedrawIntervalMs, kMaxRedrawIntervalMs));
}

void Dashboard::flushAll()
{
    m_redrawTimer->stop();
    for (Chart &chart : m_charts)
        redrawChart(chart);
    redrawRetention();
    if (m_history && m_funnelRevision != m_history->revision()) {
        if (const sim::DaySnapshotPtr &last = m_history->last())
            m_funnel->setFunnel(last->funnel, int(last->metrics.day));
        m_funnel->redraw();
        m_funnelRevision = m_history->revision();
    }
}

QList<TimeChart *> Dashboard::metricCharts() const
{
    QList<TimeChart *> charts;
    for (const Chart &chart : m_charts)
        charts << chart.chart;
    return charts;
}

QList<TimeChart *> Dashboard::timeCharts() const
{
    QList<TimeChart *> charts = metricCharts();
    if (m_retention)
        charts << m_retention;
    return charts;
}

QList<ExportableChart *> Dashboard::exportableCharts() const
{
    QList<ExportableChart *> charts;
    for (int tab = 0; tab < count(); ++tab)
        charts << chartsOnTab(tab);
    return charts;
}

QList<ExportableChart *> Dashboard::chartsOnTab(int index) const
{
    QList<ExportableChart *> charts;
    for (const Chart &chart : m_charts) {
        if (indexOf(chart.chart->parentWidget()) == index)
            charts << chart.chart;
    }
    if (m_retention && indexOf(m_retention->parentWidget()) == index)
        charts << m_retention;
    if (indexOf(m_funnel) == index)
        charts << m_funnel;
    return charts;
}

QStringList Dashboard::chartMetrics(const TimeChart *chart) const
{
    QStringList names;
    for (const Chart &c : m_charts) {
        if (c.chart != chart)
            continue;
        for (const Line &line : c.lines) {
            const auto name = metrics::metricCatalog()[std::size_t(line.metric)].name;
            const QString text = QString::fromLatin1(name.data(), qsizetype(name.size()));
            if (!names.contains(text))
                names << text;
        }
    }
    return names;
}

void Dashboard::setLessonMetrics(const QStringList &metrics)
{
    m_lessonMetrics = metrics;
    for (const Chart &chart : m_charts) {
        bool about = false;
        for (const QString &name : chartMetrics(chart.chart))
            about = about || metrics.contains(name);
        chart.chart->setHighlighted(about);
        chart.chart->setTitleBold(metrics.isEmpty() || about);
    }
    if (m_retention)
        m_retention->setTitleBold(metrics.isEmpty());
}

QList<TimeChart *> Dashboard::highlightedCharts() const
{
    QList<TimeChart *> charts;
    for (const Chart &chart : m_charts) {
        if (chart.chart->isHighlighted())
            charts << chart.chart;
    }
    return charts;
}

QStringList Dashboard::plottedMetrics() const
{
    QStringList names;
    for (const Chart &chart : m_charts) {
        for (const Line &line : chart.lines) {
            const QString name = QString::fromLatin1(
                metrics::metricCatalog()[std::size_t(line.metric)].name.data(),
                qsizetype(metrics::metricCatalog()[std::size_t(line.metric)].name.size()));
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

} // namespace td::ui
