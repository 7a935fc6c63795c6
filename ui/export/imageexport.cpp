// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "export/imageexport.h"

#include "export/filewrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace td::ui {

/// Translation context of the messages below (free functions have no tr()).
class ImageExport
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::ImageExport)
};

bool writePng(const QImage &image, const QString &path, QString *error)
{
    if (image.isNull()) {
        if (error)
            *error = ImageExport::tr("There is nothing to export yet.");
        return false;
    }
    // Encoded in memory first, so the file itself is written once, checked, or not at all.
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        if (error)
            *error = ImageExport::tr("Cannot encode the picture as PNG.");
        return false;
    }
    return writeFileSafely(path, png, error);
}

bool writeSvg(const QString &path, const QSize &size, const QString &title,
    const std::function<void(QPainter &)> &paint, QString *error)
{
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(ImageExport::tr("Exported from TasteDrift"));
    QPainter painter;
    if (!buffer.open(QIODevice::WriteOnly) || !painter.begin(&generator)) {
        if (error)
            *error = ImageExport::tr("Cannot draw the chart as SVG.");
        return false;
    }
    paint(painter);
    painter.end();
    return writeFileSafely(path, svg, error);
}

QImage widgetImage(QWidget *widget)
{
    return widget ? widget->grab().toImage() : QImage();
}

} // namespace td::ui
