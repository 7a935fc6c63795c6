// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The contract every exploration policy passes, with and without MMR (one data row each).
#include "policyfixture.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace td::recsys::policy;
using td::base::Purpose;
using td::base::Rng;
using td::test::PolicyFixture;

namespace {

struct Row
{
    const char *name;
    const char *kind;
    double parameter; // ε, τ, β or α
    double mmr;
};

constexpr Row kRows[] = {
    { "greedy", "greedy", 0.0, 0.0 },
    { "epsilon 0.2", "epsilon_greedy", 0.2, 0.0 },
    { "epsilon 1", "epsilon_greedy", 1.0, 0.0 },
    { "softmax 0.2", "softmax", 0.2, 0.0 },
    { "softmax 0.03", "softmax", 0.03, 0.0 },
    { "ucb", "ucb", 1.0, 0.0 },
    { "thompson", "thompson", 0.0, 0.0 },
    { "linucb", "linucb", 1.0, 0.0 },
    { "greedy+mmr", "greedy", 0.0, 0.5 },
    { "epsilon 0.3+mmr", "epsilon_greedy", 0.3, 0.5 },
    { "softmax 0.2+mmr", "softmax", 0.2, 0.3 },
    { "ucb+mmr", "ucb", 1.0, 0.7 },
    { "thompson+mmr", "thompson", 0.0, 0.4 },
    { "linucb+mmr", "linucb", 1.0, 0.5 },
};

std::unique_ptr<ExplorationPolicy> make(const Row &row, int samples = kDefaultPropensitySamples)
{
    td::recsys::PolicyParams params;
    td::recsys::policy::parsePolicyKind(row.kind, params.kind);
    params.epsilon = params.temperature = params.ucbBeta = params.linucbAlpha = row.parameter;
    ExplorationPolicy::Options options;
    options.mmrLambda = row.mmr;
    options.propensitySamples = samples;
    return makePolicy(params, options);
}

bool sameSlate(const std::vector<SlateItem> &a, const std::vector<SlateItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t j = 0; j < a.size(); ++j)
        if (a[j].candidate != b[j].candidate || a[j].propensity != b[j].propensity
            || a[j].key != b[j].key || a[j].explored != b[j].explored)
            return false;
    return true;
}

} // namespace

void addRows()
{
    QTest::addColumn<int>("row");
    for (int r = 0; r < int(std::size(kRows)); ++r)
        QTest::newRow(kRows[r].name) << r;
}

class TestPolicyContract : public QObject
{
    Q_OBJECT
private slots:
    void slateInvariants_data() { addRows(); }
    void slateInvariants()
    {
        QFETCH(int, row);
        const auto policy = make(kRows[row]);
        QCOMPARE(policyKindName(policy->kind()), kRows[row].kind);
        const std::pair<int, int> shapes[]
            = { { 12, 4 }, { 3, 5 }, { 300, 20 }, { 1, 1 }, { 20, 20 } };
        PolicyScratch scratch;
        std::vector<SlateItem> slate;
        for (const auto &[n, k] : shapes) {
            PolicyFixture fixture(n, k, 7);
            for (int day = 0; day < 5; ++day) {
                Rng rng(11, Purpose::Policy, std::uint64_t(n), day);
                policy->select(
                    fixture.data(), fixture.size(), fixture.context, rng, scratch, slate);
                QCOMPARE(int(slate.size()), std::min(n, k));
                std::set<std::uint32_t> seen;
                for (const SlateItem &item : slate) {
                    QVERIFY(item.candidate < std::uint32_t(n));
                    QVERIFY2(seen.insert(item.candidate).second, "duplicate track");
                    QVERIFY2(item.propensity > 0.0f && item.propensity <= 1.0f,
                        qPrintable(QString::number(double(item.propensity))));
                    QVERIFY(!item.offGreedy || item.explored);
                }
                if (policy->propensityMethod() == PropensityMethod::Deterministic)
                    for (const SlateItem &item : slate)
                        QCOMPARE(item.propensity, 1.0f);
                if (std::string_view(kRows[row].kind) == "greedy")
                    for (const SlateItem &item : slate)
                        QVERIFY(!item.explored);
            }
        }
    }

