// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenario/scheduleeditor.h"

#include "sim/scenario/scenarioio.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace td::ui {

namespace {
enum Column { Day, Kind, Path, Value, Share, Genre, Strength, ColumnCount };
}

ScheduleEditor::ScheduleEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scheduleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &ScheduleEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeEntry);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            readTable();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    retranslateUi();
    fillTable();
}

void ScheduleEditor::retranslateUi()
{
    m_hint->setText(tr("Dated events of the run. <b>set</b> changes a live knob at the start of "
                       "a day; <b>taste_shock</b> moves a share of listeners toward a genre "
                       "(-1: a random genre each). Day 0 is the first simulated day."));
    m_table->setHorizontalHeaderLabels({ tr("Day"), tr("Kind"), tr("Path"), tr("Value"),
        tr("Share"), tr("Genre"), tr("Strength") });
    m_add->setText(tr("Add Entry"));
    m_remove->setText(tr("Remove"));
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void ScheduleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScheduleEditor::setScenario(const sim::Scenario &scenario)
{
    m_scenario = scenario;
    m_schedule = scenario.schedule;
    m_error->hide();
    fillTable();
}

int ScheduleEditor::rowCount() const
{
    return m_table->rowCount();
}

void ScheduleEditor::fillTable()
{
    m_filling = true;
    m_table->setRowCount(int(m_schedule.size()));
    for (int row = 0; row < int(m_schedule.size()); ++row) {
        const sim::ScheduleEvent &e = m_schedule[std::size_t(row)];
        const bool set = e.kind == "set";
        const QString cells[ColumnCount] = { QString::number(e.day), QString::fromStdString(e.kind),
            set ? QString::fromStdString(e.path) : QString(),
            set ? QString::fromStdString(e.value) : QString(),
            set ? QString() : QString::number(e.share, 'g', 12),
            set ? QString() : QString::number(e.genre),
            set ? QString() : QString::number(e.strength, 'g', 12) };
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_filling = false;
}

void ScheduleEditor::readTable()
{
    std::vector<sim::ScheduleEvent> schedule;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QString problem;
    for (int row = 0; row < m_table->rowCount() && problem.isEmpty(); ++row) {
        sim::ScheduleEvent e;
        bool ok = true;
        e.day = text(row, Day).toInt(&ok);
        if (!ok)
            problem = tr("Row %1: the day must be a whole number.").arg(row + 1);
        e.kind = text(row, Kind).toStdString();
        e.path = text(row, Path).toStdString();
        e.value = text(row, Value).toStdString();
        if (!text(row, Share).isEmpty())
            e.share = text(row, Share).toDouble(&ok);
        if (!text(row, Genre).isEmpty())
            e.genre = text(row, Genre).toInt(&ok);
        if (!text(row, Strength).isEmpty())
            e.strength = text(row, Strength).toDouble(&ok);
        if (!ok && problem.isEmpty())
            problem = tr("Row %1: share, genre and strength must be numbers.").arg(row + 1);
        schedule.push_back(e);
    }
    if (problem.isEmpty()) {
        sim::Scenario probe = m_scenario;
        probe.schedule = schedule;
        try {
            sim::validateScenario(probe);
        } catch (const std::exception &error) {
            problem = QString::fromStdString(error.what());
        }
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    m_schedule = schedule;
    m_scenario.schedule = schedule;
    emit edited(m_schedule);
}

void ScheduleEditor::addEntry()
{
    sim::ScheduleEvent e;
    e.day = m_schedule.empty() ? std::max(0, m_scenario.run.days / 2) : m_schedule.back().day + 1;
    e.kind = "set";
    e.path = "recommender.policy.epsilon";
    e.value = "0.1";
    m_schedule.push_back(e);
    fillTable();
    m_table->setCurrentCell(m_table->rowCount() - 1, Path);
    readTable();
}

void ScheduleEditor::removeEntry()
{
    QList<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        rows << item->row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_filling = true;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_table->removeRow(*it);
    m_filling = false;
    readTable();
}

} // namespace td::ui
