// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "runtoolbar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSizePolicy>
#include <QStyle>

#include <algorithm>

namespace td::ui {

namespace {

// "Run the simulation (Space, Ctrl+R)": the shortcut in the tooltip, in the platform's notation.
QString withShortcuts(const QString &help, const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts)
        keys << shortcut.toString(QKeySequence::NativeText);
    return keys.isEmpty() ? help
                          : RunToolBar::tr("%1 (%2)").arg(help, keys.join(QStringLiteral(", ")));
}

} // namespace

RunToolBar::RunToolBar(QWidget *parent) : QToolBar(tr("Run controls"), parent)
{
    setObjectName(QStringLiteral("runToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    const QList<QKeySequence> runPauseKeys { QKeySequence(Qt::Key_Space),
        QKeySequence(Qt::CTRL | Qt::Key_R) };
    m_run = createAction(QStringLiteral("actionRun"), tr("&Run"),
        tr("Run the simulation day after day"),
        QIcon::fromTheme(
            QStringLiteral("media-playback-start"), style()->standardIcon(QStyle::SP_MediaPlay)),
        runPauseKeys);
    m_pause = createAction(QStringLiteral("actionPause"), tr("&Pause"),
        tr("Pause after the day in progress"),
        QIcon::fromTheme(
            QStringLiteral("media-playback-pause"), style()->standardIcon(QStyle::SP_MediaPause)),
        runPauseKeys);
    m_step = createAction(QStringLiteral("actionStep"), tr("&Step One Day"),
        tr("Simulate exactly one more day, then pause"),
        QIcon::fromTheme(QStringLiteral("media-skip-forward"),
            style()->standardIcon(QStyle::SP_MediaSkipForward)),
        { QKeySequence(Qt::CTRL | Qt::Key_Period) });
    m_reset = createAction(QStringLiteral("actionReset"), tr("Rese&t"),
        tr("Start the scenario again from day 0"),
        QIcon::fromTheme(
            QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
    addActions({ m_run, m_pause, m_step, m_reset });
    addSeparator();

    auto *speedLabel = new QLabel(tr("Speed:"), this);
    addWidget(speedLabel);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setToolTip(tr("Simulated days per second"));
    m_speed->addItem(tr("As fast as possible"), 0.0);
    m_speed->addItem(tr("1 day per second"), 1.0);
    for (const int daysPerSecond : { 2, 5, 10, 30 })
        m_speed->addItem(tr("%1 days per second").arg(daysPerSecond), double(daysPerSecond));
    m_speed->setFocusPolicy(Qt::NoFocus); // keeps Space for Run/Pause
    speedLabel->setBuddy(m_speed);
    addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);

    m_day = new QLabel(this);
    m_day->setObjectName(QStringLiteral("dayLabel"));
    m_day->setToolTip(tr("Days simulated / days in the scenario"));
    QFont dayFont = m_day->font();
    dayFont.setBold(true);
    m_day->setFont(dayFont);
    m_day->setContentsMargins(8, 0, 8, 0);
    addWidget(m_day);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dayProgress"));
    m_progress->setFixedWidth(180);
    m_progress->setTextVisible(true);
    addWidget(m_progress);

    setRunState(run::RunState::Empty, false);
    setProgress(0, 0);
}

QAction *RunToolBar::createAction(const QString &objectName, const QString &text,
    const QString &help, const QIcon &icon, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    // The window's shortcut context: the keys work wherever focus is in the main window.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(withShortcuts(help, shortcuts));
    action->setStatusTip(help);
    return action;
}

void RunToolBar::setRunState(run::RunState state, bool canReset)
{
    const bool paused = state == run::RunState::Paused;
    const bool running = state == run::RunState::Running;
    m_run->setEnabled(paused);
    m_pause->setEnabled(running);
    m_step->setEnabled(paused);
    m_reset->setEnabled(canReset);
    // Only one of Run and Pause is visible at a time, so the bar does not jump around.
    m_run->setVisible(!running);
    m_pause->setVisible(running);
}

void RunToolBar::setProgress(int currentDay, int totalDays)
{
    m_day->setText(tr("Day %1 / %2").arg(currentDay).arg(totalDays));
    m_progress->setRange(0, std::max(1, totalDays));
    m_progress->setValue(std::clamp(currentDay, 0, std::max(1, totalDays)));
}

QString RunToolBar::dayText() const
{
    return m_day->text();
}

double RunToolBar::speed() const
{
    return m_speed->currentData().toDouble();
}

} // namespace td::ui