    void sameSeedSameSlate_data() { addRows(); }
    void sameSeedSameSlate()
    {
        QFETCH(int, row);
        const auto policy = make(kRows[row]);
        PolicyFixture fixture(40, 8, 3);
        PolicyScratch scratchA, scratchB;
        std::vector<SlateItem> a, b;
        for (int day = 0; day < 10; ++day) {
            Rng rngA(5, Purpose::Policy, 9, day), rngB(5, Purpose::Policy, 9, day);
            policy->select(fixture.data(), fixture.size(), fixture.context, rngA, scratchA, a);
            // A scratch that served another request first must not change anything.
            if (day == 0) {
                PolicyFixture other(300, 20, 4);
                Rng warm(1, Purpose::Policy, 1, 1);
                policy->select(other.data(), other.size(), other.context, warm, scratchB, b);
            }
            policy->select(fixture.data(), fixture.size(), fixture.context, rngB, scratchB, b);
            QVERIFY(sameSlate(a, b));
        }
    }

    void seedsEventuallyDiffer_data() { addRows(); }
    void seedsEventuallyDiffer()
    {
        QFETCH(int, row);
        const auto policy = make(kRows[row]);
        PolicyFixture fixture(40, 8, 3);
        PolicyScratch scratch;
        std::vector<SlateItem> first, other;
        Rng rng0(5, Purpose::Policy, 0, 0);
        policy->select(fixture.data(), fixture.size(), fixture.context, rng0, scratch, first);
        int differing = 0;
        for (int listener = 1; listener <= 50; ++listener) {
            Rng rng(5, Purpose::Policy, std::uint64_t(listener), 0);
            policy->select(fixture.data(), fixture.size(), fixture.context, rng, scratch, other);
            differing += sameSlate(first, other) ? 0 : 1;
        }
        if (policy->isStochastic())
            QVERIFY(differing > 0);
        else
            QCOMPARE(differing, 0);
    }

    void slotMarginalsSumToOne_data() { addRows(); }
    void slotMarginalsSumToOne()
    {
        QFETCH(int, row);
        const auto policy = make(kRows[row]);
        const std::pair<int, int> shapes[] = { { 10, 4 }, { 60, 12 }, { 5, 5 } };
        for (const auto &[n, k] : shapes) {
            PolicyFixture fixture(n, k, 21);
            PolicyScratch scratch;
            std::vector<double> m;
            Rng rng(2, Purpose::Policy, 0, 0);
            policy->marginals(
                fixture.data(), fixture.size(), fixture.context, rng, scratch, 2000, m);
            QCOMPARE(int(m.size()), n * k);
            for (int j = 0; j < k; ++j) {
                double sum = 0.0;
                for (int i = 0; i < n; ++i) {
                    const double p = m[std::size_t(i * k + j)];
                    QVERIFY(p >= 0.0 && p <= 1.0 + 1e-12);
                    sum += p;
                }
                QVERIFY2(std::abs(sum - 1.0) < 1e-6, qPrintable(QString::number(sum, 'g', 12)));
            }
            // Each candidate is somewhere at most once: its marginals over slots sum to ≤ 1.
            for (int i = 0; i < n; ++i) {
                double sum = 0.0;
                for (int j = 0; j < k; ++j)
                    sum += m[std::size_t(i * k + j)];
                QVERIFY(sum <= 1.0 + 1e-6);
            }
        }
    }

    void loggedPropensityIsTheMarginal_data() { addRows(); }
    void loggedPropensityIsTheMarginal()
    {
        // Where propensities are exact, each logged one is exactly the marginal of its cell.
        QFETCH(int, row);
        const auto policy = make(kRows[row]);
        if (policy->propensityMethod() == PropensityMethod::MonteCarlo)
            QSKIP("Monte Carlo propensities: see empiricalFrequencies");
        PolicyFixture fixture(30, 6, 8);
        PolicyScratch scratch;
        std::vector<double> m;
        Rng unused(0, Purpose::Policy, 0, 0);
        policy->marginals(fixture.data(), fixture.size(), fixture.context, unused, scratch, 1, m);
        std::vector<SlateItem> slate;
        for (int day = 0; day < 50; ++day) {
            Rng rng(3, Purpose::Policy, 4, day);
            policy->select(fixture.data(), fixture.size(), fixture.context, rng, scratch, slate);
            for (std::size_t j = 0; j < slate.size(); ++j)
                QVERIFY(
                    std::abs(double(slate[j].propensity) - m[slate[j].candidate * 6 + j]) < 1e-6);
        }
    }

