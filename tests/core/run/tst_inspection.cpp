// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/inspection.h"
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "sim/engine.h"
#include "testregistry.h"
#include "world/world.h"

#include <QtTest>

#include <cmath>

using td::events::Action;
using td::events::Context;
using td::events::Event;
using td::events::Source;
using td::run::SimulationController;
using td::test::kSignalTimeoutMs;

namespace {

// Three tracks: genres 0, 1 and a missing label; every audio feature of track t is t + 1.
td::events::ObservableCatalog tinyCatalog()
{
    td::events::ObservableCatalog c;
    c.artist = { 0, 1, 1 };
    c.genreLabel = { 0, 1, -1 };
    c.subgenreLabel = { -1, -1, -1 };
    c.releaseDay = { -10, 3, -1 };
    c.durationSeconds = { 200, 200, 200 };
    c.isExplicit = { 0, 0, 0 };
    c.priorPopularity = { 80, 20, 50 };
    for (int t = 0; t < 3; ++t)
        for (int f = 0; f < td::events::kAudioFeatureCount; ++f)
            c.audioFeatures.push_back(float(t + 1));
    c.genreNames = { "rock", "jazz" };
    c.artistNames = { "Ada", "Bo" };
    c.trackNames = { "One", "Two", "Three" };
    return c;
}

/// An event and its true context (the engine keeps the two apart).
struct Logged
{
    Event event;
    Context context;
};

Logged makeEvent(td::ListenerId listener, td::TrackId track, Action action,
    Source source = Source::Recommended, Context context = Context::Focus, td::Day day = 4)
{
    Event e;
    e.day = day;
    e.listener = listener;
    e.track = track;
    e.action = action;
    e.source = source;
    return { e, context };
}

/// The log and its parallel true contexts.
std::pair<std::vector<Event>, std::vector<Context>> split(const std::vector<Logged> &logged)
{
    std::pair<std::vector<Event>, std::vector<Context>> out;
    for (const Logged &l : logged) {
        out.first.push_back(l.event);
        out.second.push_back(l.context);
    }
    return out;
}

} // namespace

class TestInspection : public QObject
{
    Q_OBJECT
private slots:
    void summarisesOneListenersDay()
    {
        const auto catalog = tinyCatalog();
        const auto [events, contexts] = split({
            makeEvent(7, 0, Action::Impression), makeEvent(7, 1, Action::Impression),
            makeEvent(7, 0, Action::Stream), makeEvent(7, 1, Action::Skip),
            makeEvent(7, 2, Action::Stream, Source::Organic, Context::Workout),
            makeEvent(7, 0, Action::Save), makeEvent(8, 1, Action::Stream), // another listener
            makeEvent(7, 1, Action::Stream, Source::Recommended, Context::Focus, 3), // another day
        });
        const td::run::ListenerDay d
            = td::run::summarizeListenerDay(7, 4, events, contexts, catalog);
        QCOMPARE(d.listener, td::ListenerId(7));
        QCOMPARE(d.impressions, 2);
        QCOMPARE(d.plays, 3);
        QCOMPARE(d.streams, 2);
        QCOMPARE(d.skips, 1);
        QCOMPARE(d.saves, 1);
        QCOMPARE(d.recStreams, 1);
        QCOMPARE(d.organicStreams, 1);
        // rock 1, jazz 0, missing label 1.
        QCOMPARE(d.genreStreams, std::vector<int>({ 1, 0, 1 }));
        // Streamed in focus: track 0 (features 1); in workout: track 2 (features 3).
        QCOMPARE(d.streamed.mean(Context::Focus, 0), 1.0);
        QCOMPARE(d.streamed.mean(Context::Workout, 4), 3.0);
        QCOMPARE(d.streamed.meanAll(2), 2.0);
        QVERIFY(std::isnan(d.streamed.mean(Context::Sleep, 0)));
        // Shown in focus: tracks 0 and 1 -> mean feature 1.5.
        QCOMPARE(d.shown.mean(Context::Focus, 8), 1.5);
        QCOMPARE(d.shown.total(), 2);
    }

