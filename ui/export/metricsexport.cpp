// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "export/metricsexport.h"

#include "export/filewrite.h"
#include "sim/report/metricscsv.h"

namespace td::ui {

bool writeMetricsCsv(
    const std::vector<metrics::DayMetrics> &days, const QString &path, QString *error)
{
    return writeFileSafely(path, QByteArray::fromStdString(report::metricsCsv(days)), error);
}

} // namespace td::ui
