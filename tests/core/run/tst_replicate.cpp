// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The verdict rule of `tastedrift-cli replicate` on hand-made per-seed values, the protocol
// table, size checks, and the JSON report's fields (core/run/replicate).
#include "testregistry.h"

#include "run/replicate/protocol.h"
#include "run/replicate/report.h"
#include "run/replicate/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace td::run::replicate;

class TestReplicate : public QObject
{
    Q_OBJECT
private slots:
    /// One measure, hand-computed 95 % t intervals: mean ± t_{0.975, n−1} · sd / √n.
    void verdictRule_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<bool>("positive");
        QTest::addColumn<bool>("containsZero");
        // {1, 2, 3}: mean 2, sd 1, t_{0.975,2} = 4.302653: 2 ± 2.484138.
        QTest::newRow("wide, straddles 0")
            << std::vector<double> { 1, 2, 3 } << -0.484138 << 4.484138 << false << true;
        // {0.9, 1.0, 1.1, 0.95, 1.05}: mean 1, sd 0.0790569, t_{0.975,4} = 2.776445:
        // 1 ± 0.098162.
        QTest::newRow("tight, above 0") << std::vector<double> { 0.9, 1.0, 1.1, 0.95, 1.05 }
                                        << 0.901838 << 1.098162 << true << false;
        // {-1, -2}: mean -1.5, sd 0.707107, t_{0.975,1} = 12.706205: -1.5 ± 6.353102.
        QTest::newRow("two seeds, negative mean")
            << std::vector<double> { -1, -2 } << -7.853102 << 4.853102 << false << true;
        // {-0.3, -0.2, -0.25}: mean -0.25, sd 0.05: -0.25 ± 0.124207, all below 0.
        QTest::newRow("below 0") << std::vector<double> { -0.3, -0.2, -0.25 } << -0.374207
                                 << -0.125793 << false << false;
        // Identical values: sd 0, the interval is the point; 0 itself contains 0.
        QTest::newRow("zero, no noise")
            << std::vector<double> { 0, 0, 0 } << 0.0 << 0.0 << false << true;
    }

    void verdictRule()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(bool, positive);
        QFETCH(bool, containsZero);
        std::vector<std::vector<double>> rows;
        for (double v : values)
            rows.push_back({ v, v });
        const Verdict v = judge({ Expect::Positive, Expect::ContainsZero }, rows);
        QCOMPARE(v.measures.size(), std::size_t(2));
        QVERIFY(std::abs(v.measures[0].interval.low - low) < 1e-6);
        QVERIFY(std::abs(v.measures[0].interval.high - high) < 1e-6);
        QCOMPARE(v.measures[0].holds, positive);
        QCOMPARE(v.measures[1].holds, containsZero);
        // The claim is the conjunction of its measures.
        QCOMPARE(v.reproduced, positive && containsZero);
        QCOMPARE(judge({ Expect::Positive },
                     std::vector<std::vector<double>>(rows.size(), std::vector<double>(1)))
                     .reproduced,
            false);
    }

    /// Every measure must hold; one seed (no interval) never reproduces; NaN never holds.
    void verdictNeedsEveryMeasureAndAnInterval()
    {
        const std::vector<std::vector<double>> rows { { 1.0, 0.1 }, { 1.1, -0.1 }, { 0.9, 0.0 } };
        QVERIFY(judge({ Expect::Positive, Expect::ContainsZero }, rows).reproduced);
        const Verdict partly = judge({ Expect::Positive, Expect::Positive }, rows);
        QVERIFY(partly.measures[0].holds);
        QVERIFY(!partly.measures[1].holds);
        QVERIFY(!partly.reproduced);
        QVERIFY(!judge({ Expect::Positive }, { { 5.0 } }).reproduced);
        QVERIFY(!judge({ Expect::ContainsZero }, { { 0.0 } }).reproduced);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!judge({ Expect::Positive }, { { 1.0 }, { nan }, { 1.1 } }).reproduced);
        QVERIFY(!judge(std::vector<Expect> {}, rows).reproduced);
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, judge({ Expect::Positive }, { { 1.0, 2.0 } }));
    }

    /// The five protocols of issue #21, each with its measures and sizes in order.
    void protocolTable()
    {
        QStringList names;
        for (const Protocol &p : protocols()) {
            names << QString::fromStdString(p.name);
            QVERIFY(!p.measures.empty());
            QVERIFY(!p.claim.empty());
            QVERIFY(p.defaultSeeds >= 2);
            for (const Size &s : { p.defaultSize, p.ciSize }) {
                QVERIFY(s.listeners >= p.minimum.listeners);
                QVERIFY(s.tracks >= p.minimum.tracks);
                QVERIFY(s.days >= p.minimum.days);
                checkSize(p, s); // no throw
            }
            QCOMPARE(findProtocol(p.name), &p);
        }
        QCOMPARE(names,
            (QStringList { QStringLiteral("chaney"), QStringLiteral("jiang"),
                QStringLiteral("mansoury"), QStringLiteral("anderson"), QStringLiteral("ope") }));
        QVERIFY(!findProtocol("hosanagar"));
        const Protocol &chaney = *findProtocol("chaney");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, checkSize(chaney, { 600, 2000, 21 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, checkSize(chaney, { 10, 2000, 40 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, checkSize(chaney, { 600, 100, 40 }));
    }

    /// The JSON document: the paper's measure as mean/ci, every measure, the verdict word.
    void jsonReportFields()
    {
        const Protocol &p = *findProtocol("anderson");
        std::vector<SeedResult> results(3);
        const double a[3] = { 0.10, 0.12, 0.11 }, b[3] = { 0.02, -0.01, 0.00 };
        for (int i = 0; i < 3; ++i) {
            results[std::size_t(i)].seed = std::uint64_t(i + 7);
            results[std::size_t(i)].values = { a[i], b[i] };
            results[std::size_t(i)].details = { { "listeners", 100.0 + i } };
        }
        const Verdict v = judge(p, results);
        QVERIFY(v.measures[0].holds);
        QVERIFY(!v.measures[1].holds); // 0.0033 ± 0.0379
        QVERIFY(!v.reproduced);
        const QJsonObject o = QJsonDocument::fromJson(
            QByteArray::fromStdString(
                td::run::replicate::jsonReport(p, { 50, 300, 20 }, results, v)))
                                  .object();
        QCOMPARE(o.value(QStringLiteral("protocol")).toString(), QStringLiteral("anderson"));
        QCOMPARE(o.value(QStringLiteral("seeds")).toArray(), (QJsonArray { 7, 8, 9 }));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("not reproduced"));
        QVERIFY(std::abs(o.value(QStringLiteral("mean")).toDouble() - 0.11) < 1e-9);
        const QJsonArray ci = o.value(QStringLiteral("ci")).toArray();
        // 0.11 ± 4.302653 · 0.01 / √3.
        QVERIFY(std::abs(ci[0].toDouble() - (0.11 - 0.0248414)) < 1e-6);
        QVERIFY(std::abs(ci[1].toDouble() - (0.11 + 0.0248414)) < 1e-6);
        const QJsonObject second = o.value(QStringLiteral("per_seed")).toArray()[1].toObject();
        QCOMPARE(second.value(QStringLiteral("seed")).toInt(), 8);
        QCOMPARE(
            second.value(QStringLiteral("specialist_minus_generalist_churn")).toDouble(), -0.01);
        QCOMPARE(second.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("listeners"))
                     .toInt(),
            101);
        const QJsonArray measures = o.value(QStringLiteral("measures")).toArray();
        QCOMPARE(measures.size(), 2);
        QCOMPARE(measures[1].toObject().value(QStringLiteral("holds")).toBool(), false);
        QCOMPARE(
            o.value(QStringLiteral("size")).toObject().value(QStringLiteral("days")).toInt(), 20);
        const std::string text = summaryText(p, v);
        QVERIFY(text.find("verdict: not reproduced\n") != std::string::npos);
        QVERIFY(seedLine(p, results[0]).rfind("seed 7: rec_minus_organic_gs +0.1000", 0) == 0);
    }
};

TD_REGISTER_TEST(TestReplicate)
#include "tst_replicate.moc"
