// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/scenario/jsonscan.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using td::sim::Scenario;
using td::sim::ScenarioError;

namespace {

/// The message of the ScenarioError thrown by `f`, or "" if nothing was thrown.
template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const ScenarioError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QString parseError(const QByteArray &json)
{
    return errorOf([&] { td::sim::parseScenario(json.toStdString()); });
}

const QByteArray kSetEpsilon
    = R"({"day": 1, "kind": "set", "path": "recommender.policy.epsilon", "value": 0.2})";

} // namespace

class TestScenarioIo : public QObject
{
    Q_OBJECT
private slots:
    void scheduleEntriesPastTheRunAreAllowed()
    {
        // A preset keeps working with a shorter --days: the entry is simply never reached.
        const auto s = td::sim::parseScenario(
            R"({"run": {"days": 10}, "schedule": [{"day": 40, "kind": "taste_shock"}]})");
        QCOMPARE(s.schedule.front().day, 40);
    }
    void emptyObjectIsAllDefaults()
    {
        const Scenario parsed = td::sim::parseScenario("{}");
        QCOMPARE(td::sim::scenarioToJson(parsed), td::sim::scenarioToJson(Scenario()));
        for (const auto &f : td::sim::scenarioSchema())
            QCOMPARE(td::sim::scenarioValue(parsed, f.path), f.defaultValue);
        QVERIFY(parsed.schedule.empty());
    }

    void defaultsRoundTrip()
    {
        const std::string json = td::sim::scenarioToJson(Scenario());
        QCOMPARE(td::sim::scenarioToJson(td::sim::parseScenario(json)), json);
    }

    void defaultJsonLayout()
    {
        // The start of the layout, by hand: table order, nesting, 2-space indent.
        const std::string json = td::sim::scenarioToJson(Scenario());
        const std::string head = "{\n"
                                 "  \"title\": \"Untitled scenario\",\n"
                                 "  \"description\": \"\",\n"
                                 "  \"run\": {\n"
                                 "    \"days\": 30,\n"
                                 "    \"seed\": 1\n"
                                 "  },\n"
                                 "  \"world\": {\n"
                                 "    \"latent_dim\": 16,\n"
                                 "    \"catalog\": {\n"
                                 "      \"source\": \"generated\",\n";
        QCOMPARE(json.substr(0, head.size()), head);
        const std::string tail = "  \"events\": {\n"
                                 "    \"sample_rate\": 0.01\n"
                                 "  },\n"
                                 "  \"schedule\": []\n"
                                 "}\n";
        QCOMPARE(json.substr(json.size() - tail.size()), tail);
    }

    void changedScenarioRoundTrips()
    {
        Scenario s;
        s.title = "Quotes \" and \\ and a\nnewline, caf\xc3\xa9";
        s.run.seed = std::numeric_limits<std::uint64_t>::max();
        s.world.listeners.malleability = 0.1 + 0.2; // not a short decimal: exactness matters
        s.world.contexts.enabled = false;
        s.recommender.policy.kind = td::recsys::policy::PolicyKind::Thompson;
        s.schedule.push_back({ 3, "set", "recommender.policy.epsilon", "0.25", 0.5, -1, 0.8 });
        s.schedule.push_back({ 5, "taste_shock", "", "", 0.3, 2, 0.75 });
        const std::string json = td::sim::scenarioToJson(s);
        QVERIFY(json.find("\"seed\": \"18446744073709551615\"") != std::string::npos);
        const Scenario back = td::sim::parseScenario(json);
        QCOMPARE(back.title, s.title);
        QCOMPARE(back.run.seed, s.run.seed);
        QCOMPARE(back.world.listeners.malleability, s.world.listeners.malleability);
        QCOMPARE(back.world.contexts.enabled, false);
        QCOMPARE(back.schedule.size(), std::size_t(2));
        QCOMPARE(back.schedule[0].path, s.schedule[0].path);
        QCOMPARE(back.schedule[0].value, std::string("0.25"));
        QCOMPARE(back.schedule[1].kind, std::string("taste_shock"));
        QCOMPARE(back.schedule[1].share, 0.3);
        QCOMPARE(back.schedule[1].genre, 2);
        QCOMPARE(back.schedule[1].strength, 0.75);
        QCOMPARE(td::sim::scenarioToJson(back), json);
    }

