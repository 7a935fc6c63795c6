// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenario/scenariodiff.h"

#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"

namespace td::ui {

namespace {

bool sameSchedule(
    const std::vector<sim::ScheduleEvent> &a, const std::vector<sim::ScheduleEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const sim::ScheduleEvent &x = a[i];
        const sim::ScheduleEvent &y = b[i];
        if (x.day != y.day || x.kind != y.kind || x.path != y.path || x.value != y.value
            || x.share != y.share || x.genre != y.genre || x.strength != y.strength)
            return false;
    }
    return true;
}

QString scheduleText(const std::vector<sim::ScheduleEvent> &schedule)
{
    QStringList entries;
    for (const sim::ScheduleEvent &e : schedule) {
        entries << (e.kind == "set"
                ? QStringLiteral("%1: %2 = %3")
                      .arg(e.day)
                      .arg(QString::fromStdString(e.path), QString::fromStdString(e.value))
                : QStringLiteral("%1: %2 (%3)")
                      .arg(e.day)
                      .arg(QString::fromStdString(e.kind))
                      .arg(e.share));
    }
    return entries.isEmpty() ? QStringLiteral("—") : entries.join(QStringLiteral("; "));
}

} // namespace

QList<ScenarioDifference> scenarioDifferences(const sim::Scenario &a, const sim::Scenario &b)
{
    QList<ScenarioDifference> diff;
    for (const sim::FieldInfo &field : sim::scenarioSchema()) {
        const std::string va = field.valueText(a);
        const std::string vb = field.valueText(b);
        if (va != vb) {
            diff.append({ QString::fromStdString(field.path), QString::fromStdString(va),
                QString::fromStdString(vb) });
        }
    }
    if (!sameSchedule(a.schedule, b.schedule))
        diff.append(
            { QStringLiteral("schedule"), scheduleText(a.schedule), scheduleText(b.schedule) });
    return diff;
}

sim::Scenario applyDifferences(const sim::Scenario &base, const QList<ScenarioDifference> &diff,
    const sim::Scenario &schedulesFrom)
{
    sim::Scenario out = base;
    for (const ScenarioDifference &d : diff) {
        if (d.path == QLatin1String("schedule")) {
            out.schedule = schedulesFrom.schedule;
            continue;
        }
        const sim::FieldInfo *field = sim::findScenarioField(d.path.toStdString());
        if (!field)
            continue;
        try {
            field->setFromText(out, d.b.toStdString());
        } catch (const std::exception &) {
            // The edit does not fit the new base (e.g. a range changed): keep the base value.
        }
    }
    return out;
}

} // namespace td::ui
