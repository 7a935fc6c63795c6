// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/scenario/textformat.h"
#include "testregistry.h"

#include <QFile>
#include <QtTest>

#include <cmath>
#include <set>

using td::sim::FieldInfo;
using td::sim::FieldType;
using td::sim::Scenario;
using td::sim::ScenarioError;

namespace {

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const ScenarioError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

/// A valid value different from the default, in text form.
std::string otherValidValue(const FieldInfo &f)
{
    using td::sim::text::shortestNumber;
    switch (f.type) {
    case FieldType::Int: {
        const long long d = std::stoll(f.defaultValue);
        const bool upOk = !f.maximum || double(d + 1) <= *f.maximum;
        return std::to_string(upOk ? d + 1 : d - 1);
    }
    case FieldType::UInt64:
        return "12345678901234567890";
    case FieldType::Double: {
        const double d = std::stod(f.defaultValue);
        double v = f.maximum ? (d + *f.maximum) / 2 : d + 1.25;
        if (v == d) // default at the maximum: go down instead
            v = f.minimum ? (d + *f.minimum) / 2 : d - 1.25;
        return shortestNumber(v);
    }
    case FieldType::Bool:
        return f.defaultValue == "true" ? "false" : "true";
    case FieldType::String:
        return f.defaultValue + "changed";
    case FieldType::Enum:
        for (const std::string &c : f.choices) {
            if (c != f.defaultValue)
                return c;
        }
    }
    return {};
}

} // namespace

class TestScenarioSchema : public QObject
{
    Q_OBJECT
private slots:
    void tableIsWellFormed()
    {
        std::set<std::string> paths;
        const auto &groups = td::sim::scenarioGroups();
        for (const FieldInfo &f : td::sim::scenarioSchema()) {
            QVERIFY2(paths.insert(f.path).second, f.path.c_str()); // unique
            for (const char c : f.path)
                QVERIFY2((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.',
                    f.path.c_str());
            // A leaf is never also a section (no "a.b" leaf beside an "a.b.c" leaf).
            QVERIFY2(!td::sim::isScenarioSection(f.path), f.path.c_str());
            QVERIFY2(
                std::find(groups.begin(), groups.end(), f.group) != groups.end(), f.path.c_str());
            QVERIFY2(!f.description.empty(), f.path.c_str());
            QCOMPARE(f.type == FieldType::Enum, !f.choices.empty());
            if (f.minimum && f.maximum)
                QVERIFY2(*f.minimum < *f.maximum, f.path.c_str());
            // Ranges belong to numbers only.
            if (f.minimum || f.maximum)
                QVERIFY2(f.type == FieldType::Int || f.type == FieldType::Double, f.path.c_str());
        }
        QVERIFY(paths.size() > 80);
    }

    void defaultsComeFromTheStructs()
    {
        const Scenario s;
        for (const FieldInfo &f : td::sim::scenarioSchema())
            QCOMPARE(f.defaultValue, f.valueText(s));
        // Spot checks against the member initialisers, by hand.
        QCOMPARE(
            td::sim::findScenarioField("world.listeners.count")->defaultValue, std::string("2000"));
        QCOMPARE(
            td::sim::findScenarioField("recommender.kind")->defaultValue, std::string("popular"));
        QCOMPARE(
            td::sim::findScenarioField("events.sample_rate")->defaultValue, std::string("0.01"));
        QCOMPARE(td::sim::findScenarioField("world.contexts.enabled")->defaultValue,
            std::string("true"));
        QCOMPARE(td::sim::findScenarioField("run.seed")->defaultValue, std::string("1"));
        td::sim::validateScenario(s); // the defaults are valid
    }

    void contractPathsExist_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");
        // Names fixed by docs/architecture.md §5b and the issue (never renamed).
        const std::pair<const char *, FieldType> fixed[] = {
            { "title", FieldType::String },
            { "description", FieldType::String },
            { "run.days", FieldType::Int },
            { "run.seed", FieldType::UInt64 },
            { "world.listeners.count", FieldType::Int },
            { "world.listeners.arrivals_per_day", FieldType::Double },
            { "world.listeners.malleability", FieldType::Double },
            { "world.contexts.enabled", FieldType::Bool },
            { "world.catalog.source", FieldType::Enum },
            { "world.catalog.path", FieldType::String },
            { "world.catalog.tracks", FieldType::Int },
            { "recommender.kind", FieldType::Enum },
            { "recommender.slate_size", FieldType::Int },
            { "recommender.retrain_every_days", FieldType::Int },
            { "recommender.candidates.pool_size", FieldType::Int },
            { "recommender.ann.ef", FieldType::Int },
            { "recommender.ann.m", FieldType::Int },
            { "recommender.policy.kind", FieldType::Enum },
            { "recommender.policy.epsilon", FieldType::Double },
            { "recommender.policy.temperature", FieldType::Double },
            { "recommender.policy.ucb_beta", FieldType::Double },
            { "recommender.policy.linucb_alpha", FieldType::Double },
            { "recommender.diversity.mmr_lambda", FieldType::Double },
            { "recommender.objective", FieldType::Enum },
            { "recommender.popular.half_life_days", FieldType::Double },
            { "events.sample_rate", FieldType::Double },
        };
        for (const auto &[path, type] : fixed)
            QTest::newRow(path) << QString::fromLatin1(path) << int(type);
    }
    void contractPathsExist()
    {
        QFETCH(QString, path);
        QFETCH(int, type);
        const FieldInfo *f = td::sim::findScenarioField(path.toStdString());
        QVERIFY(f);
        QCOMPARE(int(f->type), type);
    }

