// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The service's context inference (core/recsys/context): the softmax regression it learns its
// prior with, checked against closed forms and its own objective; the editorial timetable; the
// listening evidence; and learning from soft labels.
#include "recsys/context/contextmodel.h"
#include "recsys/context/observationtally.h"
#include "recsys/context/softmaxregression.h"
#include "recsys/pipeline/contentprofiles.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace td;
using namespace td::recsys;
using Row = SoftmaxRegression::Row;

namespace {

Row rowOf(std::initializer_list<int> active)
{
    Row r;
    for (int a : active)
        r.active[r.count++] = std::uint16_t(a);
    return r;
}

/// A catalogue whose standardised features are exactly what we ask for: track t's raw
/// features are its row of `values`, and the catalogue has mean 0 and sd 1 per feature when
/// tracks come in ± pairs.
events::ObservableCatalog catalogOf(const std::vector<std::array<float, 9>> &values)
{
    events::ObservableCatalog c;
    for (const auto &v : values) {
        c.artist.push_back(0);
        c.genreLabel.push_back(0);
        c.subgenreLabel.push_back(0);
        c.releaseDay.push_back(-1);
        c.durationSeconds.push_back(200.0f);
        c.isExplicit.push_back(0);
        c.priorPopularity.push_back(50.0f);
        c.audioFeatures.insert(c.audioFeatures.end(), v.begin(), v.end());
    }
    return c;
}

events::Event stream(
    TrackId t, Day day = 0, float hour = 8.0f, events::Device device = events::Device::Car)
{
    events::Event e;
    e.day = day;
    e.hour = hour;
    e.track = t;
    e.device = device;
    e.action = events::Action::Stream;
    return e;
}

} // namespace

class TestContextModel : public QObject
{
    Q_OBJECT
private slots:
    void softmaxOfABiasLearnsTheLabelMeans()
    {
        // One feature (a bias): the optimum is softmax(θ) = mean of the soft labels.
        SoftmaxRegression m(3, 1);
        std::vector<Row> rows(300, rowOf({ 0 }));
        std::vector<float> targets;
        for (int r = 0; r < 300; ++r) {
            const float q[3] = { 0.5f, 0.3f, 0.2f };
            targets.insert(targets.end(), q, q + 3);
        }
        m.train(rows, targets, {}, 1e-9, 50);
        double p[3];
        m.predict(rowOf({ 0 }), p);
        QVERIFY(std::abs(p[0] - 0.5) < 1e-6 && std::abs(p[1] - 0.3) < 1e-6
            && std::abs(p[2] - 0.2) < 1e-6);
    }

    void softmaxLowersItsObjectiveAndSeparatesGroups()
    {
        // Two groups with different label mixes, and a penalty pulling toward a prior mean:
        // training lowers the objective and each group's prediction follows its labels.
        SoftmaxRegression m(3, 3);
        std::vector<double> mean(9, 0.0);
        mean[0 * 3 + 1] = 0.7; // class 0, feature 1
        m.setPriorMean(mean);
        std::vector<Row> rows;
        std::vector<float> targets;
        for (int r = 0; r < 200; ++r) {
            rows.push_back(rowOf({ 0, r % 2 == 0 ? 1 : 2 }));
            const float a[3] = { 0.7f, 0.2f, 0.1f }, b[3] = { 0.1f, 0.3f, 0.6f };
            const float *q = r % 2 == 0 ? a : b;
            targets.insert(targets.end(), q, q + 3);
        }
        const double before = m.objective(rows, targets, {}, 2.0);
        QVERIFY(m.train(rows, targets, {}, 2.0, 30) >= 1);
        const double after = m.objective(rows, targets, {}, 2.0);
        QVERIFY(after < before);
        // A minimum: another round of training cannot lower it further (within rounding).
        m.train(rows, targets, {}, 2.0, 5);
        QVERIFY(m.objective(rows, targets, {}, 2.0) > after - 1e-9);
        double p[3];
        m.predict(rowOf({ 0, 1 }), p);
        QVERIFY(p[0] > 0.6); // group "1" mostly class 0
        m.predict(rowOf({ 0, 2 }), p);
        QVERIFY(p[2] > 0.5); // group "2" mostly class 2
    }

    void aPenaltyAloneKeepsThePriorMean()
    {
        SoftmaxRegression m(2, 2);
        m.setPriorMean({ 1.0, -1.0, 0.0, 0.5 });
        m.train({}, {}, {}, 1.0, 5); // no rows: nothing to learn
        QCOMPARE(m.weight(0, 0), 1.0);
        QCOMPARE(m.weight(1, 1), 0.5);
    }

