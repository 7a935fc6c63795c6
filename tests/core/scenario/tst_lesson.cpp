// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The optional `lesson` of a scenario: read, checked against the metric catalogue, written
// back only when present, and never part of a scenario that has none.
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "testregistry.h"

#include <QtTest>

using td::sim::Scenario;
using td::sim::ScenarioError;

namespace {

QString parseError(const QByteArray &json)
{
    try {
        td::sim::parseScenario(json.toStdString());
    } catch (const ScenarioError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// JSON escapes in a step (quotes, \u2014) are read as text. (Not a raw string: moc would
// stop at the escaped quotes.)
const QByteArray kGood = "{\"lesson\": {\"tab\": \"feedback\", "
                         "\"metrics\": [\"taste_homogenization\", \"coverage\"], "
                         "\"steps\": [\"Run to day 30.\", "
                         "\"Watch \\\"Homogenisation\\\" \\u2014 then set epsilon to 0.2.\"]}}";

} // namespace

class TestLesson : public QObject
{
    Q_OBJECT
private slots:
    void readsTabMetricsAndSteps()
    {
        const Scenario s = td::sim::parseScenario(kGood.toStdString());
        QCOMPARE(s.lesson.tab, std::string("feedback"));
        QCOMPARE(
            s.lesson.metrics, (std::vector<std::string> { "taste_homogenization", "coverage" }));
        QCOMPARE(s.lesson.steps.size(), std::size_t(2));
        QCOMPARE(s.lesson.steps[1],
            std::string("Watch \"Homogenisation\" \xe2\x80\x94 then set epsilon to 0.2."));
    }

    void roundTripsAndStaysOutWhenAbsent()
    {
        const Scenario s = td::sim::parseScenario(kGood.toStdString());
        const std::string json = td::sim::scenarioToJson(s);
        QVERIFY(json.find("\"lesson\"") != std::string::npos);
        const Scenario back = td::sim::parseScenario(json);
        QVERIFY(back.lesson == s.lesson);
        QCOMPARE(td::sim::scenarioToJson(back), json);
        // A scenario without a lesson writes none: `{}` and the defaults keep their JSON.
        QVERIFY(td::sim::scenarioToJson(Scenario()).find("lesson") == std::string::npos);
        QVERIFY(td::sim::parseScenario("{}").lesson.empty());
        // Only a tab: metrics and steps are empty lists, still a lesson.
        const Scenario tabOnly = td::sim::parseScenario(R"({"lesson": {"tab": "funnel"}})");
        QVERIFY(!tabOnly.lesson.empty());
        QVERIFY(td::sim::parseScenario(td::sim::scenarioToJson(tabOnly)).lesson == tabOnly.lesson);
    }

    void everyTabIsAccepted()
    {
        QCOMPARE(td::sim::lessonTabs().size(), std::size_t(7));
        for (const std::string &tab : td::sim::lessonTabs()) {
            const Scenario s = td::sim::parseScenario(R"({"lesson": {"tab": ")" + tab + R"("}})");
            QCOMPARE(s.lesson.tab, tab);
        }
    }

    void badLesson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("not an object") << QByteArray(R"({"lesson": ["feedback"]})")
            << "lesson: expected an object with tab, metrics and steps, got an array";
        QTest::newRow("no tab") << QByteArray(R"({"lesson": {"steps": ["Run."]}})")
            << "lesson.tab: missing (a lesson names the tab it is about)";
        QTest::newRow("empty object") << QByteArray(R"({"lesson": {}})")
            << "lesson.tab: missing (a lesson names the tab it is about)";
        QTest::newRow("unknown tab") << QByteArray(R"({"lesson": {"tab": "runs"}})")
            << R"(lesson.tab: expected one of engagement, feedback, diversity, certainty, retrieval, funnel, inspector; got "runs")";
        QTest::newRow("tab not a string") << QByteArray(R"({"lesson": {"tab": 2}})")
            << "lesson.tab: expected a string, got 2";
        QTest::newRow("unknown key") << QByteArray(R"({"lesson": {"tab": "feedback", "charts": []}})")
            << "lesson.charts: unknown field (a lesson takes tab, metrics, steps)";
        QTest::newRow("metrics not a list") << QByteArray(R"({"lesson": {"tab": "feedback", "metrics": "coverage"}})")
            << R"(lesson.metrics: expected an array of strings, got "coverage")";
        QTest::newRow("metric not a string") << QByteArray(R"({"lesson": {"tab": "feedback", "metrics": ["coverage", 3]}})")
            << "lesson.metrics[1]: expected a string, got 3";
        QTest::newRow("unknown metric with suggestion") << QByteArray(R"({"lesson": {"tab": "engagement", "metrics": ["skip_rate", "streamz"]}})")
            << R"(lesson.metrics[1]: unknown metric column "streamz" (did you mean "streams"?); docs/metrics.md lists the columns)";
        QTest::newRow("unknown metric") << QByteArray(R"({"lesson": {"tab": "engagement", "metrics": ["happiness_index"]}})")
            << R"(lesson.metrics[0]: unknown metric column "happiness_index"; docs/metrics.md lists the columns)";
        QTest::newRow("metric twice") << QByteArray(R"({"lesson": {"tab": "diversity", "metrics": ["coverage", "novelty", "coverage"]}})")
            << R"(lesson.metrics[2]: "coverage" is listed twice)";
        QTest::newRow("blank step") << QByteArray(R"({"lesson": {"tab": "feedback", "steps": ["Run.", "  "]}})")
            << "lesson.steps[1]: a step must not be empty";
        QTest::newRow("two lines in a step") << QByteArray(R"({"lesson": {"tab": "feedback", "steps": ["Run.\nWatch."]}})")
            << "lesson.steps[0]: a step is one line of plain text (make a new step instead of a line break)";
        QTest::newRow("step not a string") << QByteArray(R"({"lesson": {"tab": "feedback", "steps": [{}]}})")
            << "lesson.steps[0]: expected a string, got an object";
        QTest::newRow("misspelt key") << QByteArray(R"({"leson": {"tab": "feedback"}})")
            << "leson: unknown field (did you mean 'lesson'?)";
        // clang-format on
    }
    void badLesson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QCOMPARE(parseError(json), message);
    }

    void validateChecksCodeBuiltLessons()
    {
        Scenario s;
        td::sim::validateScenario(s); // no lesson: fine
        s.lesson.metrics = { "coverage" };
        QVERIFY_THROWS_EXCEPTION(ScenarioError, td::sim::validateScenario(s)); // no tab
        s.lesson.tab = "diversity";
        td::sim::validateScenario(s);
        s.lesson.metrics.push_back("Coverage"); // names are exact, like CSV columns
        QVERIFY_THROWS_EXCEPTION(ScenarioError, td::sim::validateScenario(s));
    }

    void documented()
    {
        const std::string md = td::sim::scenarioSchemaMarkdown();
        QVERIFY(md.find("## Lesson") != std::string::npos);
        for (const td::sim::LessonFieldInfo &f : td::sim::lessonSchema())
            QVERIFY2(md.find("| `" + f.name + "` |") != std::string::npos, f.name.c_str());
        for (const std::string &tab : td::sim::lessonTabs())
            QVERIFY(md.find(tab) != std::string::npos);
    }
};

TD_REGISTER_TEST(TestLesson)
#include "tst_lesson.moc"
