// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// CompareWindow's replicates: both configurations on N paired seeds on the thread pool (a
// BatchSession), the means with their 95 % bands, the paired difference with its interval,
// the table's Benjamini–Hochberg marks, the seeds needed for 80 % power, earlier comparisons
// reopened and the export. The live A/B runs are in comparewindow.cpp.
#include "compare/comparewindow.h"

#include "charts/timechart.h"
#include "export/exportablechart.h"
#include "export/filewrite.h"
#include "metrics/metriccatalog.h"
#include "run/tradeoff/replicateplan.h"
#include "run/tradeoff/replicatereport.h"
#include "scenario/scenariodiff.h"
#include "session/batchsession.h"
#include "sim/scenario/scenarioio.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>

#include <cmath>

namespace td::ui {

namespace {

constexpr int kDefaultSeeds = 5;

/// Both scenarios with their seeds set aside: a comparison is about the configurations, its
/// seeds are its own.
std::string withoutSeed(sim::Scenario scenario)
{
    scenario.run.seed = 0;
    return sim::scenarioToJson(scenario);
}

QList<QPointF> points(const std::vector<double> &ys)
{
    QList<QPointF> out;
    for (std::size_t day = 0; day < ys.size(); ++day)
        if (std::isfinite(ys[day]))
            out.append(QPointF(double(day) + 1.0, ys[day]));
    return out;
}

} // namespace

QWidget *CompareWindow::createReplicateBox(QWidget *parent)
{
    m_replicateBox = new QGroupBox(parent);
    m_replicateBox->setObjectName(QStringLiteral("replicateBox"));
    auto *grid = new QGridLayout(m_replicateBox);
    m_seedsLabel = new QLabel(m_replicateBox);
    m_seeds = new QSpinBox(m_replicateBox);
    m_seeds->setObjectName(QStringLiteral("replicateSeeds"));
    m_seeds->setRange(2, 100); // an interval needs two seeds
    m_seeds->setValue(kDefaultSeeds);
    m_seedsLabel->setBuddy(m_seeds);
    m_runReplicates = new QPushButton(m_replicateBox);
    m_runReplicates->setObjectName(QStringLiteral("runReplicates"));
    m_progress = new QProgressBar(m_replicateBox);
    m_progress->setObjectName(QStringLiteral("replicateProgress"));
    m_progress->setTextVisible(true);
    m_cancelReplicates = new QPushButton(m_replicateBox);
    m_cancelReplicates->setObjectName(QStringLiteral("cancelReplicates"));
    m_replicateStatus = new QLabel(m_replicateBox);
    m_replicateStatus->setObjectName(QStringLiteral("replicateStatus"));
    m_replicateStatus->setWordWrap(true);
    m_openEarlier = new QPushButton(m_replicateBox);
    m_openEarlier->setObjectName(QStringLiteral("openEarlierComparison"));
    m_export = new QPushButton(m_replicateBox);
    m_export->setObjectName(QStringLiteral("exportReplicates"));
    // Under the charts (comparewindow.cpp places it), where a sentence has room.
    m_powerHint = new QLabel;
    m_powerHint->setObjectName(QStringLiteral("powerHint"));
    m_powerHint->setWordWrap(true);
    m_powerHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_seedsLabel, 0, 0);
    grid->addWidget(m_seeds, 0, 1);
    grid->addWidget(m_runReplicates, 0, 2);
    grid->addWidget(m_progress, 1, 0, 1, 2);
    grid->addWidget(m_cancelReplicates, 1, 2);
    grid->addWidget(m_replicateStatus, 2, 0, 1, 3);
    grid->addWidget(m_openEarlier, 3, 0, 1, 2);
    grid->addWidget(m_export, 3, 2);
    grid->setColumnStretch(1, 1);
    return m_replicateBox;
}

