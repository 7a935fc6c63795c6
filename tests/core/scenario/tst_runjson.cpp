// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/report/runjson.h"
#include "testregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

std::vector<td::metrics::DayMetrics> twoHandMadeDays(); // tst_metricscsv.cpp

namespace {

constexpr std::size_t kKnownMetrics = 20;

/// `"name": null` for metrics appended to the catalogue after these tests were written.
std::string laterNulls(const std::string &separator)
{
    std::string s;
    const auto &c = td::metrics::metricCatalog();
    for (std::size_t i = kKnownMetrics; i < c.size(); ++i)
        s += separator + "\"" + std::string(c[i].name) + "\": null";
    return s;
}

} // namespace

class TestRunJson : public QObject
{
    Q_OBJECT
private slots:
    void twoDays()
    {
        const std::string scenario
            = "{\n  \"title\": \"t\",\n  \"run\": {\n    \"days\": 2\n  }\n}\n";
        const std::string expected = std::string("{\n")
            + "  \"scenario\": {\n"
              "    \"title\": \"t\",\n"
              "    \"run\": {\n"
              "      \"days\": 2\n"
              "    }\n"
              "  },\n"
              "  \"seed\": 7,\n"
              "  \"days\": [\n"
              "    {\"day\": 0, \"active_listeners\": 1834, \"population\": 2000, \"arrivals\": "
              "null, "
              "\"sessions\": null, \"plays\": null, \"streams\": 20311, \"skip_rate\": "
              "0.123456789, "
              "\"listen_through\": null, \"saves\": 1e+10, \"session_length\": null, \"churned\": "
              "null, "
              "\"churn_rate\": 0, \"winbacks\": null, \"mean_satisfaction\": null, "
              "\"satisfaction_p25\": null, \"satisfaction_p50\": null, \"satisfaction_p75\": null, "
              "\"ltv_premium_days\": null, \"rec_share\": null, \"exploration_share\": null"
            + laterNulls(", ") + "},\n"
            + "    {\"day\": 1, \"active_listeners\": 1900, \"population\": 1999, \"arrivals\": "
              "null, "
              "\"sessions\": null, \"plays\": null, \"streams\": 20000, \"skip_rate\": "
              "0.333333333, "
              "\"listen_through\": null, \"saves\": null, \"session_length\": null, \"churned\": "
              "1, "
              "\"churn_rate\": 0.0005, \"winbacks\": null, \"mean_satisfaction\": null, "
              "\"satisfaction_p25\": null, \"satisfaction_p50\": null, \"satisfaction_p75\": null, "
              "\"ltv_premium_days\": null, \"rec_share\": null, \"exploration_share\": null"
            + laterNulls(", ") + "}\n"
            + "  ],\n"
              "  \"summary\": {\n"
              "    \"days\": 2,\n"
              "    \"final_population\": 1999,\n"
              "    \"active_listeners\": 1867,\n"
              "    \"population\": 1999.5,\n"
              "    \"arrivals\": null,\n"
              "    \"sessions\": null,\n"
              "    \"plays\": null,\n"
              "    \"streams\": 20155.5,\n"
              "    \"skip_rate\": 0.228395061,\n" // (0.123456789012 + 1/3) / 2
              "    \"listen_through\": null,\n"
              "    \"saves\": 1e+10,\n" // defined on one day only: the mean of that day
              "    \"session_length\": null,\n"
              "    \"churned\": 1,\n"
              "    \"churn_rate\": 0.00025,\n"
              "    \"winbacks\": null,\n"
              "    \"mean_satisfaction\": null,\n"
              "    \"satisfaction_p25\": null,\n"
              "    \"satisfaction_p50\": null,\n"
              "    \"satisfaction_p75\": null,\n"
              "    \"ltv_premium_days\": null,\n"
              "    \"rec_share\": null,\n"
              "    \"exploration_share\": null"
            + laterNulls(",\n    ") + "\n"
            + "  }\n"
              "}\n";
        const std::string json = td::report::runJson(scenario, 7, twoHandMadeDays());
        QCOMPARE(json, expected);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("seed")).toInteger(), 7);
    }

    void noDays()
    {
        const std::string json = td::report::runJson("{}\n", 1, {});
        QVERIFY(json.find("\"days\": [],\n") != std::string::npos);
        QVERIFY(json.find("\"final_population\": null,\n") != std::string::npos);
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void largeSeedIsAString()
    {
        const std::string json = td::report::runJson("{}\n", 18446744073709551615ull, {});
        QVERIFY(json.find("\"seed\": \"18446744073709551615\",\n") != std::string::npos);
        const std::string exact = td::report::runJson("{}\n", 9007199254740992ull, {});
        QVERIFY(exact.find("\"seed\": 9007199254740992,\n") != std::string::npos);
    }

    void summaryMeans()
    {
        const td::report::RunSummary s = td::report::summarize(twoHandMadeDays());
        QCOMPARE(s.days, 2);
        QCOMPARE(s.finalPopulation, 1999.0);
        QCOMPARE(s.means[std::size_t(td::metrics::metricIndex("streams"))], 20155.5);
        QVERIFY(std::isnan(s.means[std::size_t(td::metrics::metricIndex("arrivals"))]));
    }
};

TD_REGISTER_TEST(TestRunJson)
#include "tst_runjson.moc"
