// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/chartlegend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace td::ui {

namespace {
constexpr double kSample = 18.0; ///< length of the line sample
constexpr double kGap = 4.0; ///< between sample and text
constexpr double kSpacing = 12.0; ///< between entries of a row
constexpr double kEdge = 6.0; ///< from the chart's edge
constexpr double kMaxRightShare = 0.4; ///< a right legend takes at most this share of the width

double rowHeightOf(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height()) + 2.0;
}

} // namespace

QList<ChartLegend::Item> ChartLegend::layout(const QRectF &chartRect) const
{
    QList<Item> items;
    if (m_entries.isEmpty())
        return items;
    const QFontMetricsF metrics(m_font);
    const double rowHeight = rowHeightOf(m_font);
    const bool right = m_alignment & Qt::AlignRight;
    const double maxWidth
        = right ? chartRect.width() * kMaxRightShare - kEdge : chartRect.width() - 2.0 * kEdge;
    const double maxText = std::max(10.0, maxWidth - kSample - kGap);
    for (const Entry &entry : m_entries) {
        // An entry wider than the chart takes two lines, broken at the space nearest the
        // middle; only what still does not fit is elided.
        QString text = entry.name;
        int lines = 1;
        if (metrics.horizontalAdvance(text) > maxText) {
            qsizetype best = -1;
            for (qsizetype at = text.indexOf(QLatin1Char(' ')); at > 0;
                 at = text.indexOf(QLatin1Char(' '), at + 1)) {
                if (best < 0 || std::abs(at - text.size() / 2) < std::abs(best - text.size() / 2))
                    best = at;
            }
            if (best > 0) {
                text = metrics.elidedText(text.left(best), Qt::ElideRight, maxText)
                    + QLatin1Char('\n')
                    + metrics.elidedText(text.mid(best + 1), Qt::ElideRight, maxText);
                lines = 2;
            } else {
                text = metrics.elidedText(text, Qt::ElideRight, maxText);
            }
        }
        double width = 0.0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(line));
        items.append({ QRectF(0, 0, kSample + kGap + width, rowHeight * lines), text, entry.pen });
    }
    if (right) {
        // One entry per row, the column centred vertically at the right edge.
        double width = 0.0;
        for (const Item &item : items)
            width = std::max(width, item.rect.width());
        double height = 0.0;
        for (const Item &item : items)
            height += item.rect.height();
        double y = chartRect.top() + std::max(0.0, (chartRect.height() - height) / 2.0);
        for (Item &item : items) {
            item.rect.moveTo(chartRect.right() - kEdge - width, y);
            y += item.rect.height();
        }
        return items;
    }
    // Rows from the bottom edge up, each row centred; entries wrap when the row is full.
    QList<QList<int>> rows { {} };
    double used = 0.0;
    for (int i = 0; i < items.size(); ++i) {
        const double w = items[i].rect.width();
        if (!rows.last().isEmpty() && used + kSpacing + w > maxWidth) {
            rows.append(QList<int>());
            used = 0.0;
        }
        used += (rows.last().isEmpty() ? 0.0 : kSpacing) + w;
        rows.last().append(i);
    }
    double total = 0.0;
    QList<double> heights;
    for (const QList<int> &row : rows) {
        double h = rowHeight;
        for (const int i : row)
            h = std::max(h, items[i].rect.height());
        heights << h;
        total += h;
    }
    double y = chartRect.bottom() - kEdge - total;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        double width = 0.0;
        for (const int i : rows[r])
            width += items[i].rect.width();
        width += kSpacing * double(rows[r].size() - 1);
        double x = chartRect.left() + (chartRect.width() - width) / 2.0;
        for (const int i : rows[r]) {
            items[i].rect.moveTo(x, y);
            x += items[i].rect.width() + kSpacing;
        }
        y += heights[r];
    }
    return items;
}

int ChartLegend::extent(const QSizeF &size) const
{
    const QList<Item> items = layout(QRectF(QPointF(0, 0), size));
    if (items.isEmpty())
        return 0;
    if (m_alignment & Qt::AlignRight) {
        double left = size.width();
        for (const Item &item : items)
            left = std::min(left, item.rect.left());
        return int(std::ceil(size.width() - left + kEdge));
    }
    double top = size.height();
    for (const Item &item : items)
        top = std::min(top, item.rect.top());
    return int(std::ceil(size.height() - top + kEdge / 2.0)); // a little air above
}

void ChartLegend::paint(QPainter *painter, const QRectF &chartRect) const
{
    const QList<Item> items = layout(chartRect);
    if (items.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    for (const Item &item : items) {
        const double midY = item.rect.top() + rowHeightOf(m_font) / 2.0;
        QPen sample = item.pen;
        sample.setWidthF(2.0);
        sample.setCapStyle(Qt::FlatCap);
        painter->setPen(sample);
        painter->drawLine(
            QPointF(item.rect.left(), midY), QPointF(item.rect.left() + kSample, midY));
        painter->setPen(QColor(0x40, 0x40, 0x40));
        painter->drawText(
            item.rect.adjusted(kSample + kGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, item.text);
    }
    painter->restore();
}

QStringList ChartLegend::drawnTexts(const QSizeF &size) const
{
    QStringList texts;
    for (const Item &item : layout(QRectF(QPointF(0, 0), size)))
        texts << item.text;
    return texts;
}

} // namespace td::ui
