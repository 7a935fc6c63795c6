// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// TimeChart's shaded bands: an interval around a line (the A/B window's 95 % bands of the
// mean over replicate seeds). The lines are in timechart.cpp.
#include "charts/seriesmath.h"
#include "charts/timechart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace td::ui {

int TimeChart::addBand(const QColor &color)
{
    Band band;
    band.upper = new QLineSeries(m_chart);
    band.lower = new QLineSeries(m_chart);
    band.area = new QAreaSeries(band.upper, band.lower);
    // The area does not own its edges: parent them to it so they go together.
    band.upper->setParent(band.area);
    band.lower->setParent(band.area);
    QColor fill = color;
    fill.setAlphaF(0.22);
    band.area->setBrush(fill);
    QColor edge = color;
    edge.setAlphaF(0.45);
    QPen pen(edge);
    pen.setWidthF(0.8);
    band.area->setPen(pen);
    m_chart->addSeries(band.area);
    band.area->attachAxis(m_xAxis);
    band.area->attachAxis(m_yAxis);
    m_bands.push_back(band);
    return int(m_bands.size()) - 1;
}

void TimeChart::setBandData(int band, const QList<QPointF> &lower, const QList<QPointF> &upper)
{
    if (band < 0 || band >= bandCount())
        return;
    m_bands[std::size_t(band)].rawLower = lower;
    m_bands[std::size_t(band)].rawUpper = upper;
}

QList<QPointF> TimeChart::bandLower(int band) const
{
    return band >= 0 && band < bandCount() ? m_bands[std::size_t(band)].shownLower
                                           : QList<QPointF>();
}

QList<QPointF> TimeChart::bandUpper(int band) const
{
    return band >= 0 && band < bandCount() ? m_bands[std::size_t(band)].shownUpper
                                           : QList<QPointF>();
}

void TimeChart::redrawBands()
{
    for (Band &band : m_bands) {
        band.shownLower = SeriesMath::movingAverage(band.rawLower, m_smoothing);
        band.shownUpper = SeriesMath::movingAverage(band.rawUpper, m_smoothing);
        // A band spans days (a few hundred points): drawn whole, both edges alike, so the
        // area's outline never crosses itself.
        band.lower->replace(band.shownLower);
        band.upper->replace(band.shownUpper);
    }
}

} // namespace td::ui
