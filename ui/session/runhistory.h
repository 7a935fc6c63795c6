// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"
#include "sim/scenario/scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <cstdint>
#include <vector>

namespace td::ui {

/// A labelled vertical line on every time chart: a live change (from the snapshots'
/// annotations) or a scheduled event of the scenario, at the boundary where it applied.
struct ChartMarker
{
    double x = 0.0; ///< chart x: the 0-based day the change applied from (= end of day x)
    QString label; ///< short, drawn on the chart, e.g. "epsilon = 0.2"
    QString detail; ///< full text for tooltips and the annotation list
    bool scheduled = false; ///< from the scenario's schedule rather than a live knob
};

/// Everything the window keeps of the run in progress, built from published snapshots only:
/// per-metric points, markers, cohort retention curves and the last snapshot. Plain data; the
/// charts read it on their redraw tick. GUI thread only.
///
/// x of a metric point is the 1-based day (day 1 = the first simulated day), so a change
/// that applies from the start of 0-based day d sits at x = d, between days d and d + 1.
/// Memory is linear in days (cohorts are grouped into at most ~12 curves).
class RunHistory
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::RunHistory)
public:
    /// Forgets everything. `schedule` entries become markers when the run reaches them.
    void clear(int totalDays, const std::vector<sim::ScheduleEvent> &schedule = {});
    void append(const run::SnapshotBatch &batch);

    int totalDays() const { return m_totalDays; }
    int daysDone() const { return int(m_days.size()); }
    /// Increases with every append() and clear(): charts redraw only when it changed.
    std::uint64_t revision() const { return m_revision; }

    /// Points of metric column `metricIndex` (metricCatalog() order); NaN days are gaps.
    const QList<QPointF> &points(int metricIndex) const;
    /// Every day's metrics in day order (CSV export).
    const std::vector<metrics::DayMetrics> &days() const { return m_days; }
    const std::vector<ChartMarker> &markers() const { return m_markers; }
    const sim::DaySnapshotPtr &last() const { return m_last; }

    /// Retention curve of one group of signup cohorts: x = days since signup, y = share still
    /// active (0..1), pooled over the cohorts of the group. An age is shown only once every
    /// cohort of the group has reached it, so each point describes the same listeners.
    struct CohortCurve
    {
        QString label;
        QList<QPointF> points;
        /// Nobody of the group churned at any age shown: every point is exactly 1 (such
        /// curves lie on top of each other; the chart says so rather than move them).
        bool noneLost = false;
    };
    std::vector<CohortCurve> cohortCurves() const;
    /// Days of signup per cohort group (>= 7, about a tenth of the run).
    int cohortGroupDays() const { return m_groupDays; }

    /// "epsilon = 0.2": the last path component and the value.
    static QString shortChangeLabel(const std::string &path, const std::string &value);

private:
    struct CohortGroup
    {
        std::vector<std::int64_t> active; ///< by age: sum of active listeners
        std::vector<std::int64_t> signedUp; ///< by age: sum of cohort sizes
        std::vector<int> cohorts; ///< by age: cohorts that reached it
    };
    void addCohorts(const sim::DaySnapshot &snapshot);

    int m_totalDays = 0;
    int m_groupDays = 7;
    std::uint64_t m_revision = 0;
    std::vector<QList<QPointF>> m_points; ///< one per metric column
    std::vector<metrics::DayMetrics> m_days;
    std::vector<ChartMarker> m_markers;
    std::vector<sim::ScheduleEvent> m_schedule;
    std::vector<CohortGroup> m_groups; ///< [0] = listeners present before the run
    sim::DaySnapshotPtr m_last;
};

} // namespace td::ui
