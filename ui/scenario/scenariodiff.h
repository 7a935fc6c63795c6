// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <QList>
#include <QString>

namespace td::ui {

/// One leaf whose value differs between two scenarios (text forms as in the JSON file).
struct ScenarioDifference
{
    QString path; ///< dotted leaf path, or "schedule" for the schedule list
    QString a;
    QString b;
};

/// The leaves of scenarioSchema() whose values differ between `a` and `b`, in schema order,
/// then "schedule" if the schedules differ (shown as their number of entries and JSON).
QList<ScenarioDifference> scenarioDifferences(const sim::Scenario &a, const sim::Scenario &b);

/// `base` with every difference of `diff` (from scenarioDifferences(x, y)) set to its `b`
/// value: carries one side's edits over to a new base. Leaves that fail validation on the new
/// base are skipped.
sim::Scenario applyDifferences(const sim::Scenario &base, const QList<ScenarioDifference> &diff,
    const sim::Scenario &schedulesFrom);

} // namespace td::ui
