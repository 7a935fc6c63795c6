// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// BatchSession without widgets: a batch runs into its database and is read back; the same
// batch again keeps the complete runs instead of running them twice; without a workspace the
// runs go to a temporary database.
#include "run/tradeoff/replicateplan.h"
#include "run/tradeoff/sweepresults.h"
#include "runtesthelpers.h"
#include "session/batchsession.h"
#include "testregistry.h"

#include <QtTest>

#include <QFileInfo>
#include <QTemporaryDir>

using td::ui::BatchSession;

namespace {

td::run::ReplicateComparison comparison()
{
    td::run::ReplicateComparison c;
    c.a = td::test::smallScenario(2);
    c.a.world.listeners.count = 100;
    c.a.world.catalog.tracks = 300;
    c.b = c.a;
    c.b.recommender.kind = td::recsys::RecommenderKind::Random;
    c.seeds = { 1, 2 };
    return c;
}

} // namespace

class TestBatchSession : public QObject
{
    Q_OBJECT
private slots:
    void runsReadsBackAndKeepsCompleteRuns()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ws.sqlite"));
        BatchSession session;
        session.setWorkspace(db);
        QVERIFY(!session.isTemporary());
        QCOMPARE(session.databasePath(), QFileInfo(db).absoluteFilePath());
        const td::run::ReplicateComparison c = comparison();
        QSignalSpy finished(&session, &BatchSession::batchFinished);
        QSignalSpy loaded(&session, &BatchSession::loaded);
        QVERIFY(session.start(c.plannedRuns("t"), c.sweepId(), 2));
        QVERIFY(session.isRunning());
        QVERIFY(!session.start(c.plannedRuns("t"), c.sweepId(), 2)); // one batch at a time
        QVERIFY(loaded.wait(td::test::kSignalTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<std::size_t>(), std::size_t(4));
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        const auto results = loaded.at(0).at(0).value<td::run::SweepResultsPtr>();
        QCOMPARE(results->runs.size(), std::size_t(4));
        QCOMPARE(results->sweep.id, c.sweepId());

        // The same comparison again: its four runs are complete, nothing runs twice.
        QVERIFY(session.start(c.plannedRuns("t"), c.sweepId(), 2));
        QVERIFY(loaded.wait(td::test::kSignalTimeoutMs));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).value<std::size_t>(), std::size_t(4));
        const std::vector<td::run::SweepListing> sweeps = td::run::listSweeps(db.toStdString());
        QCOMPARE(sweeps.size(), std::size_t(1));
        QCOMPARE(sweeps[0].runs, 4);
    }

    void temporaryDatabaseWithoutWorkspace()
    {
        BatchSession session;
        QVERIFY(session.isTemporary());
        QVERIFY(!session.databasePath().isEmpty());
        QVERIFY(!QFileInfo::exists(session.databasePath()));
        // Nothing recorded yet: an empty list, not an error about a missing file.
        QSignalSpy listed(&session, &BatchSession::sweepsListed);
        QSignalSpy failed(&session, &BatchSession::failed);
        session.listSweeps();
        QCOMPARE(listed.count(), 1);
        QCOMPARE(failed.count(), 0);
        const td::run::ReplicateComparison c = comparison();
        QSignalSpy loaded(&session, &BatchSession::loaded);
        QVERIFY(session.start(c.plannedRuns("t"), c.sweepId(), 1));
        QVERIFY(loaded.wait(td::test::kSignalTimeoutMs));
        QVERIFY(QFileInfo::exists(session.databasePath()));
    }
};

TD_REGISTER_TEST(TestBatchSession)
#include "tst_batchsession.moc"
