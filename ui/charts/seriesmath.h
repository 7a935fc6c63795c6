// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

/// The arithmetic of time charts, kept apart from drawing so it is tested on its own.
namespace td::ui::SeriesMath {

/// Day-axis tick interval: the smallest of the 1-2-5 series that keeps `maxLabels` labels or
/// fewer over `span` days.
double tickInterval(double span, int maxLabels);

/// Trailing moving average over the last `window` points (x ascending). The first points
/// average what exists so far, so the smoothed line starts where the data starts.
QList<QPointF> movingAverage(const QList<QPointF> &points, int window);

/// Min-max decimation for drawing: at most `buckets` x-buckets, each keeping its first,
/// lowest, highest and last point in x order, so peaks survive and a long run costs what the
/// plot's pixels can show.
QList<QPointF> decimate(const QList<QPointF> &points, int buckets);

} // namespace td::ui::SeriesMath
