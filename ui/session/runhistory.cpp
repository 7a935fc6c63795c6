// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "session/runhistory.h"

#include "metrics/metriccatalog.h"

#include <algorithm>
#include <cmath>

namespace td::ui {

namespace {
const QList<QPointF> kNoPoints;
} // namespace

void RunHistory::clear(int totalDays, const std::vector<sim::ScheduleEvent> &schedule)
{
    m_totalDays = std::max(1, totalDays);
    // About ten cohort groups over the run, never finer than a week.
    m_groupDays = std::max(7, (m_totalDays + 9) / 10);
    m_points.assign(metrics::metricCatalog().size(), QList<QPointF>());
    m_days.clear();
    m_markers.clear();
    m_schedule = schedule;
    m_groups.clear();
    m_last.reset();
    ++m_revision;
}

void RunHistory::append(const run::SnapshotBatch &batch)
{
    if (m_points.size() != metrics::metricCatalog().size())
        m_points.assign(metrics::metricCatalog().size(), QList<QPointF>());
    for (const sim::DaySnapshotPtr &snapshot : batch) {
        if (!snapshot)
            continue;
        const sim::DaySnapshot &s = *snapshot;
        const double x = double(s.metrics.day) + 1.0;
        const std::size_t n = std::min(s.metrics.values.size(), m_points.size());
        for (std::size_t i = 0; i < n; ++i) {
            const double y = s.metrics.values[i];
            if (std::isfinite(y))
                m_points[i].append(QPointF(x, y));
        }
        m_days.push_back(s.metrics);
        for (const sim::Annotation &a : s.annotationsToday) {
            ChartMarker marker;
            marker.x = double(a.day);
            marker.label = shortChangeLabel(a.path, a.value);
            marker.detail
                = tr("Day %1: %2 set to %3")
                      .arg(a.day + 1)
                      .arg(QString::fromStdString(a.path), QString::fromStdString(a.value));
            m_markers.push_back(marker);
        }
        for (const sim::ScheduleEvent &e : m_schedule) {
            if (e.day != s.metrics.day)
                continue;
            ChartMarker marker;
            marker.x = double(e.day);
            marker.scheduled = true;
            if (e.kind == "taste_shock") {
                marker.label = tr("taste shock");
                marker.detail = tr("Day %1: scheduled taste shock (%2 of listeners)")
                                    .arg(e.day + 1)
                                    .arg(QStringLiteral("%1 %").arg(e.share * 100.0, 0, 'g', 3));
            } else {
                marker.label = shortChangeLabel(e.path, e.value);
                marker.detail
                    = tr("Day %1: scheduled change, %2 set to %3")
                          .arg(e.day + 1)
                          .arg(QString::fromStdString(e.path), QString::fromStdString(e.value));
            }
            m_markers.push_back(marker);
        }
        addCohorts(s);
        m_last = snapshot;
    }
    ++m_revision;
}

const QList<QPointF> &RunHistory::points(int metricIndex) const
{
    return metricIndex >= 0 && std::size_t(metricIndex) < m_points.size()
        ? m_points[std::size_t(metricIndex)]
        : kNoPoints;
}

void RunHistory::addCohorts(const sim::DaySnapshot &snapshot)
{
    for (const metrics::CohortRetention &row : snapshot.cohorts) {
        if (row.signedUp <= 0 || row.daysSinceSignup < 0)
            continue;
        const std::size_t group
            = row.cohortDay < 0 ? 0 : 1 + std::size_t(row.cohortDay / m_groupDays);
        if (m_groups.size() <= group)
            m_groups.resize(group + 1);
        CohortGroup &g = m_groups[group];
        const auto age = std::size_t(row.daysSinceSignup);
        if (g.active.size() <= age) {
            g.active.resize(age + 1, 0);
            g.signedUp.resize(age + 1, 0);
            g.cohorts.resize(age + 1, 0);
        }
        g.active[age] += row.active;
        g.signedUp[age] += row.signedUp;
        ++g.cohorts[age];
    }
}

std::vector<RunHistory::CohortCurve> RunHistory::cohortCurves() const
{
    std::vector<CohortCurve> curves;
    for (std::size_t group = 0; group < m_groups.size(); ++group) {
        const CohortGroup &g = m_groups[group];
        CohortCurve curve;
        if (group == 0) {
            curve.label = tr("start");
        } else {
            const int first = int(group - 1) * m_groupDays + 1;
            curve.label = QStringLiteral("%1–%2").arg(first).arg(first + m_groupDays - 1);
        }
        // Every cohort of the group appears at its youngest age seen: the group's size.
        const int members
            = g.cohorts.empty() ? 0 : *std::max_element(g.cohorts.begin(), g.cohorts.end());
        bool started = false;
        curve.noneLost = true;
        for (std::size_t age = 0; age < g.active.size(); ++age) {
            if (!started && g.cohorts[age] == 0)
                continue; // younger than any row seen (the initial cohort starts at age 1)
            started = true;
            if (g.cohorts[age] < members)
                break; // not every cohort is this old yet
            if (g.signedUp[age] > 0) {
                curve.points.append(
                    QPointF(double(age), double(g.active[age]) / double(g.signedUp[age])));
                curve.noneLost = curve.noneLost && g.active[age] == g.signedUp[age];
            }
        }
        if (!curve.points.isEmpty())
            curves.push_back(std::move(curve));
    }
    return curves;
}

QString RunHistory::shortChangeLabel(const std::string &path, const std::string &value)
{
    const QString p = QString::fromStdString(path);
    const qsizetype dot = p.lastIndexOf(QLatin1Char('.'));
    const QString leaf = dot >= 0 ? p.mid(dot + 1) : p;
    return QStringLiteral("%1 = %2").arg(leaf, QString::fromStdString(value));
}

} // namespace td::ui
