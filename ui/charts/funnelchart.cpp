// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/funnelchart.h"

#include "charts/chartview.h"
#include "export/imageexport.h"
#include "vocabulary.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QCursor>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace td::ui {

FunnelChart::FunnelChart(QWidget *parent) : ExportableChart(parent), m_chart(new QChart)
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(11.0);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_series = new QHorizontalStackedBarSeries(m_chart);
    m_series->setBarWidth(0.7);
    // One set per stage: a category has a value in its own stage's set only, so each group of
    // bars gets its stage's colour and a legend entry.
    const QColor colours[StageCount]
        = { QColor(0x00, 0x72, 0xb2), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
              QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73) };
    for (int s = 0; s < StageCount; ++s) {
        m_sets[s] = new QBarSet(QString(), m_series);
        m_sets[s]->setColor(colours[s]);
        m_sets[s]->setBorderColor(colours[s].darker(115));
        m_series->append(m_sets[s]);
    }
    m_chart->addSeries(m_series);
    m_categoryAxis = new QBarCategoryAxis(m_chart);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this,
        [this](bool status, int index, QBarSet *) { showTip(status, index); });

    m_view = new ChartView(m_chart, this);
    m_view->setZoomable(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &ChartView::contextMenuWanted, this, &FunnelChart::showContextMenu);

    retranslateUi();
    m_dirty = true;
    redraw();
}

FunnelChart::~FunnelChart() = default;

void FunnelChart::retranslateUi()
{
    m_sets[Sources]->setLabel(tr("Candidates by source"));
    m_sets[Merged]->setLabel(tr("Merged pool"));
    m_sets[Filters]->setLabel(tr("Removed by filters"));
    m_sets[Ranked]->setLabel(tr("Ranked"));
    m_sets[Shown]->setLabel(tr("Shown"));
    m_sets[Streamed]->setLabel(tr("Streamed"));
    m_valueAxis->setTitleText(tr("Tracks per request (mean over the day)"));
    m_view->setEmptyText(tr("No funnel: only the pipeline recommender (recommender.kind = "
                            "pipeline) publishes one. Run a day to see it."));
    m_dirty = true;
    redraw();
}

void FunnelChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FunnelChart::setFunnel(const sim::FunnelSnapshot &funnel, int day)
{
    m_funnel = funnel;
    m_day = day;
    m_dirty = true;
}

void FunnelChart::clear()
{
    m_funnel = {};
    m_day = -1;
    m_dirty = true;
}

QString FunnelChart::title() const
{
    return m_chart->title();
}

void FunnelChart::redraw()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    struct Bar
    {
        Stage stage;
        QString name;
        qint64 total;
    };
    std::vector<Bar> bars;
    for (const auto &[name, count] : m_funnel.bySource)
        bars.push_back({ Sources, Vocabulary::sourceName(name), count });
    bars.push_back({ Merged, tr("Merged (distinct tracks)"), m_funnel.merged });
    for (const auto &[name, count] : m_funnel.removedBy)
        bars.push_back({ Filters, tr("− %1").arg(Vocabulary::filterName(name)), count });
    bars.push_back({ Ranked, tr("Ranked"), m_funnel.ranked });
    bars.push_back({ Shown, tr("Shown"), m_funnel.shown });
    bars.push_back({ Streamed, tr("Streamed"), m_funnel.streamed });

    const bool empty = m_funnel.requests <= 0;
    const double perRequest = empty ? 0.0 : 1.0 / double(m_funnel.requests);
    m_categories.clear();
    m_values.clear();
    m_totals.clear();
    QList<QList<qreal>> values(StageCount);
    const QLocale locale;
    double largest = 0.0;
    if (!empty) {
        for (const Bar &bar : bars) {
            const double mean = double(bar.total) * perRequest;
            // The exact mean is part of the label: readable in print and in screenshots.
            m_categories << QStringLiteral("%1  %2").arg(bar.name, locale.toString(mean, 'f', 1));
            m_values << mean;
            m_totals << bar.total;
            for (int s = 0; s < StageCount; ++s)
                values[s] << (s == bar.stage ? mean : 0.0);
            largest = std::max(largest, mean);
        }
    }
    // A horizontal bar chart draws its first category at the bottom: hand the stages over in
    // reverse so the funnel reads from the top down.
    for (int s = 0; s < StageCount; ++s) {
        std::reverse(values[s].begin(), values[s].end());
        m_sets[s]->remove(0, m_sets[s]->count());
        m_sets[s]->append(values[s]);
    }
    QStringList bottomUp = m_categories;
    std::reverse(bottomUp.begin(), bottomUp.end());
    m_categoryAxis->clear();
    m_categoryAxis->append(bottomUp);
    m_valueAxis->setRange(0.0, largest > 0.0 ? largest * 1.05 : 1.0);
    m_valueAxis->setTickCount(6);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setLabelsVisible(!empty);
    m_chart->setTitle(empty ? tr("Pipeline funnel")
                            : tr("Pipeline funnel, day %1 (%2 requests)")
                                  .arg(m_day + 1)
                                  .arg(locale.toString(qint64(m_funnel.requests))));
    m_chart->legend()->setVisible(!empty);
    m_view->setShowEmptyText(empty);
}

void FunnelChart::showTip(bool status, int bottomUpIndex)
{
    const int index = int(m_categories.size()) - 1 - bottomUpIndex;
    if (!status || index < 0 || index >= m_categories.size()) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QToolTip::showText(QCursor::pos(),
        tr("<b>%1</b><br>%2 tracks on the day<br>%3 per request")
            .arg(m_categories[index].section(QStringLiteral("  "), 0, 0).toHtmlEscaped(),
                locale.toString(m_totals[index]), locale.toString(m_values[index], 'f', 2)),
        m_view);
}

void FunnelChart::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(
        tr("Copy Image"), this, [this] { QApplication::clipboard()->setImage(toImage()); });
    menu.addAction(tr("Export as PNG or SVG…"), this, [this] { emit exportRequested(this); });
    menu.exec(globalPos);
}

QImage FunnelChart::toImage() const
{
    return widgetImage(m_view);
}

bool FunnelChart::savePng(const QString &path, QString *error) const
{
    return writePng(toImage(), path, error);
}

bool FunnelChart::saveSvg(const QString &path, QString *error) const
{
    return writeSvg(
        path, m_view->size(), title(), [this](QPainter &painter) { m_view->render(&painter); },
        error);
}

} // namespace td::ui
