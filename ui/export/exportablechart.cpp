// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "export/exportablechart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>

namespace td::ui {

namespace {
/// Translation context of the free functions below.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::ChartExport)
};
} // namespace

QString fileNameFromTitle(const QString &title)
{
    QString name = title.toLower();
    name.replace(QRegularExpression(
                     QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
        QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

QString exportChartInteractively(ExportableChart *chart, QWidget *parent, const QString &directory)
{
    if (!chart)
        return {};
    const QString png = ChartExport::tr("PNG image (*.png)");
    const QString svg = ChartExport::tr("SVG drawing (*.svg)");
    QString filter = png;
    const QString start = QDir(directory.isEmpty() ? QDir::homePath() : directory)
                              .filePath(fileNameFromTitle(chart->title()) + QStringLiteral(".png"));
    QString path = QFileDialog::getSaveFileName(
        parent, ChartExport::tr("Export Chart"), start, png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool asSvg = suffix == QLatin1String("svg") || (suffix.isEmpty() && filter == svg);
    if (suffix.isEmpty())
        path += asSvg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    const bool ok = asSvg ? chart->saveSvg(path, &error) : chart->savePng(path, &error);
    if (!ok)
        QMessageBox::warning(parent, ChartExport::tr("Export Chart"), error);
    return QFileInfo(path).absolutePath();
}

} // namespace td::ui
