// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "export/dashboardreport.h"

#include "charts/dashboard.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLayout>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace td::ui {

namespace {

void settleLayout()
{
    // Chart layouts are posted events; two rounds settle a page that was just shown.
    for (int i = 0; i < 2; ++i)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

QString plainTabText(const QString &text)
{
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return plain;
}

} // namespace

QWidget *prepareDashboardTab(Dashboard *dashboard, const QString &key)
{
    const int index = dashboard->tabIndex(key);
    if (index < 0)
        return nullptr;
    dashboard->setCurrentIndex(index);
    dashboard->flushAll();
    if (QWidget *page = dashboard->widget(index); page && page->layout())
        page->layout()->activate();
    settleLayout();
    return dashboard->widget(index);
}

QImage renderDashboardReport(Dashboard *dashboard, const QString &title, const QStringList &facts)
{
    const int previous = dashboard->currentIndex();
    QList<QPair<QString, QImage>> pages;
    for (const QString &key : Dashboard::chartTabKeys()) {
        QWidget *page = prepareDashboardTab(dashboard, key);
        if (!page)
            continue;
        pages.append(
            { plainTabText(dashboard->tabText(dashboard->indexOf(page))), page->grab().toImage() });
    }
    dashboard->setCurrentIndex(previous);

    const int margin = 24;
    int width = 800;
    for (const auto &page : pages)
        width = std::max(width, int(page.second.width() / page.second.devicePixelRatio()));
    width += 2 * margin;
    QFont titleFont = dashboard->font();
    titleFont.setPointSizeF(16.0);
    titleFont.setBold(true);
    QFont factFont = dashboard->font();
    factFont.setPointSizeF(10.0);
    QFont pageFont = dashboard->font();
    pageFont.setPointSizeF(13.0);
    pageFont.setBold(true);
    const int titleHeight = QFontMetrics(titleFont).height() + 8;
    const int factHeight = QFontMetrics(factFont).lineSpacing();
    const int pageTitleHeight = QFontMetrics(pageFont).height() + 12;
    int height = margin + titleHeight + int(facts.size()) * factHeight + margin / 2;
    for (const auto &page : pages)
        height += pageTitleHeight + int(page.second.height() / page.second.devicePixelRatio()) + 12;
    height += margin;

    const qreal ratio = pages.isEmpty() ? 1.0 : pages.first().second.devicePixelRatio();
    QImage image(QSize(width, height) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int y = margin;
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(titleFont);
    painter.drawText(QRect(margin, y, width - 2 * margin, titleHeight), Qt::AlignLeft, title);
    y += titleHeight;
    painter.setFont(factFont);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    for (const QString &fact : facts) {
        painter.drawText(QRect(margin, y, width - 2 * margin, factHeight), Qt::AlignLeft, fact);
        y += factHeight;
    }
    y += margin / 2;
    for (const auto &page : pages) {
        painter.setFont(pageFont);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(QRect(margin, y + 4, width - 2 * margin, pageTitleHeight),
            Qt::AlignLeft | Qt::AlignVCenter, page.first);
        y += pageTitleHeight;
        painter.drawImage(QPoint(margin, y), page.second);
        y += int(page.second.height() / page.second.devicePixelRatio()) + 12;
    }
    painter.end();
    return image;
}

} // namespace td::ui
