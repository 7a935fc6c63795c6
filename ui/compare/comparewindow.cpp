// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "compare/comparewindow.h"

#include "charts/dashboard.h"
#include "charts/timechart.h"
#include "coretexts.h"
#include "metrics/metriccatalog.h"
#include "run/simulationcontroller.h"
#include "run/tradeoff/replicateplan.h"
#include "run/tradeoff/replicatereport.h"
#include "scenario/scenariodiff.h"
#include "scenario/scenariopanel.h"
#include "session/batchsession.h"
#include "session/runsession.h"
#include "vocabulary.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace td::ui {

namespace {

constexpr int kRedrawMs = 33;

} // namespace

CompareWindow::CompareWindow(QWidget *parent)
    : QMainWindow(parent), m_sessionA(new RunSession(this)), m_sessionB(new RunSession(this)),
      m_redrawTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tastedrift.svg")));
    resize(1280, 800);
    // Two engines share the machine with the GUI: one engine thread each.
    controllerA()->setEngineThreads(1);
    controllerB()->setEngineThreads(1);

    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("compareToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_run = toolBar->addAction(
        style()->standardIcon(QStyle::SP_MediaPlay), QString(), this, &CompareWindow::runBoth);
    m_run->setObjectName(QStringLiteral("actionCompareRun"));
    m_pause = toolBar->addAction(
        style()->standardIcon(QStyle::SP_MediaPause), QString(), this, &CompareWindow::pauseBoth);
    m_pause->setObjectName(QStringLiteral("actionComparePause"));
    m_step = toolBar->addAction(style()->standardIcon(QStyle::SP_MediaSkipForward), QString(), this,
        &CompareWindow::stepBoth);
    m_step->setObjectName(QStringLiteral("actionCompareStep"));
    m_reset = toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this,
        &CompareWindow::resetBoth);
    m_reset->setObjectName(QStringLiteral("actionCompareReset"));
    m_run->setShortcuts({ QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_pause->setShortcuts(m_run->shortcuts());
    m_step->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    toolBar->addSeparator();
    m_metricLabel = new QLabel(toolBar);
    m_metricLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(m_metricLabel);
    m_metric = new QComboBox(toolBar);
    m_metric->setObjectName(QStringLiteral("compareMetric"));
    m_metric->setFocusPolicy(Qt::StrongFocus); // Alt+M (its label's mnemonic) reaches it
    for (int i = 0; i < int(metrics::metricCatalog().size()); ++i)
        m_metric->addItem(metricName(i), i); // descriptions as tooltips: retranslateUi()
    m_metricLabel->setBuddy(m_metric);
    toolBar->addWidget(m_metric);
    toolBar->addSeparator();
    m_showReplicates = toolBar->addAction(QString());
    m_showReplicates->setObjectName(QStringLiteral("actionShowReplicates"));
    m_showReplicates->setCheckable(true);
    m_showReplicates->setEnabled(false);
    m_showReplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_showReplicates, &QAction::toggled, this, [this] { redraw(); });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_metricIndex = m_metric->currentData().toInt();
        redraw();
    });

    // Left: configuration B and the diff list.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    m_panelB = new ScenarioPanel(left);
    m_panelB->setObjectName(QStringLiteral("scenarioPanelB"));
    auto *diffBox = new QWidget(left);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(6, 0, 6, 0);
    m_diffTitle = new QLabel(diffBox);
    QFont bold = m_diffTitle->font();
    bold.setBold(true);
    m_diffTitle->setFont(bold);
    diffLayout->addWidget(m_diffTitle);
    m_diff = new QTableWidget(0, 3, diffBox);
    m_diff->setObjectName(QStringLiteral("diffTable"));
    m_diff->verticalHeader()->setVisible(false);
    m_diff->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    diffLayout->addWidget(m_diff, 1);
    left->addWidget(m_panelB);
    left->addWidget(diffBox);
    left->addWidget(createReplicateBox(left));
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setStretchFactor(2, 0);

    // Right: overlay and difference charts, then the table of every metric.
    auto *right = new QSplitter(Qt::Vertical, split);
    auto *charts = new QWidget(right);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_overlay = new TimeChart(charts);
    m_overlay->setObjectName(QStringLiteral("overlayChart"));
    // The replicates' 95 % bands under the lines (empty while the live runs are shown).
    m_overlay->addBand(TimeChart::paletteColor(0));
    m_overlay->addBand(TimeChart::paletteColor(1));
    m_overlay->addLine(TimeChart::paletteColor(0));
    m_overlay->addLine(TimeChart::paletteColor(1), Qt::DashLine);
    m_difference = new TimeChart(charts);
    m_difference->setObjectName(QStringLiteral("differenceChart"));
    m_difference->addBand(TimeChart::paletteColor(2));
    m_difference->addLine(TimeChart::paletteColor(2));
    m_difference->setIncludeZero(true);
    chartsLayout->addWidget(m_overlay, 1);
    chartsLayout->addWidget(m_difference, 1);
    auto *summaryBox = new QWidget(right);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_powerHint);
    m_summaryTitle = new QLabel(summaryBox);
    m_summaryTitle->setFont(bold);
    m_summaryTitle->setWordWrap(true);
    summaryLayout->addWidget(m_summaryTitle);
    // Metric, A, B, B − A, and with replicates the interval of B − A and the correction.
    m_summary = new QTableWidget(int(metrics::metricCatalog().size()), 6, summaryBox);
    m_summary->setObjectName(QStringLiteral("summaryTable"));
    m_summary->verticalHeader()->setVisible(false);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    m_summary->setColumnHidden(4, true);
    m_summary->setColumnHidden(5, true);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < m_summary->rowCount(); ++i)
        m_summary->setItem(i, 0, new QTableWidgetItem(metricName(i)));
    connect(m_summary, &QTableWidget::cellClicked, this,
        [this](int row) { m_metric->setCurrentIndex(row); });
    summaryLayout->addWidget(m_summary, 1);
    right->addWidget(charts);
    right->addWidget(summaryBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({ 360, 920 });
    setCentralWidget(split);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(kRedrawMs);
    connect(m_redrawTimer, &QTimer::timeout, this, &CompareWindow::redraw);

    for (RunSession *session : { m_sessionA, m_sessionB }) {
        connect(session, &RunSession::liveRunReset, this, [this] {
            const double days = double(std::max(historyA().totalDays(), historyB().totalDays()));
            m_overlay->setXRange(0.0, days);
            m_difference->setXRange(0.0, days);
            redraw();
        });
        connect(session, &RunSession::stateChanged, this, [this](run::RunState s) {
            updateActions();
            updateStatus();
            if (s != run::RunState::Running && !showsReplicates())
                redraw();
        });
        connect(session, &RunSession::liveDaysAppended, this, [this] {
            // The replicates' charts do not change with the live runs: no redraw for them.
            if (!m_redrawTimer->isActive() && !showsReplicates())
                m_redrawTimer->start();
            updateStatus();
        });
        connect(session->controller(), &run::SimulationController::errorOccurred, this,
            [this, session](const QString &message) {
                statusBar()->showMessage(
                    (session == m_sessionA ? tr("A: %1") : tr("B: %1")).arg(message), 10000);
            });
    }

    connect(m_panelB, &ScenarioPanel::liveValueChanged, this,
        [this](const QString &path, const QString &value) { onEditB(path, value, true); });
    connect(m_panelB, &ScenarioPanel::setupValueChanged, this,
        [this](const QString &path, const QString &value) { onEditB(path, value, false); });
    connect(m_panelB, &ScenarioPanel::applyRequested, this, &CompareWindow::resetBoth);
    connect(controllerB(), &run::SimulationController::parameterRejected, this,
        [this](const QString &path, const QString &message) {
            m_panelB->showFieldError(path, message);
        });

    connectReplicates();
    setMetric(QStringLiteral("streams"));
    retranslateUi();
    updateActions();
}

