// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Rules that involve more than one leaf, and the `schedule` list. Single-leaf rules (types,
// ranges, choices) live in the schema table.
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/scenario/textformat.h"

namespace td::sim {

namespace {

[[noreturn]] void fail(const std::string &path, const std::string &what)
{
    throw ScenarioError(path + ": " + what);
}

void checkCrossFields(const Scenario &s)
{
    const auto &sessions = s.world.sessions;
    if (sessions.homeWeight + sessions.radioWeight + sessions.organicWeight <= 0.0)
        fail("world.sessions",
            "home_weight, radio_weight and organic_weight must not all be 0 (no session could "
            "start)");
    if (s.world.catalog.source == "csv" && s.world.catalog.path.empty())
        fail("world.catalog.path", "required when world.catalog.source is \"csv\"");
    if (s.world.listeners.count < 1) // also a range rule; kept for scenarios built in code
        fail("world.listeners.count",
            "must be >= 1, got " + std::to_string(s.world.listeners.count));
    // A generated catalogue must fill a slate. (A CSV catalogue's size is known only on load.)
    if (s.world.catalog.source == "generated" && s.world.catalog.tracks < s.recommender.slateSize)
        fail("world.catalog.tracks",
            "must be >= recommender.slate_size (" + std::to_string(s.recommender.slateSize)
                + "), got " + std::to_string(s.world.catalog.tracks));
    if (s.recommender.kind == recsys::RecommenderKind::Plugin && s.recommender.pluginPath.empty())
        fail("recommender.plugin.path", "required when recommender.kind is \"plugin\"");
    // objective_weight weighs the learned long-term value, which only objective = retention
    // computes: anywhere else it would be an inert knob, so a changed value is refused.
    if (s.recommender.objective != recsys::Objective::Retention
        && s.recommender.objectiveWeight != recsys::kDefaultObjectiveWeight)
        fail("recommender.objective_weight",
            "used only when recommender.objective is \"retention\" (it is \""
                + std::string(recsys::kObjectiveNames[std::size_t(s.recommender.objective)])
                + "\"); set recommender.objective to retention, or leave objective_weight at "
                  "its default "
                + text::shortestNumber(recsys::kDefaultObjectiveWeight));
    // The pipeline ranks its candidate pool into the slate, so the pool must fill it.
    if (s.recommender.kind == recsys::RecommenderKind::Pipeline
        && s.recommender.poolSize < s.recommender.slateSize)
        fail("recommender.candidates.pool_size",
            "must be >= recommender.slate_size (" + std::to_string(s.recommender.slateSize)
                + ") for the pipeline, got " + std::to_string(s.recommender.poolSize));
    // No inert knobs: a surface that inherits recommender.policy ignores its own fields.
    for (int i = 0; i < recsys::kServedSurfaceCount; ++i) {
        const recsys::SurfacePolicy &own = s.recommender.surfacePolicies[std::size_t(i)];
        if (own.own)
            continue;
        const recsys::PolicyParams d;
        const auto &p = own.policy;
        const char *changed = p.epsilon != d.epsilon     ? "epsilon"
            : p.temperature != d.temperature             ? "temperature"
            : p.ucbBeta != d.ucbBeta                     ? "ucb_beta"
            : p.linucbAlpha != d.linucbAlpha             ? "linucb_alpha"
            : p.propensitySamples != d.propensitySamples ? "propensity_samples"
                                                         : nullptr;
        if (changed) {
            const std::string base = std::string("recommender.surfaces.")
                + recsys::kServedSurfaceNames[std::size_t(i)] + ".policy.";
            fail(base + changed,
                "applies only when " + base
                    + "kind names a policy; it is \"inherit\" (recommender.policy serves this "
                      "surface), so set the kind too, or leave this field out");
        }
    }
    // No inert knobs: the clip means something only when the ranker weighs its rows.
    if (!s.recommender.ranker.ipsWeighting
        && s.recommender.ranker.ipsClip != recsys::RankerParams {}.ipsClip)
        fail("recommender.ranker.ips_clip",
            "applies only with recommender.ranker.ips_weighting = true (set it, or leave "
            "ips_clip at its default "
                + text::shortestNumber(recsys::RankerParams {}.ipsClip) + ")");
}

std::string liveKnobList()
{
    // The candidate mix has a share per surface and source: one pattern stands for all 32.
    const std::string mix = "recommender.candidates.mix.";
    std::string list;
    bool mixListed = false;
    for (const FieldInfo &f : scenarioSchema()) {
        if (!f.live)
            continue;
        const bool isMix = f.path.compare(0, mix.size(), mix) == 0;
        if (isMix && mixListed)
            continue;
        list += (list.empty() ? "" : ", ") + (isMix ? mix + "<surface>.<source>" : f.path);
        mixListed = mixListed || isMix;
    }
    return list;
}

void checkScheduleEntry(const Scenario &s, const ScheduleEvent &e, const std::string &where)
{
    // An entry at or after run.days is allowed and never reached: a preset stays valid when
    // run with --days shorter than its schedule.
    if (e.day < 0)
        fail(where + ".day", "must be >= 0, got " + std::to_string(e.day));
    if (e.kind == "set") {
        if (e.path.empty())
            fail(where + ".path", "missing (a 'set' entry needs path and value)");
        const FieldInfo *f = findScenarioField(e.path);
        if (!f)
            fail(where + ".path", "unknown field '" + e.path + "'");
        if (!f->live)
            fail(where + ".path",
                "'" + e.path + "' cannot change during a run; live knobs: " + liveKnobList());
        // The value must be valid for the leaf and leave the scenario consistent.
        Scenario changed = s;
        try {
            f->setFromText(changed, e.value);
        } catch (const ScenarioError &error) {
            fail(where + ".value", error.what());
        }
        try {
            checkCrossFields(changed);
        } catch (const ScenarioError &error) {
            throw ScenarioError(where + ": " + error.what());
        }
    } else if (e.kind == "taste_shock") {
        if (!(e.share > 0.0 && e.share <= 1.0))
            fail(where + ".share", "must be in (0, 1], got " + text::shortestNumber(e.share));
        if (!(e.strength >= 0.0 && e.strength <= 1.0))
            fail(where + ".strength", "must be in [0, 1], got " + text::shortestNumber(e.strength));
        // A CSV catalogue's genres are known only once it is read: checkScheduleGenres().
        const int genres = s.world.catalog.genres;
        if (e.genre < -1 || (s.world.catalog.source != "csv" && e.genre >= genres))
            fail(where + ".genre",
                "must be -1 (a random genre per listener) or a genre 0.."
                    + std::to_string(genres - 1) + " (world.catalog.genres - 1), got "
                    + std::to_string(e.genre));
    } else {
        fail(where + ".kind", "expected one of set, taste_shock; got " + text::jsonQuote(e.kind));
    }
}

} // namespace

void validateScenario(const Scenario &scenario)
{
    for (const FieldInfo &f : scenarioSchema())
        f.check(scenario);
    checkCrossFields(scenario);
    for (std::size_t i = 0; i < scenario.schedule.size(); ++i)
        checkScheduleEntry(scenario, scenario.schedule[i], "schedule[" + std::to_string(i) + "]");
    checkLesson(scenario.lesson);
}

void checkScheduleGenres(const Scenario &scenario, const std::vector<std::string> &genreNames)
{
    const int genres = int(genreNames.size());
    for (std::size_t i = 0; i < scenario.schedule.size(); ++i) {
        const ScheduleEvent &e = scenario.schedule[i];
        if (e.kind != "taste_shock" || e.genre < genres)
            continue;
        const bool csv = scenario.world.catalog.source == "csv";
        std::string list;
        for (int g = 0; g < genres && g < 20; ++g)
            list += (g ? ", " : "") + std::to_string(g) + " " + genreNames[std::size_t(g)];
        if (genres > 20)
            list += ", ...";
        fail("schedule[" + std::to_string(i) + "].genre",
            "must be -1 (a random genre per listener) or a genre 0.." + std::to_string(genres - 1)
                + " of the "
                + (csv ? "catalogue file '" + scenario.world.catalog.path + "'"
                       : std::string("generated catalogue"))
                + ", which has " + std::to_string(genres) + " genre" + (genres == 1 ? "" : "s")
                + " (" + list + "); got " + std::to_string(e.genre));
    }
}

const std::vector<std::string> &scheduleKinds()
{
    static const std::vector<std::string> kinds { "set", "taste_shock" };
    return kinds;
}

const std::vector<ScheduleFieldInfo> &scheduleSchema()
{
    static const std::vector<ScheduleFieldInfo> fields = [] {
        const ScheduleEvent d;
        using text::shortestNumber;
        return std::vector<ScheduleFieldInfo> {
            { "day", "all", "integer", std::to_string(d.day), "[0, run.days)",
                "day at whose start the entry applies" },
            { "kind", "all", "enum", d.kind, "set, taste_shock", "what happens" },
            { "path", "set", "string", "(required)", "a live knob",
                "scenario leaf to change, e.g. recommender.policy.epsilon" },
            { "value", "set", "string, number or boolean", "(required)", "valid for the leaf",
                "new value, validated like --set" },
            { "share", "taste_shock", "number", shortestNumber(d.share), "(0, 1]",
                "share of listeners whose taste shifts" },
            { "genre", "taste_shock", "integer", std::to_string(d.genre),
                "-1 .. genres - 1 (world.catalog.genres; with a CSV catalogue, its own)",
                "genre the anchors move toward; -1: a random "
                "genre per listener" },
            { "strength", "taste_shock", "number", shortestNumber(d.strength), "[0, 1]",
                "how far each anchor moves toward the genre" },
        };
    }();
    return fields;
}

} // namespace td::sim