    void enumChoices()
    {
        using V = std::vector<std::string>;
        QCOMPARE(td::sim::findScenarioField("world.catalog.source")->choices,
            (V { "generated", "csv" }));
        QCOMPARE(td::sim::findScenarioField("recommender.kind")->choices,
            (V { "random", "popular", "oracle", "pipeline", "plugin" }));
        QCOMPARE(td::sim::findScenarioField("recommender.policy.kind")->choices,
            (V { "greedy", "epsilon_greedy", "softmax", "ucb", "thompson", "linucb" }));
        for (const char *surface : td::recsys::kServedSurfaceNames)
            QCOMPARE(td::sim::findScenarioField(
                         std::string("recommender.surfaces.") + surface + ".policy.kind")
                         ->choices,
                (V { "inherit", "greedy", "epsilon_greedy", "softmax", "ucb", "thompson",
                    "linucb" }));
        QCOMPARE(td::sim::findScenarioField("recommender.objective")->choices,
            (V { "stream", "novelty", "retention" }));
    }

    void liveKnobs()
    {
        std::set<std::string> live;
        for (const FieldInfo &f : td::sim::scenarioSchema()) {
            if (f.live)
                live.insert(f.path);
        }
        std::set<std::string> expected { "recommender.policy.kind", "recommender.policy.epsilon",
            "recommender.policy.temperature", "recommender.policy.ucb_beta",
            "recommender.policy.linucb_alpha", "recommender.diversity.mmr_lambda",
            "recommender.candidates.pool_size", "recommender.context_aware",
            "recommender.candidates.explore_share", "recommender.retrain_every_days",
            "recommender.objective_weight", "recommender.index_lag_days",
            "world.listeners.malleability" };
        for (const char *surface : td::recsys::kServedSurfaceNames) {
            for (const char *source : { "cf", "similar", "similar_history", "content", "trending",
                     "trending_cold_start", "followed", "new_release" })
                expected.insert(
                    std::string("recommender.candidates.mix.") + surface + "." + source);
        }
        QCOMPARE(live, expected);
    }

