// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace td::ui {

/// Editor of the scenario's `schedule`: one row per dated entry (a live change "set" or a
/// "taste_shock"), with add and remove. Every edit is validated against the whole scenario
/// (validateScenario); a valid list is announced with edited(), a problem is shown below the
/// table and the last valid list is kept. GUI thread only.
class ScheduleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleEditor(QWidget *parent = nullptr);

    /// Shows `scenario`'s schedule (and validates later edits against `scenario`).
    void setScenario(const sim::Scenario &scenario);
    const std::vector<sim::ScheduleEvent> &schedule() const { return m_schedule; }
    int rowCount() const;
    void retranslateUi();

signals:
    void edited(const std::vector<td::sim::ScheduleEvent> &schedule);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();
    void readTable();
    void addEntry();
    void removeEntry();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    sim::Scenario m_scenario;
    std::vector<sim::ScheduleEvent> m_schedule;
    bool m_filling = false;
};

} // namespace td::ui