    void labelsComeFromTheObservableCatalogue()
    {
        const auto catalog = tinyCatalog();
        td::events::RequestTrace trace;
        trace.candidates.resize(3);
        trace.candidates[0].track = 1;
        trace.candidates[1].track = 2;
        trace.candidates[2].track = 99; // unknown: an empty label, never a crash
        const auto labels = td::run::traceLabels(trace, catalog);
        QCOMPARE(labels.size(), std::size_t(3));
        QCOMPARE(labels[0].title, std::string("Two"));
        QCOMPARE(labels[0].artist, std::string("Bo"));
        QCOMPARE(labels[0].genre, std::string("jazz"));
        QCOMPARE(labels[0].releaseDay, 3);
        QCOMPARE(labels[1].genre, std::string()); // missing label
        QCOMPARE(labels[2].title, std::string());
    }

    void listsAreBoundedAndOrdered()
    {
        std::vector<Event> events;
        auto add = [&](const Logged &l) { events.push_back(l.event); };
        // Listener l streams l times (1..5) and skips 6 - l times; listener 9 only impressions.
        for (td::ListenerId l = 1; l <= 5; ++l) {
            for (td::ListenerId i = 0; i < l; ++i)
                add(makeEvent(l, 0, Action::Stream));
            for (td::ListenerId i = 0; i < 6 - l; ++i)
                add(makeEvent(l, 0, Action::Skip));
        }
        add(makeEvent(9, 0, Action::Impression));
        add(makeEvent(3, 0, Action::Stream, Source::Recommended, Context::Focus, 2)); // old
        const auto lists = td::run::listenerLists(4, events, 0, 3);
        QCOMPARE(lists.day, 4);
        QCOMPARE(lists.knownListeners, std::size_t(10));
        using Row = std::pair<td::ListenerId, int>;
        QCOMPARE(lists.mostStreams, std::vector<Row>({ { 5, 5 }, { 4, 4 }, { 3, 3 } }));
        QCOMPARE(lists.mostSkips, std::vector<Row>({ { 1, 5 }, { 2, 4 }, { 3, 3 } }));
        QCOMPARE(lists.newest, std::vector<td::ListenerId>({ 9, 5, 4 }));
        // Ties: lower id first.
        const std::vector<Event> tie { makeEvent(6, 0, Action::Stream).event,
            makeEvent(2, 0, Action::Stream).event };
        QCOMPARE(td::run::listenerLists(4, tie, 20).mostStreams,
            std::vector<Row>({ { 2, 1 }, { 6, 1 } }));
        QCOMPARE(td::run::listenerLists(4, tie, 20).knownListeners, std::size_t(20));
    }

    void inspectedListenerIsTracedEveryDay()
    {
        SimulationController controller;
        controller.setEngineThreads(1);
        QSignalSpy ready(&controller, &SimulationController::resetDone);
        controller.reset(td::test::smallPipelineScenario(3));
        QVERIFY(ready.wait(kSignalTimeoutMs));
        QList<td::run::ListenerDayPtr> days;
        int offThread = 0;
        connect(&controller, &SimulationController::listenerDaysPublished, this,
            [&](const td::run::ListenerDayBatch &batch) {
                offThread += QThread::currentThread() != thread();
                days << batch;
            });
        controller.setInspectedListener(5);
        controller.requestTrace(11); // once, for the next day only
        controller.run();
        QTRY_COMPARE_WITH_TIMEOUT(
            controller.state(), td::run::RunState::Finished, kSignalTimeoutMs);
        QCOMPARE(offThread, 0);
        int inspected = 0;
        int once = 0;
        for (const auto &day : days) {
            QVERIFY(day->trace);
            QVERIFY(!day->trace->stages.empty());
            QCOMPARE(day->labels.size(), day->trace->candidates.size());
            // The truth-vs-belief view of the same listener after the same day.
            QVERIFY(day->view);
            QCOMPARE(day->view->listener, day->listener);
            QCOMPARE(day->view->day, day->day);
            QVERIFY(day->view->recommenderHasBeliefs);
            if (day->listener == 5) {
                QCOMPARE(int(day->day), inspected);
                ++inspected;
            } else {
                QCOMPARE(day->listener, td::ListenerId(11));
                QCOMPARE(int(day->day), 0);
                ++once;
            }
        }
        QCOMPARE(inspected, 3);
        QCOMPARE(once, 1);

        QSignalSpy lists(&controller, &SimulationController::listenerListsPublished);
        controller.requestListenerLists();
        QVERIFY(lists.wait(kSignalTimeoutMs));
        const auto published = lists.at(0).at(0).value<td::run::ListenerLists>();
        QCOMPARE(published.day, 2);
        QVERIFY(!published.mostStreams.empty());
        QVERIFY(published.knownListeners >= 100);
        // The lists that need the truth come with them.
        QCOMPARE(published.mostDrifted.size(), std::size_t(20));
        QVERIFY(published.mostDrifted.front().second >= published.mostDrifted.back().second);
        QVERIFY(published.churnedTodayTotal >= published.churnedToday.size());
    }

