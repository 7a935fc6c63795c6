// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/chartview.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace td::ui {

namespace {
const QColor kLiveMarker(0x7b, 0x3f, 0xa0); // purple: a person changed a knob
const QColor kScheduledMarker(0x6e, 0x6e, 0x6e); // grey: the scenario's own schedule
} // namespace

ChartView::ChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
}

void ChartView::setMarkers(const std::vector<ChartMarker> &markers)
{
    m_markers = markers;
    viewport()->update();
}

void ChartView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void ChartView::setNote(const QString &text, Qt::Alignment edge)
{
    if (m_note == text && m_noteEdge == edge)
        return;
    m_note = text;
    m_noteEdge = edge;
    viewport()->update();
}

void ChartView::setShowEmptyText(bool show)
{
    if (m_showEmptyText == show)
        return;
    m_showEmptyText = show;
    viewport()->update();
}

void ChartView::setZoomable(bool zoomable)
{
    m_zoomable = zoomable;
    setRubberBand(zoomable ? QChartView::RectangleRubberBand : QChartView::NoRubberBand);
}

double ChartView::markerPixelX(double x) const
{
    if (!m_xAxis || m_xAxis->max() <= m_xAxis->min())
        return std::nan("");
    const QRectF plot = chart()->plotArea();
    return plot.left() + (x - m_xAxis->min()) / (m_xAxis->max() - m_xAxis->min()) * plot.width();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event); // resizes the chart
    emit resized();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    m_legend.paint(painter, chart()->geometry());
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPointSizeF(7.5);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (const ChartMarker &marker : m_markers) {
        const double px = markerPixelX(marker.x);
        if (!std::isfinite(px) || px < plot.left() - 0.5 || px > plot.right() + 0.5)
            continue;
        const QColor colour = marker.scheduled ? kScheduledMarker : kLiveMarker;
        QPen pen(colour, 1.5, marker.scheduled ? Qt::DotLine : Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        // The label runs up along the line, inside the plot, so neighbours do not overlap.
        painter->save();
        painter->translate(px - 3.0, plot.top() + 4.0);
        painter->rotate(-90.0);
        const QString text = metrics.elidedText(marker.label, Qt::ElideRight, plot.height() - 8.0);
        const QRectF box(-metrics.horizontalAdvance(text) - 2.0, -metrics.height(),
            metrics.horizontalAdvance(text) + 4.0, metrics.height());
        painter->fillRect(box, QColor(255, 255, 255, 200));
        painter->setPen(colour.darker(120));
        painter->drawText(box, Qt::AlignCenter, text);
        painter->restore();
    }
    if (m_showEmptyText && !m_emptyText.isEmpty()) {
        painter->setPen(QColor(0x80, 0x80, 0x80));
        QFont note = painter->font();
        note.setPointSizeF(9.0);
        note.setItalic(true);
        painter->setFont(note);
        painter->drawText(
            plot.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
    if (!m_note.isEmpty()) {
        const bool bottom = m_noteEdge & Qt::AlignBottom;
        const bool left = m_noteEdge & Qt::AlignLeft;
        QFont note = painter->font();
        note.setPointSizeF(left ? 7.5 : 8.5);
        note.setItalic(true);
        painter->setFont(note);
        const QRectF area = plot.adjusted(left ? 6 : 12, bottom ? 0 : 6, -12, bottom ? -4 : 0);
        const int flags = (left ? Qt::AlignLeft : Qt::AlignHCenter)
            | (bottom ? Qt::AlignBottom : Qt::AlignTop) | Qt::TextWordWrap;
        QRectF box = QFontMetricsF(note).boundingRect(area, flags, m_note);
        box.adjust(-4, -2, 4, 2);
        painter->fillRect(box, QColor(255, 255, 255, 225));
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(area, flags, m_note);
    }

    painter->restore();
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView zooms out on a right click; here the right button opens the context menu.
    if (event->button() == Qt::RightButton) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const bool zooming = m_zoomable && event->button() == Qt::LeftButton;
    QChartView::mouseReleaseEvent(event);
    if (zooming)
        emit zoomChanged();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_zoomable && event->button() == Qt::LeftButton) {
        chart()->zoomReset();
        emit zoomChanged();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    // A marker names its change when the pointer is on it (within 4 px).
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(scenePos))
        return;
    for (const ChartMarker &marker : m_markers) {
        const double px = markerPixelX(marker.x);
        if (std::isfinite(px) && std::abs(px - scenePos.x()) <= 4.0) {
            QToolTip::showText(event->globalPosition().toPoint(), marker.detail, this);
            return;
        }
    }
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuWanted(event->globalPos());
    event->accept();
}

} // namespace td::ui
