// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/doublyrobust.h"
#include "recsys/pipeline/impressionlog.h"
#include "testevents.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::recsys;

/// The doubly-robust off-policy estimate (docs/metrics.md, ope_dr) on a hand-computed slate:
/// three candidates, two slots, target marginals
///     c0: 0.5, 0.25    c1: 0.5, 0.25    c2: 0, 0.5
/// ranker logits 0, ln 3, −ln 3 (σ = 0.5, 0.75, 0.25) and a position weight ln 3 / ln 2, so at
/// slot 2 (ln(1 + 1) = ln 2) every logit moves by ln 3: σ = 0.75, 0.9, 0.5.
///     direct[0] = 0.5·0.5 + 0.5·0.75            = 0.625
///     direct[1] = 0.25·0.75 + 0.25·0.9 + 0.5·0.5 = 0.6625
/// The logger showed c1 then c2: predicted = 0.75, σ(−ln 3 + ln 3) = 0.5. With logged
/// propensities 0.8 and 0.2 the weights are 0.5/0.8 = 0.625 and 0.5/0.2 = 2.5; c1 was streamed,
/// c2 not:
///     DR sum = 0.625 + 0.625·(1 − 0.75) + 0.6625 + 2.5·(0 − 0.5) = 0.19375 (0.096875 each)
class TestDoublyRobust : public QObject
{
    Q_OBJECT

private slots:
    void handComputedSlate()
    {
        const double marginals[] = { 0.5, 0.25, 0.5, 0.25, 0.0, 0.5 };
        const double logits[] = { 0.0, std::log(3.0), -std::log(3.0) };
        const std::size_t shown[] = { 1, 2 };
        float direct[2], predicted[2];
        doublyRobustTerms(
            marginals, 3, 2, logits, std::log(3.0) / std::log(2.0), shown, direct, predicted);
        QVERIFY(std::abs(direct[0] - 0.625f) < 1e-6f);
        QVERIFY(std::abs(direct[1] - 0.6625f) < 1e-6f);
        QVERIFY(std::abs(predicted[0] - 0.75f) < 1e-6f);
        QVERIFY(std::abs(predicted[1] - 0.5f) < 1e-6f);

        // The same slate through the impression log's tally.
        ImpressionLog log;
        log.resize(1);
        const float weights[] = { 0.625f, 2.5f };
        for (std::size_t pos = 0; pos < 2; ++pos) {
            ImpressionLog::Shown s;
            s.track = TrackId(10 + pos);
            s.position = std::uint16_t(pos);
            s.home = true;
            s.opeWeight = weights[pos];
            s.opeDirect = direct[pos];
            s.opePredicted = predicted[pos];
            log.addShown(0, s);
        }
        const std::vector<events::Event> session { test::homeEventAt(
                                                       10, events::Action::Impression, 0),
            test::homeEventAt(11, events::Action::Impression, 1),
            test::homeEventAt(10, events::Action::Stream, 0) };
        log.labelSession(0, session.data(), session.size());
        const events::OffPolicyTally t = log.endDay(3, 7, 1000);
        QCOMPARE(t.impressions, 2.0);
        QVERIFY(std::abs(t.doublyRobust - 0.19375) < 1e-6);
        QVERIFY(std::abs(t.doublyRobust / t.impressions - 0.096875) < 1e-6);
        QCOMPARE(t.weighted, 0.625);
        QCOMPARE(t.weightedSquares, 0.625 * 0.625);
        QCOMPARE(t.squaredWeights, 0.625 * 0.625 + 2.5 * 2.5);
    }

    // A perfect reward model (r̂ = r on the shown tracks) makes the correction vanish: DR is
    // the direct method; a useless one (r̂ = 0) leaves DR = IPS.
    void limits()
    {
        const double marginals[] = { 1.0, 0.0 }; // n = 2, k = 1: the target shows c0
        const std::size_t shown[] = { 0 };
        float direct[1], predicted[1];
        const double certain[] = { 40.0, -40.0 }; // σ ≈ 1, 0
        doublyRobustTerms(marginals, 2, 1, certain, 0.0, shown, direct, predicted);
        QVERIFY(std::abs(direct[0] - 1.0f) < 1e-6f && std::abs(predicted[0] - 1.0f) < 1e-6f);
        const double never[] = { -40.0, -40.0 };
        doublyRobustTerms(marginals, 2, 1, never, 0.0, shown, direct, predicted);
        QVERIFY(direct[0] < 1e-12f && predicted[0] < 1e-12f);
    }
};
TD_REGISTER_TEST(TestDoublyRobust)

#include "tst_doublyrobust.moc"
