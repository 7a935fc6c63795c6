// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace td::ui {

/// Read-only text that takes the height of its content up to `maxLines` lines and scrolls
/// beyond: a long scenario description or lesson is never cut off, a short one takes no more
/// room than it needs. Selectable, reachable with Tab, links open outside. GUI thread only.
class FittedTextView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit FittedTextView(int maxLines, QWidget *parent = nullptr);

    /// Height the content needs at the current width (all of it, without the cap).
    int contentHeight() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    int m_maxLines = 6;
};

} // namespace td::ui
