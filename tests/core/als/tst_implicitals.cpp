// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/threadpool.h"
#include "planteddata.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/offline/confidence.h"
#include "recsys/als/offline/holdoutsplit.h"
#include "recsys/als/offline/rankingmetrics.h"
#include "recsys/als/offline/topk.h"
#include "testregistry.h"

#include <QtTest>

#include <Eigen/Dense>

#include <cstring>

using namespace td::recsys;
using als::Entry;
using als::EntrySpan;
using als::FactorMatrix;
using als::ImplicitAls;
using als::InteractionMatrix;
using als::Triplet;

namespace {

/// A small random sparse problem, with a few explicit negatives (p = 0, c > 1).
InteractionMatrix randomMatrix(int users, int items, int perUser, std::uint64_t seed)
{
    std::vector<Triplet> t;
    for (int u = 0; u < users; ++u) {
        td::base::Rng rng(seed, td::base::Purpose::Metrics, std::uint64_t(u), 1);
        std::vector<char> used(std::size_t(items), 0);
        for (int k = 0; k < perUser; ++k) {
            const std::uint32_t i = rng.below(std::uint32_t(items));
            if (used[i])
                continue;
            used[i] = 1;
            const bool negative = rng.uniform() < 0.15;
            t.push_back(Triplet {
                std::uint32_t(u), i, float(1.0 + 20.0 * rng.uniform()), negative ? 0.0f : 1.0f });
        }
    }
    return InteractionMatrix::fromTriplets(std::size_t(users), std::size_t(items), t);
}

/// The objective by brute force over every (user, item) pair, in double.
double denseObjective(const InteractionMatrix &m, const ImplicitAls &model)
{
    const Eigen::MatrixXd x = model.userFactors().cast<double>();
    const Eigen::MatrixXd y = model.itemFactors().cast<double>();
    Eigen::MatrixXd c = Eigen::MatrixXd::Ones(x.rows(), y.rows());
    Eigen::MatrixXd p = Eigen::MatrixXd::Zero(x.rows(), y.rows());
    for (std::size_t u = 0; u < m.rows(); ++u) {
        for (const als::Entry &e : m.row(u)) {
            c(Eigen::Index(u), e.index) = e.confidence;
            p(Eigen::Index(u), e.index) = e.preference;
        }
    }
    const Eigen::MatrixXd diff = p - x * y.transpose();
    const double lambda = model.params().regularization;
    return (c.array() * diff.array().square()).sum() + lambda * (x.squaredNorm() + y.squaredNorm());
}

double relativeDifference(const Eigen::MatrixXf &a, const Eigen::MatrixXf &b)
{
    return (a - b).norm() / std::max(1e-30f, b.norm());
}

} // namespace

class TestImplicitAls : public QObject
{
    Q_OBJECT
private slots:
    void lossMatchesDenseObjective()
    {
        const InteractionMatrix m = randomMatrix(40, 30, 8, 1);
        als::AlsParams params;
        params.factors = 5;
        params.regularization = 0.3f;
        params.iterations = 2;
        params.initScale = 0.3f;
        ImplicitAls model(params);
        model.ensureSize(m.rows(), m.columns());
        // Before any solve (random factors) and after a fit.
        QVERIFY(std::abs(model.loss(m) / denseObjective(m, model) - 1.0) < 1e-9);
        model.fit(m);
        const double dense = denseObjective(m, model);
        QVERIFY2(std::abs(model.loss(m) / dense - 1.0) < 1e-9,
            qPrintable(QStringLiteral("%1 vs %2").arg(model.loss(m)).arg(dense)));
    }