    // Hand-computed: rows sharing an observation add up (count, summed soft labels), the
    // training set lists each observation once with its mean label and its count, in
    // observation order whatever the order of the rows, and merging tallies adds them.
    void aTallyMergesIdenticalObservations()
    {
        const float q1[2] = { 1.0f, 0.0f }, q2[2] = { 0.5f, 0.5f }, q3[2] = { 0.2f, 0.8f };
        ObservationTally tally(2);
        tally.add(rowOf({ 0, 5 }), q1);
        tally.add(rowOf({ 0, 3 }), q3);
        tally.add(rowOf({ 0, 5 }), q2);
        QCOMPARE(tally.distinctRows(), std::size_t(2));
        QCOMPARE(tally.rowCount(), 3.0);
        std::vector<Row> rows;
        std::vector<float> targets, weights;
        tally.trainingSet(rows, targets, weights);
        QCOMPARE(int(rows[0].active[1]), 3); // observation order, not arrival order
        QCOMPARE(int(rows[1].active[1]), 5);
        QCOMPARE(weights, (std::vector<float> { 1.0f, 2.0f }));
        QCOMPARE(targets, (std::vector<float> { 0.2f, 0.8f, 0.75f, 0.25f }));
        // A row with fewer active features is another observation, even with equal indices.
        ObservationTally other(2);
        other.add(rowOf({ 0 }), q1);
        other.add(rowOf({ 0, 3 }), q1);
        tally.merge(other);
        QCOMPARE(tally.distinctRows(), std::size_t(3));
        QCOMPARE(tally.rowCount(), 5.0);
        tally.trainingSet(rows, targets, weights);
        QCOMPARE(weights, (std::vector<float> { 1.0f, 2.0f, 2.0f }));
        QCOMPARE(targets, (std::vector<float> { 1.0f, 0.0f, 0.6f, 0.4f, 0.75f, 0.25f }));
    }

    // The context model trains its prior on the tally of its window: the same Newton
    // iterations as on the rows themselves (a reference fit on 3,000 rows over 24
    // observations), up to the rounding of the sums.
    void trainingOnTheTallyIsTrainingOnTheRows()
    {
        constexpr int kClasses = 4, kWidthHere = 10;
        std::vector<Row> rows;
        std::vector<float> targets;
        ObservationTally tally(kClasses);
        std::uint32_t state = 12345u; // a small LCG: the test needs variety, not quality
        auto next = [&state](int mod) {
            state = state * 1664525u + 1013904223u;
            return int((state >> 8) % std::uint32_t(mod));
        };
        for (int r = 0; r < 3000; ++r) {
            const Row row = rowOf({ 0, 1 + next(6), 7 + next(3) }); // 18 observations ...
            const Row extra = rowOf({ 0, 1 + next(6) }); // ... and 6 with fewer features
            const Row &use = r % 5 == 0 ? extra : row;
            float q[kClasses];
            float sum = 0.0f;
            for (float &x : q)
                sum += (x = float(1 + next(9 + r % 3)));
            for (float &x : q)
                x /= sum;
            rows.push_back(use);
            targets.insert(targets.end(), q, q + kClasses);
            tally.add(use, q);
        }
        QCOMPARE(tally.distinctRows(), std::size_t(24));
        const double l2 = 1.0 + 0.1 * tally.rowCount();
        SoftmaxRegression onRows(kClasses, kWidthHere), onTally(kClasses, kWidthHere);
        std::vector<double> mean(std::size_t(kClasses * kWidthHere), 0.0);
        mean[3] = 0.8; // a prior mean the penalty pulls toward, as the context model's
        onRows.setPriorMean(mean);
        onTally.setPriorMean(mean);
        QVERIFY(onRows.train(rows, targets, {}, l2, 8) >= 1);
        std::vector<Row> distinct;
        std::vector<float> meanTargets, counts;
        tally.trainingSet(distinct, meanTargets, counts);
        QVERIFY(onTally.train(distinct, meanTargets, counts, l2, 8) >= 1);
        for (int c = 0; c < kClasses; ++c)
            for (int f = 0; f < kWidthHere; ++f)
                QVERIFY2(std::abs(onRows.weight(c, f) - onTally.weight(c, f)) < 1e-5,
                    qPrintable(QStringLiteral("class %1 feature %2: %3 vs %4")
                                   .arg(c)
                                   .arg(f)
                                   .arg(onRows.weight(c, f))
                                   .arg(onTally.weight(c, f))));
        QVERIFY(std::abs(onRows.weight(0, 3) - 0.8) > 1e-3); // it did learn something
        QVERIFY(std::abs(onRows.objective(rows, targets, {}, l2)
                    - onTally.objective(distinct, meanTargets, counts, l2))
            < 1e-6 * onRows.objective(rows, targets, {}, l2));
    }

