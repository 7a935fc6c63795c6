// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "recsys/policy/basicpolicies.h"
#include "recsys/policy/linucbmodel.h"
#include "testregistry.h"

#include <Eigen/LU>
#include <QtTest>

using namespace td::recsys::policy;
using td::base::Purpose;
using td::base::Rng;

class TestLinUcbModel : public QObject
{
    Q_OBJECT
private slots:
    void recoversPlantedTheta()
    {
        // r = θ*ᵀφ + N(0, 0.1²) on 3000 rows: θ within 0.02 of θ* per coordinate.
        const double planted[] = { 0.8, -0.5, 0.3, 0.0, 1.2 };
        LinUcbModel model(5, 1.0);
        Rng rng(1, Purpose::Metrics, 0, 0);
        for (int batch = 0; batch < 3; ++batch) {
            std::vector<float> rows(1000 * 5), rewards(1000);
            for (int r = 0; r < 1000; ++r) {
                double reward = 0.1 * rng.normal();
                for (int c = 0; c < 5; ++c) {
                    rows[std::size_t(r * 5 + c)] = static_cast<float>(rng.normal());
                    reward += planted[c] * rows[std::size_t(r * 5 + c)];
                }
                rewards[std::size_t(r)] = static_cast<float>(reward);
            }
            model.update(rows.data(), rewards.data(), 1000);
        }
        QCOMPARE(model.observations(), 3000.0);
        const Eigen::VectorXd theta = model.theta();
        for (int c = 0; c < 5; ++c)
            QVERIFY2(std::abs(theta[c] - planted[c]) < 0.02, qPrintable(QString::number(theta[c])));
        // mean() is θᵀφ.
        const float phi[] = { 1.0f, 2.0f, 0.0f, -1.0f, 0.5f };
        double expected = 0.0;
        for (int c = 0; c < 5; ++c)
            expected += theta[c] * phi[c];
        QVERIFY(std::abs(model.mean(phi) - expected) < 1e-12);
    }

    // The pipeline reads a day's rows per listener: add() in pieces and one commit() must
    // leave exactly (bit for bit) the state one update() of all the rows leaves, after a decay
    // that makes the observation count fractional.
    void updateInPiecesIsOneUpdate()
    {
        Rng rng(2, Purpose::Metrics, 0, 0);
        std::vector<float> rows(37 * 4), rewards(37);
        for (float &x : rows)
            x = static_cast<float>(rng.normal());
        for (float &r : rewards)
            r = rng.uniform() < 0.3 ? 1.0f : 0.0f;
        LinUcbModel whole(4, 1.0), pieces(4, 1.0);
        for (LinUcbModel *m : { &whole, &pieces }) {
            m->update(rows.data(), rewards.data(), 11);
            m->decay(0.93);
        }
        whole.update(rows.data() + 11 * 4, rewards.data() + 11, 26);
        for (auto [first, count] : { std::pair { 11, 5 }, { 16, 0 }, { 16, 1 }, { 17, 20 } })
            pieces.add(rows.data() + first * 4, rewards.data() + first, std::size_t(count));
        QVERIFY(pieces.observations() < 11.0); // nothing counted before the commit
        pieces.commit();
        QCOMPARE(pieces.observations(), whole.observations());
        QVERIFY(pieces.precision() == whole.precision());
        QVERIFY(pieces.theta() == whole.theta());
        const float probe[] = { 0.3f, -1.0f, 0.5f, 2.0f };
        QCOMPARE(pieces.width(probe), whole.width(probe));
    }

    void widthIsTheQuadraticForm()
    {
        LinUcbModel model(3, 2.0);
        const float rows[] = { 1, 0, 0, 1, 1, 0, 0, 2, 1 };
        const float rewards[] = { 1, 0, 1 };
        model.update(rows, rewards, 3);
        const Eigen::MatrixXd inverse = model.precision().inverse();
        const float phi[] = { 0.5f, -1.0f, 2.0f };
        const Eigen::Vector3d v(0.5, -1.0, 2.0);
        QVERIFY(std::abs(model.width(phi) - std::sqrt(v.dot(inverse * v))) < 1e-12);
        // A = 2I + Σ φφᵀ by hand.
        const Eigen::MatrixXd a = model.precision();
        QCOMPARE(a(0, 0), 2.0 + 1 + 1);
        QCOMPARE(a(1, 1), 2.0 + 1 + 4);
        QCOMPARE(a(2, 1), 2.0);
    }

    void bonusShrinksAlongObservedDirections()
    {
        // Only the first two features ever vary: the width along e0 shrinks with every batch,
        // the width along the unseen e2 stays 1/sqrt(λ).
        LinUcbModel model(3, 1.0);
        const float e0[] = { 1, 0, 0 }, e2[] = { 0, 0, 1 };
        QVERIFY(std::abs(model.width(e0) - 1.0) < 1e-12);
        Rng rng(2, Purpose::Metrics, 0, 0);
        double previous = model.width(e0);
        for (int batch = 0; batch < 5; ++batch) {
            std::vector<float> rows(100 * 3, 0.0f), rewards(100, 0.0f);
            for (int r = 0; r < 100; ++r) {
                rows[std::size_t(r * 3)] = static_cast<float>(rng.normal());
                rows[std::size_t(r * 3 + 1)] = static_cast<float>(rng.normal());
            }
            model.update(rows.data(), rewards.data(), 100);
            const double now = model.width(e0);
            QVERIFY(now < previous);
            previous = now;
            QVERIFY(std::abs(model.width(e2) - 1.0) < 1e-12);
        }
        QVERIFY(previous < 0.06); // ≈ 1/sqrt(500)
        // decay() forgets: widths grow back toward the prior.
        model.decay(0.1);
        QVERIFY(model.width(e0) > previous * 2.5);
    }

    void policyExploresUnseenDirections()
    {
        // Two candidates with equal θᵀφ; the one along an unobserved feature gets the bonus
        // and goes first with α > 0, not with α = 0.
        LinUcbModel model(2, 1.0);
        std::vector<float> rows, rewards;
        Rng rng(3, Purpose::Metrics, 0, 0);
        for (int r = 0; r < 200; ++r) {
            rows.push_back(static_cast<float>(rng.normal()));
            rows.push_back(0.0f);
            rewards.push_back(0.0f);
        }
        model.update(rows.data(), rewards.data(), 200);
        const float seen[] = { 1.0f, 0.0f }, unseen[] = { 0.0f, 1.0f };
        std::vector<PolicyCandidate> candidates(2);
        candidates[0].features = seen;
        candidates[0].score = 1.0f;
        candidates[1].features = unseen;
        PolicyContext context;
        context.k = 1;
        context.featureCount = 2;
        context.linucb = &model;
        PolicyScratch scratch;
        std::vector<SlateItem> slate;
        Rng policyRng(1, Purpose::Policy, 0, 0);
        LinUcbPolicy(0.0).select(candidates.data(), 2, context, policyRng, scratch, slate);
        QCOMPARE(slate[0].candidate, 0u); // tie on θᵀφ ≈ 0 → lower index
        LinUcbPolicy(1.0).select(candidates.data(), 2, context, policyRng, scratch, slate);
        QCOMPARE(slate[0].candidate, 1u);
        QVERIFY(slate[0].explored && slate[0].offGreedy);
        QVERIFY(std::abs(slate[0].bonus - 1.0f) < 1e-6f);
        QCOMPARE(slate[0].propensity, 1.0f);
    }
};

TD_REGISTER_TEST(TestLinUcbModel)
#include "tst_linucb.moc"
