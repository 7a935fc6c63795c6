// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "policyfixture.h"
#include "recsys/policy/basicpolicies.h"
#include "recsys/policy/plackettluce.h"
#include "recsys/policy/softmaxpolicy.h"
#include "testregistry.h"

#include <QtTest>

#include <functional>

using namespace td::recsys::policy;
using td::base::Purpose;
using td::base::Rng;

namespace {

/// Plackett–Luce marginals by enumerating every ordered prefix of length k (n ≤ 7).
std::vector<double> bruteForce(const std::vector<double> &logWeights, int k)
{
    const int n = int(logWeights.size());
    std::vector<double> m(std::size_t(n * k), 0.0);
    std::vector<bool> used(std::size_t(n), false);
    std::function<void(int, double)> recurse = [&](int slot, double p) {
        if (slot == k)
            return;
        double top = -1e300, total = 0.0;
        for (int i = 0; i < n; ++i)
            if (!used[std::size_t(i)])
                top = std::max(top, logWeights[std::size_t(i)]);
        for (int i = 0; i < n; ++i)
            if (!used[std::size_t(i)])
                total += std::exp(logWeights[std::size_t(i)] - top);
        for (int i = 0; i < n; ++i) {
            if (used[std::size_t(i)])
                continue;
            const double pi = p * std::exp(logWeights[std::size_t(i)] - top) / total;
            m[std::size_t(i * k + slot)] += pi;
            used[std::size_t(i)] = true;
            recurse(slot + 1, pi);
            used[std::size_t(i)] = false;
        }
    };
    recurse(0, 1.0);
    return m;
}

std::vector<double> quadrature(const std::vector<double> &logWeights, int k)
{
    const std::size_t n = logWeights.size();
    std::vector<double> m(n * std::size_t(k), 0.0);
    std::vector<PlackettLuceQuery> queries(n);
    for (std::size_t i = 0; i < n; ++i)
        queries[i] = PlackettLuceQuery { std::uint32_t(i), 0, k - 1, &m[i * std::size_t(k)] };
    PlackettLuceScratch scratch;
    plackettLuceMarginals(logWeights.data(), n, k, queries.data(), n, scratch);
    return m;
}

} // namespace

class TestSoftmaxPolicy : public QObject
{
    Q_OBJECT
private slots:
    void quadratureMatchesEnumeration_data()
    {
        QTest::addColumn<double>("spread");
        QTest::newRow("flat 0.3") << 0.3;
        QTest::newRow("moderate 3") << 3.0;
        QTest::newRow("steep 30") << 30.0;
        QTest::newRow("far apart 300") << 300.0;
    }
    void quadratureMatchesEnumeration()
    {
        // 50 random cases per spread, n ≤ 7, every k ≤ n: absolute error < 1e−8.
        QFETCH(double, spread);
        Rng rng(31, Purpose::Metrics, std::uint64_t(spread * 10), 0);
        double worst = 0.0;
        for (int trial = 0; trial < 50; ++trial) {
            const int n = 2 + int(rng.below(6));
            const int k = 1 + int(rng.below(std::uint32_t(n)));
            std::vector<double> l(static_cast<std::size_t>(n));
            for (double &v : l)
                v = rng.normal() * spread;
            const auto exact = bruteForce(l, k);
            const auto approx = quadrature(l, k);
            for (std::size_t c = 0; c < exact.size(); ++c)
                worst = std::max(worst, std::abs(exact[c] - approx[c]));
        }
        QVERIFY2(worst < 1e-8, qPrintable(QString::number(worst)));
    }

    void slotSumsOnManyEqualWeights_data()
    {
        QTest::addColumn<int>("k");
        for (int k : { 2, 5, 10, 20, 40 })
            QTest::newRow(qPrintable(QString::number(k))) << k;
    }
    void slotSumsOnManyEqualWeights()
    {
        // The hardest case for the quadrature (narrowest integrands): 300 nearly equal weights.
        QFETCH(int, k);
        Rng rng(2, Purpose::Metrics, std::uint64_t(k), 0);
        std::vector<double> l(300);
        for (double &v : l)
            v = 0.01 * rng.normal();
        const auto m = quadrature(l, k);
        for (int j = 0; j < k; ++j) {
            double sum = 0.0;
            for (std::size_t i = 0; i < l.size(); ++i)
                sum += m[i * std::size_t(k) + std::size_t(j)];
            QVERIFY2(std::abs(sum - 1.0) < 1e-6, qPrintable(QString::number(sum, 'g', 12)));
        }
    }

