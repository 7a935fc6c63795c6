// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The GUI when things go wrong (issue 16): every export on a full disk, and a workspace
// error at start-up that must stay readable.
#include "base/atomicfile.h"
#include "charts/dashboard.h"
#include "charts/timechart.h"
#include "mainwindow.h"
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "testregistry.h"

#include <QtTest>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using td::run::RunState;
using td::run::SimulationController;
using td::test::kSignalTimeoutMs;
using td::test::smallScenario;
using td::ui::MainWindow;

namespace {

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

// A shown window with `scenario` loaded and ready at day 0.
std::unique_ptr<MainWindow> readyWindow(const td::sim::Scenario &scenario)
{
    auto window = std::make_unique<MainWindow>();
    window->setScenario(scenario);
    window->show();
    if (!QTest::qWaitFor(
            [&] { return window->controller()->state() == RunState::Paused; }, kSignalTimeoutMs))
        qWarning("the scenario did not become ready");
    return window;
}

bool runToTheEnd(MainWindow &window)
{
    action(window, "actionRun")->trigger();
    return QTest::qWaitFor(
        [&] { return window.controller()->state() == RunState::Finished; }, kSignalTimeoutMs);
}

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT
private slots:
    void exportsOnAFullDiskLeaveNothing()
    {
        // Issue 16, item 1: every GUI export goes through writeFileSafely(); with the disk full
        // (an injected write budget) each one fails with a message and leaves no file, or the
        // previous file unchanged.
        auto window = readyWindow(smallScenario(2));
        QVERIFY(runToTheEnd(*window));
        window->showTab(QStringLiteral("engagement"));
        td::ui::TimeChart *chart = window->dashboard()->metricCharts().first();
        QTemporaryDir dir;
        const std::vector<std::pair<QString, std::function<bool(const QString &, QString *)>>>
            exports {
                { QStringLiteral("chart.png"),
                    [&](const QString &p, QString *e) { return chart->savePng(p, e); } },
                { QStringLiteral("chart.svg"),
                    [&](const QString &p, QString *e) { return chart->saveSvg(p, e); } },
                { QStringLiteral("metrics.csv"),
                    [&](const QString &p, QString *e) { return window->exportMetricsCsv(p, e); } },
                { QStringLiteral("report.png"),
                    [&](const QString &p, QString *e) { return window->exportReport(p, e); } },
                { QStringLiteral("scenario.json"),
                    [&](const QString &p, QString *) { return window->saveScenarioFile(p); } },
            };
        struct BudgetGuard
        {
            ~BudgetGuard() { td::base::writefaults::setBudget(-1); }
        } guard;
        for (const auto &[name, write] : exports) {
            for (const long long budget : { 0LL, 100LL }) {
                const QString target = dir.filePath(name);
                td::base::writefaults::setBudget(budget);
                QString error;
                QVERIFY2(!write(target, &error), qPrintable(name));
                td::base::writefaults::setBudget(-1);
                QVERIFY2(!QFileInfo::exists(target), qPrintable(name));
                if (!name.endsWith(QLatin1String(".json"))) // the scenario's error is a dialog
                    QVERIFY2(error.contains(QStringLiteral("No space left on device. No file "
                                                           "was written.")),
                        qPrintable(error));
            }
            // Over an existing file: it stays as it was.
            const QString target = dir.filePath(name);
            {
                QFile old(target);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("previous");
            }
            td::base::writefaults::setBudget(10);
            QString error;
            QVERIFY(!write(target, &error));
            td::base::writefaults::setBudget(-1);
            QFile kept(target);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("previous"));
            QVERIFY2(write(target, &error), qPrintable(error)); // with room it works again
            QVERIFY(QFileInfo(target).size() > 8);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).size(), 5);
        // Failed saves show a dialog; close them.
        for (QMessageBox *box : window->findChildren<QMessageBox *>())
            box->close();
    }

    void workspaceErrorAtStartIsReadable()
    {
        // Issue 16, item 13: a workspace refused at start-up (before the window is shown) had
        // its message drawn over the run-state text of the status bar.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("startup-notes.sqlite"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        auto window = std::make_unique<MainWindow>();
        QSignalSpy failed(window->controller(), &SimulationController::workspaceFailed);
        window->setWorkspace(bad);
        window->setScenario(smallScenario(2));
        QVERIFY(failed.wait(kSignalTimeoutMs));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->controller()->state() == RunState::Paused, kSignalTimeoutMs);
        const auto *state = window->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QVERIFY(state);
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("is not a database")), qPrintable(message));
        // One text at a time: while the message is shown the state label is hidden or blank.
        QVERIFY(!state->isVisible() || state->text().isEmpty());
        // Still one text at a time after a whole run (the state text changes on the way).
        action(*window, "actionRun")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            window->controller()->state() == RunState::Finished, kSignalTimeoutMs);
        QVERIFY(!window->statusBar()->currentMessage().isEmpty());
        QVERIFY(!state->isVisible() || state->text().isEmpty());
        window->statusBar()->clearMessage();
        QVERIFY(state->isVisible());
        QCOMPARE(state->text(),
            QStringLiteral("Finished: every day of the scenario has been simulated"));
    }
};

TD_REGISTER_TEST(TestGuiFaults)
#include "tst_guifaults.moc"
