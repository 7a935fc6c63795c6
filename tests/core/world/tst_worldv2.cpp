// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The world v2 mechanisms (docs/world.md): satiation with recovery, discovery, the slow
// satisfaction and its place in the churn hazard. Hand-computed cases, and for each mechanism
// a run showing it moves behaviour in its documented direction and that weight 0 switches it
// off.
#include "testregistry.h"
#include "world/churn.h"
#include "world/response.h"
#include "world/satiation.h"
#include "worldharness.h"

#include <QtTest>

#include <cmath>
#include <set>

using namespace td;
using namespace td::world;

namespace {

/// Mean over listeners of a population field.
double meanOf(const std::vector<float> &v, const Population &pop)
{
    double sum = 0.0;
    std::size_t n = 0;
    for (ListenerId l = 0; l < pop.size(); ++l) {
        if (pop.churned[l])
            continue;
        sum += v[l];
        ++n;
    }
    return n ? sum / double(n) : 0.0;
}

} // namespace

class TestWorldV2 : public QObject
{
    Q_OBJECT
private slots:
    void satiationDecaysWithItsHalfLife()
    {
        Satiation s;
        for (int i = 0; i < 4; ++i)
            addExposure(s.artists, 7, 0, 7.0);
        QCOMPARE(satiationLevel(s.artists, 7, 0, 7.0), 4.0f);
        QCOMPARE(satiationLevel(s.artists, 7, 7, 7.0), 2.0f); // one half-life
        QCOMPARE(satiationLevel(s.artists, 7, 14, 7.0), 1.0f);
        addExposure(s.artists, 7, 14, 7.0); // decays to 1, then + 1
        QCOMPARE(satiationLevel(s.artists, 7, 14, 7.0), 2.0f);
        QCOMPARE(satiationLevel(s.artists, 8, 14, 7.0), 0.0f); // never heard
        // The penalty: weight · level / (level + half-saturation).
        QCOMPARE(satiationPenalty(6.0f, 0.15, 6.0), 0.075f);
        QCOMPARE(satiationPenalty(0.0f, 0.15, 6.0), 0.0f);
    }

    void satiationForgetsTheMostRecoveredFirst()
    {
        Satiation s;
        for (std::uint32_t g = 0; g < Satiation::kSubgenreSlots; ++g)
            for (std::uint32_t i = 0; i <= g; ++i)
                addExposure(s.subgenres, g, 0, 7.0); // sub-genre g at level g + 1
        addExposure(s.subgenres, 99, 0, 7.0); // replaces sub-genre 0, the weakest
        QCOMPARE(satiationLevel(s.subgenres, 0, 0, 7.0), 0.0f);
        QCOMPARE(satiationLevel(s.subgenres, 99, 0, 7.0), 1.0f);
        QCOMPARE(satiationLevel(s.subgenres, 5, 0, 7.0), 6.0f);
    }

    void satiationLowersTheUtilityOfWhatWasPlayed()
    {
        WorldHarness h;
        auto &pop = h.world->population();
        const auto &catalog = h.world->catalog();
        const TrackId t = 11;
        const ArtistId artist = catalog.observable.artist[t];
        std::vector<float> taste(std::size_t(pop.dim));
        h.world->response().contextTaste(pop, 0, events::Context::None, taste.data());
        const float before
            = h.world->response().utility(pop, catalog, 0, taste.data(), t, 0).total();
        for (int i = 0; i < 6; ++i) {
            addExposure(pop.satiation[0].artists, artist, 0, h.params.satiation.halfLifeDays);
            addExposure(pop.satiation[0].subgenres, std::uint32_t(catalog.trueSubgenre[t]), 0,
                h.params.satiation.halfLifeDays);
        }
        const auto terms = h.world->response().utility(pop, catalog, 0, taste.data(), t, 0);
        // Six plays: half of the artist weight plus 6/46 of the sub-genre weight.
        const float expected = -float(
            0.5 * h.params.satiation.artistWeight + h.params.satiation.subgenreWeight * 6.0 / 46.0);
        QVERIFY(std::abs(terms.satiation - expected) < 1e-6f);
        QVERIFY(std::abs(terms.total() - (before + expected)) < 1e-5f);
        // Recovery: a week later half of it is gone from the levels.
        const auto later = h.world->response().utility(pop, catalog, 0, taste.data(), t, 7);
        QVERIFY(later.satiation > terms.satiation);
        // Weight 0: no satiation at all.
        h.params.satiation.artistWeight = h.params.satiation.subgenreWeight = 0.0;
        QCOMPARE(h.world->response().utility(pop, catalog, 0, taste.data(), t, 0).satiation, 0.0f);
    }

