// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "export/metricsexport.h"

#include "sim/report/metricscsv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace td::ui {

namespace {
/// Translation context of the messages below.
class MetricsExport
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::MetricsExport)
};
} // namespace

bool writeMetricsCsv(
    const std::vector<metrics::DayMetrics> &days, const QString &path, QString *error)
{
    const std::string csv = report::metricsCsv(days);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(csv.data(), qint64(csv.size())) != qint64(csv.size()) || !file.commit()) {
        if (error)
            *error = MetricsExport::tr("Cannot write %1: %2")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace td::ui