CompareWindow::~CompareWindow()
{
    delete m_batch; // cancels replicates in progress and waits for their runs to stop
    controllerA()->shutdown();
    controllerB()->shutdown();
}

run::SimulationController *CompareWindow::controllerA() const
{
    return m_sessionA->controller();
}

run::SimulationController *CompareWindow::controllerB() const
{
    return m_sessionB->controller();
}

const RunHistory &CompareWindow::historyA() const
{
    return m_sessionA->liveHistory();
}

const RunHistory &CompareWindow::historyB() const
{
    return m_sessionB->liveHistory();
}

void CompareWindow::onEditB(const QString &path, const QString &value, bool live)
{
    updateDiff();
    // The main window's rules (RunSession::editEffect), except that a rebuild is at once and
    // of both: A and B start together on the same population.
    using Effect = RunSession::EditEffect;
    const Effect effect = RunSession::editEffect(
        m_sessionB->hasScenario(), m_sessionB->state(), m_sessionB->currentDay(), live, path);
    if (effect == Effect::RebuildSoon)
        resetBoth();
    else if (effect == Effect::SetLive)
        controllerB()->setParameter(path, value);
}

void CompareWindow::retranslateUi()
{
    setWindowTitle(tr("A/B Compare — TasteDrift"));
    m_run->setText(tr("Run Both"));
    m_pause->setText(tr("Pause Both"));
    m_step->setText(tr("Step Both"));
    m_reset->setText(tr("Reset Both"));
    m_metricLabel->setText(tr("&Metric:"));
    for (int i = 0; i < m_metric->count(); ++i) {
        const auto &metric = metrics::metricCatalog()[std::size_t(m_metric->itemData(i).toInt())];
        m_metric->setItemData(i, CoreTexts::metricDescription(metric), Qt::ToolTipRole);
    }
    m_diffTitle->setText(tr("What B changes"));
    m_diff->setHorizontalHeaderLabels({ tr("Parameter"), tr("A"), tr("B") });
    m_summaryTitle->setText(tr("Every metric on the last day both runs reached"));
    m_summary->setHorizontalHeaderLabels({ tr("Metric"), tr("A"), tr("B"), tr("B − A"),
        tr("95 % interval of B − A"), tr("BH, q = 0.05") });
    m_overlay->setLineName(0, tr("A (as in the main window)"));
    m_overlay->setLineName(1, tr("B (with the changes)"));
    m_difference->setLineName(0, tr("B − A"));
    m_overlay->setEmptyText(tr("Press Run Both."));
    m_difference->setEmptyText(tr("Press Run Both."));
    retranslateReplicates();
    updateDiff();
    redraw();
    updateStatus();
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

const sim::Scenario &CompareWindow::scenarioB() const
{
    return m_panelB->scenario();
}

void CompareWindow::setBaseScenario(const sim::Scenario &scenario)
{
    const QList<ScenarioDifference> edits = scenarioDifferences(m_a, scenarioB());
    const sim::Scenario oldB = scenarioB();
    const bool first = !m_sessionA->hasScenario();
    m_a = scenario;
    sim::Scenario b = first ? scenario : applyDifferences(scenario, edits, oldB);
    if (first && b.title.find(" (B)") == std::string::npos)
        b.title += " (B)";
    m_panelB->setScenario(b, QString());
    updateDiff();
    resetBoth();
}

bool CompareWindow::setValueB(const QString &path, const QString &value, QString *error)
{
    return m_panelB->setValue(path, value, error);
}

void CompareWindow::setMetric(const QString &name)
{
    const int index = metrics::metricIndex(name.toStdString());
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

int CompareWindow::differenceCount() const
{
    return m_diff->rowCount();
}

void CompareWindow::updateDiff()
{
    QList<ScenarioDifference> diff = scenarioDifferences(m_a, scenarioB());
    // The title is a label, not a difference in the experiment.
    diff.erase(std::remove_if(diff.begin(), diff.end(),
                   [](const ScenarioDifference &d) { return d.path == QLatin1String("title"); }),
        diff.end());
    m_diff->setRowCount(int(diff.size()));
    for (int row = 0; row < int(diff.size()); ++row) {
        m_diff->setItem(row, 0, new QTableWidgetItem(diff[row].path));
        m_diff->setItem(row, 1, new QTableWidgetItem(diff[row].a));
        m_diff->setItem(row, 2, new QTableWidgetItem(diff[row].b));
    }
    m_diffTitle->setText(diff.isEmpty() ? tr("What B changes: nothing yet — edit B on the left")
                                        : tr("What B changes (%1)").arg(diff.size()));
    if (m_batch)
        updateReplicateState(); // replicates of other configurations say so
}

void CompareWindow::runBoth()
{
    m_sessionA->run();
    m_sessionB->run();
}

void CompareWindow::pauseBoth()
{
    m_sessionA->pause();
    m_sessionB->pause();
}

void CompareWindow::stepBoth()
{
    m_sessionA->stepOne();
    m_sessionB->stepOne();
}

void CompareWindow::resetBoth()
{
    m_sessionA->apply(m_a);
    m_sessionB->apply(scenarioB());
    m_panelB->markApplied();
}

void CompareWindow::updateActions()
{
    const run::RunState a = m_sessionA->state();
    const run::RunState b = m_sessionB->state();
    const bool running = a == run::RunState::Running || b == run::RunState::Running;
    const bool canRun = a == run::RunState::Paused || b == run::RunState::Paused;
    m_run->setEnabled(canRun && !running);
    m_step->setEnabled(canRun && !running);
    m_pause->setEnabled(running);
    m_run->setVisible(!running);
    m_pause->setVisible(running);
}

void CompareWindow::updateStatus()
{
    if (showsReplicates()) {
        updateReplicateState();
        return;
    }
    m_status->setText(tr("A: day %1 / %2    B: day %3 / %4")
                          .arg(historyA().daysDone())
                          .arg(historyA().totalDays())
                          .arg(historyB().daysDone())
                          .arg(historyB().totalDays()));
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    controllerA()->shutdown();
    controllerB()->shutdown();
    event->accept();
}

} // namespace td::ui