    void listenersTireOfWhatTheyHearAndSkipMore()
    {
        // The popular chart for everyone: the same hits every day. With satiation, the skip
        // rate climbs over the weeks; without, it does not climb as much.
        auto skipRise = [](double weight) {
            WorldHarness h([weight](WorldParams &p) {
                p.satiation.artistWeight = weight;
                p.satiation.subgenreWeight = weight;
                p.listeners.count = 300;
            });
            const auto first = h.run(3);
            h.run(18);
            const auto last = h.run(3);
            return double(last.skips) / double(last.plays)
                - double(first.skips) / double(first.plays);
        };
        const double with = skipRise(0.3), without = skipRise(0.0);
        QVERIFY2(
            with > without + 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
    }

    void aDiscoveryIsALikedFirstStreamOfAnArtist()
    {
        WorldHarness h([](WorldParams &p) { p.listeners.count = 200; });
        const auto &catalog = h.world->catalog();
        const auto &pop = h.world->population();
        // Listeners know their sub-genres' best-known artists before the run.
        QVERIFY(!catalog.subgenreTopArtists.empty());
        int knownAtSignup = 0;
        for (const auto &list : catalog.subgenreTopArtists)
            for (ArtistId a : list)
                knownAtSignup += pop.knowsArtist(0, a) ? 1 : 0;
        QVERIFY(knownAtSignup >= kKnownArtistsPerSubgenre);
        h.step();
        const Population before = pop;
        const auto day1 = h.step();
        // Discoveries of day 1 are at most the (listener, artist) pairs streamed that day that
        // were unknown before it; each of those is known afterwards.
        std::set<std::pair<ListenerId, ArtistId>> fresh;
        for (const auto &e : h.scratch.events) {
            if (e.action != events::Action::Stream)
                continue;
            const ArtistId a = catalog.observable.artist[e.track];
            QVERIFY(pop.knowsArtist(e.listener, a));
            if (!before.knowsArtist(e.listener, a))
                fresh.insert({ e.listener, a });
        }
        QVERIFY(day1.discoveries > 0);
        QVERIFY(day1.discoveries <= std::int64_t(fresh.size()));
        // Some first streams are not liked: not every fresh artist is a discovery.
        QVERIFY(day1.discoveries < std::int64_t(fresh.size()));
    }

    void slowSatisfactionHandComputed()
    {
        WorldParams p;
        p.discovery.value = 0.2;
        p.satisfaction.boredomWeight = 0.5;
        p.satisfaction.slowHalfLifeDays = 1.0; // r = ½
        // target = ½ + 0.2·0.5·(1 − e⁻¹) − 0.5·0.3 = 0.413212; s ← ½·0.4 + ½·target
        const double target = 0.5 + 0.2 * 0.5 * (1.0 - std::exp(-1.0)) - 0.5 * 0.3;
        QVERIFY(std::abs(updateSlowSatisfaction(0.4f, 0.5, 2, 0.3, p) - (0.2 + 0.5 * target))
            < 1e-6);
        // Clamped to [0, 1].
        QVERIFY(std::abs(updateSlowSatisfaction(1.0f, 1.0, 100, 0.0, p) - 1.0f) < 1e-6f);
        // All off: the target is ½ whatever happened.
        p.discovery.value = 0.0;
        p.satisfaction.boredomWeight = 0.0;
        QVERIFY(std::abs(updateSlowSatisfaction(0.5f, 1.0, 9, 0.9, p) - 0.5f) < 1e-7f);
    }

    void churnHazardWeighsBothTimeScales()
    {
        ChurnParams c;
        c.baseLogit = -3.0;
        c.satisfactionWeight = -6.0;
        c.premiumLogit = -1.0;
        c.slowSatisfactionWeight = -4.0;
        // logit = −3 − 6·0.5 − 4·(0.75 − 0.5) = −7
        QVERIFY(
            std::abs(churnHazard(0.5, 0.75, false, 0.0, c) - 1.0 / (1.0 + std::exp(7.0))) < 1e-15);
        QVERIFY(churnHazard(0.5, 0.3, false, 0.0, c) > churnHazard(0.5, 0.7, false, 0.0, c));
        c.slowSatisfactionWeight = 0.0; // off: the slow part does not matter
        QCOMPARE(churnHazard(0.5, 0.1, false, 0.0, c), churnHazard(0.5, 0.9, false, 0.0, c));
    }

    void appetiteTurnsDiscoveriesIntoSlowSatisfaction()
    {
        // The same world; only the novelty appetite differs. With discovery value, curious
        // listeners' slow satisfaction ends higher; the population mean of the effect is not
        // zero by construction (the value is appetite times discoveries, never negative).
        auto slow = [](float appetite, double value) {
            WorldHarness h([value](WorldParams &p) {
                p.discovery.value = value;
                p.listeners.count = 200;
            });
            h.setAll(&Population::noveltyAppetite, appetite);
            h.run(10);
            return meanOf(h.world->population().slowSatisfaction, h.world->population());
        };
        QVERIFY(slow(1.0f, 0.15) > slow(0.0f, 0.15) + 0.01);
        QVERIFY(slow(0.5f, 0.15) > slow(0.5f, 0.0));
    }
};
TD_REGISTER_TEST(TestWorldV2)

#include "tst_worldv2.moc"
