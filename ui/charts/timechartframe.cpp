// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// TimeChart's surroundings: the legend (drawn by ChartLegend in the chart's margin), the
// lesson frame and title weight, the note over the plot. The plotting is in timechart.cpp.
#include "charts/chartview.h"
#include "charts/timechart.h"

#include <QChart>
#include <QLayout>
#include <QLineSeries>
#include <QPainter>

namespace td::ui {

void TimeChart::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    for (const Line &line : m_lines) {
        if (line.inLegend && !line.series->name().isEmpty())
            entries.append({ line.series->name(), line.series->pen() });
    }
    m_view->legend().setEntries(entries);
    reserveLegendRoom();
    m_view->viewport()->update();
}

void TimeChart::reserveLegendRoom()
{
    // The legend is drawn over the chart's margin at its edge; the plot, axes and titles lay
    // out in what is left. Margins change only when the legend's rows do (a relayout).
    const int room = m_view->legend().extent(m_chart->size());
    const bool right = m_view->legend().alignment() & Qt::AlignRight;
    const QMargins margins(kChartMargin, kChartMargin, kChartMargin + (right ? room : 0),
        kChartMargin + (right ? 0 : room));
    if (m_chart->margins() != margins) {
        m_chart->setMargins(margins);
        fitTitle(); // the title's room changed with the margins
    }
}

QStringList TimeChart::legendTexts() const
{
    return m_view->legend().drawnTexts(m_chart->size());
}

void TimeChart::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    const int margin = highlighted ? kHighlightWidth : 0;
    layout()->setContentsMargins(margin, margin, margin, margin);
    layout()->activate(); // the view moves inside the frame now, not at the next layout pass
    setAccessibleDescription(
        highlighted ? tr("Highlighted: the scenario's lesson is about this chart") : QString());
    update();
}

void TimeChart::setTitleBold(bool bold)
{
    QFont font = m_chart->titleFont();
    if (font.bold() == bold)
        return;
    font.setBold(bold);
    m_chart->setTitleFont(font);
    fitTitle(); // a bold title is wider
}

bool TimeChart::isTitleBold() const
{
    return m_chart->titleFont().bold();
}

void TimeChart::paintEvent(QPaintEvent *event)
{
    ExportableChart::paintEvent(event);
    if (!m_highlighted)
        return;
    QPainter painter(this);
    QPen pen(highlightColor());
    pen.setWidth(kHighlightWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    const int inset = kHighlightWidth / 2;
    painter.drawRect(rect().adjusted(inset, inset, -inset - 1, -inset - 1));
}

void TimeChart::setNote(const QString &text)
{
    m_view->setNote(text, Qt::AlignBottom | Qt::AlignLeft);
    if (!m_highlighted)
        setAccessibleDescription(text);
}

QString TimeChart::note() const
{
    return m_view->note();
}

} // namespace td::ui