    // Generated from the table: every leaf can be set, read back, and written to JSON; a
    // value outside its range is rejected.
    void everyLeaf_data()
    {
        QTest::addColumn<QString>("path");
        for (const FieldInfo &f : td::sim::scenarioSchema())
            QTest::newRow(f.path.c_str()) << QString::fromStdString(f.path);
    }
    void everyLeaf()
    {
        QFETCH(QString, path);
        const FieldInfo &f = *td::sim::findScenarioField(path.toStdString());
        const std::string value = otherValidValue(f);
        QVERIFY(value != f.defaultValue);

        Scenario s;
        td::sim::setScenarioValue(s, f.path, value);
        QCOMPARE(td::sim::scenarioValue(s, f.path), value);
        // Exactly this leaf changed: catches two paths bound to one member.
        for (const FieldInfo &other : td::sim::scenarioSchema()) {
            if (other.path != f.path)
                QCOMPARE(other.valueText(s), other.defaultValue);
        }
        // Through JSON and back (a CSV catalogue also needs its file name).
        if (f.path == "world.catalog.source")
            td::sim::setScenarioValue(s, "world.catalog.path", "tracks.csv");
        // Leaves that apply only with another leaf set (no inert knobs) get it set.
        if (f.path == "recommender.ranker.ips_clip")
            td::sim::setScenarioValue(s, "recommender.ranker.ips_weighting", "true");
        const std::string surfaces = "recommender.surfaces.";
        if (f.path.compare(0, surfaces.size(), surfaces) == 0
            && f.path.compare(f.path.size() - 5, 5, ".kind") != 0)
            td::sim::setScenarioValue(
                s, f.path.substr(0, f.path.rfind('.')) + ".kind", "epsilon_greedy");
        // objective_weight is refused unless the objective is retention (cross-field rule).
        if (f.path == "recommender.objective_weight")
            td::sim::setScenarioValue(s, "recommender.objective", "retention");
        const Scenario back = td::sim::parseScenario(td::sim::scenarioToJson(s));
        QCOMPARE(td::sim::scenarioValue(back, f.path), value);

        // Out of range / invalid text is rejected with a message naming the path.
        std::vector<std::string> bad;
        const double step = f.type == FieldType::Int ? 1.0 : 0.5;
        if (f.minimum)
            bad.push_back(
                td::sim::text::shortestNumber(*f.minimum - (f.minimumExclusive ? 0 : step)));
        if (f.maximum)
            bad.push_back(td::sim::text::shortestNumber(*f.maximum + step));
        if (f.type == FieldType::Enum)
            bad.push_back("not_a_choice");
        if (f.type == FieldType::Bool)
            bad.push_back("maybe");
        if (f.type == FieldType::Int || f.type == FieldType::UInt64)
            bad.push_back("1.5");
        if (f.type == FieldType::Double)
            bad.push_back("one");
        for (const std::string &b : bad) {
            Scenario t;
            const QString message = errorOf([&] { td::sim::setScenarioValue(t, f.path, b); });
            QVERIFY2(message.startsWith(path + QStringLiteral(": ")),
                qPrintable(path + QStringLiteral(" = ") + QString::fromStdString(b)));
            QCOMPARE(td::sim::scenarioValue(t, f.path), f.defaultValue);
        }
        if (f.minimum) {
            Scenario t;
            const std::string atMin = td::sim::text::shortestNumber(*f.minimum);
            const QString message = errorOf([&] { td::sim::setScenarioValue(t, f.path, atMin); });
            QCOMPARE(message.isEmpty(), !f.minimumExclusive); // the bound is in or out as told
        }
    }