    void observationsAreHourByDayTypeAndDevice()
    {
        const Row weekday = ContextModel::observe(2, 8.7f, events::Device::Car);
        const Row weekend = ContextModel::observe(6, 8.7f, events::Device::Car);
        QCOMPARE(int(weekday.count), 3);
        QCOMPARE(int(weekday.active[0]), 0); // bias
        QCOMPARE(int(weekday.active[1]), 1 + 8); // weekday hour 8
        QCOMPARE(int(weekend.active[1]), 1 + 24 + 8); // weekend hour 8
        QCOMPARE(int(weekday.active[2]), 1 + 48 + int(events::Device::Car));
    }

    void theEditorialTimetableIsTheStartingPrior()
    {
        const ContextModel model;
        auto top = [&](int weekday, float hour, events::Device d) {
            std::array<double, ContextModel::kModes> p {};
            model.prior().predict(ContextModel::observe(weekday, hour, d), p.data());
            ContextModel::Belief b {};
            for (int c = 0; c < ContextModel::kModes; ++c)
                b[std::size_t(c)] = float(p[std::size_t(c)]);
            return ContextModel::mostLikely(b);
        };
        QCOMPARE(top(1, 8.0f, events::Device::Car), events::Context::Commute);
        QCOMPARE(top(1, 13.0f, events::Device::Desktop), events::Context::Focus);
        QCOMPARE(top(1, 21.0f, events::Device::Speaker), events::Context::Evening);
        QCOMPARE(top(1, 2.0f, events::Device::Phone), events::Context::Sleep);
        QCOMPARE(top(6, 13.0f, events::Device::Phone), events::Context::Evening); // weekend
    }

    void contentSimilarityIsTheCosine()
    {
        // Standardised, the two tracks are ±1 on the five features where they differ and 0 on
        // the rest: squared norm 5 each, cosine −1 with each other.
        std::array<float, 9> loud { 0.9f, 0.9f, 0.5f, 0.1f, 0.5f, 0.5f, 0.5f, 170.0f, -3.0f };
        std::array<float, 9> quiet { 0.1f, 0.1f, 0.5f, 0.9f, 0.5f, 0.5f, 0.5f, 70.0f, -20.0f };
        StandardisedFeatures features;
        features.build(catalogOf({ loud, quiet }));
        QCOMPARE(features.squaredNorm(0), 5.0f);
        QCOMPARE(features.squaredNorm(1), 5.0f);
        QCOMPARE(ContentProfiles::similarity(features.row(0), features.row(1)), -1.0f);
        const float energy[9] = { 1, 0, 0, 0, 0, 0, 0, 0, 0 }; // one shared feature of five
        const float cosine = ContentProfiles::similarity(energy, features.row(0));
        QVERIFY(std::abs(cosine - 1.0f / std::sqrt(5.0f)) < 1e-6f);
        // With the squared norms given (what the ranker does): the same bits.
        const float given = ContentProfiles::similarity(
            energy, ContentProfiles::squaredNorm(energy), features.row(0), features.squaredNorm(0));
        QCOMPARE(std::memcmp(&given, &cosine, sizeof(float)), 0);
        const float zero[9] = {};
        QCOMPARE(ContentProfiles::similarity(zero, features.row(0)), 0.0f);
        QCOMPARE(ContentProfiles::similarity(nullptr, 0.0f, features.row(0), 5.0f), 0.0f);
    }

    void listeningEvidenceMovesTheBelief()
    {
        // Tracks 0/1: energetic and fast (a workout sound) / quiet and acoustic (sleep), as
        // ± pairs so the standardised features are ±1.
        std::array<float, 9> loud { 0.9f, 0.9f, 0.5f, 0.1f, 0.5f, 0.5f, 0.5f, 170.0f, -3.0f };
        std::array<float, 9> quiet { 0.1f, 0.1f, 0.5f, 0.9f, 0.5f, 0.5f, 0.5f, 70.0f, -20.0f };
        const auto catalog = catalogOf({ loud, quiet });
        StandardisedFeatures features;
        features.build(catalog);
        ContextModel model;
        model.resize(2);
        // The same observables (a weekday evening at 18:00 on a phone): only the streams differ.
        const std::vector<events::Event> gym { stream(0, 0, 18.0f, events::Device::Phone),
            stream(0, 0, 18.0f, events::Device::Phone),
            stream(0, 0, 18.0f, events::Device::Phone) };
        const std::vector<events::Event> calm { stream(1, 0, 18.0f, events::Device::Phone),
            stream(1, 0, 18.0f, events::Device::Phone),
            stream(1, 0, 18.0f, events::Device::Phone) };
        const auto a = model.learnSession(0, gym.data(), gym.size(), nullptr, features);
        const auto b = model.learnSession(1, calm.data(), calm.size(), nullptr, features);
        const std::size_t workout = std::size_t(events::Context::Workout) - 1;
        const std::size_t sleep = std::size_t(events::Context::Sleep) - 1;
        QVERIFY(a[workout] > b[workout]);
        QVERIFY(b[sleep] > a[sleep]);
        float sum = 0.0f;
        for (float p : a)
            sum += p;
        QVERIFY(std::abs(sum - 1.0f) < 1e-5f);
        // A request carries the session so far: the same evidence moves its belief.
        events::RecRequest req;
        req.weekday = 0;
        req.hour = 18.0f;
        req.device = events::Device::Phone;
        const auto before = model.infer(req, nullptr, features);
        req.session.recentCount = 2;
        req.session.recent[0] = { 0, 200.0f, false };
        req.session.recent[1] = { 0, 200.0f, false };
        const auto after = model.infer(req, nullptr, features);
        QVERIFY(after[workout] > before[workout]);
        // Skips are not evidence of what the session wants.
        req.session.recent[0].skipped = req.session.recent[1].skipped = true;
        const auto skipped = model.infer(req, nullptr, features);
        QCOMPARE(skipped, before);
    }