    void lossNeverIncreases_data()
    {
        QTest::addColumn<int>("cgSteps");
        QTest::addColumn<bool>("cholesky");
        QTest::newRow("cg-3") << 3 << false;
        QTest::newRow("cg-1") << 1 << false;
        QTest::newRow("cholesky") << 0 << true;
    }
    void lossNeverIncreases()
    {
        QFETCH(int, cgSteps);
        QFETCH(bool, cholesky);
        const auto planted = td::test::plantedClusters(300, 200, 6, 15, 3);
        const InteractionMatrix m
            = offline::toImplicitMatrix(planted.pairs, 300, 200, 5.0, offline::ConfidenceMode::Log);
        als::AlsParams params;
        params.factors = 12;
        params.regularization = 0.1f;
        params.iterations = 15;
        params.cgSteps = std::max(1, cgSteps);
        params.solver = cholesky ? als::Solver::Cholesky : als::Solver::ConjugateGradient;
        params.computeLoss = true;
        params.seed = 5;
        ImplicitAls model(params);
        model.ensureSize(300, 200);
        double previous = model.loss(m);
        const double initial = previous;
        const auto stats = model.fit(m);
        QCOMPARE(int(stats.size()), 15);
        for (const als::IterationStats &s : stats) {
            QVERIFY2(s.loss <= previous * (1.0 + 1e-6),
                qPrintable(QStringLiteral("iteration %1: %2 > %3")
                               .arg(s.iteration)
                               .arg(s.loss, 0, 'g', 12)
                               .arg(previous, 0, 'g', 12)));
            previous = s.loss;
        }
        // And it actually learns: well below the all-zero model's loss.
        QVERIFY(stats.back().loss < 0.6 * initial);
    }

    void cgMatchesCholesky()
    {
        const InteractionMatrix m = randomMatrix(60, 45, 12, 2);
        als::AlsParams params;
        params.factors = 8;
        params.regularization = 0.5f;
        params.iterations = 3;
        params.initScale = 0.3f;
        ImplicitAls trained(params);
        trained.fit(m); // realistic, non-random item factors
        ImplicitAls cg = trained, exact = trained;
        params.cgSteps = 40;
        cg.setParams(params);
        params.solver = als::Solver::Cholesky;
        exact.setParams(params);
        cg.solveUsers(m);
        exact.solveUsers(m);
        double worst = 0.0;
        for (Eigen::Index u = 0; u < exact.userFactors().rows(); ++u)
            worst = std::max(
                worst, relativeDifference(cg.userFactors().row(u), exact.userFactors().row(u)));
        QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
        // Three steps from the warm start are not converged, but are already close.
        ImplicitAls few = trained;
        params.solver = als::Solver::ConjugateGradient;
        params.cgSteps = 1;
        few.setParams(params);
        few.solveUsers(m);
        QVERIFY(relativeDifference(few.userFactors(), exact.userFactors()) > 1e-3);
    }

    void choleskyMatchesDenseNormalEquations()
    {
        // Solve (Yᵀ Cᵤ Y + λI) x = Yᵀ Cᵤ p(u) with dense Cᵤ over all items: no sparse trick.
        const InteractionMatrix m = randomMatrix(10, 25, 9, 3);
        als::AlsParams params;
        params.factors = 6;
        params.regularization = 0.7f;
        params.initScale = 0.5f;
        ImplicitAls model(params);
        model.ensureSize(m.rows(), m.columns());
        const Eigen::MatrixXd y = model.itemFactors().cast<double>();
        for (std::size_t u = 0; u < m.rows(); ++u) {
            Eigen::VectorXd c = Eigen::VectorXd::Ones(y.rows());
            Eigen::VectorXd p = Eigen::VectorXd::Zero(y.rows());
            for (const als::Entry &e : m.row(u)) {
                c[e.index] = e.confidence;
                p[e.index] = e.preference;
            }
            const Eigen::MatrixXd a
                = y.transpose() * c.asDiagonal() * y + 0.7 * Eigen::MatrixXd::Identity(6, 6);
            const Eigen::VectorXd x = a.ldlt().solve(y.transpose() * c.asDiagonal() * p);
            QVERIFY(relativeDifference(model.foldInUser(m.row(u)), x.cast<float>()) < 1e-5);
        }
    }

