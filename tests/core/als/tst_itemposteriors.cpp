// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "base/threadpool.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/itemposteriors.h"
#include "testregistry.h"

#include <QtTest>

#include <Eigen/Dense>

#include <cstring>

using namespace td;
using namespace td::recsys;

/// The item side of the ALS posterior against a brute force: for every item of a tiny fitted
/// model, the dense precision Xᵀ C_i X + λI (C_i diagonal over every user, 1 where unobserved),
/// inverted, as the quadratic form xᵀ A_i⁻¹ x of random listener vectors.
class TestItemPosteriors : public QObject
{
    Q_OBJECT

    struct Fitted
    {
        als::ImplicitAls model;
        als::InteractionMatrix matrix;
    };

    /// 40 users × 25 items, f = 6, λ = 0.5; items 20..24 have no evidence; exact (Cholesky)
    /// half-steps, so the final item step solved A_i y_i = b_i exactly.
    static Fitted fitted()
    {
        als::AlsParams params;
        params.factors = 6;
        params.regularization = 0.5f;
        params.iterations = 3;
        params.solver = als::Solver::Cholesky;
        params.seed = 7;
        params.initScale = 0.3f;
        std::vector<als::Triplet> triplets;
        base::Rng rng(11, base::Purpose::Model, 0, 0);
        for (std::uint32_t u = 0; u < 40; ++u)
            for (std::uint32_t i = 0; i < 20; ++i)
                if (rng.uniform() < 0.2)
                    triplets.push_back({ u, i, float(1.0 + 9.0 * rng.uniform()),
                        rng.uniform() < 0.8 ? 1.0f : 0.0f });
        Fitted f { als::ImplicitAls(params),
            als::InteractionMatrix::fromTriplets(40, 25, std::move(triplets)) };
        f.model.fit(f.matrix);
        return f;
    }

    static Eigen::MatrixXd densePrecision(const Fitted &f, std::size_t item)
    {
        const Eigen::MatrixXd x = f.model.userFactors().cast<double>();
        Eigen::VectorXd c = Eigen::VectorXd::Ones(x.rows());
        const auto itemUsers = f.matrix.transposed();
        for (const als::Entry &e : itemUsers.row(item))
            c[e.index] = e.confidence;
        return x.transpose() * c.asDiagonal() * x
            + 0.5 * Eigen::MatrixXd::Identity(x.cols(), x.cols());
    }

private slots:
    void quadraticFormEqualsDenseInverse()
    {
        const Fitted f = fitted();
        als::ItemPosteriors post;
        post.build(f.model, f.matrix.transposed());
        QCOMPARE(post.itemsWithEvidence(), std::size_t(20));
        base::Rng rng(5, base::Purpose::Model, 1, 0);
        for (std::size_t item = 0; item < 25; ++item) {
            const Eigen::MatrixXd cov = densePrecision(f, item).inverse();
            for (int draw = 0; draw < 4; ++draw) {
                Eigen::VectorXf x(6);
                for (int k = 0; k < 6; ++k)
                    x[k] = float(rng.normal());
                const double expected = x.cast<double>().dot(cov * x.cast<double>());
                const double got = post.variance(item, x.data());
                QVERIFY2(std::abs(got - expected) < 1e-5 * expected,
                    qPrintable(
                        QStringLiteral("item %1: %2 vs %3").arg(item).arg(got).arg(expected)));
            }
        }
        // More (and more confident) listeners on an item → a smaller variance along any x:
        // the heavily heard item 0 against a never-heard item.
        Eigen::VectorXf x = Eigen::VectorXf::Ones(6);
        QVERIFY(post.variance(0, x.data()) < post.variance(22, x.data()));
    }

    // The precision is that of the fit's final item half-step: with exact solves the item
    // factors satisfy A_i y_i = b_i (b_i = Σ_u c_ui p_ui x_u).
    void precisionIsTheFinalItemStep()
    {
        const Fitted f = fitted();
        const Eigen::MatrixXd x = f.model.userFactors().cast<double>();
        const auto itemUsers = f.matrix.transposed();
        for (std::size_t item = 0; item < 20; ++item) {
            Eigen::VectorXd b = Eigen::VectorXd::Zero(6);
            for (const als::Entry &e : itemUsers.row(item))
                b += double(e.confidence) * double(e.preference) * x.row(e.index).transpose();
            const Eigen::VectorXd y = f.model.itemFactors().row(Eigen::Index(item)).cast<double>();
            QVERIFY((densePrecision(f, item) * y - b).norm() < 1e-4 * (1.0 + b.norm()));
        }
    }

    void sameResultWithAPool()
    {
        const Fitted f = fitted();
        als::ItemPosteriors serial, parallel;
        serial.build(f.model, f.matrix.transposed());
        base::ThreadPool pool(2);
        parallel.build(f.model, f.matrix.transposed(), &pool);
        const float x[6] = { 0.3f, -1.0f, 0.2f, 0.7f, 0.0f, 1.5f };
        for (std::size_t item = 0; item < 25; ++item) {
            const double a = serial.variance(item, x), b = parallel.variance(item, x);
            QVERIFY(std::memcmp(&a, &b, sizeof a) == 0);
        }
        QCOMPARE(als::ItemPosteriors().variance(0, x), 0.0); // empty: no model yet
    }
};
TD_REGISTER_TEST(TestItemPosteriors)

#include "tst_itemposteriors.moc"