void CompareWindow::connectReplicates()
{
    m_batch = new BatchSession(this);
    connect(
        m_runReplicates, &QPushButton::clicked, this, [this] { runReplicates(m_seeds->value()); });
    connect(m_cancelReplicates, &QPushButton::clicked, this, &CompareWindow::cancelReplicates);
    connect(m_openEarlier, &QPushButton::clicked, this, &CompareWindow::chooseEarlierComparison);
    connect(m_export, &QPushButton::clicked, this, &CompareWindow::chooseExportFolder);
    connect(m_batch, &BatchSession::progress, this, [this](const run::SweepProgress &p) {
        m_progress->setMaximum(int(std::max<long long>(1, p.daysTotal)));
        m_progress->setValue(int(p.daysDone));
        m_progress->setFormat(tr("%1 of %2 runs").arg(p.runsDone).arg(p.runsTotal));
    });
    connect(m_batch, &BatchSession::batchFinished, this,
        [this](std::size_t complete, std::size_t planned, bool cancelled) {
            m_progress->setValue(m_progress->maximum());
            if (cancelled)
                statusBar()->showMessage(
                    tr("Replicates cancelled: %1 of %2 runs complete; the complete pairs are "
                       "shown.")
                        .arg(complete)
                        .arg(planned),
                    15000);
            updateReplicateState();
        });
    connect(m_batch, &BatchSession::loaded, this, [this](const run::SweepResultsPtr &results) {
        auto report = std::make_shared<const run::ReplicateReport>(results);
        if (report->pairedSeeds().empty()) {
            statusBar()->showMessage(
                tr("That comparison has no seed with both runs complete."), 10000);
            return;
        }
        if (auto comparison = run::ReplicateComparison::fromDefinition(results->sweep.definition))
            m_reportComparison = std::make_unique<run::ReplicateComparison>(*comparison);
        else
            m_reportComparison.reset();
        showReport(report);
    });
    connect(m_batch, &BatchSession::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Replicates: %1").arg(message), 15000);
        updateReplicateState();
    });
    connect(m_batch, &BatchSession::sweepsListed, this,
        [this](const QString &, const std::vector<run::SweepListing> &sweeps) {
            if (!m_listingForMenu)
                return;
            m_listingForMenu = false;
            QMenu menu(this);
            for (auto it = sweeps.rbegin(); it != sweeps.rend(); ++it) {
                if (!it->isComparison || it->complete == 0)
                    continue;
                QString changes;
                if (const auto c = run::ReplicateComparison::fromDefinition(it->definition)) {
                    QStringList paths;
                    for (const ScenarioDifference &d : scenarioDifferences(c->a, c->b))
                        if (d.path != QLatin1String("title"))
                            paths << QStringLiteral("%1 = %2").arg(d.path, d.b);
                    changes = paths.isEmpty() ? tr("B = A") : paths.join(QStringLiteral(", "));
                }
                const QDateTime created
                    = QDateTime::fromString(QString::fromStdString(it->created), Qt::ISODate);
                const QString text
                    = tr("%1 — %2 seeds — %3")
                          .arg(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat),
                              QString::number(it->seeds), changes);
                const std::string id = it->id;
                menu.addAction(text, this, [this, id] { openComparison(id); });
            }
            if (menu.isEmpty())
                menu.addAction(tr("No comparison with replicates in this workspace yet"))
                    ->setEnabled(false);
            menu.exec(m_openEarlier->mapToGlobal(QPoint(0, m_openEarlier->height())));
        });
    for (TimeChart *chart : { m_overlay, m_difference })
        connect(chart, &ExportableChart::exportRequested, this, [this](ExportableChart *c) {
            const QString folder = exportChartInteractively(c, this, m_exportDirectory);
            if (!folder.isEmpty())
                m_exportDirectory = folder;
        });
    updateReplicateState();
}