    void empiricalFrequencies_data() { addRows(); }
    void empiricalFrequencies()
    {
        // Logged marginals against the frequencies of 20 000 slates. Exact methods: a χ² test
        // per slot. Monte Carlo: each cell against an independent 20 000-draw estimate, and the
        // inverse-propensity identity E[1{shown}/p̂] = 1 − (1 − p)^{S+1} that off-policy
        // evaluation relies on.
        QFETCH(int, row);
        const auto policy = make(kRows[row]);
        if (!policy->isStochastic())
            QSKIP("deterministic: one slate");
        constexpr int n = 8, k = 3, draws = 20000;
        PolicyFixture fixture(n, k, 12);
        // Make the uncertain part matter for Thompson at this scale.
        for (float &v : fixture.covFactor)
            v *= 2.0f;
        for (auto &c : fixture.candidates)
            c.cfUncertainty = static_cast<float>(fixture.userSigma(c.itemFactors));
        PolicyScratch scratch;
        std::vector<double> expected;
        Rng reference(99, Purpose::Policy, 0, 0);
        policy->marginals(
            fixture.data(), fixture.size(), fixture.context, reference, scratch, draws, expected);
        std::vector<int> counts(n * k, 0);
        std::vector<double> inverse(n * k, 0.0);
        std::vector<SlateItem> slate;
        for (int d = 0; d < draws; ++d) {
            Rng rng(17, Purpose::Policy, std::uint64_t(d), 0);
            policy->select(fixture.data(), fixture.size(), fixture.context, rng, scratch, slate);
            for (int j = 0; j < k; ++j) {
                const std::size_t cell = slate[std::size_t(j)].candidate * k + std::size_t(j);
                ++counts[cell];
                inverse[cell] += 1.0 / double(slate[std::size_t(j)].propensity);
            }
        }
        if (policy->propensityMethod() == PropensityMethod::Exact) {
            for (int j = 0; j < k; ++j) {
                double chi2 = 0.0, lumpedExpected = 0.0, lumpedObserved = 0.0;
                int categories = 0;
                for (int i = 0; i < n; ++i) {
                    const double e = expected[std::size_t(i * k + j)] * draws;
                    const double o = counts[std::size_t(i * k + j)];
                    if (e < 5.0) {
                        lumpedExpected += e;
                        lumpedObserved += o;
                        continue;
                    }
                    chi2 += (o - e) * (o - e) / e;
                    ++categories;
                }
                if (lumpedExpected >= 1.0) {
                    chi2 += (lumpedObserved - lumpedExpected) * (lumpedObserved - lumpedExpected)
                        / lumpedExpected;
                    ++categories;
                } else {
                    QVERIFY(lumpedObserved <= 10.0);
                }
                QVERIFY(categories >= 2);
                const double critical = td::test::chiSquareCritical(categories - 1, 4.0);
                QVERIFY2(chi2 < critical,
                    qPrintable(
                        QStringLiteral("slot %1: chi2 %2 >= %3").arg(j).arg(chi2).arg(critical)));
            }
        } else {
            const int samples = policy->propensitySamples();
            for (int cell = 0; cell < n * k; ++cell) {
                const double p = expected[std::size_t(cell)];
                const double f = double(counts[std::size_t(cell)]) / draws;
                const double tolerance = 5.0 * std::sqrt(p * (1.0 - p) * 2.0 / draws) + 1e-3;
                QVERIFY2(std::abs(f - p) < tolerance,
                    qPrintable(QStringLiteral("cell %1: %2 vs %3").arg(cell).arg(f).arg(p)));
                if (p >= 0.1) {
                    const double ips = inverse[std::size_t(cell)] / draws;
                    const double target = 1.0 - std::pow(1.0 - p, samples + 1);
                    QVERIFY2(
                        std::abs(ips - target) < 5.0 * std::sqrt((1.0 - p) / (p * draws)) + 0.02,
                        qPrintable(QStringLiteral("cell %1: ips %2 vs %3")
                                       .arg(cell)
                                       .arg(ips)
                                       .arg(target)));
                }
            }
        }
    }
};

TD_REGISTER_TEST(TestPolicyContract)
#include "tst_policycontract.moc"
