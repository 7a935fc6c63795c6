// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;
class QWidget;

namespace td::ui {

/// Writes `image` as a PNG file. On failure returns false and sets `error` (user-facing).
bool writePng(const QImage &image, const QString &path, QString *error = nullptr);

/// Writes an SVG file of `size` (pixels at 96 dpi) whose content `paint` draws with vector
/// operations (charts stay sharp at any zoom). `title` goes into the SVG's <title>.
bool writeSvg(const QString &path, const QSize &size, const QString &title,
    const std::function<void(QPainter &)> &paint, QString *error = nullptr);

/// The widget as a picture at its current size and the screen's pixel ratio (grab()).
QImage widgetImage(QWidget *widget);

} // namespace td::ui
