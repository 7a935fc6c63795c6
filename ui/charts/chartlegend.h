// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace td::ui {

/// A chart legend that wraps instead of cutting: Qt Charts' own legend lays its entries in one
/// row and elides what does not fit ("SNIPS esti…"). Entries go left to right and wrap into
/// as many rows as the chart's width needs (bottom), or one per row (right); an entry is
/// shortened only if it alone is wider than the chart. Each entry shows a short sample of its
/// line, in its colour and dash pattern. Plain layout and painting; ChartView draws it and
/// TimeChart reserves its room in the chart's margins. GUI thread only.
class ChartLegend
{
public:
    struct Entry
    {
        QString name;
        QPen pen;
    };

    void setEntries(const QList<Entry> &entries) { m_entries = entries; }
    const QList<Entry> &entries() const { return m_entries; }
    /// Qt::AlignBottom (default) or Qt::AlignRight.
    void setAlignment(Qt::Alignment alignment) { m_alignment = alignment; }
    Qt::Alignment alignment() const { return m_alignment; }
    void setFont(const QFont &font) { m_font = font; }

    /// Pixels to keep free at the bottom (or right) edge of a chart of `size` for the legend.
    int extent(const QSizeF &size) const;
    /// Draws the legend inside `chartRect` (the room extent() asked for).
    void paint(QPainter *painter, const QRectF &chartRect) const;
    /// The entries' texts as paint() draws them in a chart of `size`.
    QStringList drawnTexts(const QSizeF &size) const;

private:
    struct Item
    {
        QRectF rect; ///< sample and text
        QString text;
        QPen pen;
    };
    QList<Item> layout(const QRectF &chartRect) const;

    QList<Entry> m_entries;
    Qt::Alignment m_alignment = Qt::AlignBottom;
    QFont m_font;
};

} // namespace td::ui
