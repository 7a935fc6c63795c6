// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace td::ui {

/// A chart that can be exported: the window's export commands and the charts' context menus
/// work on this interface, so they need no Qt Charts header. GUI thread only.
class ExportableChart : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The chart's title, used for default file names and the SVG <title>.
    virtual QString title() const = 0;
    /// The chart as a picture at its current size.
    virtual QImage toImage() const = 0;
    /// Write a PNG or an SVG file; on failure return false and set `error` (user-facing).
    virtual bool savePng(const QString &path, QString *error = nullptr) const = 0;
    virtual bool saveSvg(const QString &path, QString *error = nullptr) const = 0;

signals:
    /// "Export…" was chosen in the chart's context menu.
    void exportRequested(td::ui::ExportableChart *chart);
};

/// Asks for a file name (PNG or SVG, by the chosen filter or the extension) and exports
/// `chart` there; problems are shown in a message box. `directory` is where the dialog
/// starts; the chosen folder is returned for next time (empty if cancelled).
QString exportChartInteractively(ExportableChart *chart, QWidget *parent, const QString &directory);

/// "Skip rate & listen-through" -> "skip-rate-listen-through": a file name from a title.
QString fileNameFromTitle(const QString &title);

} // namespace td::ui
