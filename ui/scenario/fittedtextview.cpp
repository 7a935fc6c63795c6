// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenario/fittedtextview.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace td::ui {

FittedTextView::FittedTextView(int maxLines, QWidget *parent)
    : QTextBrowser(parent), m_maxLines(std::max(1, maxLines))
{
    setFrameShape(QFrame::NoFrame);
    // Reachable with Tab (then the arrow keys scroll it) and left with Tab again.
    setFocusPolicy(Qt::StrongFocus);
    setTabChangesFocus(true);
    setOpenExternalLinks(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The panel's background, not a text field's: this is reading matter, not an input.
    viewport()->setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; }"));
    document()->setDocumentMargin(2);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        [this] { fitHeight(); });
}

int FittedTextView::contentHeight() const
{
    return int(std::ceil(document()->size().height())) + 2 * frameWidth();
}

QSize FittedTextView::sizeHint() const
{
    const int cap = m_maxLines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin())
        + 2 * frameWidth();
    return { QTextBrowser::sizeHint().width(), std::min(contentHeight(), cap) };
}

QSize FittedTextView::minimumSizeHint() const
{
    return { 60, std::min(sizeHint().height(), 2 * fontMetrics().lineSpacing()) };
}

void FittedTextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight(); // a new width wraps the text anew
}

void FittedTextView::fitHeight()
{
    const int height = sizeHint().height();
    if (height != this->height() || maximumHeight() != height) {
        setFixedHeight(height);
        updateGeometry();
    }
}

} // namespace td::ui