    void normalEquationsAreEigensRankUpdatesBitForBit_data()
    {
        QTest::addColumn<int>("factors");
        QTest::addColumn<int>("pairs");
        // Factor counts around the kernel's 4-row blocks, pair counts around its 32-pair passes.
        for (int f : { 1, 3, 4, 5, 7, 8, 31, 32, 33, 64 })
            for (int n : { 0, 1, 3, 31, 32, 33, 100 })
                QTest::addRow("f%d n%d", f, n) << f << n;
    }

    void normalEquationsAreEigensRankUpdatesBitForBit()
    {
        // The fold-in's results (and so every run's numbers) were made with Eigen's
        // rankUpdate; the kernel that replaced it must give the same bits, not just close ones.
        QFETCH(int, factors);
        QFETCH(int, pairs);
        td::base::Rng rng(
            11, td::base::Purpose::Metrics, std::uint64_t(factors), std::uint64_t(pairs));
        FactorMatrix fixed(150, factors);
        for (Eigen::Index i = 0; i < fixed.size(); ++i)
            fixed.data()[i] = float(rng.uniform() * 2.0 - 1.0) * (i % 7 == 0 ? 30.0f : 1.0f);
        std::vector<Entry> evidence;
        for (int p = 0; p < pairs; ++p) {
            // Confidences from exactly 1 (a zero rank-one weight) to large, both preferences.
            const float c = p % 5 == 0 ? 1.0f : float(1.0 + 200.0 * rng.uniform());
            evidence.push_back(Entry { rng.below(150), c, rng.uniform() < 0.3 ? 0.0f : 1.0f });
        }
        const Eigen::MatrixXd gram = als::solver::gram(fixed, nullptr);
        const double lambda = 0.37;

        Eigen::MatrixXd expectedA = gram;
        expectedA.diagonal().array() += lambda;
        Eigen::VectorXd expectedB = Eigen::VectorXd::Zero(factors);
        Eigen::VectorXd y(factors);
        for (const Entry &e : evidence) {
            y = fixed.row(e.index).transpose().cast<double>();
            expectedA.selfadjointView<Eigen::Lower>().rankUpdate(y, double(e.confidence) - 1.0);
            expectedB += (double(e.confidence) * double(e.preference)) * y;
        }
        expectedA.triangularView<Eigen::StrictlyUpper>() = expectedA.transpose();

        Eigen::MatrixXd a;
        Eigen::VectorXd b;
        als::solver::normalEquations(evidence, fixed, gram, lambda, a, b);
        QCOMPARE(a.rows(), Eigen::Index(factors));
        QCOMPARE(b.size(), Eigen::Index(factors));
        QVERIFY(
            std::memcmp(a.data(), expectedA.data(), sizeof(double) * std::size_t(a.size())) == 0);
        QVERIFY(
            std::memcmp(b.data(), expectedB.data(), sizeof(double) * std::size_t(b.size())) == 0);

        // And the solve on a reused thread-local factorisation equals a fresh one.
        const Eigen::VectorXf expectedX
            = Eigen::LLT<Eigen::MatrixXd>(expectedA).solve(expectedB).cast<float>();
        for (int repeat = 0; repeat < 2; ++repeat) {
            const Eigen::VectorXf x = als::solver::choleskyRow(evidence, fixed, gram, lambda);
            QVERIFY(
                std::memcmp(x.data(), expectedX.data(), sizeof(float) * std::size_t(factors)) == 0);
        }
    }