    void inspectingDoesNotChangeTheRun()
    {
        // Tracing draws no random numbers: the metrics are identical with and without it.
        const auto runOnce = [](bool inspect) {
            SimulationController controller;
            controller.setEngineThreads(1);
            td::test::SnapshotRecorder recorder(&controller);
            controller.reset(td::test::smallPipelineScenario(3));
            if (inspect)
                controller.setInspectedListener(3);
            controller.run();
            std::vector<double> values;
            if (!QTest::qWaitFor([&] { return controller.state() == td::run::RunState::Finished; },
                    kSignalTimeoutMs))
                return values;
            for (const auto &s : recorder.snapshots)
                values.insert(values.end(), s->metrics.values.begin(), s->metrics.values.end());
            return values;
        };
        const std::vector<double> plain = runOnce(false);
        const std::vector<double> inspected = runOnce(true);
        QCOMPARE(plain.size(), inspected.size());
        QVERIFY(!plain.empty());
        for (std::size_t i = 0; i < plain.size(); ++i)
            QVERIFY((std::isnan(plain[i]) && std::isnan(inspected[i])) || plain[i] == inspected[i]);
    }

    // world.catalog.missing_genre_share and noisy_genre_share shape the genre labels the
    // service observes. No recommender and no metric reads them (metrics use the true
    // genres); the inspector does: its genre mix of a listener's streams (the last bucket
    // counts unlabelled tracks) and its labels of candidates. Over three days of 300
    // listeners, the mix shows each share; with both at 0 the labels are the truth.
    void genreLabelSharesShowInTheInspector_data()
    {
        QTest::addColumn<double>("missing");
        QTest::addColumn<double>("noisy");
        QTest::newRow("clean") << 0.0 << 0.0;
        QTest::newRow("half missing") << 0.5 << 0.0;
        QTest::newRow("a third wrong") << 0.0 << 0.3;
    }
    void genreLabelSharesShowInTheInspector()
    {
        QFETCH(double, missing);
        QFETCH(double, noisy);
        td::sim::Scenario s;
        s.run.days = 3;
        s.world.listeners.count = 300;
        s.world.listeners.arrivalsPerDay = 0.0;
        s.world.catalog.tracks = 3000;
        s.world.catalog.missingGenreShare = missing;
        s.world.catalog.noisyGenreShare = noisy;
        s.recommender.kind
            = td::recsys::RecommenderKind::Random; // streams spread over the catalogue
        td::sim::Engine engine(s, 1);
        const auto &observable = engine.catalog();
        const auto &trueGenre = engine.world().catalog().trueGenre;
        double unlabelled = 0.0, wrong = 0.0, streams = 0.0;
        while (!engine.finished()) {
            const td::Day day = engine.currentDay();
            engine.stepDay();
            const auto &events = engine.lastDayEvents();
            for (td::ListenerId l = 0; l < 300; ++l) {
                const td::run::ListenerDay d = td::run::summarizeListenerDay(
                    l, day, events, engine.lastDayContexts(), observable);
                unlabelled += d.genreStreams.back();
                for (int n : d.genreStreams)
                    streams += n;
            }
            for (const Event &e : events) {
                if (e.action == Action::Stream && observable.genreLabel[e.track] >= 0
                    && observable.genreLabel[e.track] != trueGenre[e.track])
                    wrong += 1.0;
            }
        }
        QVERIFY(streams > 1000);
        QVERIFY2(std::abs(unlabelled / streams - missing) < 0.05,
            qPrintable(QString::number(unlabelled / streams)));
        QVERIFY2(
            std::abs(wrong / streams - noisy) < 0.05, qPrintable(QString::number(wrong / streams)));
        if (missing == 0.0 && noisy == 0.0)
            QCOMPARE(unlabelled + wrong, 0.0);
    }
};

TD_REGISTER_TEST(TestInspection)
#include "tst_inspection.moc"
