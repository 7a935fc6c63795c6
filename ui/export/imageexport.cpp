// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "export/imageexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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
    if (!image.save(path, "PNG")) {
        if (error)
            *error = ImageExport::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

bool writeSvg(const QString &path, const QSize &size, const QString &title,
    const std::function<void(QPainter &)> &paint, QString *error)
{
    // QSvgGenerator does not report a failed open: check that the file can be written first.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error
                    = ImageExport::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
            return false;
        }
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(ImageExport::tr("Exported from TasteDrift"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = ImageExport::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    paint(painter);
    painter.end();
    return true;
}

QImage widgetImage(QWidget *widget)
{
    return widget ? widget->grab().toImage() : QImage();
}

} // namespace td::ui
