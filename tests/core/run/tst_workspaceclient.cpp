// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// WorkspaceClient (core/run/workspaceclient.h), the GUI's way to its workspace, without a
// widget: list, rename, delete, load, replay with progress and cancel, a sweep on the pool
// with progress, cancel and results read back; errors arrive as failed(); and no request
// leaves a connection open or opens one on the client's thread.
#include "run/workspaceclient.h"
#include "storedamage.h"
#include "storetesthelpers.h"
#include "testregistry.h"

#include "run/runrecording.h"
#include "run/sweep/sweepplan.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace td;

namespace {
constexpr int kTimeoutMs = 120000;

/// Waits for the signal of request `request` (the first argument) on `spy`; returns its
/// arguments, or an empty list on timeout.
QList<QVariant> waitFor(QSignalSpy &spy, quint64 request)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant> &args : std::as_const(spy))
            if (args.at(0).toULongLong() == request)
                return args;
        spy.wait(1000);
    }
    return {};
}
} // namespace

class TestWorkspaceClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    /// A workspace with `runs` complete runs of `days` days.
    QString workspaceWith(const char *name, int runs, int days)
    {
        const QString file = path(name);
        store::RunStore db(file.toStdString());
        for (int r = 0; r < runs; ++r)
            storetest::recordRun(db, storetest::smallScenario(days, std::uint64_t(r + 1)));
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listRenameDelete()
    {
        run::WorkspaceClient client;
        QCOMPARE(client.listRuns(), quint64(0)); // no workspace yet
        client.setWorkspace(workspaceWith("browse.sqlite", 2, 2));
        QSignalSpy listed(&client, &run::WorkspaceClient::runsListed);
        QSignalSpy renamed(&client, &run::WorkspaceClient::runRenamed);
        QSignalSpy deleted(&client, &run::WorkspaceClient::runDeleted);
        QSignalSpy failed(&client, &run::WorkspaceClient::failed);

        quint64 request = client.listRuns();
        QVERIFY(request > 0);
        auto rows = waitFor(listed, request).value(1).value<std::vector<run::StoredRunRow>>();
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].scenarioTitle, QStringLiteral("store test"));

        request = client.renameRun(2, QStringLiteral("  second  "));
        const auto renameArgs = waitFor(renamed, request);
        QCOMPARE(renameArgs.value(1).toLongLong(), 2LL);
        QCOMPARE(renameArgs.value(2).toString(), QStringLiteral("second"));
        request = client.deleteRun(1);
        QCOMPARE(waitFor(deleted, request).value(1).toLongLong(), 1LL);

        request = client.listRuns();
        rows = waitFor(listed, request).value(1).value<std::vector<run::StoredRunRow>>();
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].info.name, std::string("second"));

        // A store error arrives as failed() with the store's message.
        request = client.deleteRun(42);
        const auto failure = waitFor(failed, request);
        QVERIFY2(failure.value(1).toString().contains(QLatin1String("has no run 42")),
            qPrintable(failure.value(1).toString()));
        client.waitForDone();
        QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // every task closed its connection
    }

    void loadAndReplay()
    {
        run::WorkspaceClient client;
        client.setWorkspace(workspaceWith("replay.sqlite", 1, 4));
        QSignalSpy loaded(&client, &run::WorkspaceClient::runLoaded);
        QSignalSpy progress(&client, &run::WorkspaceClient::replayProgress);
        QSignalSpy finished(&client, &run::WorkspaceClient::replayFinished);

        quint64 request = client.loadRun(1);
        const auto run = waitFor(loaded, request).value(1).value<run::StoredRunPtr>();
        QVERIFY(run);
        QCOMPARE(run->days.size(), qsizetype(4));

        request = client.replayRun(1);
        QVERIFY(client.busy());
        const auto args = waitFor(finished, request);
        QVERIFY(!args.isEmpty());
        const auto result = args.value(2).value<run::ReplayResult>();
        QCOMPARE(result.status, run::ReplayStatus::Matched);
        QCOMPARE(result.daysCompared, 4);
        // One progress signal per day, in order, all before replayFinished().
        QCOMPARE(progress.size(), 4);
        for (int d = 0; d < 4; ++d)
            QCOMPARE(progress.at(d).at(1).toInt(), d);
        QVERIFY(!client.busy());
    }

    void replayCanBeCancelled()
    {
        run::WorkspaceClient client;
        client.setWorkspace(workspaceWith("replay-cancel.sqlite", 1, 40));
        QSignalSpy progress(&client, &run::WorkspaceClient::replayProgress);
        QSignalSpy finished(&client, &run::WorkspaceClient::replayFinished);
        const quint64 request = client.replayRun(1);
        // Cancel as soon as the first day is reported.
        connect(&client, &run::WorkspaceClient::replayProgress, this,
            [&](quint64 r, int) { client.cancel(r); });
        const auto args = waitFor(finished, request);
        QVERIFY(!args.isEmpty());
        const auto result = args.value(2).value<run::ReplayResult>();
        QCOMPARE(result.status, run::ReplayStatus::Cancelled);
        QVERIFY(result.daysCompared < 40);
    }

    void sweepWithProgressAndResults()
    {
        run::WorkspaceClient client;
        const QString file = workspaceWith("sweep.sqlite", 1, 2); // a run already there
        client.setWorkspace(file);
        const sim::Scenario base = storetest::smallScenario(3, 1, 0.0);
        const run::SweepPlan plan(base,
            { run::SweepPlan::parseGrid("recommender.kind=random,popular", base) },
            run::SweepPlan::parseSeeds("1,2"));
        QSignalSpy progress(&client, &run::WorkspaceClient::sweepProgress);
        QSignalSpy finished(&client, &run::WorkspaceClient::sweepFinished);
        const quint64 request
            = client.startSweep(run::plannedRuns(plan, plan.shard(1, 1), "gui"), 2);
        const auto args = waitFor(finished, request);
        QVERIFY(!args.isEmpty());
        const auto outcome = args.value(1).value<run::SweepOutcome>();
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.completeCount(), std::size_t(4));
        // Progress: from nothing to everything, never backwards, the last one complete.
        QVERIFY(progress.size() >= 2);
        const auto first = progress.first().at(1).value<run::SweepProgress>();
        const auto last = progress.last().at(1).value<run::SweepProgress>();
        QCOMPARE(first.daysDone, 0LL);
        QCOMPARE(last.daysDone, 12LL);
        QCOMPARE(last.runsDone, std::size_t(4));
        // Results read back: rows 2..5 after the run that was there, in plan order.
        QCOMPARE(outcome.runIds(), (std::vector<long long> { 2, 3, 4, 5 }));
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        const store::RunStore db(file.toStdString(), readOnly);
        for (std::size_t k = 0; k < 4; ++k) {
            const store::RunInfo r = db.run(outcome.runs[k].runId);
            QCOMPARE(r.status, store::RunStatus::Complete);
            QCOMPARE(r.sweepItem, (long long)k);
            QCOMPARE(r.gridPoint, plan.item(k).gridPoint);
        }
    }

    void sweepCanBeCancelled()
    {
        run::WorkspaceClient client;
        const QString file = path("sweep-cancel.sqlite");
        client.setWorkspace(file);
        const sim::Scenario base = storetest::smallScenario(60, 1, 0.0);
        const run::SweepPlan plan(base, {}, run::SweepPlan::parseSeeds("1..6"));
        QSignalSpy finished(&client, &run::WorkspaceClient::sweepFinished);
        const quint64 request = client.startSweep(run::plannedRuns(plan, plan.shard(1, 1), "c"), 2);
        connect(&client, &run::WorkspaceClient::sweepProgress, this,
            [&](quint64 r, const run::SweepProgress &p) {
                if (p.daysDone >= 2)
                    client.cancel(r);
            });
        const auto args = waitFor(finished, request);
        QVERIFY(!args.isEmpty());
        const auto outcome = args.value(1).value<run::SweepOutcome>();
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.completeCount(), std::size_t(0));
        const store::RunStore db(file.toStdString());
        QVERIFY(db.runs().size() < 6);
        for (const store::RunInfo &r : db.runs())
            QCOMPARE(r.status, store::RunStatus::Interrupted);
    }

    void damagedWorkspaceIsRefusedForRecording()
    {
        // The GUI opens its workspace for writing through RunRecording: a damaged file is
        // refused with the store's message, and the previous workspace stays.
        const QString good = workspaceWith("good.sqlite", 0, 1);
        const QString bad = path("damaged-workspace.sqlite");
        QVERIFY(storetest::makeLargeStore(bad));
        QVERIFY(storetest::damage(bad, storetest::Damage::ZeroPage500));
        const QByteArray before = storetest::fileBytes(bad);
        run::RunRecording recording;
        recording.openWorkspace(good.toStdString());
        try {
            recording.openWorkspace(bad.toStdString());
            QFAIL("a damaged workspace was opened");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Damaged);
            QVERIFY(QString::fromUtf8(e.what()).contains(bad));
        }
        QCOMPARE(recording.workspace(), good.toStdString());
        QCOMPARE(storetest::fileBytes(bad), before);
    }

    void destructionCancelsAndWaits()
    {
        // Closing the window mid-sweep: the client's destructor stops the batch and waits,
        // and the runs it had started are interrupted, not left `running`.
        const QString file = path("sweep-destroyed.sqlite");
        {
            run::WorkspaceClient client;
            client.setWorkspace(file);
            const sim::Scenario base = storetest::smallScenario(500, 1, 0.0);
            const run::SweepPlan plan(base, {}, run::SweepPlan::parseSeeds("1..2"));
            QSignalSpy progress(&client, &run::WorkspaceClient::sweepProgress);
            client.startSweep(run::plannedRuns(plan, plan.shard(1, 1), "d"), 2);
            QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, kTimeoutMs);
        }
        const store::RunStore db(file.toStdString());
        QVERIFY(!db.runs().empty());
        for (const store::RunInfo &r : db.runs()) {
            QCOMPARE(r.status, store::RunStatus::Interrupted);
            QVERIFY(r.daysDone < 500);
        }
    }
};

TD_REGISTER_TEST(TestWorkspaceClient)
#include "tst_workspaceclient.moc"
