// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/seriesmath.h"

#include <algorithm>

namespace td::ui::SeriesMath {

// Day axis ticks: the smallest interval of the 1-2-5 series that keeps `maxLabels` labels or
// fewer.
double tickInterval(double span, int maxLabels)
{
    for (double decade = 1.0;; decade *= 10.0) {
        for (const double step : { 1.0, 2.0, 5.0 }) {
            if (span / (step * decade) <= double(maxLabels))
                return step * decade;
        }
    }
}

// Trailing moving average over the last `window` points (x ascending). The first points
// average what exists so far, so the smoothed line starts where the data starts.
QList<QPointF> movingAverage(const QList<QPointF> &points, int window)
{
    if (window <= 1 || points.size() < 2)
        return points;
    QList<QPointF> out;
    out.reserve(points.size());
    double sum = 0.0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        sum += points[i].y();
        if (i >= window)
            sum -= points[i - window].y();
        const qsizetype n = std::min<qsizetype>(i + 1, window);
        out.append(QPointF(points[i].x(), sum / double(n)));
    }
    return out;
}

// Min-max decimation for drawing: at most `buckets` x-buckets, each keeping its first, lowest,
// highest and last point in x order, so peaks survive and a long run costs what the plot's
// pixels can show. Tooltips keep using the full list.
QList<QPointF> decimate(const QList<QPointF> &points, int buckets)
{
    if (buckets < 1 || points.size() <= 4 * qsizetype(buckets))
        return points;
    const double x0 = points.first().x();
    const double span = std::max(points.last().x() - x0, 1e-12);
    QList<QPointF> out;
    out.reserve(4 * buckets);
    qsizetype i = 0;
    while (i < points.size()) {
        const int bucket = std::min(buckets - 1, int((points[i].x() - x0) / span * buckets));
        qsizetype end = i;
        qsizetype lo = i;
        qsizetype hi = i;
        while (end < points.size()
            && std::min(buckets - 1, int((points[end].x() - x0) / span * buckets)) == bucket) {
            if (points[end].y() < points[lo].y())
                lo = end;
            if (points[end].y() > points[hi].y())
                hi = end;
            ++end;
        }
        qsizetype keep[4] = { i, std::min(lo, hi), std::max(lo, hi), end - 1 };
        qsizetype last = -1;
        for (const qsizetype k : keep) {
            if (k != last)
                out.append(points[k]);
            last = k;
        }
        i = end;
    }
    return out;
}

} // namespace td::ui::SeriesMath
