// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The learned long-term value of objective = retention (docs/policies.md, "Objectives"): the
// label rule on hand-made weeks, the no-future-leak property (perturbing every event after
// day d leaves the model trained at the end of day d bit-identical), the uplift's definition
// and the held-out reliability table.
#include "recsys/pipeline/rankingstage.h"
#include "recsys/pipeline/valuemodel.h"
#include "testevents.h"
#include "testregistry.h"

#include <QtTest>

#include <cstring>

using namespace td;
using namespace td::recsys;

namespace {

/// A small deterministic generator (the tests need no distribution, only variety).
struct Lcg
{
    std::uint64_t state;
    double next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) / double(1ull << 53);
    }
};

events::Event homeEvent(ListenerId l, TrackId t, events::Action a, Day day, int position)
{
    events::Event e = test::makeEvent(l, t, a, day, events::Surface::Home);
    e.position = std::uint16_t(position);
    return e;
}

/// Serves listener l one Home impression of `track` with `row` on `day` and lets them stream
/// it (an examined impression: it becomes a row). Appends the session's events to `day`'s log.
void serveAndStream(ValueModel &m, ListenerId l, TrackId track, Day day, const ValueRow &row,
    std::vector<events::Event> &log)
{
    m.addShown(l, track, 0, row);
    const std::vector<events::Event> session { homeEvent(
                                                   l, track, events::Action::Impression, day, 0),
        homeEvent(l, track, events::Action::Stream, day, 0) };
    m.labelSession(l, session.data(), session.size());
    log.insert(log.end(), session.begin(), session.end());
}

/// Every bit of what a fit produced: coefficients and the baseline means.
std::vector<double> fitBits(const ValueModel &m)
{
    std::vector<double> bits { m.model().intercept() };
    for (int j = 0; j < kValueFeatureCount; ++j)
        bits.push_back(m.model().rawWeight(std::size_t(j)));
    bits.insert(bits.end(), m.itemMeans().begin(), m.itemMeans().end());
    return bits;
}

bool bitIdentical(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

/// Records days 0..lastDay of a synthetic service of `listeners` listeners: each listener
/// active on a day is served one track (a row whose features are drawn) and comes back on
/// later days with a chance that rises with feature kValNewArtist (so there is something to
/// learn); now and then a listener cancels. From day `perturbFrom` on, `perturb` redraws every
/// row and every day's activity from another stream, and every listener served cancels.
void recordWorld(ValueModel &m, int listeners, Day lastDay, Day perturbFrom, bool perturb)
{
    Lcg base { 7 }, other { 991 };
    m.resize(std::size_t(listeners));
    std::vector<double> stayChance(std::size_t(listeners), 0.8);
    std::vector<std::uint8_t> active;
    for (Day day = 0; day <= lastDay; ++day) {
        Lcg &rng = perturb && day >= perturbFrom ? other : base;
        std::vector<events::Event> log;
        for (int l = 0; l < listeners; ++l) {
            if (rng.next() > stayChance[std::size_t(l)])
                continue; // inactive today: no event
            ValueRow row {};
            for (int j = 0; j < kValueFeatureCount; ++j)
                row[std::size_t(j)] = float(rng.next());
            row[kValNewArtist] = rng.next() < 0.5 ? 1.0f : 0.0f;
            serveAndStream(m, ListenerId(l), TrackId(l + 100 * day), day, row, log);
            stayChance[std::size_t(l)] = row[kValNewArtist] > 0.5f ? 0.9 : 0.05;
            // The perturbed future: everyone served also cancels, so any label that read a
            // day after d would change.
            if (rng.next() < 0.01 || (perturb && day >= perturbFrom)) {
                events::Event cancel = test::makeEvent(
                    ListenerId(l), kNoTrack, events::Action::Cancel, day, events::Surface::Organic);
                log.push_back(cancel);
            }
        }
        m.recordDay(day, log, std::size_t(listeners), active);
    }
}

} // namespace