void CompareWindow::retranslateReplicates()
{
    m_showReplicates->setText(tr("Show Re&plicates"));
    m_showReplicates->setToolTip(
        tr("Show the means over the replicate seeds (or the two live runs)"));
    m_replicateBox->setTitle(tr("Replicates: both on the same seeds"));
    m_seedsLabel->setText(tr("S&eeds per arm:"));
    m_seeds->setToolTip(tr("Both configurations run on these seeds: A's seed and the next ones. "
                           "Each seed gives a pair of runs on the same population."));
    m_runReplicates->setText(tr("Run &Replicates"));
    m_cancelReplicates->setText(tr("Cance&l"));
    m_openEarlier->setText(tr("&Open Earlier…"));
    m_openEarlier->setToolTip(tr("Reopen a comparison with replicates recorded in the workspace"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(
        tr("Write ab-values.csv, ab-summary.csv and both charts (PNG, SVG) into a folder"));
    updateReplicateState();
}

void CompareWindow::setWorkspace(const QString &path)
{
    m_batch->setWorkspace(path);
    updateReplicateState();
}

bool CompareWindow::runReplicates(int seeds)
{
    if (m_batch->isRunning()) {
        statusBar()->showMessage(tr("Replicates are already running."), 5000);
        return false;
    }
    m_seeds->setValue(seeds);
    run::ReplicateComparison comparison;
    comparison.a = m_a;
    comparison.b = scenarioB();
    comparison.seeds = run::consecutiveSeeds(m_a.run.seed, std::max(2, seeds));
    std::vector<run::PlannedRun> runs;
    try {
        runs = comparison.plannedRuns(m_a.title + " (A/B)");
    } catch (const std::exception &e) {
        statusBar()->showMessage(QString::fromStdString(e.what()), 10000);
        return false;
    }
    m_progress->setMaximum(1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting…"));
    const bool started
        = m_batch->start(std::move(runs), comparison.sweepId(), BatchSession::defaultJobs());
    updateReplicateState();
    return started;
}

void CompareWindow::cancelReplicates()
{
    m_batch->cancel();
}

bool CompareWindow::replicatesRunning() const
{
    return m_batch->isRunning();
}

void CompareWindow::openComparison(const std::string &sweepId)
{
    m_batch->open(sweepId);
}

void CompareWindow::chooseEarlierComparison()
{
    m_listingForMenu = true;
    m_batch->listSweeps();
}

void CompareWindow::chooseExportFolder()
{
    if (!m_report)
        return;
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Export the Replicates into a Folder"),
            m_exportDirectory.isEmpty() ? QDir::homePath() : m_exportDirectory);
    if (folder.isEmpty())
        return;
    m_exportDirectory = folder;
    QString error;
    if (!exportReplicates(folder, &error))
        statusBar()->showMessage(error, 15000);
    else
        statusBar()->showMessage(
            tr("Wrote ab-values.csv, ab-summary.csv and the charts into %1").arg(folder), 10000);
}

bool CompareWindow::exportReplicates(const QString &directory, QString *error)
{
    if (!m_report || m_report->days() == 0) {
        if (error)
            *error = tr("There are no replicates to export yet.");
        return false;
    }
    const QDir dir(directory);
    const std::vector<run::ReplicateReport::Row> &rows = m_rows;
    if (!writeFileSafely(dir.filePath(QStringLiteral("ab-values.csv")),
            QByteArray::fromStdString(m_report->valuesCsv()), error)
        || !writeFileSafely(dir.filePath(QStringLiteral("ab-summary.csv")),
            QByteArray::fromStdString(run::ReplicateReport::summaryCsv(rows)), error))
        return false;
    const bool shown = showsReplicates();
    setShowReplicates(true);
    bool ok = true;
    for (TimeChart *chart : { m_overlay, m_difference }) {
        const QString base = dir.filePath(fileNameFromTitle(chart->title()));
        ok = ok && chart->savePng(base + QStringLiteral(".png"), error)
            && chart->saveSvg(base + QStringLiteral(".svg"), error);
    }
    setShowReplicates(shown);
    return ok;
}

void CompareWindow::setShowReplicates(bool show)
{
    m_showReplicates->setChecked(show && m_report);
    redraw();
    updateStatus();
}

bool CompareWindow::showsReplicates() const
{
    return m_report && m_showReplicates->isChecked();
}

void CompareWindow::showReport(const std::shared_ptr<const run::ReplicateReport> &report)
{
    m_report = report;
    m_rows = report->table(report->days() - 1, &m_rowsTested);
    m_showReplicates->setEnabled(true);
    const double days = double(report->days());
    m_overlay->setXRange(0.0, days);
    m_difference->setXRange(0.0, days);
    if (m_showReplicates->isChecked())
        redraw();
    else
        m_showReplicates->setChecked(true); // redraws
    updateStatus();
    emit replicatesShown();
}

QString CompareWindow::powerHint() const
{
    return m_powerHint->text();
}

void CompareWindow::redrawReplicates()
{
    const run::ReplicateReport &report = *m_report;
    const int m = m_metricIndex;
    const int days = report.days();
    const int n = int(report.pairedSeeds().size());
    const QString name = metricName(m);
    const QString unit = metricAxisTitle(m);
    std::vector<double> mean[3], low[3], high[3];
    for (int day = 0; day < days; ++day) {
        const stats::MeanInterval intervals[3]
            = { report.mean(0, m, day), report.mean(1, m, day), report.difference(m, day) };
        for (int k = 0; k < 3; ++k) {
            mean[k].push_back(intervals[k].mean);
            low[k].push_back(intervals[k].low);
            high[k].push_back(intervals[k].high);
        }
    }
    m_overlay->setTexts(
        tr("%1: mean of A and B over %2 seeds").arg(name).arg(n), tr("Day of the run"), unit);
    m_difference->setTexts(
        tr("%1: B − A, paired over %2 seeds").arg(name).arg(n), tr("Day of the run"), unit);
    m_overlay->setLineName(0, tr("A: mean (band: 95 % interval)"));
    m_overlay->setLineName(1, tr("B: mean (band: 95 % interval)"));
    m_difference->setLineName(0, tr("B − A: mean of the differences (band: 95 % interval)"));
    for (int k = 0; k < 2; ++k) {
        m_overlay->setLineData(k, points(mean[k]));
        m_overlay->setBandData(k, points(low[k]), points(high[k]));
    }
    m_difference->setLineData(0, points(mean[2]));
    m_difference->setBandData(0, points(low[2]), points(high[2]));
    const QString note = tr("The same %1 seeds in both arms: a paired comparison").arg(n);
    m_overlay->setNote(note);
    m_difference->setNote(QString());
    m_overlay->setMarkers({});
    m_difference->setMarkers({});
    m_overlay->redraw();
    m_difference->redraw();

    // The table: every metric on the last day, the correction across the metrics tested.
    const int day = days - 1;
    const int tested = m_rowsTested;
    const std::vector<run::ReplicateReport::Row> &rows = m_rows;
    m_summary->setColumnHidden(4, false);
    m_summary->setColumnHidden(5, false);
    m_summaryTitle->setText(
        tr("Every metric on day %1, mean ± half the 95 % interval over %2 seeds; "
           "“significant”: B − A survives a Benjamini–Hochberg correction across the %3 "
           "metrics tested (q = 0.05)")
            .arg(day + 1)
            .arg(n)
            .arg(tested));
    m_summaryTitle->setWordWrap(true);
    const auto plusMinus = [](const stats::MeanInterval &i) {
        if (!std::isfinite(i.mean))
            return QStringLiteral("—");
        if (!std::isfinite(i.high))
            return formatValue(i.mean);
        return formatValue(i.mean) + QStringLiteral(" ± ") + formatValue(i.high - i.mean);
    };
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        const run::ReplicateReport::Row &r = rows[std::size_t(row)];
        const double d = r.diff.mean;
        const QString cells[5] = { plusMinus(r.a), plusMinus(r.b),
            std::isfinite(d) ? (d > 0 ? QStringLiteral("+") : QString()) + formatValue(d)
                             : QStringLiteral("—"),
            std::isfinite(r.diff.low)
                ? QStringLiteral("%1 … %2").arg(formatValue(r.diff.low), formatValue(r.diff.high))
                : QStringLiteral("—"),
            std::isnan(r.p) ? QStringLiteral("—")
                            : (r.significant ? tr("significant") : tr("no")) };
        for (int c = 0; c < 5; ++c) {
            QTableWidgetItem *item = m_summary->item(row, c + 1);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_summary->setItem(row, c + 1, item);
            }
            item->setText(cells[c]);
            item->setToolTip(std::isnan(r.p)
                    ? tr("Not tested: fewer than two seeds define this metric in both arms")
                    : tr("Paired t test: p = %1 before the correction")
                          .arg(QLocale().toString(r.p, 'g', 3)));
        }
        QFont font = m_summary->font();
        font.setBold(r.significant);
        m_summary->item(row, 0)->setFont(font);
        m_summary->item(row, 5)->setFont(font);
    }

    // How many seeds would detect the difference shown, at 80 % power.
    const run::ReplicateReport::Row &shown = rows[std::size_t(m)];
    QString hint;
    if (!std::isfinite(shown.diff.mean) || shown.diff.n < 2)
        hint = tr("%1: fewer than two seeds define it in both arms; no difference to size.")
                   .arg(name);
    else if (shown.diff.mean == 0.0)
        hint = tr("%1 on day %2: B − A is 0 on every seed pair; there is no difference to "
                  "detect.")
                   .arg(name)
                   .arg(day + 1);
    else if (shown.seedsNeeded)
        hint = tr("%1 on day %2: to detect a difference of %3 (per-seed sd %4) with 80 % power "
                  "at α = 0.05, a paired t test needs about %5 seeds; you ran %6.")
                   .arg(name)
                   .arg(day + 1)
                   .arg(formatValue(shown.diff.mean), formatValue(shown.diff.sd))
                   .arg(*shown.seedsNeeded > 1'000'000'000 ? tr("more than a billion")
                                                           : QLocale().toString(*shown.seedsNeeded))
                   .arg(n);
    m_powerHint->setText(hint);
}

void CompareWindow::updateReplicateState()
{
    const bool running = m_batch && m_batch->isRunning();
    m_runReplicates->setEnabled(!running);
    m_seeds->setEnabled(!running);
    m_cancelReplicates->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_export->setEnabled(m_report != nullptr && !running);
    m_openEarlier->setEnabled(!running);
    if (!m_report)
        m_powerHint->clear();
    QString where = m_batch && m_batch->isTemporary()
        ? tr("No workspace is open: replicates are kept in a temporary database until this "
             "window closes.")
        : tr("Replicates are recorded in the workspace as one sweep per comparison.");
    if (m_report && m_reportComparison
        && (withoutSeed(m_reportComparison->a) != withoutSeed(m_a)
            || withoutSeed(m_reportComparison->b) != withoutSeed(scenarioB())))
        where = tr("A or B has changed since these replicates ran: run them again for the "
                   "current configurations.")
            + QLatin1Char(' ') + where;
    m_replicateStatus->setText(where);
    if (showsReplicates())
        m_status->setText(running ? tr("Replicates running…")
                                  : tr("Replicates: %1 seed pairs, %2 days")
                                        .arg(m_report->pairedSeeds().size())
                                        .arg(m_report->days()));
}

} // namespace td::ui
