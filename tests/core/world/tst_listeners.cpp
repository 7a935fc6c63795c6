// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Every listener attribute moves behaviour in its documented direction: none is inert.
#include "recsys/baselines/randomrecommender.h"
#include "testregistry.h"
#include "world/churn.h"
#include "world/latent.h"
#include "worldharness.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::world;

namespace {
double skipRate(const DayCounters &c)
{
    return double(c.skips) / double(c.plays);
}
double streamRate(const DayCounters &c)
{
    return double(c.streams) / double(c.plays);
}
} // namespace

class TestListenerTraits : public QObject
{
    Q_OBJECT
private slots:
    void patienceLowersSkips()
    {
        WorldHarness patient, impatient;
        patient.setAll(&Population::patience, 0.9f);
        impatient.setAll(&Population::patience, 0.1f);
        const double p = skipRate(patient.run(5)), i = skipRate(impatient.run(5));
        QVERIFY2(p < i - 0.05, qPrintable(QStringLiteral("patient %1 impatient %2").arg(p).arg(i)));
    }

    void patienceDelaysSkipTime()
    {
        auto meanSkipMs = [](WorldHarness &h) {
            h.run(2);
            double sum = 0;
            int n = 0;
            for (const auto &e : h.scratch.events) {
                if (e.action == events::Action::Skip) {
                    sum += e.listenMs;
                    ++n;
                }
            }
            return sum / n;
        };
        WorldHarness patient, impatient;
        patient.setAll(&Population::patience, 0.9f);
        impatient.setAll(&Population::patience, 0.1f);
        QVERIFY(meanSkipMs(patient) > meanSkipMs(impatient) + 5000);
    }

    void noveltyAppetiteLikesUnheardTracks()
    {
        // Random slates are almost all unheard tracks.
        WorldHarness curious, cautious;
        for (auto *h : { &curious, &cautious })
            h->recommender = std::make_unique<recsys::RandomRecommender>();
        curious.setAll(&Population::noveltyAppetite, 0.95f);
        cautious.setAll(&Population::noveltyAppetite, 0.05f);
        const double c = streamRate(curious.run(3)), k = streamRate(cautious.run(3));
        QVERIFY2(c > k + 0.05, qPrintable(QStringLiteral("curious %1 cautious %2").arg(c).arg(k)));
    }

    void mainstreamnessLikesPopularTracks()
    {
        // The popular chart serves high-appeal tracks; mainstream listeners stream them more.
        WorldHarness mainstream, niche;
        mainstream.setAll(&Population::mainstreamness, 0.95f);
        niche.setAll(&Population::mainstreamness, 0.05f);
        const double m = streamRate(mainstream.run(5)), n = streamRate(niche.run(5));
        QVERIFY2(m > n + 0.03, qPrintable(QStringLiteral("mainstream %1 niche %2").arg(m).arg(n)));
    }

    void activityMeansMoreSessions()
    {
        WorldHarness busy, idle;
        busy.setAll(&Population::activity, 2.0f);
        idle.setAll(&Population::activity, 0.3f);
        const auto b = busy.run(3), i = idle.run(3);
        QVERIFY(b.sessions > 3 * i.sessions);
        QVERIFY(b.activeListeners > i.activeListeners);
    }

    void contextsShiftTasteAlongAudioFeatures()
    {
        // In a workout the listener wants energetic tracks; going to sleep, calm ones.
        WorldHarness h;
        auto &pop = h.world->population();
        pop.contextSensitivity[0].fill(1.0f);
        const auto &catalog = h.world->catalog();
        const int energy = int(events::AudioFeature::Energy);
        auto energeticPreference = [&](events::Context c) {
            std::vector<float> taste(16);
            h.world->response().contextTaste(pop, 0, c, taste.data());
            double hi = 0, lo = 0;
            int nHi = 0, nLo = 0;
            for (TrackId t = 0; t < catalog.trackCount(); ++t) {
                const float e = catalog.observable.features(t)[energy];
                const double u = dot(taste.data(), catalog.track(t), 16);
                if (e > 0.8f) {
                    hi += u;
                    ++nHi;
                } else if (e < 0.3f) {
                    lo += u;
                    ++nLo;
                }
            }
            return hi / nHi - lo / nLo;
        };
        QVERIFY(energeticPreference(events::Context::Workout)
            > energeticPreference(events::Context::Sleep) + 0.2);

        // Disabled contexts: every context tastes the same.
        WorldHarness off([](WorldParams &p) { p.contexts.enabled = false; });
        std::vector<float> a(16), b(16);
        off.world->response().contextTaste(
            off.world->population(), 0, events::Context::Workout, a.data());
        off.world->response().contextTaste(
            off.world->population(), 0, events::Context::Sleep, b.data());
        QVERIFY(a == b);
    }

