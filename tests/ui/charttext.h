// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChart>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QStringList>

namespace td::test {

/// Every text a chart draws as it is drawn (titles, axis titles and labels, legend entries):
/// Qt Charts elides what does not fit with "…", so the drawn text shows whether it was cut.
inline QStringList drawnTexts(const QChart *chart)
{
    QStringList texts;
    QList<QGraphicsItem *> pending = chart->childItems();
    while (!pending.isEmpty()) {
        QGraphicsItem *item = pending.takeLast();
        if (!item->isVisible())
            continue;
        if (const auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            texts << text->toPlainText();
        else if (const auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            texts << simple->text();
        pending << item->childItems();
    }
    return texts;
}

/// The drawn texts that were cut ("…").
inline QStringList cutTexts(const QChart *chart)
{
    QStringList cut;
    for (const QString &text : drawnTexts(chart)) {
        if (text.contains(QChar(0x2026)) || text.contains(QStringLiteral("...")))
            cut << text;
    }
    return cut;
}

} // namespace td::test
