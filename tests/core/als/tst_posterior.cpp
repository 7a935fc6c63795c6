// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/implicitals.h"
#include "recsys/als/posterior.h"
#include "testregistry.h"

#include <QtTest>

#include <Eigen/Dense>

using namespace td::recsys;

namespace {

/// A model with random (seeded) factors: 30 users, 20 items, f = 5, λ = 0.4.
als::ImplicitAls smallModel()
{
    als::AlsParams params;
    params.factors = 5;
    params.regularization = 0.4f;
    params.initScale = 0.6f;
    params.seed = 21;
    als::ImplicitAls model(params);
    model.ensureSize(30, 20);
    return model;
}

std::vector<als::Entry> someEvidence()
{
    return { als::Entry { 1, 3.0f, 1.0f }, als::Entry { 4, 11.0f, 1.0f },
        als::Entry { 7, 6.0f, 0.0f }, als::Entry { 15, 2.5f, 1.0f } };
}

/// (Fᵀ C F + λI)⁻¹ by building the dense diagonal C over every row of F and inverting.
Eigen::MatrixXd denseCovariance(
    const als::FactorMatrix &fixed, const std::vector<als::Entry> &evidence, double lambda)
{
    const Eigen::MatrixXd y = fixed.cast<double>();
    Eigen::VectorXd c = Eigen::VectorXd::Ones(y.rows());
    for (const als::Entry &e : evidence)
        c[e.index] = e.confidence;
    const Eigen::MatrixXd a = y.transpose() * c.asDiagonal() * y
        + lambda * Eigen::MatrixXd::Identity(y.cols(), y.cols());
    return a.inverse();
}

} // namespace

class TestPosterior : public QObject
{
    Q_OBJECT
private slots:
    void covarianceEqualsDenseInverse()
    {
        const als::ImplicitAls model = smallModel();
        const auto evidence = someEvidence();
        const als::Posterior post = model.userPosterior(evidence);
        const Eigen::MatrixXd expected = denseCovariance(model.itemFactors(), evidence, 0.4);
        const double error = (post.covariance().cast<double>() - expected).norm() / expected.norm();
        QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
        // The mean is the fold-in.
        QVERIFY(post.mean() == model.foldInUser(evidence));
    }

    void scalarCertainties()
    {
        const als::ImplicitAls model = smallModel();
        const auto evidence = someEvidence();
        const als::Posterior post = model.userPosterior(evidence);
        const Eigen::MatrixXd sigma = denseCovariance(model.itemFactors(), evidence, 0.4);
        QVERIFY(std::abs(post.meanVariance() / (sigma.trace() / 5.0) - 1.0) < 1e-6);
        for (Eigen::Index i : { 0, 4, 9 }) {
            const Eigen::VectorXd y = model.itemFactors().row(i).transpose().cast<double>();
            const double expected = y.dot(sigma * y);
            QVERIFY(std::abs(post.variance(model.itemFactors().row(i).transpose()) / expected - 1.0)
                < 1e-5);
        }
    }

    void moreEvidenceMeansMoreCertainty()
    {
        // A grows in the Loewner order with every observed pair (c > 1), so Σ shrinks.
        const als::ImplicitAls model = smallModel();
        std::vector<als::Entry> evidence;
        double previous = model.userPosterior(evidence).meanVariance();
        for (std::uint32_t i : { 2u, 5u, 8u, 13u }) {
            evidence.push_back(als::Entry { i, 8.0f, 1.0f });
            const double now = model.userPosterior(evidence).meanVariance();
            QVERIFY(now < previous);
            previous = now;
        }
        // With no evidence at all: (YᵀY + λI)⁻¹.
        const Eigen::MatrixXd prior = denseCovariance(model.itemFactors(), {}, 0.4);
        QVERIFY((model.userPosterior({}).covariance().cast<double>() - prior).norm()
            < 1e-5 * prior.norm());
        QVERIFY(model.userPosterior({}).mean().isZero());
    }

    void itemSideUsesUserFactors()
    {
        const als::ImplicitAls model = smallModel();
        const std::vector<als::Entry> evidence { als::Entry { 3, 5.0f, 1.0f },
            als::Entry { 17, 9.0f, 1.0f } };
        const als::Posterior post = model.itemPosterior(evidence);
        const Eigen::MatrixXd expected = denseCovariance(model.userFactors(), evidence, 0.4);
        QVERIFY((post.covariance().cast<double>() - expected).norm() < 1e-5 * expected.norm());
        QVERIFY(post.mean() == model.foldInItem(evidence));
    }

    void samplesHaveThePosteriorMoments()
    {
        const als::ImplicitAls model = smallModel();
        const als::Posterior post = model.userPosterior(someEvidence());
        td::base::Rng rng(4, td::base::Purpose::Policy, 0, 0);
        const int n = 40000;
        Eigen::VectorXd sum = Eigen::VectorXd::Zero(5);
        Eigen::MatrixXd outer = Eigen::MatrixXd::Zero(5, 5);
        for (int k = 0; k < n; ++k) {
            const Eigen::VectorXd d = (post.sample(rng) - post.mean()).cast<double>();
            sum += d;
            outer += d * d.transpose();
        }
        const Eigen::MatrixXd sigma = post.covariance().cast<double>();
        const double scale = std::sqrt(sigma.diagonal().maxCoeff());
        QVERIFY((sum / n).cwiseAbs().maxCoeff() < 0.03 * scale);
        QVERIFY((outer / n - sigma).cwiseAbs().maxCoeff() < 0.05 * sigma.diagonal().maxCoeff());
        // The square root: B Bᵀ = Σ, and B is what sample() applies to z.
        const Eigen::MatrixXd root = post.covarianceSqrt().cast<double>();
        QVERIFY((root * root.transpose() - sigma).norm() < 1e-5 * sigma.norm());
        td::base::Rng c(4, td::base::Purpose::Policy, 2, 0), d(4, td::base::Purpose::Policy, 2, 0);
        Eigen::VectorXd z(5);
        for (Eigen::Index k = 0; k < 5; ++k)
            z[k] = d.normal();
        const Eigen::VectorXd viaSqrt = post.mean().cast<double>() + root * z;
        QVERIFY((post.sample(c).cast<double>() - viaSqrt).norm() < 1e-4 * viaSqrt.norm());
        // Same stream, same draw.
        td::base::Rng a(4, td::base::Purpose::Policy, 1, 0), b(4, td::base::Purpose::Policy, 1, 0);
        QVERIFY(post.sample(a) == post.sample(b));
    }
};
TD_REGISTER_TEST(TestPosterior)
#include "tst_posterior.moc"
