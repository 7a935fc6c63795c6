// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Workspaces and the run browser (ui/mainwindowworkspace.cpp, ui/runs/, core/run/runrecording):
// GUI runs are stored like CLI runs, on the worker thread; the browser lists, renames,
// deletes, opens, overlays and replays them; a bad workspace file keeps the old one.
#include "charts/dashboard.h"
#include "charts/timechart.h"
#include "mainwindow.h"
#include "metrics/metriccatalog.h"
#include "run/dayrecord.h"
#include "run/simulationcontroller.h"
#include "runs/runbrowser.h"
#include "runs/runtablemodel.h"
#include "runtesthelpers.h"
#include "scenario/scenariopanel.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "store/runrecorder.h"
#include "store/runstore.h"
#include "testregistry.h"

#include <QtTest>

#include <QAction>
#include <QChart>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QProcess>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstring>
#include <memory>

using td::run::RecordingState;
using td::run::RunState;
using td::run::SimulationController;
using td::test::kSignalTimeoutMs;
using td::ui::MainWindow;
using td::ui::RunTableModel;
using Status = td::run::RecordingState::Status;

namespace {

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/// smallScenario() with every fifth listener's events sampled (so events are stored too).
td::sim::Scenario storedScenario(int days)
{
    td::sim::Scenario scenario = td::test::smallScenario(days);
    scenario.title = "Stored world";
    scenario.events.sampleRate = 0.2;
    return scenario;
}

/// A window recording into `workspace`, with `scenario` ready at day 0.
std::unique_ptr<MainWindow> recordingWindow(
    const QString &workspace, const td::sim::Scenario &scenario)
{
    auto window = std::make_unique<MainWindow>();
    window->setWorkspace(workspace);
    window->setScenario(scenario);
    window->show();
    if (!QTest::qWaitFor(
            [&] {
                return window->workspace() == workspace
                    && window->controller()->state() == RunState::Paused;
            },
            kSignalTimeoutMs))
        qWarning("the workspace or the scenario did not become ready");
    return window;
}

bool runAndStore(MainWindow &window)
{
    action(window, "actionRun")->trigger();
    return QTest::qWaitFor(
        [&] {
            return window.controller()->state() == RunState::Finished
                && window.controller()->recording().status == Status::Complete;
        },
        kSignalTimeoutMs);
}

/// Stores a run of `scenario` directly (as `run --db` does), without a window.
long long storeRun(const QString &workspace, const td::sim::Scenario &scenario)
{
    td::store::RunStore db(workspace.toStdString());
    td::store::RunRecorder recorder(db, td::run::newRunFor(scenario, scenario.title));
    td::sim::Engine engine(scenario, 1);
    while (!engine.finished()) {
        const td::sim::DaySnapshotPtr snapshot = engine.stepDay();
        recorder.writeDay(td::run::lastDayRecord(engine, *snapshot));
    }
    recorder.finish();
    return recorder.runId();
}

td::store::OpenOptions readOnly()
{
    td::store::OpenOptions options;
    options.readOnly = true;
    return options;
}

/// Stored value of `metric` on `day` (NaN for NULL).
double storedValue(const std::vector<td::store::StoredDay> &days, int day, const char *metric)
{
    for (const td::store::StoredDay &d : days) {
        if (d.day != day)
            continue;
        for (const td::store::StoredValue &v : d.values) {
            if (v.metric == metric)
                return v.value ? *v.value : std::nan("");
        }
    }
    return std::nan("");
}

/// The engagement chart whose second line is `streams` ("Plays per day").
td::ui::TimeChart *streamsChart(const MainWindow &window)
{
    return window.findChild<td::ui::TimeChart *>(QStringLiteral("engagementChart1"));
}

QMessageBox *visibleMessageBox(const MainWindow &window, const QString &fragment)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
        if (box->isVisible() && box->text().contains(fragment))
            return box;
    }
    return nullptr;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void guiRunIsStoredLikeACliRun()
    {
        const QString workspace = path("gui-vs-cli.sqlite");
        auto window = recordingWindow(workspace, storedScenario(3));
        td::test::SnapshotRecorder snapshots(window->controller());
        QVERIFY(runAndStore(*window));
        const RecordingState state = window->controller()->recording();
        QVERIFY(state.runId > 0);
        QCOMPARE(state.daysStored, 3);
        QCOMPARE(state.workspace, workspace);

        const td::store::RunStore db(workspace.toStdString(), readOnly());
        const td::store::RunInfo info = db.run(state.runId);
        QCOMPARE(info.status, td::store::RunStatus::Complete);
        QCOMPARE(info.daysDone, 3);
        QCOMPARE(info.daysTotal, 3);
        QVERIFY2(QString::fromStdString(info.name).startsWith(QStringLiteral("Stored world 20")),
            info.name.c_str());
        QCOMPARE(info.seed, window->runScenario().run.seed);
        // Every stored value is the snapshot's, bit for bit (NULL = undefined).
        const auto days = db.dayMetrics(state.runId);
        QCOMPARE(int(days.size()), 3);
        QCOMPARE(snapshots.snapshots.size(), 3);
        const auto &catalog = td::metrics::metricCatalog();
        for (int day = 0; day < 3; ++day) {
            const auto &values = snapshots.snapshots.at(day)->metrics.values;
            QCOMPARE(days[std::size_t(day)].values.size(), catalog.size());
            for (std::size_t i = 0; i < catalog.size(); ++i) {
                const double stored = storedValue(days, day, catalog[i].name.data());
                QVERIFY2(
                    (std::isnan(stored) && std::isnan(values[i])) || sameBits(stored, values[i]),
                    catalog[i].name.data());
            }
        }
        QVERIFY(db.eventCount(state.runId) > 0);

#ifdef TD_CLI_PATH
        // The CLI, same scenario, seed and days, stores the same numbers.
        const QString scenarioFile = path("gui-vs-cli.json");
        {
            QSaveFile file(scenarioFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const std::string json = td::sim::scenarioToJson(window->runScenario());
            file.write(json.data(), qint64(json.size()));
            QVERIFY(file.commit());
        }
        const QString cliDb = path("cli.sqlite");
        QProcess cli;
        cli.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("run"), scenarioFile, QStringLiteral("--db"), cliDb,
                QStringLiteral("--quiet") });
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const td::store::RunStore cliStore(cliDb.toStdString(), readOnly());
        const auto cliDays = cliStore.dayMetrics(cliStore.runs().front().id);
        QCOMPARE(cliDays.size(), days.size());
        for (std::size_t d = 0; d < days.size(); ++d) {
            QCOMPARE(cliDays[d].values.size(), days[d].values.size());
            for (std::size_t i = 0; i < days[d].values.size(); ++i) {
                const auto &a = days[d].values[i];
                const auto &b = cliDays[d].values[i];
                QCOMPARE(a.metric, b.metric);
                QVERIFY2(a.value.has_value() == b.value.has_value()
                        && (!a.value || sameBits(*a.value, *b.value)),
                    a.metric.c_str());
            }
        }
        QCOMPARE(cliStore.eventCount(cliStore.runs().front().id), db.eventCount(state.runId));