class TestValueModel : public QObject
{
    Q_OBJECT

private slots:
    // label(l, r) = active on one of r+1..r+7 and no cancel on r..r+7; only examined Home
    // impressions are rows. Hand-made weeks for four listeners, all served on day 0:
    //  0: back on day 7 (the last day of the window)          -> 1
    //  1: back on day 8 only (outside the window)             -> 0
    //  2: back on day 2, but cancelled on day 5               -> 0
    //  3: back on day 1; its impression was never examined    -> no row
    void labelsFollowTheSevenDayRule()
    {
        ValueModel m;
        m.resize(4);
        std::vector<std::uint8_t> active;
        std::vector<events::Event> day0;
        ValueRow one {};
        for (ListenerId l = 0; l < 3; ++l) {
            one.fill(0.0f);
            one[kValNewArtist] = float(l); // tells the rows apart
            serveAndStream(m, l, 10 + l, 0, one, day0);
        }
        m.addShown(3, 13, 0, one);
        const std::vector<events::Event> unexamined { homeEvent(
            3, 13, events::Action::Impression, 0, 0) };
        m.labelSession(3, unexamined.data(), unexamined.size());
        day0.push_back(unexamined.front());
        m.recordDay(0, day0, 4, active);
        QCOMPARE(active, (std::vector<std::uint8_t> { 1, 1, 1, 1 }));
        for (Day day = 1; day <= 8; ++day) {
            std::vector<events::Event> log;
            const auto visit = [&](ListenerId l) {
                log.push_back(test::makeEvent(l, 1, events::Action::Stream, day));
            };
            if (day == 7)
                visit(0);
            if (day == 8)
                visit(1);
            if (day == 2)
                visit(2);
            if (day == 5)
                log.push_back(test::makeEvent(2, kNoTrack, events::Action::Cancel, day));
            if (day == 1)
                visit(3);
            m.recordDay(day, log, 4, active);
        }
        // Three rows, labels 1, 0, 0: a model fitted to them predicts row 0 above rows 1, 2.
        QVERIFY(!m.trainAt(6, 1000, 1.0)); // day 0's labels are not known before day 7 ends
        QVERIFY(m.trainAt(7, 1000, 0.01));
        one.fill(0.0f);
        const double p0 = m.predict(one);
        one[kValNewArtist] = 1.0f;
        const double p1 = m.predict(one);
        one[kValNewArtist] = 2.0f;
        const double p2 = m.predict(one);
        QVERIFY2(p0 > 0.5 && p1 < 0.5 && p2 < 0.5,
            qPrintable(QStringLiteral("%1 %2 %3").arg(p0).arg(p1).arg(p2)));
        // Mean of the item features over the three rows: new_artist (0 + 1 + 2) / 3.
        QCOMPARE(m.itemMeans()[kValNewArtist], 1.0);
    }

    // No future leak: every event and row after day d is redrawn; the model trained at the end
    // of day d must not move by a single bit. The same perturbation does move the model
    // trained three days later (the test can fail).
    void modelAtDayDIgnoresEverythingAfterIt()
    {
        const Day d = 20, lastDay = 30;
        ValueModel original, perturbed;
        recordWorld(original, 60, lastDay, d + 1, false);
        recordWorld(perturbed, 60, lastDay, d + 1, true);
        QVERIFY(original.trainAt(d, 100000, 1.0));
        QVERIFY(perturbed.trainAt(d, 100000, 1.0));
        QVERIFY(bitIdentical(fitBits(original), fitBits(perturbed)));

        ValueModel laterOriginal, laterPerturbed;
        recordWorld(laterOriginal, 60, lastDay, d + 1, false);
        recordWorld(laterPerturbed, 60, lastDay, d + 1, true);
        QVERIFY(laterOriginal.trainAt(d + 3, 100000, 1.0));
        QVERIFY(laterPerturbed.trainAt(d + 3, 100000, 1.0));
        QVERIFY(!bitIdentical(fitBits(laterOriginal), fitBits(laterPerturbed)));
    }