    void contextsChangeWhatListenersPick()
    {
        // Organic picks in workout sessions are more energetic than in sleep sessions.
        WorldHarness h([](WorldParams &p) {
            p.sessions.homeWeight = 0.0;
            p.sessions.radioWeight = 0.0;
            p.sessions.libraryShare = 0.0;
            p.contexts.strength = 1.0;
        });
        h.setAll(&Population::workoutHabit, 1.0f);
        double workout = 0, sleep = 0;
        int nw = 0, ns = 0;
        for (int day = 0; day < 4; ++day) {
            h.step();
            for (std::size_t i = 0; i < h.scratch.events.size(); ++i) {
                const auto &e = h.scratch.events[i];
                const events::Context context = h.scratch.contexts[i]; // the world's truth
                if (e.action != events::Action::Stream)
                    continue;
                const float energy = h.world->catalog().observable.features(
                    e.track)[int(events::AudioFeature::Energy)];
                if (context == events::Context::Workout) {
                    workout += energy;
                    ++nw;
                } else if (context == events::Context::Sleep) {
                    sleep += energy;
                    ++ns;
                }
            }
        }
        QVERIFY(nw > 30 && ns > 30);
        QVERIFY2(workout / nw > sleep / ns + 0.05,
            qPrintable(QStringLiteral("%1 vs %2").arg(workout / nw).arg(sleep / ns)));
    }

    void freeTierIsLessSatisfiedAndChurnsMore()
    {
        WorldHarness premium, free;
        std::fill(premium.world->population().premium.begin(),
            premium.world->population().premium.end(), 1);
        std::fill(
            free.world->population().premium.begin(), free.world->population().premium.end(), 0);
        const auto p = premium.run(15), f = free.run(15);
        auto meanSat = [](WorldHarness &h) {
            const auto &s = h.world->population().satisfaction;
            return std::accumulate(s.begin(), s.end(), 0.0) / double(s.size());
        };
        QVERIFY(meanSat(premium) > meanSat(free));
        QVERIFY(churnHazard(0.5, 0.5, true, 0.0, premium.params.churn)
            < churnHazard(0.5, 0.5, false, 0.0, free.params.churn));
        QVERIFY(p.churned <= f.churned);
    }

    void churnComesOnlyFromSatisfactionHazard()
    {
        // Hold satisfaction fixed (satisfaction_rate = 0) at two levels: the observed churn
        // matches the hazard each level implies, whatever the listeners experience.
        for (float sat : { 0.2f, 0.8f }) {
            WorldHarness h([](WorldParams &p) {
                p.churn.satisfactionRate = 0.0;
                p.churn.baseLogit = 1.0;
                p.churn.winbackRate = 0.0;
                p.listeners.churnTendencySd = 0.0;
                p.listeners.count = 1000;
            });
            h.setAll(&Population::satisfaction, sat);
            const auto &pop = h.world->population();
            const int days = 10;
            double expected = 0;
            for (ListenerId l = 0; l < pop.size(); ++l) {
                const double hz = churnHazard(
                    sat, pop.slowSatisfaction[l], pop.premium[l] != 0, 0.0, h.params.churn);
                expected += 1.0 - std::pow(1.0 - hz, days);
            }
            const auto total = h.run(days);
            for (ListenerId l = 0; l < pop.size(); ++l)
                QCOMPARE(pop.satisfaction[l], sat);
            const double sd = std::sqrt(expected);
            QVERIFY2(std::abs(double(total.churned) - expected) < 4 * sd + 2,
                qPrintable(QStringLiteral("sat %1: churned %2 expected %3")
                               .arg(sat)
                               .arg(total.churned)
                               .arg(expected)));
        }
    }

    void malleabilityPullsTasteTowardPlays()
    {
        // Direction: with malleability, a listener's taste moves toward the tracks streamed.
        WorldHarness h([](WorldParams &p) {
            p.drift.ouSigma = 0.0;
            p.drift.ouTheta = 0.0;
            p.drift.anchorSigma = 0.0;
            p.drift.regimeShiftRate = 0.0;
            p.listeners.malleability = 0.05;
        });
        h.step();
        const auto &pop = h.world->population();
        double towards = 0;
        int n = 0;
        for (const auto &e : h.scratch.events) {
            if (e.action != events::Action::Stream)
                continue;
            const float *v = h.world->catalog().track(e.track);
            const double before
                = dot(pop.initialTaste.data() + std::size_t(e.listener) * 16, v, 16);
            const double after
                = dot(pop.tasteOf(e.listener), v, 16) / norm(pop.tasteOf(e.listener), 16);
            towards += after - before;
            ++n;
        }
        QVERIFY(n > 100);
        QVERIFY(towards / n > 0.0);
    }
};
TD_REGISTER_TEST(TestListenerTraits)
#include "tst_listeners.moc"