#endif
    }

    void liveKnobIsStoredAsAnnotationAndReplays()
    {
        const QString workspace = path("knob.sqlite");
        auto window = recordingWindow(workspace, storedScenario(4));
        action(*window, "actionStep")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window->controller()->currentDay(), 1, kSignalTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QSignalSpy applied(window->controller(), &SimulationController::parameterApplied);
        QString error;
        QVERIFY2(window->scenarioPanel()->setValue(QStringLiteral("world.listeners.malleability"),
                     QStringLiteral("0.35"), &error),
            qPrintable(error));
        QVERIFY(applied.wait(kSignalTimeoutMs));
        QVERIFY(runAndStore(*window));
        const qint64 id = window->controller()->recording().runId;

        const td::store::RunStore db(workspace.toStdString(), readOnly());
        const auto annotations = db.annotations(id);
        QCOMPARE(int(annotations.size()), 1);
        QCOMPARE(annotations[0].day, 1);
        QCOMPARE(annotations[0].path, std::string("world.listeners.malleability"));
        QCOMPARE(annotations[0].value, std::string("0.35"));

        // Replay from the browser: re-simulated off the GUI thread, every value identical.
        td::ui::RunBrowser *browser = window->runBrowser();
        QTRY_VERIFY_WITH_TIMEOUT(browser->model()->rowOf(id) >= 0, kSignalTimeoutMs);
        QSignalSpy finished(browser, &td::ui::RunBrowser::replayFinished);
        browser->replayRun(id);
        QVERIFY(browser->replaying());
        QVERIFY(finished.wait(kSignalTimeoutMs));
        QCOMPARE(finished.at(0).at(0).toLongLong(), id);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QVERIFY2(finished.at(0).at(2).toString().contains(QStringLiteral("all 4 days match")),
            qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(browser->statusText(), finished.at(0).at(2).toString());
    }

    void replayReportsTheFirstMismatch()
    {
        const QString workspace = path("tampered.sqlite");
        const long long id = storeRun(workspace, storedScenario(2));
        {
            const QString name = QStringLiteral("tamper");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(workspace);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("UPDATE day_metrics SET value = value + 1 WHERE "
                                              "day = 1 AND metric = 'streams'")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        auto window = recordingWindow(workspace, storedScenario(2));
        td::ui::RunBrowser *browser = window->runBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(browser->model()->runCount(), 1, kSignalTimeoutMs);
        QSignalSpy finished(browser, &td::ui::RunBrowser::replayFinished);
        browser->replayRun(id);
        QVERIFY(finished.wait(kSignalTimeoutMs));
        QVERIFY(!finished.at(0).at(1).toBool());
        QVERIFY2(finished.at(0).at(2).toString().contains(
                     QStringLiteral("first mismatch on day 2, metric streams")),
            qPrintable(finished.at(0).at(2).toString()));
    }

    void browserListsRenamesAndDeletes()
    {
        const QString workspace = path("browse.sqlite");
        const long long first = storeRun(workspace, storedScenario(2));
        const long long second = storeRun(workspace, storedScenario(3));
        auto window = recordingWindow(workspace, storedScenario(3));
        td::ui::RunBrowser *browser = window->runBrowser();
        RunTableModel *model = browser->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->runCount(), 2, kSignalTimeoutMs);
        const int row = model->rowOf(second);
        QVERIFY(row >= 0);
        const auto cell = [&](qint64 id, int column) {
            return model->index(model->rowOf(id), column).data().toString();
        };
        QCOMPARE(cell(second, RunTableModel::Id), QString::number(second));
        QCOMPARE(cell(second, RunTableModel::Name), QStringLiteral("Stored world"));
        QCOMPARE(cell(second, RunTableModel::Scenario), QStringLiteral("Stored world"));
        QCOMPARE(cell(second, RunTableModel::Seed), QString::number(storedScenario(3).run.seed));
        QCOMPARE(cell(second, RunTableModel::Days), QStringLiteral("3 / 3"));
        QCOMPARE(cell(second, RunTableModel::Status), QStringLiteral("complete"));
        QVERIFY(!cell(second, RunTableModel::Created).isEmpty());

        // Rename: by the action's API and by editing the name cell.
        browser->renameRun(first, QStringLiteral("baseline"));
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(first, RunTableModel::Name), QStringLiteral("baseline"), kSignalTimeoutMs);
        QVERIFY(model->setData(model->index(model->rowOf(second), RunTableModel::Name),
                    QStringLiteral("with more days"), Qt::EditRole)
            == false); // the row changes when the store has renamed it
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(second, RunTableModel::Name), QStringLiteral("with more days"), kSignalTimeoutMs);
        QCOMPARE(td::store::RunStore(workspace.toStdString(), readOnly()).run(first).name,
            std::string("baseline"));

        // A new GUI run appears by itself, and while it is recorded it cannot be deleted.
        action(*window, "actionStep")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->recording().status, Status::Recording, kSignalTimeoutMs);
        const qint64 live = window->controller()->recording().runId;
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(live) >= 0, kSignalTimeoutMs);
        QCOMPARE(cell(live, RunTableModel::Status), QStringLiteral("recording"));
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(live, RunTableModel::Days), QStringLiteral("1 / 3"), kSignalTimeoutMs);
        QSignalSpy failed(browser, &td::ui::RunBrowser::failed);
        browser->deleteRun(live);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("being recorded")),
            qPrintable(failed.at(0).at(0).toString()));
        browser->selectRun(live);
        QVERIFY(!action(*window, "actionRunDelete")->isEnabled());

        // Delete another run: gone from the list and from the database.
        QSignalSpy deleted(browser, &td::ui::RunBrowser::runDeleted);
        browser->deleteRun(first);
        QVERIFY(deleted.wait(kSignalTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(first), -1, kSignalTimeoutMs);
        QCOMPARE(model->runCount(), 2);
        const auto runs = td::store::RunStore(workspace.toStdString(), readOnly()).runs();
        QCOMPARE(int(runs.size()), 2);
        QVERIFY(runs[0].id != first && runs[1].id != first);
    }

    void openShowsTheStoredSeriesReadOnly()
    {
        const QString workspace = path("open.sqlite");
        const long long id = storeRun(workspace, storedScenario(4));
        auto window = recordingWindow(workspace, storedScenario(200));
        window->controller()->setSpeed(20.0); // a live run that is still going when we open
        action(*window, "actionRun")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->history().daysDone() >= 1, kSignalTimeoutMs);

        window->runBrowser()->openRun(id);
        QTRY_VERIFY_WITH_TIMEOUT(window->shownStoredRun() != nullptr, kSignalTimeoutMs);
        QCOMPARE(window->shownStoredRun()->info.id, id);
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Paused, kSignalTimeoutMs);
        QVERIFY(window->dashboard()->history() != &window->history());
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("storedRunBanner"))->isVisible());
        window->dashboard()->flushAll();
        td::ui::TimeChart *chart = streamsChart(*window);
        QVERIFY(chart);
        QCOMPARE(chart->pointCount(1), 4);
        const auto days = td::store::RunStore(workspace.toStdString(), readOnly()).dayMetrics(id);
        QCOMPARE(chart->lastValue(1), storedValue(days, 3, "streams"));
        // Export follows what is shown: the stored run's 4 days, not the live run's.
        const QString csv = path("open.csv");
        QVERIFY(window->exportMetricsCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(QString::fromUtf8(file.readAll()).trimmed().count(QLatin1Char('\n')), 4);

        // Back to the live run: its own points again.
        window->showLiveRun();
        QVERIFY(window->dashboard()->history() == &window->history());
        window->dashboard()->flushAll();
        QCOMPARE(chart->pointCount(1), window->history().daysDone());
        QVERIFY(!window->findChild<QWidget *>(QStringLiteral("storedRunBanner"))->isVisible());
    }

    void overlayAddsDashedSeriesAndGoesAgain()
    {
        const QString workspace = path("overlay.sqlite");
        const long long id = storeRun(workspace, storedScenario(3));
        auto window = recordingWindow(workspace, storedScenario(3));
        td::ui::TimeChart *chart = streamsChart(*window);
        QCOMPARE(chart->lineCount(), 2);

        window->runBrowser()->overlayRun(id);
        QTRY_VERIFY_WITH_TIMEOUT(window->overlayRun() != nullptr, kSignalTimeoutMs);
        window->dashboard()->flushAll();
        QCOMPARE(chart->lineCount(), 4);
        QCOMPARE(chart->pointCount(3), 3); // the stored streams, while the live run is at day 0
        QCOMPARE(chart->pointCount(1), 0);
        QCOMPARE(chart->lineName(2), QStringLiteral("run %1 (dashed)").arg(id));
        QCOMPARE(chart->lineName(3), QStringLiteral("Streams (≥ 30 s) · run %1").arg(id));
        // One legend entry for the overlay: the colours pair each dashed line with its own.
        QVERIFY(chart->isLineInLegend(1));
        QVERIFY(chart->isLineInLegend(2));
        QVERIFY(!chart->isLineInLegend(3));
        const auto series = chart->chart()->series();
        QCOMPARE(series.size(), 4);
        QCOMPARE(qobject_cast<QLineSeries *>(series[3])->pen().style(), Qt::DashLine);
        QCOMPARE(qobject_cast<QLineSeries *>(series[1])->pen().style(), Qt::SolidLine);
        QVERIFY(action(*window, "actionRunRemoveOverlay")->isEnabled());

        action(*window, "actionRunRemoveOverlay")->trigger();
        QCOMPARE(window->overlayRun(), nullptr);
        QCOMPARE(chart->lineCount(), 2);
    }

    void nonDatabaseWorkspaceKeepsTheOldOne()
    {
        const QString good = path("good.sqlite");
        auto window = recordingWindow(good, storedScenario(2));
        const QString bad = path("notes.sqlite");
        {
            QSaveFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
            QVERIFY(file.commit());
        }
        QSignalSpy failed(window->controller(), &SimulationController::workspaceFailed);
        window->setWorkspace(bad);
        QVERIFY(failed.wait(kSignalTimeoutMs));
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("is not a database")), qPrintable(message));
        QCOMPARE(window->workspace(), good);
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleMessageBox(*window, QStringLiteral("is not a database")), kSignalTimeoutMs);
        QVERIFY(visibleMessageBox(*window, QStringLiteral("stays open")));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("workspaceLabel"))
                    ->text()
                    .contains(QStringLiteral("good.sqlite")));
        QCOMPARE(window->runBrowser()->workspace(), good);
        // The file is left as it was, and runs still go to the old workspace.
        QCOMPARE(QFileInfo(bad).size(), 4096);
        QVERIFY(runAndStore(*window));
        QCOMPARE(window->controller()->recording().workspace, good);
    }

    void recordingOffStoresNothing()
    {
        const QString workspace = path("off.sqlite");
        auto window = recordingWindow(workspace, storedScenario(2));
        window->setRecordRuns(false);
        QVERIFY(!action(*window, "actionRecordRuns")->isChecked());
        action(*window, "actionRun")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->state(), RunState::Finished, kSignalTimeoutMs);
        QCOMPARE(window->controller()->recording().status, Status::Off);
        QVERIFY(td::store::RunStore(workspace.toStdString(), readOnly()).runs().empty());
    }

    void theWorkerWritesTheStoreNeverTheGuiThread()
    {
        const QString workspace = path("threads.sqlite");
        auto window = recordingWindow(workspace, storedScenario(2));
        // Another connection holds the write lock: the first day's insert has to wait.
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(workspace);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            action(*window, "actionStep")->trigger();
            // The GUI thread keeps handling events while the worker waits for the store: its
            // timer ticks, and no day is reported, because the day is published after it is
            // stored.
            int ticks = 0;
            QTimer ticker;
            connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
            ticker.start(5);
            QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, kSignalTimeoutMs);
            QCOMPARE(window->controller()->currentDay(), 0);
            QCOMPARE(window->controller()->recording().status, Status::Off);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(name);
        QTRY_COMPARE_WITH_TIMEOUT(window->controller()->currentDay(), 1, kSignalTimeoutMs);
        const RecordingState state = window->controller()->recording();
        QCOMPARE(state.status, Status::Recording);
        QCOMPARE(state.daysStored, 1);
        // The store was written by the engine's thread, not this one.
        QVERIFY(state.storeThread != nullptr);
        QCOMPARE(state.storeThread, window->controller()->engineThread());
        QVERIFY(state.storeThread != QThread::currentThread());
    }
};

TD_REGISTER_TEST(TestWorkspace)
#include "tst_runbrowser.moc"