    void foldInEqualsUserStep()
    {
        const InteractionMatrix m = randomMatrix(80, 60, 10, 4);
        als::AlsParams params;
        params.factors = 10;
        params.iterations = 4;
        ImplicitAls model(params);
        model.fit(m);
        // Exact user step with frozen items: the same numbers, bit for bit.
        ImplicitAls exact = model;
        params.solver = als::Solver::Cholesky;
        exact.setParams(params);
        exact.solveUsers(m);
        for (std::size_t u = 0; u < m.rows(); ++u) {
            const Eigen::VectorXf x = model.foldInUser(m.row(u));
            QVERIFY(x.transpose() == exact.userFactors().row(Eigen::Index(u)));
        }
        // CG run to convergence agrees within float tolerance.
        ImplicitAls cg = model;
        params.solver = als::Solver::ConjugateGradient;
        params.cgSteps = 60;
        cg.setParams(params);
        cg.solveUsers(m);
        for (std::size_t u = 0; u < m.rows(); ++u)
            QVERIFY(relativeDifference(model.foldInUser(m.row(u)),
                        cg.userFactors().row(Eigen::Index(u)).transpose())
                < 1e-3);
        // Items likewise, against the frozen users.
        const InteractionMatrix t = m.transposed();
        ImplicitAls items = exact;
        items.solveItems(t);
        for (std::size_t i = 0; i < t.rows(); ++i)
            QVERIFY(
                exact.foldInItem(t.row(i)).transpose() == items.itemFactors().row(Eigen::Index(i)));
    }

    void bitIdenticalAcrossThreads()
    {
        // Enough rows for several solve chunks (128) and Gram chunks (1024).
        const InteractionMatrix m = randomMatrix(4000, 1100, 30, 5);
        als::AlsParams params;
        params.factors = 16;
        params.iterations = 3;
        params.computeLoss = true;
        ImplicitAls serial(params), one(params), two(params), three(params);
        td::base::ThreadPool pool1(1), pool2(2), pool3(3);
        const auto s0 = serial.fit(m, nullptr);
        const auto s1 = one.fit(m, &pool1);
        const auto s2 = two.fit(m, &pool2);
        const auto s3 = three.fit(m, &pool3);
        for (const ImplicitAls *other : { &one, &two, &three }) {
            QCOMPARE(other->userFactors().size(), serial.userFactors().size());
            QVERIFY(std::memcmp(other->userFactors().data(), serial.userFactors().data(),
                        sizeof(float) * std::size_t(serial.userFactors().size()))
                == 0);
            QVERIFY(std::memcmp(other->itemFactors().data(), serial.itemFactors().data(),
                        sizeof(float) * std::size_t(serial.itemFactors().size()))
                == 0);
        }
        for (std::size_t k = 0; k < s0.size(); ++k) {
            QCOMPARE(s1[k].loss, s0[k].loss);
            QCOMPARE(s2[k].loss, s0[k].loss);
            QCOMPARE(s3[k].loss, s0[k].loss);
        }
    }

    void warmStartGrowsWithSeededRows()
    {
        const InteractionMatrix small = randomMatrix(50, 40, 8, 6);
        const InteractionMatrix large = randomMatrix(70, 55, 8, 6);
        als::AlsParams params;
        params.factors = 6;
        params.iterations = 2;
        params.seed = 9;
        ImplicitAls model(params);
        model.fit(small);
        QCOMPARE(model.userCount(), std::size_t(50));
        const FactorMatrix fitted = model.userFactors();
        model.ensureSize(70, 55);
        // Old rows untouched, new rows equal to a fresh model's rows: a row's start does
        // not depend on when it was added.
        ImplicitAls fresh(params);
        fresh.ensureSize(70, 55);
        QVERIFY(model.userFactors().topRows(50) == fitted);
        QVERIFY(model.userFactors().bottomRows(20) == fresh.userFactors().bottomRows(20));
        QVERIFY(model.itemFactors().bottomRows(15) == fresh.itemFactors().bottomRows(15));
        QVERIFY(fresh.userFactors().row(0) != fresh.userFactors().row(1));
        // fit() on a bigger matrix grows by itself and continues from the fitted rows.
        ImplicitAls grown(params);
        grown.fit(small);
        params.iterations = 1;
        grown.setParams(params);
        grown.fit(large);
        QCOMPARE(grown.userCount(), std::size_t(70));
        QCOMPARE(grown.itemCount(), std::size_t(55));
        // Different seed, different start.
        params.seed = 10;
        ImplicitAls other(params);
        other.ensureSize(70, 55);
        QVERIFY(other.userFactors() != fresh.userFactors());
        // A smaller matrix is padded with empty rows (their users decay to zero).
        ImplicitAls padded = grown;
        padded.fit(small);
        QCOMPARE(padded.userCount(), std::size_t(70));
        QVERIFY(padded.userFactors().row(69).norm() < grown.userFactors().row(69).norm());
    }

