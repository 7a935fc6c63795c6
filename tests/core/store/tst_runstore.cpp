// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The run store (core/store/runstore.h, runrecorder.h): round trip, bit-exact values, the
// event sample, liveness locks and recovery, and each bad-input case through the API.
#include "storetesthelpers.h"
#include "testregistry.h"

#include "sim/modelversion.h"
#include "store/runlock.h"
#include "store/storeerror.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <thread>

using namespace td;
using td::storetest::RawConnection;

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/// Runs `f`, expecting a StoreError of `kind` whose message contains `fragment`.
template<typename F>
bool throwsStoreError(F f, store::StoreError::Kind kind, const char *fragment, QString *message)
{
    try {
        f();
    } catch (const store::StoreError &e) {
        *message = QString::fromUtf8(e.what());
        return e.kind() == kind && message->contains(QLatin1String(fragment));
    }
    *message = QStringLiteral("no error");
    return false;
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newDatabaseIsTheLatestVersionInWal()
    {
        const store::RunStore db(path("new.sqlite").toStdString());
        QCOMPARE(db.schemaVersion(), store::latestVersion(store::storeMigrations()));
        QCOMPARE(db.journalMode(), std::string("wal"));
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        QVERIFY(db.runs().empty());
    }

    void journalDeleteOnRequest()
    {
        store::OpenOptions options;
        options.journal = store::JournalMode::Delete;
        const store::RunStore db(path("delete.sqlite").toStdString(), options);
        QCOMPARE(db.journalMode(), std::string("delete"));
    }

    void roundTrip()
    {
        const sim::Scenario scenario = storetest::smallScenario(5, 11, 0.3);
        store::RunStore db(path("roundtrip.sqlite").toStdString());
        std::vector<metrics::DayMetrics> history;
        std::vector<std::vector<metrics::CohortRetention>> cohorts;
        std::vector<std::vector<events::Event>> sampled;
        std::vector<std::vector<events::Context>> sampledContexts;
        long long allEvents = 0;
        std::set<ListenerId> listeners, kept;
        const long long id = storetest::recordRun(
            db, scenario,
            [](sim::Engine &engine) {
                if (engine.currentDay() == 2)
                    engine.setParameter("world.listeners.malleability", "0.7");
            },
            [&](sim::Engine &engine, const sim::DaySnapshot &snapshot) {
                history.push_back(snapshot.metrics);
                cohorts.push_back(snapshot.cohorts);
                // Brute-force reference of the sample: every event of a kept listener.
                std::vector<events::Event> day;
                std::vector<events::Context> contexts;
                for (std::size_t i = 0; i < engine.lastDayEvents().size(); ++i) {
                    const events::Event &e = engine.lastDayEvents()[i];
                    listeners.insert(e.listener);
                    if (store::keepListener(e.listener, 0.3)) {
                        day.push_back(e);
                        contexts.push_back(engine.lastDayContexts()[i]);
                        kept.insert(e.listener);
                    }
                }
                sampledContexts.push_back(contexts);
                allEvents += (long long)engine.lastDayEvents().size();
                sampled.push_back(day);
            });

        const store::RunInfo run = db.run(id);
        QCOMPARE(run.status, store::RunStatus::Complete);
        QCOMPARE(run.daysDone, 5);
        QCOMPARE(run.daysTotal, 5);
        QCOMPARE(run.seed, std::uint64_t(11));
        QCOMPARE(run.modelVersion, std::optional<int>(sim::kModelVersion));
        QVERIFY(!run.finished.empty());
        QCOMPARE(sim::parseScenario(run.scenarioJson).run.seed, std::uint64_t(11));

        // Every metric, bit for bit; NaN (undefined) comes back as NULL.
        const std::vector<store::StoredDay> days = db.dayMetrics(id);
        QCOMPARE(days.size(), std::size_t(5));
        const auto &catalog = metrics::metricCatalog();
        for (std::size_t d = 0; d < days.size(); ++d) {
            QCOMPARE(days[d].day, int(d));
            QCOMPARE(days[d].values.size(), catalog.size());
            for (const store::StoredValue &v : days[d].values) {
                const double expected = history[d].value(v.metric);
                if (std::isnan(expected))
                    QVERIFY2(!v.value, v.metric.c_str());
                else
                    QVERIFY2(v.value && sameBits(*v.value, expected), v.metric.c_str());
            }
        }

        const std::vector<store::Annotation> annotations = db.annotations(id);
        QCOMPARE(annotations.size(), std::size_t(1));
        QCOMPARE(annotations[0].day, 2);
        QCOMPARE(annotations[0].path, std::string("world.listeners.malleability"));
        QCOMPARE(annotations[0].value, std::string("0.7"));

        const std::vector<store::StoredCohort> storedCohorts = db.cohorts(id);
        std::size_t k = 0;
        for (std::size_t d = 0; d < cohorts.size(); ++d)
            for (const metrics::CohortRetention &c : cohorts[d]) {
                QVERIFY(k < storedCohorts.size());
                QCOMPARE(storedCohorts[k].day, int(d));
                QCOMPARE(storedCohorts[k].retention.cohortDay, c.cohortDay);
                QCOMPARE(storedCohorts[k].retention.daysSinceSignup, c.daysSinceSignup);
                QCOMPARE(storedCohorts[k].retention.signedUp, c.signedUp);
                QCOMPARE(storedCohorts[k].retention.active, c.active);
                ++k;
            }
        QCOMPARE(k, storedCohorts.size());

        // The event sample: exactly the brute-force one, field by field on one day...
        long long sampledCount = 0;
        for (const auto &day : sampled)
            sampledCount += (long long)day.size();
        QCOMPARE(db.eventCount(id), sampledCount);
        std::vector<events::Context> day3Contexts;
        const std::vector<events::Event> day3 = db.events(id, 3, &day3Contexts);
        QVERIFY(day3Contexts == sampledContexts[3]); // the truth, kept on the engine's side
        QCOMPARE(day3.size(), sampled[3].size());
        for (std::size_t i = 0; i < day3.size(); ++i) {
            const events::Event &a = day3[i], &b = sampled[3][i];
            QCOMPARE(a.day, b.day);
            QVERIFY(sameBits(double(a.hour), double(b.hour)));
            QCOMPARE(a.listener, b.listener);
            QCOMPARE(a.track, b.track);
            QCOMPARE(a.listenMs, b.listenMs);
            QVERIFY(sameBits(double(a.propensity), double(b.propensity)));
            QVERIFY(a.surface == b.surface && a.device == b.device && a.action == b.action
                && a.source == b.source);
            QCOMPARE(a.position, b.position);
            QCOMPARE(a.policy, b.policy);
            QCOMPARE(a.explored, b.explored);
            QCOMPARE(a.candidateSource, b.candidateSource);
        }
        // ...and about the rate: the share of listeners kept is within 4 binomial sigmas of
        // 0.3, and so is the share of events (listener histories differ in length).
        QVERIFY(listeners.size() > 200);
        const double n = double(listeners.size());
        const double share = double(kept.size()) / n;
        QVERIFY2(std::abs(share - 0.3) < 4 * std::sqrt(0.3 * 0.7 / n),
            qPrintable(QString::number(share)));
        const double eventShare = double(sampledCount) / double(allEvents);
        QVERIFY2(eventShare > 0.15 && eventShare < 0.45, qPrintable(QString::number(eventShare)));
    }

    void sampleRateEdges()
    {
        for (ListenerId l = 0; l < 1000; ++l) {
            QVERIFY(store::keepListener(l, 1.0));
            QVERIFY(!store::keepListener(l, 0.0));
            // Nested samples: a listener kept at 0.1 is kept at 0.5.
            if (store::keepListener(l, 0.1))
                QVERIFY(store::keepListener(l, 0.5));
        }
    }

    void specialDoublesKeepTheirBits()
    {
        store::RunStore db(path("doubles.sqlite").toStdString());
        store::NewRun run;
        run.name = "doubles";
        run.scenarioJson = "{}";
        run.daysTotal = 1;
        store::RunRecorder recorder(db, run);
        store::DayRecord day;
        const std::vector<double> special { -0.0, 0.0, std::numeric_limits<double>::infinity(),
            -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::denorm_min(),
            1e308, 0.1 + 0.2, 3.0, -2.5e-17, 123456789012345678.0 };
        for (std::size_t i = 0; i < special.size(); ++i)
            day.metrics.values[i] = special[i];
        recorder.writeDay(day);
        recorder.finish();
        const auto stored = db.dayMetrics(recorder.runId());
        QCOMPARE(stored.size(), std::size_t(1));
        const auto &catalog = metrics::metricCatalog();
        for (const store::StoredValue &v : stored[0].values) {
            const int i = metrics::metricIndex(v.metric);
            QVERIFY(i >= 0);
            if (std::size_t(i) < special.size())
                QVERIFY2(v.value && sameBits(*v.value, special[std::size_t(i)]),
                    std::string(catalog[std::size_t(i)].name).c_str());
            else
                QVERIFY(!v.value); // NaN
        }
    }

    void daysMustComeInOrder()
    {
        store::RunStore db(path("order.sqlite").toStdString());
        store::NewRun run;
        run.scenarioJson = "{}";
        store::RunRecorder recorder(db, run);
        store::DayRecord day;
        day.metrics.day = 1;
        QVERIFY_THROWS_EXCEPTION(store::StoreError, recorder.writeDay(day));
    }

    void recorderDestroyedEarlyMarksInterrupted()
    {
        store::RunStore db(path("early.sqlite").toStdString());
        long long id = 0;
        {
            store::NewRun run;
            run.scenarioJson = "{}";
            run.daysTotal = 3;
            store::RunRecorder recorder(db, run);
            id = recorder.runId();
            store::DayRecord day;
            recorder.writeDay(day);
        }
        const store::RunInfo info = db.run(id);
        QCOMPARE(info.status, store::RunStatus::Interrupted);
        QCOMPARE(info.daysDone, 1);
        QVERIFY(!QFile::exists(QString::fromStdString(store::RunLock::lockPath(db.path(), id))));
    }

    void liveRunIsNotMarkedInterrupted()
    {
        // The writer's lock is held: a second writing open (another connection, as another
        // process would have) must leave the run alone.
        const std::string file = path("live.sqlite").toStdString();
        store::RunStore writer(file);
        store::NewRun run;
        run.scenarioJson = "{}";
        store::RunRecorder recorder(writer, run);
        {
            const store::RunStore other(file);
            QVERIFY(other.markedInterrupted().empty());
            QCOMPARE(other.run(recorder.runId()).status, store::RunStatus::Running);
            QVERIFY(other.isLive(recorder.runId()));
        }
        recorder.finish();
        const store::RunStore after(file);
        QCOMPARE(after.run(recorder.runId()).status, store::RunStatus::Complete);
        QVERIFY(!after.isLive(recorder.runId()));
    }

    void deletedLockFileDoesNotKillALiveRun()
    {
        // Issue 16, item 12: liveness must not rest on the lock file's existence alone. The
        // writer also holds a lock on a byte of the database file, which no `rm` removes.
        const std::string file = path("lockfile-gone.sqlite").toStdString();
        store::RunStore writer(file);
        store::NewRun run;
        run.scenarioJson = "{}";
        store::RunRecorder recorder(writer, run);
        const long long id = recorder.runId();
        const QString lockFile = QString::fromStdString(store::RunLock::lockPath(file, id));
        QVERIFY(QFile::remove(lockFile));
        {
            const store::RunStore other(file); // a writing open looks for dead writers
            QVERIFY(other.markedInterrupted().empty());
            QCOMPARE(other.run(id).status, store::RunStatus::Running);
            QVERIFY(other.isLive(id));
            QString message;
            QVERIFY2(throwsStoreError([&] { store::RunStore(file).deleteRun(id); },
                         store::StoreError::Kind::BadRequest, "is being recorded", &message),
                qPrintable(message));
        }
        QCOMPARE(store::RunLock::probe(file, id), store::RunLock::Probe::Held);
        QVERIFY(!store::RunLock::tryAcquire(file, id));
        recorder.finish();
        QCOMPARE(store::RunLock::probe(file, id), store::RunLock::Probe::Free);
        QCOMPARE(store::RunStore(file).run(id).status, store::RunStatus::Complete);
        QVERIFY(!QFile::exists(lockFile));
    }

    void runLockIsExclusiveWithinTheProcess()
    {
        const std::string file = path("locks.sqlite").toStdString();
        const store::RunStore db(file);
        auto first = store::RunLock::tryAcquire(file, 7);
        QVERIFY(first);
        QVERIFY(!store::RunLock::tryAcquire(file, 7)); // the same run: refused
        auto other = store::RunLock::tryAcquire(file, 8); // another run: its own byte
        QVERIFY(other);
        first.reset();
        QCOMPARE(store::RunLock::probe(file, 7), store::RunLock::Probe::Free);
        QCOMPARE(store::RunLock::probe(file, 8), store::RunLock::Probe::Held);
        QVERIFY(store::RunLock::tryAcquire(file, 7));
    }

    void connectionBelongsToItsThread()
    {
        // The connection rule (docs/store.md): a RunStore is used by the thread that opened it.
        const store::RunStore db(path("thread.sqlite").toStdString());
        QString message;
        std::thread other([&] {
            try {
                db.runs();
                message = QStringLiteral("no error");
            } catch (const store::StoreError &e) {
                message = QString::fromUtf8(e.what());
            }
        });
        other.join();
        QVERIFY2(message.contains(QLatin1String("is used by a thread that did not open it")),
            qPrintable(message));
        QVERIFY(db.runs().empty()); // its own thread still may
    }

    void deadWriterIsMarkedInterruptedOnOpen()
    {
        // A `running` row without a held lock is what kill -9 leaves (the kernel drops flock
        // locks with the process); tst_storecli does it with a real process.
        const QString file = path("dead.sqlite");
        {
            const store::RunStore create(file.toStdString());
        }
        {
            RawConnection raw(file);
            QVERIFY(
                raw.exec(QStringLiteral(
                             "INSERT INTO runs (name, created, status, app_version, scenario, seed,"
                             " days_total) VALUES ('dead', 'x', 'running', 'x', '{}', '1', 9)"))
                    .isNull());
        }
        {
            store::OpenOptions readOnly;
            readOnly.readOnly = true;
            const store::RunStore reader(file.toStdString(), readOnly);
            // Reported interrupted, but a read-only open changes nothing...
            QCOMPARE(reader.run(1).status, store::RunStatus::Interrupted);
            QVERIFY(reader.markedInterrupted().empty());
        }
        {
            RawConnection raw(file);
            QCOMPARE(raw.exec(QStringLiteral("SELECT status FROM runs WHERE id = 1")).toString(),
                QStringLiteral("running"));
        }
        // ...a writing open marks it.
        const store::RunStore db(file.toStdString());
        QCOMPARE(db.markedInterrupted(), std::vector<long long> { 1 });
        RawConnection raw(file);
        QCOMPARE(raw.exec(QStringLiteral("SELECT status FROM runs WHERE id = 1")).toString(),
            QStringLiteral("interrupted"));
    }

    void notADatabase()
    {
        const QString file = path("text.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("day,streams\n0,12\n1,15\n this is a CSV file, not a database\n");
        f.close();
        const QByteArray before = storetest::fileBytes(file);
        QString message;
        QVERIFY2(throwsStoreError([&] { store::RunStore db(file.toStdString()); },
                     store::StoreError::Kind::NotADatabase, "is not a database", &message),
            qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QCOMPARE(storetest::fileBytes(file), before); // untouched
    }

    void foreignSqliteDatabase()
    {
        const QString file = path("foreign.sqlite");
        {
            RawConnection raw(file);
            raw.exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        }
        QString message;
        QVERIFY2(throwsStoreError([&] { store::RunStore db(file.toStdString()); },
                     store::StoreError::Kind::NotADatabase, "not a TasteDrift run store", &message),
            qPrintable(message));
    }

    void folderIsNotADatabase()
    {
        QString message;
        QVERIFY2(throwsStoreError([&] { store::RunStore db(m_dir.path().toStdString()); },
                     store::StoreError::Kind::NotADatabase, "is a folder", &message),
            qPrintable(message));
    }

    void newerSchemaIsRefusedAndKept()
    {
        const QString file = path("newer.sqlite");
        {
            store::RunStore db(file.toStdString());
            storetest::recordRun(db, storetest::smallScenario(1));
        }
        {
            RawConnection raw(file);
            raw.exec(QStringLiteral(
                "INSERT INTO schema_version (version, applied, description) VALUES (7, 'x', 'y')"));
        }
        QString message;
        QVERIFY2(throwsStoreError([&] { store::RunStore db(file.toStdString()); },
                     store::StoreError::Kind::NewerSchema, "schema version 7, newer", &message),
            qPrintable(message));
        RawConnection raw(file);
        QCOMPARE(raw.exec(QStringLiteral("SELECT count(*) FROM day_metrics")).toInt(),
            int(metrics::metricCatalog().size()));
    }

    void lockedDatabaseGivesUpAfterTheBusyTimeout()
    {
        const QString file = path("locked.sqlite");
        {
            const store::RunStore create(file.toStdString());
        }
        RawConnection holder(file);
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")).isNull());
        store::OpenOptions options;
        options.busyTimeoutMs = 100;
        store::RunStore db(file.toStdString(), options);
        store::NewRun run;
        run.scenarioJson = "{}";
        QString message;
        QVERIFY2(throwsStoreError([&] { store::RunRecorder recorder(db, run); },
                     store::StoreError::Kind::Locked, "is locked by another process", &message),
            qPrintable(message));
        holder.exec(QStringLiteral("ROLLBACK"));
        // Nothing half-made: no run row, no lock file left.
        QVERIFY(db.runs().empty());
    }

    void readOnlyOpenOfMissingFile()
    {
        store::OpenOptions options;
        options.readOnly = true;
        QString message;
        QVERIFY2(throwsStoreError(
                     [&] { store::RunStore db(path("missing.sqlite").toStdString(), options); },
                     store::StoreError::Kind::BadRequest, "no such file", &message),
            qPrintable(message));
        QVERIFY(!QFile::exists(path("missing.sqlite")));
    }

    void renameKeepsEverythingElse()
    {
        store::RunStore db(path("rename.sqlite").toStdString());
        const long long id = storetest::recordRun(db, storetest::smallScenario(2));
        db.renameRun(id, "greedy baseline");
        const store::RunInfo info = db.run(id);
        QCOMPARE(info.name, std::string("greedy baseline"));
        QCOMPARE(info.daysDone, 2);
        QCOMPARE(int(db.dayMetrics(id).size()), 2);
        QString message;
        QVERIFY2(throwsStoreError([&] { db.renameRun(id, "  "); },
                     store::StoreError::Kind::BadRequest, "cannot be empty", &message),
            qPrintable(message));
        QVERIFY2(throwsStoreError([&] { db.renameRun(id + 100, "x"); },
                     store::StoreError::Kind::BadRequest, "has no run", &message),
            qPrintable(message));
        QCOMPARE(db.run(id).name, std::string("greedy baseline"));
    }

    void deleteRemovesEveryRowOfTheRunOnly()
    {
        const QString file = path("delete-run.sqlite");
        store::RunStore db(file.toStdString());
        const long long first = storetest::recordRun(db, storetest::smallScenario(2));
        const long long second = storetest::recordRun(db, storetest::smallScenario(3));
        QVERIFY(db.eventCount(first) > 0);
        db.deleteRun(first);
        QCOMPARE(int(db.runs().size()), 1);
        QCOMPARE(db.runs().front().id, second);
        const RawConnection raw(file);
        for (const char *table : { "day_metrics", "annotations", "cohort_retention", "events" })
            QCOMPARE(raw.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE run_id = %2")
                                  .arg(QLatin1String(table))
                                  .arg(first))
                         .toInt(),
                0);
        QCOMPARE(int(db.dayMetrics(second).size()), 3);
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        // Ids are never reused: the next run gets a new one.
        const long long third = storetest::recordRun(db, storetest::smallScenario(1));
        QVERIFY(third > second);
        QString message;
        QVERIFY2(throwsStoreError([&] { db.deleteRun(first); }, store::StoreError::Kind::BadRequest,
                     "has no run", &message),
            qPrintable(message));
    }

    void runBeingRecordedCannotBeDeleted()
    {
        const QString file = path("delete-live.sqlite");
        store::RunStore db(file.toStdString());
        const sim::Scenario scenario = storetest::smallScenario(2);
        store::RunRecorder recorder(db, run::newRunFor(scenario, "live"));
        // A second connection, as the run browser has: the recorder's lock refuses it.
        store::RunStore browser(file.toStdString());
        QString message;
        QVERIFY2(throwsStoreError([&] { browser.deleteRun(recorder.runId()); },
                     store::StoreError::Kind::BadRequest, "is being recorded", &message),
            qPrintable(message));
        QCOMPARE(int(browser.runs().size()), 1);
        recorder.abandon();
        browser.deleteRun(recorder.runId());
        QVERIFY(browser.runs().empty());
    }

    void unknownRun()
    {
        const store::RunStore db(path("new.sqlite").toStdString());
        QString message;
        QVERIFY2(throwsStoreError([&] { db.run(42); }, store::StoreError::Kind::BadRequest,
                     "has no run 42", &message),
            qPrintable(message));
    }
};

TD_REGISTER_TEST(TestRunStore)
#include "tst_runstore.moc"
