// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/report/metricscsv.h"
#include "testregistry.h"

#include <QtTest>

#include <limits>

namespace {

/// The 20 columns the catalogue had when these tests were written (append-only contract).
const char *const kFirstColumns
    = "day,active_listeners,population,arrivals,sessions,plays,streams,skip_rate,listen_through,"
      "saves,session_length,churned,churn_rate,winbacks,mean_satisfaction,satisfaction_p25,"
      "satisfaction_p50,satisfaction_p75,ltv_premium_days,rec_share,exploration_share";
constexpr std::size_t kKnownMetrics = 20;

/// Columns appended to the catalogue later: names for the header, empty (NaN) cells for rows.
std::string laterNames()
{
    std::string s;
    const auto &c = td::metrics::metricCatalog();
    for (std::size_t i = kKnownMetrics; i < c.size(); ++i)
        s += "," + std::string(c[i].name);
    return s;
}
std::string laterCells()
{
    return std::string(td::metrics::metricCatalog().size() - kKnownMetrics, ',');
}

} // namespace

/// A hand-made two-day run shared by the CSV and JSON writer tests.
std::vector<td::metrics::DayMetrics> twoHandMadeDays()
{
    td::metrics::DayMetrics d0, d1;
    d0.day = 0;
    d0.set("active_listeners", 1834);
    d0.set("population", 2000);
    d0.set("streams", 20311);
    d0.set("skip_rate", 0.123456789012); // 9 significant digits
    d0.set("saves", 1e10);
    d0.set("churn_rate", -0.0); // written as 0, never -0
    d1.day = 1;
    d1.set("active_listeners", 1900);
    d1.set("population", 1999);
    d1.set("streams", 20000);
    d1.set("skip_rate", 1.0 / 3.0);
    d1.set("churned", 1);
    d1.set("churn_rate", 0.0005);
    return { d0, d1 };
}

class TestMetricsCsv : public QObject
{
    Q_OBJECT
private slots:
    void headerIsDayThenCatalogue()
    {
        QCOMPARE(td::report::metricsCsvHeader(), kFirstColumns + laterNames() + "\n");
    }

    void twoDays()
    {
        // day,active,population,arrivals,sessions,plays,streams,skip_rate,listen_through,saves,
        // session_length,churned,churn_rate,winbacks,mean_sat,p25,p50,p75,ltv,rec_share,expl
        const std::string expected = kFirstColumns + laterNames() + "\n"
            + "0,1834,2000,,,,20311,0.123456789,,1e+10,,,0,,,,,,,," + laterCells() + "\n"
            + "1,1900,1999,,,,20000,0.333333333,,,,1,0.0005,,,,,,,," + laterCells() + "\n";
        QCOMPARE(td::report::metricsCsv(twoHandMadeDays()), expected);
    }

    void noDaysIsHeaderOnly()
    {
        QCOMPARE(td::report::metricsCsv({}), td::report::metricsCsvHeader());
    }

    void infinityIsAnEmptyCell()
    {
        td::metrics::DayMetrics d;
        d.day = 7;
        d.set("active_listeners", std::numeric_limits<double>::infinity());
        d.set("population", 3);
        QCOMPARE(td::report::metricsCsvRow(d), "7,,3,,,,,,,,,,,,,,,,,," + laterCells() + "\n");
    }
};

TD_REGISTER_TEST(TestMetricsCsv)
#include "tst_metricscsv.moc"
