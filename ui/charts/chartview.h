// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "charts/chartlegend.h"
#include "session/runhistory.h"

#include <QChartView>
#include <QString>

#include <vector>

class QValueAxis;

namespace td::ui {

/// The chart view every TasteDrift chart uses: rubber-band zoom (double-click resets),
/// a context menu supplied by the owner, labelled vertical markers and a note drawn over an
/// empty plot. Private to ui/charts (the only folder that sees Qt Charts). GUI thread only.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    /// Markers are drawn at x in the coordinates of `axis` (the horizontal value axis).
    void setMarkerAxis(QValueAxis *axis) { m_xAxis = axis; }
    void setMarkers(const std::vector<ChartMarker> &markers);
    const std::vector<ChartMarker> &markers() const { return m_markers; }
    /// Drawn in the middle of the plot while nothing is plotted (empty = none).
    void setEmptyText(const QString &text);
    void setShowEmptyText(bool show);
    /// A note drawn at the top (or bottom) of the plot over the data, on a light box (empty
    /// = none).
    void setNote(const QString &text, Qt::Alignment edge = Qt::AlignTop);
    QString note() const { return m_note; }
    /// Rubber-band zoom on or off (bar charts have nothing to zoom).
    void setZoomable(bool zoomable);
    /// A wrapping legend drawn over the chart's bottom or right margin (TimeChart keeps the
    /// room free and the entries current; Qt Charts' own legend is hidden there).
    ChartLegend &legend() { return m_legend; }
    const ChartLegend &legend() const { return m_legend; }

signals:
    void contextMenuWanted(const QPoint &globalPos);
    /// The user zoomed in (rubber band) or reset the zoom (double-click).
    void zoomChanged();
    /// The view (and its chart) took a new size.
    void resized();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double markerPixelX(double x) const;

    QValueAxis *m_xAxis = nullptr;
    std::vector<ChartMarker> m_markers;
    QString m_emptyText;
    QString m_note;
    Qt::Alignment m_noteEdge = Qt::AlignTop;
    bool m_showEmptyText = false;
    bool m_zoomable = true;
    ChartLegend m_legend;
};

} // namespace td::ui