    void negativeEvidenceLowersScore()
    {
        const auto planted = td::test::plantedClusters(200, 120, 4, 12, 8);
        InteractionMatrix m
            = offline::toImplicitMatrix(planted.pairs, 200, 120, 5.0, offline::ConfidenceMode::Log);
        als::AlsParams params;
        params.factors = 8;
        ImplicitAls model(params);
        model.fit(m);
        // User 0 (group 0) and an item of group 0 they never played, under four kinds of
        // evidence about item 4: played (p = 1), nothing (c = 1, p = 0), a weak skip and a
        // strong skip (p = 0 with c = 3 and c = 30). The score must follow that order.
        std::vector<als::Entry> base(m.row(0).begin(), m.row(0).end());
        std::uint32_t target = 0;
        while (std::any_of(
            base.begin(), base.end(), [&](const als::Entry &e) { return e.index == target; }))
            target += 4;
        QVERIFY(target < 120);
        const Eigen::VectorXf y = model.itemFactors().row(target).transpose();
        auto scoreWith = [&](float confidence, float preference) {
            std::vector<als::Entry> evidence = base;
            evidence.push_back(als::Entry { target, confidence, preference });
            return model.foldInUser(evidence).dot(y);
        };
        const float played = scoreWith(30.0f, 1.0f);
        const float nothing = model.foldInUser(base).dot(y);
        const float weakSkip = scoreWith(3.0f, 0.0f);
        const float strongSkip = scoreWith(30.0f, 0.0f);
        qInfo("score of item %u: played %.3f, no evidence %.3f, skipped %.3f (c = 3), %.3f "
              "(c = 30)",
            target, played, nothing, weakSkip, strongSkip);
        QVERIFY(nothing > 0.1f);
        QVERIFY(played > nothing);
        QVERIFY(nothing > weakSkip);
        QVERIFY(weakSkip > strongSkip);
        // An unobserved pair is exactly an entry with c = 1, p = 0.
        QCOMPARE(scoreWith(1.0f, 0.0f), nothing);
    }

    void plantedRecallFarAbovePopular()
    {
        const auto planted = td::test::plantedClusters(600, 400, 8, 16, 11);
        const auto split = offline::holdoutSplit(planted, 0.2, 5, 1);
        const std::size_t users = planted.users.size(), items = planted.items.size();
        const InteractionMatrix train = offline::toImplicitMatrix(
            split.train, users, items, 5.0, offline::ConfidenceMode::Log);
        const auto relevant = offline::itemsByUser(split.test, users);
        const auto ties = planted.items.idRanks();
        als::AlsParams params;
        params.factors = 16;
        params.regularization = 0.1f;
        ImplicitAls model(params);
        model.fit(train);
        const auto alsScores
            = offline::evaluateRanking(offline::recommendAls(model, train, 10, ties), relevant, 10);
        const auto popScores
            = offline::evaluateRanking(offline::recommendPopular(train, 10, ties), relevant, 10);
        qInfo("planted: ALS recall@10 %.3f ndcg@10 %.3f, popular recall@10 %.3f", alsScores.recall,
            alsScores.ndcg, popScores.recall);
        QCOMPARE(alsScores.users, std::size_t(600));
        QVERIFY(alsScores.recall > 0.5);
        QVERIFY(alsScores.recall > 2.0 * popScores.recall);
    }

