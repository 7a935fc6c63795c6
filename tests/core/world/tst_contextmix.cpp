// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// When listeners are in which context, on which device, and on which days they listen more
// (core/world/contextmix.h, docs/world.md): every knob moves what it names.
#include "testregistry.h"
#include "world/contextmix.h"
#include "worldharness.h"

#include <QtTest>

#include <cmath>

using namespace td;
using events::Context;
using events::Device;
using world::ContextMix;

namespace {

double sum(const ContextMix &m)
{
    double s = 0.0;
    for (double p : m)
        s += p;
    return s;
}

double share(const ContextMix &m, Context c)
{
    return m[std::size_t(c) - 1];
}

} // namespace

class TestContextMix : public QObject
{
    Q_OBJECT
private slots:
    void everyMixIsADistribution()
    {
        world::ContextParams contexts;
        world::RhythmParams rhythm;
        for (float hour = 0.0f; hour < 24.0f; hour += 0.25f)
            for (bool weekend : { false, true })
                for (float habit : { 0.0f, 0.3f, 1.0f }) {
                    const ContextMix m = world::contextMix(hour, weekend, habit, contexts, rhythm);
                    QVERIFY(std::abs(sum(m) - 1.0) < 1e-12);
                    for (double p : m)
                        QVERIFY(p >= 0.0);
                }
    }

    void blurMixesTowardUniform()
    {
        world::ContextParams contexts;
        world::RhythmParams rhythm;
        contexts.blur = 0.0;
        QCOMPARE(
            share(world::contextMix(13.0f, false, 0.0f, contexts, rhythm), Context::Focus), 0.70);
        contexts.blur = 0.5; // halfway to 0.2
        QVERIFY(
            std::abs(share(world::contextMix(13.0f, false, 0.0f, contexts, rhythm), Context::Focus)
                - 0.45)
            < 1e-12);
        contexts.blur = 1.0;
        for (double p : world::contextMix(13.0f, false, 0.0f, contexts, rhythm))
            QVERIFY(std::abs(p - 0.2) < 1e-12);
    }

    void weekendsTradeCommutesAndWorkForLeisure()
    {
        world::ContextParams contexts;
        contexts.blur = 0.0;
        world::RhythmParams rhythm;
        rhythm.weekendLeisure = 1.0;
        const ContextMix saturday = world::contextMix(8.0f, true, 0.0f, contexts, rhythm);
        QCOMPARE(share(saturday, Context::Commute), 0.0);
        QCOMPARE(share(saturday, Context::Workout), 0.4);
        rhythm.weekendLeisure = 0.0; // weekends like weekdays
        QCOMPARE(
            share(world::contextMix(8.0f, true, 0.0f, contexts, rhythm), Context::Commute), 0.70);
        // The workout habit splits the early evening.
        rhythm.weekendLeisure = 0.8;
        QVERIFY(share(world::contextMix(18.0f, false, 1.0f, contexts, rhythm), Context::Workout)
            > share(world::contextMix(18.0f, false, 0.0f, contexts, rhythm), Context::Workout));
    }

    void drawsFollowTheMix()
    {
        world::ContextParams contexts;
        world::RhythmParams rhythm;
        const ContextMix mix = world::contextMix(21.0f, false, 0.3f, contexts, rhythm);
        base::Rng rng(5, base::Purpose::Sessions, 0, 0);
        std::array<int, 6> counts {};
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            ++counts[std::size_t(world::drawContext(21.0f, false, 0.3f, contexts, rhythm, rng))];
        QCOMPARE(counts[0], 0);
        for (int c = 1; c < 6; ++c) {
            const double p = mix[std::size_t(c) - 1];
            const double sd = std::sqrt(n * p * (1.0 - p));
            QVERIFY2(std::abs(counts[std::size_t(c)] - n * p) < 4.0 * sd + 1.0,
                qPrintable(QStringLiteral("context %1: %2 vs %3")
                               .arg(c)
                               .arg(counts[std::size_t(c)])
                               .arg(n * p)));
        }
        contexts.enabled = false;
        QCOMPARE(world::drawContext(21.0f, false, 0.3f, contexts, rhythm, rng), Context::None);
    }

    void devicesFollowHabitsWithNoise()
    {
        base::Rng rng(9, base::Purpose::Devices, 0, 0);
        int habit = 0;
        for (int i = 0; i < 10000; ++i)
            habit += world::drawSessionDevice(Device::Car, 0.0, rng) == Device::Car ? 1 : 0;
        QCOMPARE(habit, 10000);
        std::array<int, 4> other {};
        for (int i = 0; i < 30000; ++i)
            ++other[std::size_t(world::drawSessionDevice(Device::Car, 1.0, rng))];
        QCOMPARE(other[std::size_t(Device::Car)], 0);
        for (Device d : { Device::Phone, Device::Desktop, Device::Speaker })
            QVERIFY(std::abs(other[std::size_t(d)] - 10000) < 400);
        int kept = 0;
        for (int i = 0; i < 20000; ++i)
            kept += world::drawSessionDevice(Device::Desktop, 0.25, rng) == Device::Desktop ? 1 : 0;
        QVERIFY(std::abs(kept / 20000.0 - 0.75) < 0.015);
        // Habits follow the population tendencies: commutes happen in cars or on phones only.
        std::array<int, 4> commute {};
        for (int i = 0; i < 4000; ++i)
            ++commute[std::size_t(world::drawDeviceHabits(rng)[std::size_t(Context::Commute)])];
        QCOMPARE(commute[std::size_t(Device::Desktop)] + commute[std::size_t(Device::Speaker)], 0);
        QVERIFY(std::abs(commute[std::size_t(Device::Car)] / 4000.0 - 0.45) < 0.03);
    }

    void loggedDevicesShowTheNoise()
    {
        auto habitShare = [](double noise) {
            WorldHarness h([noise](world::WorldParams &p) { p.devices.noise = noise; });
            h.run(3);
            const auto &pop = h.world->population();
            std::int64_t on = 0, all = 0;
            // The world's truth (the session's context) gives each event's habitual device.
            for (std::size_t i = 0; i < h.scratch.events.size(); ++i) {
                const auto &e = h.scratch.events[i];
                if (e.action != events::Action::Impression && e.action != events::Action::Stream)
                    continue;
                const Context c = h.scratch.contexts[i];
                on += e.device == pop.deviceHabit[e.listener][std::size_t(c)] ? 1 : 0;
                ++all;
            }
            return double(on) / double(all);
        };
        QCOMPARE(habitShare(0.0), 1.0);
        QVERIFY(std::abs(habitShare(0.4) - 0.6) < 0.05);
    }

    void weekendActivityChangesWeekendSessions()
    {
        auto weekendSessions = [](double activity) {
            WorldHarness h(
                [activity](world::WorldParams &p) { p.rhythm.weekendActivity = activity; });
            std::int64_t weekday = 0, weekend = 0;
            for (int d = 0; d < 7; ++d) {
                const auto c = h.step();
                (events::isWeekend(d) ? weekend : weekday) += c.sessions;
            }
            return std::pair(weekday, weekend);
        };
        const auto base = weekendSessions(1.0);
        const auto busy = weekendSessions(2.0);
        QCOMPARE(busy.first, base.first); // weekdays untouched
        QVERIFY2(busy.second > 1.5 * base.second,
            qPrintable(QStringLiteral("%1 vs %2").arg(busy.second).arg(base.second)));
    }
};
TD_REGISTER_TEST(TestContextMix)

#include "tst_contextmix.moc"