    void seedForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("small number") << QByteArray(R"({"run": {"seed": 42}})") << quint64(42);
        QTest::newRow("2^53 as number")
            << QByteArray(R"({"run": {"seed": 9007199254740992}})") << (quint64(1) << 53);
        QTest::newRow("integral double") << QByteArray(R"({"run": {"seed": 7.0}})") << quint64(7);
        QTest::newRow("max as string") << QByteArray(R"({"run": {"seed": "18446744073709551615"}})")
                                       << std::numeric_limits<quint64>::max();
        QTest::newRow("small as string") << QByteArray(R"({"run": {"seed": "5"}})") << quint64(5);
    }
    void seedForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(quint64, seed);
        QCOMPARE(td::sim::parseScenario(json.toStdString()).run.seed, std::uint64_t(seed));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("wrong type") << QByteArray(R"({"world": {"listeners": {"count": "abc"}}})")
            << R"(world.listeners.count: expected an integer, got "abc")";
        QTest::newRow("integer given 3.5") << QByteArray(R"({"world": {"listeners": {"count": 3.5}}})")
            << "world.listeners.count: expected an integer, got 3.5";
        QTest::newRow("below minimum") << QByteArray(R"({"world": {"listeners": {"count": -5}}})")
            << "world.listeners.count: must be >= 1, got -5";
        QTest::newRow("above maximum") << QByteArray(R"({"world": {"listeners": {"malleability": 1.5}}})")
            << "world.listeners.malleability: must be <= 1, got 1.5";
        QTest::newRow("exclusive minimum") << QByteArray(R"({"recommender": {"policy": {"temperature": 0}}})")
            << "recommender.policy.temperature: must be > 0, got 0";
        QTest::newRow("huge integer") << QByteArray(R"({"run": {"days": 1e30}})")
            << "run.days: must be <= 36500, got 1e+30";
        QTest::newRow("unknown depth 1") << QByteArray(R"({"colour": 1})")
            << "colour: unknown field";
        QTest::newRow("unknown depth 2") << QByteArray(R"({"world": {"colour": 1}})")
            << "world.colour: unknown field";
        QTest::newRow("unknown depth 3") << QByteArray(R"({"world": {"listeners": {"colour": 1}}})")
            << "world.listeners.colour: unknown field";
        QTest::newRow("unknown with suggestion") << QByteArray(R"({"world": {"listeners": {"cuont": 1}}})")
            << "world.listeners.cuont: unknown field (did you mean 'count'?)";
        QTest::newRow("unknown under a leaf") << QByteArray(R"({"run": {"days": {"n": 1}}})")
            << "run.days: expected an integer, got an object";
        QTest::newRow("dotted key") << QByteArray(R"({"world.listeners.count": 5})")
            << "world.listeners.count: unknown field (keys cannot contain '.'; nest objects instead)";
        QTest::newRow("section not an object") << QByteArray(R"({"world": 5})")
            << "world: expected an object, got 5";
        QTest::newRow("bad enum") << QByteArray(R"({"recommender": {"kind": "magic"}})")
            << R"(recommender.kind: expected one of random, popular, oracle, pipeline, plugin; got "magic")";
        QTest::newRow("enum given a number") << QByteArray(R"({"recommender": {"objective": 1}})")
            << "recommender.objective: expected one of stream, novelty, retention; got 1";
        QTest::newRow("bad bool") << QByteArray(R"({"world": {"contexts": {"enabled": "yes"}}})")
            << R"(world.contexts.enabled: expected true or false, got "yes")";
        QTest::newRow("string given null") << QByteArray(R"({"title": null})")
            << "title: expected a string, got null";
        QTest::newRow("top level array") << QByteArray("[]")
            << "scenario: a scenario must be a JSON object ({...}), got an array";
        QTest::newRow("negative seed") << QByteArray(R"({"run": {"seed": -1}})")
            << "run.seed: expected an unsigned 64-bit integer, got -1";
        QTest::newRow("seed above 2^53") << QByteArray(R"({"run": {"seed": 9007199254740993}})")
            << R"(run.seed: integers above 2^53 are not exact in JSON; write this one as a decimal string, e.g. "18446744073709551615")";
        QTest::newRow("seed string not a number") << QByteArray(R"({"run": {"seed": "0x10"}})")
            << R"(run.seed: expected an unsigned 64-bit integer, got "0x10")";
        QTest::newRow("weights all zero") << QByteArray(R"({"world": {"sessions": {"home_weight": 0, "radio_weight": 0, "organic_weight": 0}}})")
            << "world.sessions: home_weight, radio_weight and organic_weight must not all be 0 (no session could start)";
        // objective_weight weighs the learned value, which only objective = retention computes.
        QTest::newRow("objective_weight with the stream objective") << QByteArray(R"({"recommender": {"objective_weight": 2}})")
            << R"(recommender.objective_weight: used only when recommender.objective is "retention" (it is "stream"); set recommender.objective to retention, or leave objective_weight at its default 0.1)";
        QTest::newRow("objective_weight with the novelty objective") << QByteArray(R"({"recommender": {"objective": "novelty", "objective_weight": 0}})")
            << R"(recommender.objective_weight: used only when recommender.objective is "retention" (it is "novelty"); set recommender.objective to retention, or leave objective_weight at its default 0.1)";
        QTest::newRow("objective_weight changed live without retention") << QByteArray(R"({"schedule": [{"day": 3, "path": "recommender.objective_weight", "value": "2"}]})")
            << R"(schedule[0]: recommender.objective_weight: used only when recommender.objective is "retention" (it is "stream"); set recommender.objective to retention, or leave objective_weight at its default 0.1)";
        QTest::newRow("csv without path") << QByteArray(R"({"world": {"catalog": {"source": "csv"}}})")
            << R"(world.catalog.path: required when world.catalog.source is "csv")";
        QTest::newRow("catalogue smaller than slate") << QByteArray(R"({"world": {"catalog": {"tracks": 10}}})")
            << "world.catalog.tracks: must be >= recommender.slate_size (20), got 10";
        QTest::newRow("pool smaller than slate") << QByteArray(R"({"recommender": {"kind": "pipeline", "candidates": {"pool_size": 10}}})")
            << "recommender.candidates.pool_size: must be >= recommender.slate_size (20) for the pipeline, got 10";
        // Schedule entries.
        QTest::newRow("schedule not a list") << QByteArray(R"({"schedule": {}})")
            << "schedule: expected an array, got an object";
        QTest::newRow("schedule entry not an object") << QByteArray(R"({"schedule": [1]})")
            << "schedule[0]: expected an object, got 1";
        QTest::newRow("schedule bad kind") << QByteArray(R"({"schedule": [{"kind": "boom"}]})")
            << R"(schedule[0].kind: expected one of set, taste_shock; got "boom")";
        QTest::newRow("schedule unknown path") << QByteArray(R"({"schedule": [)" + kSetEpsilon + "," + kSetEpsilon
                + R"(, {"day": 2, "kind": "set", "path": "x.y", "value": "1"}]})")
            << "schedule[2].path: unknown field 'x.y'";
        QTest::newRow("schedule negative day") << QByteArray(R"({"schedule": [{"day": -1, "kind": "taste_shock"}]})")
            << "schedule[0].day: must be >= 0, got -1";
        QTest::newRow("schedule fractional day") << QByteArray(R"({"schedule": [{"day": 1.5, "kind": "taste_shock"}]})")
            << "schedule[0].day: expected an integer, got 1.5";
        QTest::newRow("schedule bad value") << QByteArray(R"({"schedule": [{"day": 1, "kind": "set", "path": "recommender.policy.epsilon", "value": 3}]})")
            << "schedule[0].value: recommender.policy.epsilon: must be <= 1, got 3";
        QTest::newRow("schedule bad enum value") << QByteArray(R"({"schedule": [{"day": 1, "kind": "set", "path": "recommender.policy.kind", "value": "best"}]})")
            << R"(schedule[0].value: recommender.policy.kind: expected one of greedy, epsilon_greedy, softmax, ucb, thompson, linucb; got "best")";
        QTest::newRow("schedule value breaks a cross rule") << QByteArray(R"({"recommender": {"kind": "pipeline"}, "schedule": [{"day": 1, "kind": "set", "path": "recommender.candidates.pool_size", "value": 5}]})")
            << "schedule[0]: recommender.candidates.pool_size: must be >= recommender.slate_size (20) for the pipeline, got 5";
        QTest::newRow("schedule path not live") << QByteArray(R"({"schedule": [{"day": 1, "kind": "set", "path": "world.catalog.tracks", "value": 10}]})")
            << "schedule[0].path: 'world.catalog.tracks' cannot change during a run; live knobs: world.listeners.malleability, recommender.retrain_every_days, recommender.context_aware, recommender.candidates.explore_share, recommender.candidates.pool_size, recommender.candidates.mix.<surface>.<source>, recommender.index_lag_days, recommender.objective_weight, recommender.policy.kind, recommender.policy.epsilon, recommender.policy.temperature, recommender.policy.ucb_beta, recommender.policy.linucb_alpha, recommender.diversity.mmr_lambda";
        QTest::newRow("schedule missing value") << QByteArray(R"({"schedule": [{"day": 1, "kind": "set", "path": "recommender.policy.epsilon"}]})")
            << "schedule[0].value: missing (a 'set' entry needs path and value)";
        QTest::newRow("schedule key of another kind") << QByteArray(R"({"schedule": [{"day": 1, "kind": "set", "path": "recommender.policy.epsilon", "value": 0.1, "share": 0.5}]})")
            << "schedule[0].share: unknown field (a 'set' entry takes day, kind, path, value)";
        QTest::newRow("schedule unknown key") << QByteArray(R"({"schedule": [{"day": 1, "kind": "taste_shock", "when": 3}]})")
            << "schedule[0].when: unknown field (a 'taste_shock' entry takes day, kind, share, genre, strength)";
        QTest::newRow("taste shock share 0") << QByteArray(R"({"schedule": [{"day": 1, "kind": "taste_shock", "share": 0}]})")
            << "schedule[0].share: must be in (0, 1], got 0";
        QTest::newRow("taste shock strength 1.5") << QByteArray(R"({"schedule": [{"day": 1, "kind": "taste_shock", "strength": 1.5}]})")
            << "schedule[0].strength: must be in [0, 1], got 1.5";
        QTest::newRow("taste shock genre too large") << QByteArray(R"({"schedule": [{"day": 1, "kind": "taste_shock", "genre": 12}]})")
            << "schedule[0].genre: must be -1 (a random genre per listener) or a genre 0..11 (world.catalog.genres - 1), got 12";
        // Issue 16, item 7: duplicate keys at any depth, also when spelled with escapes.
        QTest::newRow("duplicate leaf") << QByteArray("{\"run\": {\"days\": 5,\n \"days\": 9}}")
            << "scenario:2:2: run.days: given twice (first on line 1); each key may appear only once in an object";
        QTest::newRow("duplicate section") << QByteArray(R"({"world": {"listeners": {"count": 5}}, "world": {}})")
            << "scenario:1:40: world: given twice (first on line 1); each key may appear only once in an object";
        QTest::newRow("duplicate in the schedule") << QByteArray(R"({"schedule": [{"day": 1}, {"day": 2, "kind": "set", "day": 3}]})")
            << "scenario:1:53: schedule[1].day: given twice (first on line 1); each key may appear only once in an object";
        QTest::newRow("duplicate by escape") << QByteArray(R"({"run": {"se\u0065d": 1, "seed": 2}})")
            << "scenario:1:26: run.seed: given twice (first on line 1); each key may appear only once in an object";
        // A CSV catalogue's genres are checked once it is loaded (checkScheduleGenres), not
        // against world.catalog.genres; -1 and below are still wrong at once.
        QTest::newRow("csv taste shock genre -2") << QByteArray(R"({"world": {"catalog": {"source": "csv", "path": "x.csv"}}, "schedule": [{"day": 1, "kind": "taste_shock", "genre": -2}]})")
            << "schedule[0].genre: must be -1 (a random genre per listener) or a genre 0..11 (world.catalog.genres - 1), got -2";
        QTest::newRow("taste shock genre -2") << QByteArray(R"({"world": {"catalog": {"genres": 3}}, "schedule": [{"day": 1, "kind": "taste_shock", "genre": -2}]})")
            << "schedule[0].genre: must be -1 (a random genre per listener) or a genre 0..2 (world.catalog.genres - 1), got -2";
        // clang-format on
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QCOMPARE(parseError(json), message);
    }

    void sameKeyInDifferentObjectsIsFine()
    {
        const Scenario s = td::sim::parseScenario(
            R"({"world": {"listeners": {"count": 7}, "catalog": {"tracks": 40}},
                "schedule": [{"day": 1, "kind": "taste_shock"}, {"day": 2, "kind": "taste_shock"}]})");
        QCOMPARE(s.world.listeners.count, 7);
        QCOMPARE(s.schedule.size(), std::size_t(2));
    }

    void csvGenresAreCheckedOnLoad()
    {
        Scenario s = td::sim::parseScenario(
            R"({"world": {"catalog": {"source": "csv", "path": "x.csv", "genres": 12}},
                "schedule": [{"day": 1, "kind": "taste_shock", "genre": 7}]})");
        QCOMPARE(s.schedule.front().genre, 7); // accepted until the file's genres are known
        try {
            td::sim::checkScheduleGenres(s, { "pop", "rock", "rap" });
            QFAIL("genre 7 of a 3-genre catalogue was accepted");
        } catch (const td::sim::ScenarioError &e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                QStringLiteral("schedule[0].genre: must be -1 (a random genre per listener) or a "
                               "genre 0..2 of the catalogue file 'x.csv', which has 3 genres (0 "
                               "pop, 1 rock, 2 rap); got 7"));
        }
        s.schedule.front().genre = 2;
        td::sim::checkScheduleGenres(s, { "pop", "rock", "rap" });
        s.schedule.front().genre = -1;
        td::sim::checkScheduleGenres(s, { "pop" });
    }

    void numberRangeProblems_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("problem");
        const QString small = QStringLiteral(
            " is too close to 0 for a number: a double underflows to 0 below about 4.9e-324 "
            "(write 0 if 0 is meant)");
        const QString large
            = QStringLiteral(" is too large for a number: a double holds at most about 1.8e308");
        QTest::newRow("1e-400") << QStringLiteral("1e-400") << QStringLiteral("1e-400") + small;
        QTest::newRow("-1e-400") << QStringLiteral("-1e-400") << QStringLiteral("-1e-400") + small;
        QTest::newRow("0.001e-322")
            << QStringLiteral("0.001e-322") << QStringLiteral("0.001e-322") + small;
        QTest::newRow("1e400") << QStringLiteral("1e400") << QStringLiteral("1e400") + large;
        QTest::newRow("-2E+309") << QStringLiteral("-2E+309") << QStringLiteral("-2E+309") + large;
        QTest::newRow("huge exponent") << QStringLiteral("1e-99999999999999999999")
                                       << QStringLiteral("1e-99999999999999999999") + small;
        QTest::newRow("in range: subnormal") << QStringLiteral("1e-310") << QString();
        QTest::newRow("in range: 1.7e308") << QStringLiteral("1.7e308") << QString();
        QTest::newRow("not a number") << QStringLiteral("abc") << QString();
        QTest::newRow("trailing text") << QStringLiteral("1e-400x") << QString();
    }
    void numberRangeProblems()
    {
        QFETCH(QString, number);
        QFETCH(QString, problem);
        QCOMPARE(
            QString::fromStdString(td::sim::numberRangeProblem(number.toStdString())), problem);
    }

    void goodSchedule()
    {
        const Scenario s = td::sim::parseScenario(
            R"({"run": {"days": 5}, "schedule": [{"day": 4, "kind": "set", "path": "recommender.policy.kind", "value": "softmax"},
                {"day": 0, "kind": "taste_shock", "genre": 11, "share": 1, "strength": 0},
                {"day": 2, "path": "world.listeners.malleability", "value": 0}]})");
        QCOMPARE(s.schedule.size(), std::size_t(3));
        QCOMPARE(s.schedule[0].value, std::string("softmax"));
        QCOMPARE(s.schedule[1].genre, 11);
        QCOMPARE(s.schedule[2].kind, std::string("set")); // the default kind
        QCOMPARE(s.schedule[2].value, std::string("0"));
    }

    void objectiveWeightWithRetention()
    {
        // With objective = retention the weight is accepted from the file and as a live change.
        const Scenario s = td::sim::parseScenario(
            R"({"recommender": {"objective": "retention", "objective_weight": 2.5},
                "schedule": [{"day": 3, "path": "recommender.objective_weight", "value": "0"}]})");
        QCOMPARE(s.recommender.objective, td::recsys::Objective::Retention);
        QCOMPARE(s.recommender.objectiveWeight, 2.5);
        QCOMPARE(td::sim::parseScenario(R"({"recommender": {"objective": "novelty"}})")
                     .recommender.objective,
            td::recsys::Objective::Novelty);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("trailing comma") << QByteArray("{\"run\": {\"days\": 3,}}") << "scenario:1:";
        QTest::newRow("line 3") << QByteArray("{\n  \"title\": \"x\",\n  \"run\": {\"days\": }\n}")
                                << "scenario:3:";
        QTest::newRow("empty") << QByteArray("") << "scenario:1:1: malformed JSON: ";
        QTest::newRow("unterminated") << QByteArray("{\n") << "scenario:2:";
    }
    void malformedJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, prefix);
        const QString message = parseError(json);
        QVERIFY2(message.startsWith(prefix), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String(": malformed JSON: ")), qPrintable(message));
    }

    void malformedJsonColumn()
    {
        // Qt reports the offset where parsing failed; line:column count characters from 1.
        QJsonParseError error;
        const QByteArray json = "{\n  \"a\": tru }";
        QJsonDocument::fromJson(json, &error);
        const QString expected = QStringLiteral("scenario:2:%1: malformed JSON: %2")
                                     .arg(error.offset - 2 + 1)
                                     .arg(error.errorString());
        QCOMPARE(parseError(json), expected);
    }

    void missingFile()
    {
        QCOMPARE(errorOf([] { td::sim::loadScenarioFile("/nonexistent-dir/x.json"); }),
            QStringLiteral("cannot open scenario file '/nonexistent-dir/x.json': No such file or "
                           "directory"));
    }

    void directoryIsNotAFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString();
        QCOMPARE(errorOf([&] { td::sim::loadScenarioFile(path); }),
            QString::fromStdString("cannot open scenario file '" + path + "': Is a directory"));
    }

    void fileErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        const QString range = dir.filePath(QStringLiteral("range.json"));
        QFile f1(bad), f2(range);
        QVERIFY(f1.open(QIODevice::WriteOnly) && f2.open(QIODevice::WriteOnly));
        f1.write("{\n  \"run\": {\"days\": 3,}\n}\n");
        f2.write(R"({"world": {"listeners": {"count": -5}}})");
        f1.close();
        f2.close();
        const QString syntax = errorOf([&] { td::sim::loadScenarioFile(bad.toStdString()); });
        QVERIFY2(syntax.startsWith(bad + QStringLiteral(":2:")), qPrintable(syntax));
        QVERIFY(syntax.contains(QLatin1String("malformed JSON")));
        QCOMPARE(errorOf([&] { td::sim::loadScenarioFile(range.toStdString()); }),
            range + QStringLiteral(": world.listeners.count: must be >= 1, got -5"));
    }

    void baseDirectoryIsTheFilesFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString path = dir.filePath(QStringLiteral("sub/s.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"world": {"catalog": {"source": "csv", "path": "data/tracks.csv"}}})");
        file.close();
        const Scenario s = td::sim::loadScenarioFile(path.toStdString());
        QCOMPARE(QString::fromStdString(s.baseDirectory),
            QDir(dir.path()).absoluteFilePath(QStringLiteral("sub")));
        QCOMPARE(s.world.catalog.path, std::string("data/tracks.csv")); // kept as written
        QVERIFY(td::sim::scenarioToJson(s).find("baseDirectory") == std::string::npos);
    }

    void setValueErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("not an integer") << "world.listeners.count" << "abc" << R"(world.listeners.count: expected an integer, got "abc")";
        QTest::newRow("fraction for integer") << "world.listeners.count" << "3.5" << R"(world.listeners.count: expected an integer, got "3.5")";
        QTest::newRow("empty integer") << "run.days" << "" << R"(run.days: expected an integer, got "")";
        QTest::newRow("integer out of range") << "world.listeners.count" << "-5" << "world.listeners.count: must be >= 1, got -5";
        QTest::newRow("beyond int") << "run.days" << "99999999999" << "run.days: must be <= 36500, got 99999999999";
        QTest::newRow("not a number") << "recommender.policy.epsilon" << "lots" << R"(recommender.policy.epsilon: expected a number, got "lots")";
        QTest::newRow("nan") << "recommender.policy.epsilon" << "nan" << R"(recommender.policy.epsilon: expected a number, got "nan")";
        QTest::newRow("decimal comma") << "recommender.policy.epsilon" << "0,5" << R"(recommender.policy.epsilon: expected a number, got "0,5")";
        QTest::newRow("number out of range") << "recommender.policy.epsilon" << "1.01" << "recommender.policy.epsilon: must be <= 1, got 1.01";
        QTest::newRow("bool") << "world.contexts.enabled" << "yes" << R"(world.contexts.enabled: expected true or false, got "yes")";
        QTest::newRow("enum") << "recommender.policy.kind" << "Thompson" << R"(recommender.policy.kind: expected one of greedy, epsilon_greedy, softmax, ucb, thompson, linucb; got "Thompson")";
        QTest::newRow("negative seed") << "run.seed" << "-1" << R"(run.seed: expected an unsigned 64-bit integer, got "-1")";
        QTest::newRow("seed overflow") << "run.seed" << "18446744073709551616" << "run.seed: must be <= 18446744073709551615, got 18446744073709551616";
        QTest::newRow("unknown") << "world.listeners.colour" << "1" << "world.listeners.colour: unknown field";
        QTest::newRow("unknown section") << "planet.size" << "1" << "planet.size: unknown field";
        QTest::newRow("a section") << "world.listeners" << "1" << "world.listeners: is a section, not a field (e.g. world.listeners.count)";
        // clang-format on
    }
    void setValueErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Scenario s;
        const std::string before = td::sim::scenarioToJson(s);
        QCOMPARE(
            errorOf([&] { td::sim::setScenarioValue(s, path.toStdString(), value.toStdString()); }),
            message);
        QCOMPARE(td::sim::scenarioToJson(s), before); // a rejected value changes nothing
    }

    void setValueTextForms()
    {
        Scenario s;
        td::sim::setScenarioValue(s, "world.contexts.enabled", "false");
        td::sim::setScenarioValue(s, "recommender.policy.kind", "linucb");
        td::sim::setScenarioValue(s, "recommender.policy.epsilon", "2.5e-1");
        td::sim::setScenarioValue(s, "run.seed", "18446744073709551615");
        QCOMPARE(s.world.contexts.enabled, false);
        QCOMPARE(s.recommender.policy.kind, td::recsys::policy::PolicyKind::LinUcb);
        QCOMPARE(s.recommender.policy.epsilon, 0.25);
        QCOMPARE(td::sim::scenarioValue(s, "recommender.policy.epsilon"), std::string("0.25"));
        QCOMPARE(s.run.seed, std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(errorOf([&] { td::sim::scenarioValue(s, "run.nope"); }),
            QStringLiteral("run.nope: unknown field"));
    }

    void validateCatchesCodeBuiltScenarios()
    {
        // The GUI may fill a Scenario directly: validateScenario() re-checks every leaf.
        Scenario s;
        s.recommender.mmrLambda = 2.0;
        QCOMPARE(errorOf([&] { td::sim::validateScenario(s); }),
            QStringLiteral("recommender.diversity.mmr_lambda: must be <= 1, got 2"));
        s = Scenario();
        s.recommender.objective = td::recsys::Objective(7); // not a name the scenario knows
        QCOMPARE(errorOf([&] { td::sim::validateScenario(s); }),
            QStringLiteral(
                "recommender.objective: expected one of stream, novelty, retention; got 7"));
        s = Scenario();
        s.schedule.push_back({ 1, "set", "", "1", 0.5, -1, 0.8 });
        QCOMPARE(errorOf([&] { td::sim::validateScenario(s); }),
            QStringLiteral("schedule[0].path: missing (a 'set' entry needs path and value)"));
        s = Scenario();
        s.world.listeners.count = 0;
        QCOMPARE(errorOf([&] { td::sim::validateScenario(s); }),
            QStringLiteral("world.listeners.count: must be >= 1, got 0"));
    }
};

TD_REGISTER_TEST(TestScenarioIo)
#include "tst_scenarioio.moc"
