// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "runtoolbar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSizePolicy>
#include <QStyle>

#include <algorithm>
#include <cmath>

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

const double kSpeeds[] = { 0.0, 1.0, 2.0, 5.0, 10.0, 30.0 };

} // namespace

RunToolBar::RunToolBar(QWidget *parent) : QToolBar(parent)
{
    setObjectName(QStringLiteral("runToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    const QList<QKeySequence> runPauseKeys { QKeySequence(Qt::Key_Space),
        QKeySequence(Qt::CTRL | Qt::Key_R) };
    m_run = createAction(QStringLiteral("actionRun"),
        QIcon::fromTheme(
            QStringLiteral("media-playback-start"), style()->standardIcon(QStyle::SP_MediaPlay)),
        runPauseKeys);
    m_pause = createAction(QStringLiteral("actionPause"),
        QIcon::fromTheme(
            QStringLiteral("media-playback-pause"), style()->standardIcon(QStyle::SP_MediaPause)),
        runPauseKeys);
    m_step = createAction(QStringLiteral("actionStep"),
        QIcon::fromTheme(QStringLiteral("media-skip-forward"),
            style()->standardIcon(QStyle::SP_MediaSkipForward)),
        { QKeySequence(Qt::CTRL | Qt::Key_Period) });
    m_reset = createAction(QStringLiteral("actionReset"),
        QIcon::fromTheme(
            QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
    addActions({ m_run, m_pause, m_step, m_reset });
    addSeparator();

    m_speedLabel = new QLabel(this);
    m_speedLabel->setContentsMargins(4, 0, 4, 0);
    addWidget(m_speedLabel);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    for (const double speed : kSpeeds)
        m_speed->addItem(QString(), speed);
    m_speed->setFocusPolicy(Qt::NoFocus); // keeps Space for Run/Pause
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents); // texts change with the language
    m_speedLabel->setBuddy(m_speed);
    addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);

    m_day = new QLabel(this);
    m_day->setObjectName(QStringLiteral("dayLabel"));
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
    m_throughput = new QLabel(this);
    m_throughput->setObjectName(QStringLiteral("throughputLabel"));
    m_throughput->setContentsMargins(8, 0, 4, 0);
    m_throughput->setMinimumWidth(
        m_throughput->fontMetrics().horizontalAdvance(QStringLiteral("000,000 listener-days/s")));
    m_throughput->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addWidget(m_throughput);

    retranslateUi();
    setRunState(run::RunState::Empty, false);
    setProgress(0, 0);
}

QAction *RunToolBar::createAction(
    const QString &objectName, const QIcon &icon, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(icon, QString(), this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    // The window's shortcut context: the keys work wherever focus is in the main window.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

void RunToolBar::describe(QAction *action, const QString &text, const QString &help)
{
    action->setText(text);
    action->setToolTip(withShortcuts(help, action->shortcuts()));
    action->setStatusTip(help);
}

void RunToolBar::retranslateUi()
{
    setWindowTitle(tr("Run controls"));
    describe(m_run, tr("&Run"), tr("Run the simulation day after day"));
    describe(m_pause, tr("&Pause"), tr("Pause after the day in progress"));
    describe(m_step, tr("&Step One Day"), tr("Simulate exactly one more day, then pause"));
    describe(m_reset, tr("Rese&t"), tr("Start the scenario again from day 0"));
    m_speedLabel->setText(tr("Speed:"));
    m_speed->setToolTip(tr("Simulated days per second"));
    for (int i = 0; i < m_speed->count(); ++i) {
        const double speed = m_speed->itemData(i).toDouble();
        m_speed->setItemText(i,
            speed <= 0.0       ? tr("As fast as possible")
                : speed == 1.0 ? tr("1 day per second")
                               : tr("%1 days per second").arg(speed));
    }
    m_day->setToolTip(tr("Days simulated / days in the scenario"));
    m_progress->setToolTip(tr("Days simulated / days in the scenario"));
    m_throughput->setToolTip(
        tr("Simulation speed: listeners simulated for one day, per second of wall-clock time"));
    setProgress(m_currentDay, m_totalDays);
    setThroughput(m_listenerDaysPerSecond);
}

void RunToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
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
    m_currentDay = currentDay;
    m_totalDays = totalDays;
    m_day->setText(tr("Day %1 / %2").arg(currentDay).arg(totalDays));
    m_progress->setRange(0, std::max(1, totalDays));
    m_progress->setValue(std::clamp(currentDay, 0, std::max(1, totalDays)));
    m_progress->setFormat(tr("%1 of %2 days").arg(currentDay).arg(totalDays));
}

QString RunToolBar::dayText() const
{
    return m_day->text();
}

double RunToolBar::speed() const
{
    return m_speed->currentData().toDouble();
}

void RunToolBar::setSpeed(double daysPerSecond)
{
    int best = 0;
    for (int i = 1; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - daysPerSecond)
            < std::abs(m_speed->itemData(best).toDouble() - daysPerSecond))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

void RunToolBar::setThroughput(double listenerDaysPerSecond)
{
    m_listenerDaysPerSecond = listenerDaysPerSecond;
    if (!(listenerDaysPerSecond > 0.0) || !std::isfinite(listenerDaysPerSecond)) {
        m_throughput->clear();
        return;
    }
    m_throughput->setText(tr("%1 listener-days/s")
                              .arg(QLocale().toString(std::round(listenerDaysPerSecond), 'f', 0)));
}

QString RunToolBar::throughputText() const
{
    return m_throughput->text();
}

} // namespace td::ui