    // Online use (endDay each day) fits the same model as the offline fit at the same day.
    void onlineFitEqualsOfflineFit()
    {
        const Day d = 20;
        ValueModel offline;
        recordWorld(offline, 60, d, d + 1, false);
        QVERIFY(offline.trainAt(d, 100000, 1.0));
        // Replay the same world through endDay(): rows and activity identical, trained daily.
        ValueModel online;
        Lcg base { 7 };
        online.resize(60);
        std::vector<double> stayChance(60, 0.8);
        std::vector<std::uint8_t> active;
        for (Day day = 0; day <= d; ++day) {
            std::vector<events::Event> log;
            for (int l = 0; l < 60; ++l) {
                if (base.next() > stayChance[std::size_t(l)])
                    continue;
                ValueRow row {};
                for (int j = 0; j < kValueFeatureCount; ++j)
                    row[std::size_t(j)] = float(base.next());
                row[kValNewArtist] = base.next() < 0.5 ? 1.0f : 0.0f;
                serveAndStream(online, ListenerId(l), TrackId(l + 100 * day), day, row, log);
                stayChance[std::size_t(l)] = row[kValNewArtist] > 0.5f ? 0.9 : 0.05;
                if (base.next() < 0.01)
                    log.push_back(test::makeEvent(ListenerId(l), kNoTrack, events::Action::Cancel,
                        day, events::Surface::Organic));
            }
            online.endDay(day, log, 60, 100000, 1.0, active);
        }
        // Warm starts may move the optimum's last bits; the fitted values agree closely.
        const auto a = fitBits(offline), b = fitBits(online);
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(std::abs(a[i] - b[i]) < 1e-6,
                qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(a[i]).arg(b[i])));
        // The world rewards new artists (a daily return chance of 0.9 against 0.05): the model
        // learns it, so serving a new artist has a positive uplift and the average track none.
        ValueRow row {};
        for (int j = 0; j < kValueItemFeatureCount; ++j)
            row[std::size_t(j)] = float(online.itemMeans()[std::size_t(j)]);
        QCOMPARE(online.uplift(row), 0.0);
        row[kValNewArtist] = 1.0f;
        QVERIFY(online.uplift(row) > 0.5);
        row[kValNewArtist] = 0.0f;
        QVERIFY(online.uplift(row) < -0.5);
        // Held-out reliability: ten equal-count bins, predictions rising; in this world the
        // model is well specified, so the top and bottom deciles' observed rates follow.
        const auto table = online.calibrationTable(10);
        QCOMPARE(int(table.size()), 10);
        for (std::size_t bin = 1; bin < table.size(); ++bin)
            QVERIFY(table[bin].predicted >= table[bin - 1].predicted);
        QVERIFY(table.back().observed > table.front().observed);
    }

    // The ranking stage's three objectives on two candidates, against the documented formulas:
    // stream = ℓ; novelty = ℓ + objective_novelty_weight · novel; retention = σ(ℓ) +
    // objective_weight · (η(x) − η(x̄)).
    void rankingScoresFollowTheObjective()
    {
        // A ranker whose logit rises with the CF score.
        LogisticRanker ranker;
        std::vector<float> x, y;
        for (int i = 0; i < 40; ++i) {
            std::array<float, kFeatureCount> row {};
            row[kFeatCf] = float(i % 10) / 10.0f;
            x.insert(x.end(), row.begin(), row.end());
            y.push_back(i % 10 >= 5 - (i / 10) ? 1.0f : 0.0f);
        }
        QVERIFY(ranker.train(x, kFeatureCount, y, {}, 1.0));
        // A value model that learned "new artist = listener leaves" (as in the label test).
        ValueModel value;
        recordWorld(value, 60, 20, 21, false);
        QVERIFY(value.trainAt(20, 100000, 1.0));
        events::ObservableCatalog catalog;
        catalog.artist = { 0, 1 };
        catalog.subgenreLabel = { 3, 4 };
        ListenerHistory history;
        history.resize(1);
        const std::vector<events::Event> streams { test::makeEvent(0, 1, events::Action::Stream, 0),
            test::makeEvent(0, 1, events::Action::Stream, 0) };
        history.recordSession(0, streams.data(), streams.size(), catalog);

        std::vector<Candidate> candidates(2);
        candidates[0].track = 0; // new artist, new track, better CF score
        candidates[0].features[kFeatCf] = 0.8f;
        candidates[0].features[kFeatNovel] = 1.0f;
        candidates[0].uncertainty = 0.3f;
        candidates[1].track = 1; // the artist the listener streamed twice
        candidates[1].features[kFeatCf] = 0.6f;
        candidates[1].features[kFeatArtist] = std::log1p(2.0f);
        candidates[1].uncertainty = 0.1f;

        RecommenderParams params;
        params.objectiveNoveltyWeight = 0.4;
        params.objectiveWeight = 0.7;
        const ValueScoring scoring { &value, &history, &catalog, 0, events::Context::Evening };
        RankingStage stage;
        std::vector<std::size_t> ranked;
        for (Objective objective :
            { Objective::Stream, Objective::Novelty, Objective::Retention }) {
            params.objective = objective;
            stage.configure(params);
            stage.rank(ranker, candidates, ranked, scoring);
            QCOMPARE(ranked.size(), std::size_t(2));
            for (const Candidate &c : candidates) {
                const double logit = ranker.logit(c.features.data());
                double expected = logit;
                if (objective == Objective::Novelty)
                    expected += 0.4 * c.features[kFeatNovel];
                if (objective == Objective::Retention) {
                    const double p = 1.0 / (1.0 + std::exp(-logit));
                    ValueRow row;
                    history.features(0, c.track, float(p), c.features[kFeatArtist] <= 0.0f,
                        c.uncertainty, events::Context::Evening, catalog, row);
                    QCOMPARE(row[kValNewArtist], c.track == 0 ? 1.0f : 0.0f);
                    QCOMPARE(row[kValArtistRepeat], c.track == 1 ? 2.0f / 32.0f : 0.0f);
                    QCOMPARE(row[kValContextEvening], 1.0f);
                    expected = float(p) + 0.7 * value.uplift(row);
                }
                QVERIFY2(std::abs(double(c.rankerScore) - expected) < 1e-5,
                    qPrintable(QStringLiteral("%1: %2 vs %3")
                                   .arg(int(objective))
                                   .arg(double(c.rankerScore))
                                   .arg(expected)));
            }
        }
        QCOMPARE(stage.scoreKind(true), "stream_probability_plus_value");
    }

    void untrainedModelHasNoUplift()
    {
        ValueModel m;
        ValueRow row {};
        row[kValNewArtist] = 1.0f;
        QVERIFY(!m.trained());
        QCOMPARE(m.uplift(row), 0.0);
        QVERIFY(m.calibrationTable(10).empty());
    }
};
TD_REGISTER_TEST(TestValueModel)

#include "tst_valuemodel.moc"