    // A knob that applies only with another setting is refused without it (no inert knobs),
    // with a message naming the field and what it needs.
    void knobsThatNeedAnotherSetting()
    {
        auto check
            = [](const char *json) { return errorOf([&] { td::sim::parseScenario(json); }); };
        QVERIFY(check(R"({"recommender": {"ranker": {"ips_clip": 20}}})")
                    .startsWith(QStringLiteral("recommender.ranker.ips_clip: applies only with "
                                               "recommender.ranker.ips_weighting = true")));
        QVERIFY(check(R"({"recommender": {"ranker": {"ips_weighting": true, "ips_clip": 20}}})")
                    .isEmpty());
        QVERIFY(check(R"({"recommender": {"surfaces": {"radio": {"policy": {"epsilon": 0.3}}}}})")
                    .startsWith(QStringLiteral("recommender.surfaces.radio.policy.epsilon: "
                                               "applies only when")));
        const char *own = R"({"recommender": {"surfaces": {"discover_weekly": {"policy":
            {"kind": "epsilon_greedy", "epsilon": 0.3}}, "home": {"policy": {"kind": "greedy"}}}}})";
        QVERIFY(check(own).isEmpty());
        const Scenario s = td::sim::parseScenario(own);
        QVERIFY(s.recommender.surfacePolicies[2].own);
        QCOMPARE(s.recommender.policyFor(2).epsilon, 0.3);
        QCOMPARE(int(s.recommender.policyFor(0).kind), int(td::recsys::policy::PolicyKind::Greedy));
        QVERIFY(!s.recommender.surfacePolicies[1].own); // radio inherits recommender.policy
        QCOMPARE(&s.recommender.policyFor(1), &s.recommender.policy);
        // Through JSON and back, "inherit" included.
        const Scenario back = td::sim::parseScenario(td::sim::scenarioToJson(s));
        QCOMPARE(td::sim::scenarioValue(back, "recommender.surfaces.discover_weekly.policy.kind"),
            std::string("epsilon_greedy"));
        QCOMPARE(td::sim::scenarioValue(back, "recommender.surfaces.radio.policy.kind"),
            std::string("inherit"));
    }

    void typedSetters()
    {
        Scenario s;
        const FieldInfo &count = *td::sim::findScenarioField("world.listeners.count");
        count.setInt(s, 77);
        QCOMPARE(s.world.listeners.count, 77);
        QCOMPARE(errorOf([&] { count.setInt(s, 0); }),
            QStringLiteral("world.listeners.count: must be >= 1, got 0"));
        QCOMPARE(errorOf([&] { count.setDouble(s, 1.0); }),
            QStringLiteral("world.listeners.count: expected an integer"));
        QCOMPARE(s.world.listeners.count, 77);
    }

    void rangeText()
    {
        QCOMPARE(td::sim::findScenarioField("world.listeners.count")->rangeText(),
            std::string("[1, 10000000]"));
        QCOMPARE(td::sim::findScenarioField("recommender.policy.temperature")->rangeText(),
            std::string("(0, 100]"));
        QCOMPARE(td::sim::findScenarioField("world.sessions.home_weight")->rangeText(),
            std::string(">= 0"));
        QCOMPARE(td::sim::findScenarioField("title")->rangeText(), std::string());
        QCOMPARE(td::sim::findScenarioField("recommender.objective")->rangeText(),
            std::string("stream, novelty, retention"));
    }

    void unknownFieldMessages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo")
            << "recommender.slate_sise"
            << "recommender.slate_sise: unknown field (did you mean 'slate_size'?)";
        QTest::newRow("typo of a section") << "wrld.listeners.count"
                                           << "wrld.listeners.count: unknown field";
        QTest::newRow("top level typo") << "schedul"
                                        << "schedul: unknown field (did you mean 'schedule'?)";
        QTest::newRow("far from anything") << "world.listeners.colour"
                                           << "world.listeners.colour: unknown field";
        QTest::newRow("section")
            << "recommender.policy"
            << "recommender.policy: is a section, not a field (e.g. recommender.policy.kind)";
    }
    void unknownFieldMessages()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QCOMPARE(QString::fromStdString(td::sim::unknownFieldMessage(path.toStdString())), message);
    }

    void docsAreUpToDate()
    {
        // docs/scenario.md is generated: regenerate with
        //   tastedrift-cli schema --markdown > docs/scenario.md
        QFile file(QStringLiteral(TD_SOURCE_DIR "/docs/scenario.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/scenario.md is missing");
        const QByteArray onDisk = file.readAll();
        QVERIFY2(onDisk == QByteArray::fromStdString(td::sim::scenarioSchemaMarkdown()),
            "docs/scenario.md is stale: run tastedrift-cli schema --markdown > docs/scenario.md");
    }

    void markdownListsEveryLeaf()
    {
        const std::string md = td::sim::scenarioSchemaMarkdown();
        for (const FieldInfo &f : td::sim::scenarioSchema())
            QVERIFY2(md.find("| `" + f.path + "` |") != std::string::npos, f.path.c_str());
        QVERIFY(
            md.find(
                "| `world.listeners.count` | integer | `2000` | [1, 10000000] | listeners |  | ")
            != std::string::npos);
        QVERIFY(
            md.find(
                "| `recommender.policy.epsilon` | number | `0.1` | [0, 1] | probability | live | ")
            != std::string::npos);
    }
};

TD_REGISTER_TEST(TestScenarioSchema)
#include "tst_scenarioschema.moc"