    void endOfDayLearningFollowsTheLogs()
    {
        // Many weekday 13:00 phone sessions that sound like workouts (the timetable says focus):
        // after a few days of learning, the prior at that observation leans to workout.
        std::array<float, 9> loud { 0.9f, 0.9f, 0.5f, 0.1f, 0.5f, 0.5f, 0.5f, 170.0f, -3.0f };
        std::array<float, 9> quiet { 0.1f, 0.1f, 0.5f, 0.9f, 0.5f, 0.5f, 0.5f, 70.0f, -20.0f };
        const auto catalog = catalogOf({ loud, quiet });
        StandardisedFeatures features;
        features.build(catalog);
        ContextModel model;
        model.resize(400);
        auto workoutAtLunch = [&] {
            std::array<double, ContextModel::kModes> p {};
            model.prior().predict(ContextModel::observe(1, 13.0f, events::Device::Phone), p.data());
            return p[std::size_t(events::Context::Workout) - 1];
        };
        const double start = workoutAtLunch();
        for (Day day = 0; day < 5; ++day) {
            for (ListenerId l = 0; l < 400; ++l) {
                std::vector<events::Event> s;
                for (int i = 0; i < 6; ++i)
                    s.push_back(stream(0, day, 13.0f, events::Device::Phone));
                model.learnSession(l, s.data(), s.size(), nullptr, features);
            }
            model.endDay(day);
        }
        QVERIFY2(workoutAtLunch() > start + 0.1,
            qPrintable(QStringLiteral("%1 -> %2").arg(start).arg(workoutAtLunch())));
        // A session with no stream teaches nothing.
        ContextModel untouched;
        untouched.resize(1);
        events::Event skip = stream(0, 0, 13.0f, events::Device::Phone);
        skip.action = events::Action::Skip;
        untouched.learnSession(0, &skip, 1, nullptr, features);
        untouched.endDay(0);
        std::array<double, ContextModel::kModes> p {}, q {};
        untouched.prior().predict(ContextModel::observe(1, 13.0f, events::Device::Phone), p.data());
        ContextModel().prior().predict(
            ContextModel::observe(1, 13.0f, events::Device::Phone), q.data());
        QCOMPARE(p, q);
    }

    // Issue 18 item 5: over many days the model keeps kWindowDays of rows, and each
    // listener's buffer of the day gives its memory back at the end of the day.
    void staysBoundedOverManyDays()
    {
        std::array<float, 9> loud { 0.9f, 0.9f, 0.5f, 0.1f, 0.5f, 0.5f, 0.5f, 170.0f, -3.0f };
        const auto catalog = catalogOf({ loud });
        StandardisedFeatures features;
        features.build(catalog);
        ContextModel model;
        model.resize(5);
        for (Day day = 0; day < 40; ++day) {
            for (ListenerId l = 0; l < 5; ++l) {
                // Listener 0 has 30 sessions on day 0, then one a day; the others vary.
                const int sessions = l == 0 ? (day == 0 ? 30 : 1) : int((day + l) % 4);
                for (int k = 0; k < sessions; ++k) {
                    const std::vector<events::Event> s { stream(
                        0, day, 8.0f + float(k % 12), events::Device::Phone) };
                    model.learnSession(l, s.data(), s.size(), nullptr, features);
                }
            }
            model.endDay(day);
            QCOMPARE(model.bufferedCapacity(), std::size_t(0));
            QCOMPARE(model.windowDayCount(),
                std::size_t(std::min<int>(day + 1, ContextModel::kWindowDays)));
        }
    }
};
TD_REGISTER_TEST(TestContextModel)

#include "tst_contextmodel.moc"
