// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/daymetrics.h"

#include <QString>
#include <QStringList>

#include <cmath>
#include <cstring>
#include <vector>

namespace td::test {

/// One metric over the days of a run as the CSV would list it, "-" for an empty (NaN) cell:
/// a readable expectation for QCOMPARE.
inline QString column(const std::vector<metrics::DayMetrics> &days, const char *name)
{
    QStringList out;
    for (const auto &d : days) {
        const double v = d.value(name);
        out << (std::isnan(v) ? QStringLiteral("-") : QString::number(v));
    }
    return out.join(QLatin1Char(' '));
}

/// Every value of every day, bit for bit (NaN equals NaN): what the CSV would show.
inline bool identical(
    const std::vector<metrics::DayMetrics> &a, const std::vector<metrics::DayMetrics> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t d = 0; d < a.size(); ++d)
        if (a[d].values.size() != b[d].values.size()
            || std::memcmp(
                   a[d].values.data(), b[d].values.data(), a[d].values.size() * sizeof(double))
                != 0)
            return false;
    return true;
}

} // namespace td::test
