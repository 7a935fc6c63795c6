// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "tradeoffs/tradeoffwindow.h"

#include "charts/frontierchart.h"
#include "coretexts.h"
#include "run/sweep/sweepplan.h"
#include "session/batchsession.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "tradeoffs/statisticeditor.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace td::ui {

namespace {

constexpr int kDefaultSeeds = 5;

/// The leaves a grid can vary: numbers, choices and switches (not texts, not the seed, which
/// the seed list sets).
bool isKnob(const sim::FieldInfo &field)
{
    return field.type != sim::FieldType::String && field.path != "run.seed";
}

} // namespace

TradeoffWindow::TradeoffWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("tradeoffWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tastedrift.svg")));
    resize(1280, 800);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form fits its width
    scroll->setWidget(createForm(scroll));
    scroll->setMinimumWidth(330);
    auto *right = new QSplitter(Qt::Vertical, split);
    m_chart = new FrontierChart(right);
    m_chart->setObjectName(QStringLiteral("frontierChart"));
    m_table = new QTableWidget(0, 5, right);
    m_table->setObjectName(QStringLiteral("frontierTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    right->addWidget(m_chart);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setSizes({ 580, 220 }); // a grid has a handful of settings: the plot gets the room
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({ 380, 900 });
    setCentralWidget(split);

    connect(m_chart, &FrontierChart::pointClicked, this, &TradeoffWindow::choosePoint);
    connect(m_chart, &ExportableChart::exportRequested, this, [this](ExportableChart *c) {
        const QString folder = exportChartInteractively(c, this, m_exportDirectory);
        if (!folder.isEmpty())
            m_exportDirectory = folder;
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
        [this](int row) { choosePoint(m_table->item(row, 0)->data(Qt::UserRole).toInt()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TradeoffWindow::updateState);
    for (StatisticEditor *editor : { m_shortTerm, m_longTerm })
        connect(editor, &StatisticEditor::changed, this, &TradeoffWindow::recompute);
    connectBatch();
    retranslateUi();
    updateState();
    showWhereRecorded();
}

TradeoffWindow::~TradeoffWindow()
{
    delete m_batch; // cancels a grid in progress and waits for its runs to stop
}

QWidget *TradeoffWindow::createForm(QWidget *parent)
{
    auto *form = new QWidget(parent);
    auto *layout = new QVBoxLayout(form);
    m_gridBox = new QGroupBox(form);
    auto *grid = new QFormLayout(m_gridBox);
    for (int k = 0; k < 2; ++k) {
        m_knobLabels[k] = new QLabel(m_gridBox);
        m_knobs[k] = new QComboBox(m_gridBox);
        m_knobs[k]->setObjectName(QStringLiteral("knob%1").arg(k + 1));
        // Long paths shown whole in the list, not forcing the form wider than the column.
        m_knobs[k]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_knobs[k]->setMinimumContentsLength(16);
        if (k == 1)
            m_knobs[k]->addItem(QString(), QString()); // "(none)", set in retranslateUi()
        for (const sim::FieldInfo &field : sim::scenarioSchema())
            if (isKnob(field))
                m_knobs[k]->addItem(
                    QString::fromStdString(field.path), QString::fromStdString(field.path));
        m_knobLabels[k]->setBuddy(m_knobs[k]);
        m_valueLabels[k] = new QLabel(m_gridBox);
        m_values[k] = new QLineEdit(m_gridBox);
        m_values[k]->setObjectName(QStringLiteral("knobValues%1").arg(k + 1));
        m_valueLabels[k]->setBuddy(m_values[k]);
        grid->addRow(m_knobLabels[k], m_knobs[k]);
        grid->addRow(m_valueLabels[k], m_values[k]);
        connect(m_knobs[k], &QComboBox::currentIndexChanged, this, [this, k] {
            const sim::FieldInfo *field
                = sim::findScenarioField(m_knobs[k]->currentData().toString().toStdString());
            m_knobs[k]->setToolTip(field ? CoreTexts::fieldDescription(*field) : QString());
            m_values[k]->setEnabled(k == 0 || field);
            if (field && !field->choices.empty() && m_values[k]->text().isEmpty()) {
                QStringList choices;
                for (const std::string &choice : field->choices)
                    choices << QString::fromStdString(choice);
                m_values[k]->setText(choices.join(QStringLiteral(", ")));
            }
        });
    }
    m_seedsLabel = new QLabel(m_gridBox);
    m_seeds = new QSpinBox(m_gridBox);
    m_seeds->setObjectName(QStringLiteral("tradeoffSeeds"));
    m_seeds->setRange(2, 100); // an error bar needs two seeds
    m_seeds->setValue(kDefaultSeeds);
    m_seedsLabel->setBuddy(m_seeds);
    grid->addRow(m_seedsLabel, m_seeds);
    layout->addWidget(m_gridBox);

    m_shortBox = new QGroupBox(form);
    auto *shortLayout = new QVBoxLayout(m_shortBox);
    m_shortTerm = new StatisticEditor(m_shortBox);
    m_shortTerm->setObjectName(QStringLiteral("shortTerm"));
    m_shortTerm->setStatistic(run::RunStatistic::shortTermDefault());
    shortLayout->addWidget(m_shortTerm);
    layout->addWidget(m_shortBox);
    m_longBox = new QGroupBox(form);
    auto *longLayout = new QVBoxLayout(m_longBox);
    m_longTerm = new StatisticEditor(m_longBox);
    m_longTerm->setObjectName(QStringLiteral("longTerm"));
    m_longTerm->setStatistic(run::RunStatistic::longTermDefault());
    longLayout->addWidget(m_longTerm);
    layout->addWidget(m_longBox);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(form);
    m_run->setObjectName(QStringLiteral("runGrid"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(form);
    m_cancel->setObjectName(QStringLiteral("cancelGrid"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(form);
    m_progress->setObjectName(QStringLiteral("gridProgress"));
    layout->addWidget(m_progress);
    m_status = new QLabel(form);
    m_status->setObjectName(QStringLiteral("tradeoffStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_note = new QLabel(form);
    m_note->setObjectName(QStringLiteral("tradeoffNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *more = new QHBoxLayout;
    m_openFile = new QPushButton(form);
    m_openFile->setObjectName(QStringLiteral("openSweep"));
    m_openSetting = new QPushButton(form);
    m_openSetting->setObjectName(QStringLiteral("openSetting"));
    more->addWidget(m_openFile);
    more->addWidget(m_openSetting);
    layout->addLayout(more);
    layout->addStretch(1);

    connect(m_run, &QPushButton::clicked, this, [this] {
        QString error;
        if (!runGrid(&error))
            m_status->setText(error);
    });
    connect(m_cancel, &QPushButton::clicked, this, &TradeoffWindow::cancel);
    connect(m_openFile, &QPushButton::clicked, this, &TradeoffWindow::chooseSweepFile);
    connect(m_openSetting, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            choosePoint(m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toInt());
    });
    m_knobs[0]->setCurrentIndex(m_knobs[0]->findData(QStringLiteral("recommender.policy.epsilon")));
    m_values[0]->setText(QStringLiteral("0, 0.1, 0.2, 0.3"));
    m_knobs[1]->setCurrentIndex(0);
    m_values[1]->setEnabled(false);
    return form;
}

void TradeoffWindow::connectBatch()
{
    m_batch = new BatchSession(this);
    connect(m_batch, &BatchSession::progress, this, [this](const run::SweepProgress &p) {
        m_progress->setMaximum(int(std::max<long long>(1, p.daysTotal)));
        m_progress->setValue(int(p.daysDone));
        m_progress->setFormat(tr("%1 of %2 runs").arg(p.runsDone).arg(p.runsTotal));
    });
    connect(m_batch, &BatchSession::batchFinished, this,
        [this](std::size_t complete, std::size_t planned, bool cancelled) {
            m_progress->setValue(m_progress->maximum());
            if (cancelled)
                m_status->setText(tr("Cancelled: %1 of %2 runs complete; the settings with "
                                     "complete runs are drawn.")
                                      .arg(complete)
                                      .arg(planned));
            updateState();
        });
    connect(m_batch, &BatchSession::loaded, this, &TradeoffWindow::showResults);
    connect(m_batch, &BatchSession::failed, this, [this](const QString &message) {
        m_status->setText(message);
        m_openPath.clear();
        updateState();
    });
    connect(m_batch, &BatchSession::sweepsListed, this,
        [this](const QString &path, const std::vector<run::SweepListing> &sweeps) {
            if (m_openPath.isEmpty()
                || QFileInfo(path).absoluteFilePath() != QFileInfo(m_openPath).absoluteFilePath())
                return;
            const QString file = m_openPath;
            m_openPath.clear();
            std::vector<run::SweepListing> usable;
            for (const run::SweepListing &s : sweeps)
                if (s.complete > 0)
                    usable.push_back(s);
            if (usable.empty()) {
                m_status->setText(
                    tr("%1 holds no sweep with a complete run.").arg(QFileInfo(file).fileName()));
                return;
            }
            if (usable.size() == 1) {
                m_batch->openIn(file, usable.front().id);
                return;
            }
            QMenu menu(this);
            for (auto it = usable.rbegin(); it != usable.rend(); ++it) {
                QStringList paths;
                for (const std::string &p : it->gridPaths)
                    paths << QString::fromStdString(p);
                const std::string id = it->id;
                menu.addAction(
                    tr("%1 — %2 — %3 settings × %4 seeds")
                        .arg(QString::fromStdString(it->created), paths.join(QStringLiteral(" × ")))
                        .arg(it->gridPoints)
                        .arg(it->seeds),
                    this, [this, file, id] { m_batch->openIn(file, id); });
            }
            menu.exec(m_openFile->mapToGlobal(QPoint(0, m_openFile->height())));
        });
}

void TradeoffWindow::retranslateUi()
{
    setWindowTitle(tr("Trade-offs — TasteDrift"));
    m_gridBox->setTitle(tr("Settings to compare"));
    m_knobLabels[0]->setText(tr("Knob &1:"));
    m_knobLabels[1]->setText(tr("Knob &2:"));
    m_knobs[1]->setItemText(0, tr("(none)"));
    m_valueLabels[0]->setText(tr("&Values:"));
    m_valueLabels[1]->setText(tr("V&alues:"));
    for (QLineEdit *edit : m_values) {
        edit->setPlaceholderText(tr("e.g. 0, 0.1, 0.2, 0.3"));
        edit->setToolTip(tr("Comma-separated values of the knob; every value of knob 1 runs "
                            "with every value of knob 2"));
    }
    m_seedsLabel->setText(tr("S&eeds per setting:"));
    m_seeds->setToolTip(tr("Every setting runs on these seeds (the scenario's seed and the "
                           "next ones); the error bars are 95 % intervals of the mean"));
    m_shortBox->setTitle(tr("Short term (x axis)"));
    m_shortTerm->setMetricLabel(tr("&Short term:"));
    m_longBox->setTitle(tr("Long term (y axis)"));
    m_longTerm->setMetricLabel(tr("&Long term:"));
    m_run->setText(tr("&Run Grid"));
    m_cancel->setText(tr("&Cancel"));
    m_openFile->setText(tr("&Open Sweep…"));
    m_openFile->setToolTip(tr("Draw a sweep recorded earlier: of the workspace, or of any run "
                              "database (e.g. made with tastedrift-cli sweep)"));
    m_openSetting->setText(tr("Open in &Main Window"));
    m_openSetting->setToolTip(
        tr("Load the selected setting into the main window (also: click its point)"));
    m_table->setHorizontalHeaderLabels({ tr("Setting"), tr("Short term (mean ± 95 %)"),
        tr("Long term (mean ± 95 %)"), tr("Seeds"), tr("On the frontier") });
    m_chart->setLegendNames(tr("On the frontier"), tr("Dominated (hollow)"), tr("Frontier"));
    recompute();
    updateState();
}

void TradeoffWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void TradeoffWindow::closeEvent(QCloseEvent *event)
{
    m_batch->cancel();
    event->accept();
}

void TradeoffWindow::setBaseScenario(const sim::Scenario &scenario)
{
    m_base = scenario;
}

void TradeoffWindow::setWorkspace(const QString &path)
{
    m_batch->setWorkspace(path);
    if (!m_results && !m_batch->isRunning())
        showWhereRecorded();
}

bool TradeoffWindow::setKnob(int knob, const QString &path, const QString &values, QString *error)
{
    if (knob < 0 || knob > 1)
        return false;
    const int index = m_knobs[knob]->findData(path);
    if (index < 0) {
        if (error)
            *error = QString::fromStdString(sim::unknownFieldMessage(path.toStdString()));
        return false;
    }
    m_knobs[knob]->setCurrentIndex(index);
    m_values[knob]->setText(values);
    return true;
}

void TradeoffWindow::setSeeds(int seeds)
{
    m_seeds->setValue(seeds);
}

QString TradeoffWindow::valueList(int knob) const
{
    QStringList values = m_values[knob]->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &v : values)
        v = v.trimmed();
    return values.join(QLatin1Char(','));
}

bool TradeoffWindow::runGrid(QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_batch->isRunning())
        return fail(tr("A grid is already running."));
    std::vector<run::GridAxis> axes;
    std::vector<std::uint64_t> seeds;
    std::unique_ptr<run::SweepPlan> plan;
    try {
        for (int k = 0; k < 2; ++k) {
            const QString path = m_knobs[k]->currentData().toString();
            if (path.isEmpty())
                continue;
            if (valueList(k).isEmpty())
                return fail(tr("Knob %1 (%2) has no values.").arg(k + 1).arg(path));
            axes.push_back(run::SweepPlan::parseGrid(
                (path + QLatin1Char('=') + valueList(k)).toStdString(), m_base));
        }
        for (int s = 0; s < m_seeds->value(); ++s)
            seeds.push_back(m_base.run.seed + std::uint64_t(s));
        plan = std::make_unique<run::SweepPlan>(m_base, axes, seeds);
    } catch (const std::exception &e) {
        return fail(QString::fromStdString(e.what()));
    }
    std::vector<std::size_t> items(plan->size());
    for (std::size_t i = 0; i < items.size(); ++i)
        items[i] = i;
    m_progress->setMaximum(1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting…"));
    m_status->setText(
        tr("Running %1 settings × %2 seeds …").arg(plan->gridPointCount()).arg(seeds.size()));
    m_batch->start(run::plannedRuns(*plan, items, m_base.title + " (trade-offs)"), plan->sweepId(),
        BatchSession::defaultJobs());
    updateState();
    return true;
}

void TradeoffWindow::cancel()
{
    m_batch->cancel();
}

bool TradeoffWindow::isRunning() const
{
    return m_batch->isRunning();
}

void TradeoffWindow::openSweep(const QString &databasePath, const std::string &sweepId)
{
    if (!sweepId.empty()) {
        m_batch->openIn(databasePath, sweepId);
        return;
    }
    m_openPath = databasePath;
    m_batch->listSweepsIn(databasePath);
}

void TradeoffWindow::chooseSweepFile()
{
    const QString start = m_batch->databasePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a Sweep"), start, tr("Run databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        openSweep(file);
}

void TradeoffWindow::updateState()
{
    const bool running = m_batch && m_batch->isRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_openFile->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_openSetting->setEnabled(
        m_table->selectionModel() && !m_table->selectionModel()->selectedRows().isEmpty());
}

void TradeoffWindow::showWhereRecorded()
{
    m_status->setText(m_batch->isTemporary()
            ? tr("No workspace is open: the grid's runs go to a temporary database until this "
                 "window closes.")
            : tr("The grid's runs are recorded in the workspace as one sweep."));
}

} // namespace td::ui
