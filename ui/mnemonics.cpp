// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "mnemonics.h"

#include <QAction>
#include <QSet>

namespace td::ui::Mnemonics {

QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // a literal '&'
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QString stripped(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&x" -> "x", "&&" -> "&"
        out += text[i];
    }
    return out;
}

void assign(const QList<QAction *> &actions)
{
    QSet<QChar> used;
    for (const QAction *action : actions) {
        if (const QChar c = of(action->text()); !c.isNull())
            used.insert(c);
    }
    for (QAction *action : actions) {
        const QString text = action->text();
        if (action->isSeparator() || text.isEmpty() || !of(text).isNull())
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i].toLower();
            if (!text[i].isLetterOrNumber() || used.contains(c))
                continue;
            // Literal ampersands before the chosen letter stay literal.
            QString marked = text;
            marked.replace(QLatin1Char('&'), QStringLiteral("&&"));
            const qsizetype at = i + text.left(i).count(QLatin1Char('&'));
            marked.insert(at, QLatin1Char('&'));
            action->setText(marked);
            used.insert(c);
            break;
        }
    }
}

} // namespace td::ui::Mnemonics