    void invalidInputIsRejected()
    {
        using M = InteractionMatrix;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
            M::fromTriplets(2, 2, { Triplet { 0, 1, 2.0f, 1.0f }, Triplet { 0, 1, 3.0f, 1.0f } }));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, M::fromTriplets(2, 2, { Triplet { 2, 0, 2.0f, 1.0f } }));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, M::fromTriplets(2, 2, { Triplet { 0, 0, 0.0f, 1.0f } }));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, M::fromTriplets(2, 2, { Triplet { 0, 0, 2.0f, 1.5f } }));
        als::AlsParams params;
        params.factors = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImplicitAls { params });
        params.factors = 4;
        ImplicitAls model(params);
        model.ensureSize(3, 3);
        params.factors = 5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.setParams(params));
    }

    /// fromRows gives the matrix fromTriplets gives for the same sorted entries (empty rows
    /// at the start, in the middle and at the end included), and refuses what fromTriplets
    /// refuses plus offsets that do not run from 0 to the entry count and columns out of order.
    void fromRowsMatchesTriplets()
    {
        const InteractionMatrix reference = randomMatrix(60, 40, 6, 9);
        std::vector<std::size_t> rowStart { 0 };
        std::vector<Entry> entries;
        for (std::size_t r = 0; r < 63; ++r) { // 3 more rows: empty at the end
            if (r < reference.rows())
                for (const Entry &e : reference.row(r))
                    entries.push_back(e);
            rowStart.push_back(entries.size());
        }
        const InteractionMatrix built = InteractionMatrix::fromRows(40, rowStart, entries);
        QCOMPARE(built.rows(), std::size_t(63));
        QCOMPARE(built.columns(), std::size_t(40));
        QCOMPARE(built.nonZeros(), reference.nonZeros());
        int emptyRows = 0;
        for (std::size_t r = 0; r < built.rows(); ++r) {
            const EntrySpan expected = r < reference.rows() ? reference.row(r) : EntrySpan {};
            const EntrySpan actual = built.row(r);
            QCOMPARE(actual.size(), expected.size());
            emptyRows += actual.empty() ? 1 : 0;
            for (std::size_t k = 0; k < actual.size(); ++k) {
                QCOMPARE(actual[k].index, expected[k].index);
                QCOMPARE(actual[k].confidence, expected[k].confidence);
                QCOMPARE(actual[k].preference, expected[k].preference);
            }
        }
        QVERIFY(emptyRows >= 3);

        // 3 rows over 3 columns; row 1 empty unless a case fills it.
        const auto refuses = [](std::vector<std::size_t> starts, std::vector<Entry> e) {
            try {
                InteractionMatrix::fromRows(3, std::move(starts), std::move(e));
            } catch (const std::invalid_argument &) {
                return true;
            }
            return false;
        };
        const Entry a { 1, 2.0f, 1.0f }, b { 2, 3.0f, 0.0f };
        QVERIFY(!refuses({ 0, 2, 2, 3 }, { a, b, a }));
        QVERIFY(!refuses({ 0 }, {})); // no rows at all
        QVERIFY(refuses({}, {}));
        QVERIFY(refuses({ 1, 2, 2, 3 }, { a, b, a })); // does not start at 0
        QVERIFY(refuses({ 0, 2, 2, 2 }, { a, b, a })); // does not end at the count
        QVERIFY(refuses({ 0, 2, 1, 3 }, { a, b, a })); // decreases
        QVERIFY(refuses({ 0, 2, 2, 3 }, { b, a, a })); // columns out of order
        QVERIFY(refuses({ 0, 2, 2, 3 }, { a, a, a })); // a duplicate
        QVERIFY(refuses({ 0, 1, 1, 1 }, { Entry { 3, 2.0f, 1.0f } })); // column out of range
        QVERIFY(refuses({ 0, 1, 1, 1 }, { Entry { 0, 0.0f, 1.0f } }));
        QVERIFY(refuses({ 0, 1, 1, 1 }, { Entry { 0, 2.0f, 1.5f } }));
    }

    /// The transpose split into column ranges on a pool (1 to 3 threads; then more threads
    /// than columns) is the serial transpose, entry for entry: users in increasing order per
    /// item, every confidence and preference carried.
    void transposeOnAPoolIsTheSerialTranspose()
    {
        const InteractionMatrix m = randomMatrix(300, 97, 11, 8);
        const InteractionMatrix serial = m.transposed();
        QCOMPARE(serial.rows(), std::size_t(97));
        QCOMPARE(serial.nonZeros(), m.nonZeros());
        for (unsigned threads : { 1u, 2u, 3u }) {
            td::base::ThreadPool pool(threads);
            const InteractionMatrix t = m.transposed(&pool);
            QCOMPARE(t.rows(), serial.rows());
            QCOMPARE(t.columns(), serial.columns());
            for (std::size_t r = 0; r < t.rows(); ++r) {
                QCOMPARE(t.row(r).size(), serial.row(r).size());
                for (std::size_t k = 0; k < t.row(r).size(); ++k) {
                    QCOMPARE(t.row(r)[k].index, serial.row(r)[k].index);
                    QCOMPARE(t.row(r)[k].confidence, serial.row(r)[k].confidence);
                    QCOMPARE(t.row(r)[k].preference, serial.row(r)[k].preference);
                }
            }
        }
        // Two columns, three threads: two parts, one column each.
        const InteractionMatrix narrow = InteractionMatrix::fromTriplets(
            3, 2, { { 0, 1, 2.0f, 1.0f }, { 2, 0, 3.0f, 0.0f }, { 2, 1, 4.0f, 1.0f } });
        td::base::ThreadPool pool(3);
        const InteractionMatrix t = narrow.transposed(&pool);
        QCOMPARE(t.row(0).size(), std::size_t(1));
        QCOMPARE(t.row(0)[0].index, 2u);
        QCOMPARE(t.row(1).size(), std::size_t(2));
        QCOMPARE(t.row(1)[0].index, 0u);
        QCOMPARE(t.row(1)[1].index, 2u);
        QCOMPARE(t.row(1)[1].confidence, 4.0f);
    }

    void transposeAndPadding()
    {
        const InteractionMatrix m = M3();
        const InteractionMatrix t = m.transposed();
        QCOMPARE(t.rows(), std::size_t(4));
        QCOMPARE(t.columns(), std::size_t(3));
        QCOMPARE(t.nonZeros(), m.nonZeros());
        QCOMPARE(int(t.row(1).size()), 2);
        QCOMPARE(t.row(1)[0].index, 0u);
        QCOMPARE(t.row(1)[1].index, 2u);
        QCOMPARE(t.row(1)[1].confidence, 4.0f);
        QCOMPARE(t.row(1)[1].preference, 0.0f);
        const InteractionMatrix p = m.padded(5, 6);
        QCOMPARE(p.rows(), std::size_t(5));
        QCOMPARE(p.columns(), std::size_t(6));
        QVERIFY(p.row(4).empty());
        QCOMPARE(p.confidenceSum(), m.confidenceSum());
        QCOMPARE(m.confidenceSum(), 2.0 + 3.0 + 4.0 + 5.0);
    }

private:
    static InteractionMatrix M3()
    {
        return InteractionMatrix::fromTriplets(3, 4,
            { Triplet { 2, 1, 4.0f, 0.0f }, Triplet { 0, 1, 2.0f, 1.0f },
                Triplet { 0, 3, 3.0f, 1.0f }, Triplet { 1, 0, 5.0f, 1.0f } });
    }
};
TD_REGISTER_TEST(TestImplicitAls)
#include "tst_implicitals.moc"