    void singleQueriesAgreeWithAll()
    {
        // select() asks for one cell per shown item; the bulk treatment of the other items
        // must give the same numbers as tracking every item.
        Rng rng(4, Purpose::Metrics, 0, 0);
        std::vector<double> l(250);
        for (double &v : l)
            v = 4.0 * rng.uniform();
        const int k = 12;
        const auto all = quadrature(l, k);
        PlackettLuceScratch scratch;
        for (std::uint32_t i = 0; i < 250; i += 7) {
            const int slot = int(i % std::uint32_t(k));
            double out = 0.0;
            PlackettLuceQuery query { i, slot, slot, &out };
            plackettLuceMarginals(l.data(), l.size(), k, &query, 1, scratch);
            QVERIFY(std::abs(out - all[i * std::size_t(k) + std::size_t(slot)]) < 1e-10);
        }
    }

    void firstSlotIsClosedForm()
    {
        td::test::PolicyFixture fixture(40, 5, 2);
        const double tau = 0.25;
        SoftmaxPolicy policy(tau);
        double total = 0.0;
        for (const auto &c : fixture.candidates)
            total += std::exp(c.score / tau);
        PolicyScratch scratch;
        std::vector<SlateItem> slate;
        for (int d = 0; d < 200; ++d) {
            Rng rng(6, Purpose::Policy, std::uint64_t(d), 0);
            policy.select(fixture.data(), fixture.size(), fixture.context, rng, scratch, slate);
            const double expected
                = std::exp(fixture.candidates[slate[0].candidate].score / tau) / total;
            QVERIFY(std::abs(double(slate[0].propensity) - expected) < 1e-6 * expected + 1e-9);
            // The logged key is score + τ·Gumbel, non-increasing along the slate.
            for (std::size_t j = 0; j < slate.size(); ++j) {
                QCOMPARE(
                    slate[j].key, fixture.candidates[slate[j].candidate].score + slate[j].bonus);
                if (j > 0)
                    QVERIFY(slate[j].key <= slate[j - 1].key);
            }
        }
    }

    void tinyTemperatureIsGreedy()
    {
        td::test::PolicyFixture fixture(300, 20, 9);
        SoftmaxPolicy softmax(1e-6);
        GreedyPolicy greedy;
        PolicyScratch scratch;
        std::vector<SlateItem> a, b;
        for (int d = 0; d < 20; ++d) {
            Rng rngA(3, Purpose::Policy, std::uint64_t(d), 0), rngB = rngA;
            softmax.select(fixture.data(), fixture.size(), fixture.context, rngA, scratch, a);
            greedy.select(fixture.data(), fixture.size(), fixture.context, rngB, scratch, b);
            for (std::size_t j = 0; j < a.size(); ++j) {
                QCOMPARE(a[j].candidate, b[j].candidate);
                QVERIFY(!a[j].explored);
                QVERIFY(std::abs(a[j].propensity - 1.0f) < 1e-6f);
            }
        }
    }

    void hugeTemperatureIsUniform()
    {
        td::test::PolicyFixture fixture(10, 3, 9);
        SoftmaxPolicy policy(1e6);
        PolicyScratch scratch;
        std::vector<double> m;
        Rng unused(0, Purpose::Policy, 0, 0);
        policy.marginals(fixture.data(), fixture.size(), fixture.context, unused, scratch, 1, m);
        for (double p : m)
            QVERIFY(std::abs(p - 0.1) < 1e-5);
    }
};

TD_REGISTER_TEST(TestSoftmaxPolicy)
#include "tst_softmax.moc"
