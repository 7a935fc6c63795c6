// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace td::sim {

/// Value type of a scenario leaf. Enum leaves are strings restricted to FieldInfo::choices.
enum class FieldType { Int, UInt64, Double, Bool, String, Enum };

/// An Enum leaf whose member is a C++ enum (the recommender's kinds, objective, ...): read and
/// written as the index of its name in FieldInfo::choices, so the scenario's string is
/// resolved to the enum once, when the scenario loads.
struct EnumAccess
{
    int (*get)(const Scenario &) = nullptr;
    void (*set)(Scenario &, int) = nullptr;
};

/// Where a leaf lives in a Scenario: a function returning a reference to the member, or the
/// accessors of an enum member. The alternative held gives the C++ type of the member (Enum
/// leaves are std::string or EnumAccess).
using FieldRef = std::variant<int &(*)(Scenario &), std::uint64_t &(*)(Scenario &),
    double &(*)(Scenario &), bool &(*)(Scenario &), std::string &(*)(Scenario &), EnumAccess>;

/// GUI groups of the scenario panel, in display order (scenarioGroups()).
inline constexpr std::string_view kGroupRun = "Run";
inline constexpr std::string_view kGroupWorld = "World";
inline constexpr std::string_view kGroupListeners = "Listeners & drift";
inline constexpr std::string_view kGroupPipeline = "Pipeline";
inline constexpr std::string_view kGroupExploration = "Exploration";
/// The `schedule` list (not a leaf of the table; see scheduleSchema()).
inline constexpr std::string_view kGroupSchedule = "Schedule";

/// One leaf of the scenario: the single source of validation, defaults, `--set`, the JSON
/// round trip, docs/scenario.md and the GUI's editors. Built once by scenarioSchema();
/// immutable afterwards, so any thread may read it.
///
/// Ranges are inclusive unless minimumExclusive is set; a missing bound means unbounded (an
/// Int is also bounded by the range of `int`). All errors are ScenarioError with a message
/// that starts with the dotted path, e.g. `world.listeners.count: must be >= 1, got -5`.
struct FieldInfo
{
    std::string path; ///< dotted snake_case path, e.g. "world.listeners.count"
    FieldType type = FieldType::String;
    std::vector<std::string> choices; ///< allowed values of an Enum, in display order
    std::optional<double> minimum;
    bool minimumExclusive = false; ///< true: value must be > minimum
    std::optional<double> maximum;
    std::string unit; ///< e.g. "days", "share", "listeners"; empty when unitless
    std::string description; ///< one line, for docs and tooltips
    std::string group; ///< one of scenarioGroups()
    bool live = false; ///< may change during a run (Engine::setParameter, schedule `set`)
    /// Text form of the default (as valueText() gives it on a default-constructed
    /// Scenario): taken from the struct's member initialiser, never written twice.
    std::string defaultValue;
    FieldRef ref; ///< the member this leaf reads and writes

    /// Text form: integers in decimal, doubles in the shortest form that reads back exactly,
    /// bools as true/false, strings and enums as they are.
    std::string valueText(const Scenario &scenario) const;

    /// Parses `text` per type ("true"/"false", "0.3", "thompson"), validates and assigns.
    /// Throws ScenarioError (`path: expected an integer, got "3.5"`).
    void setFromText(Scenario &scenario, std::string_view text) const;

    /// Typed setters with the same validation (for editors that already hold a typed value).
    /// Each throws ScenarioError if the value is out of range or the field has another type.
    void setInt(Scenario &scenario, long long value) const;
    void setUInt64(Scenario &scenario, std::uint64_t value) const;
    void setDouble(Scenario &scenario, double value) const;
    void setBool(Scenario &scenario, bool value) const;
    void setString(Scenario &scenario, const std::string &value) const; ///< String or Enum

    /// Checks the current value of the member against the range/choices (validateScenario).
    void check(const Scenario &scenario) const;

    /// Human range, e.g. "[0, 1]", "(0, 10]", ">= 1", "one of: greedy, softmax"; "" if none.
    std::string rangeText() const;

    /// Chainable setters used to write the table; not meant for other code.
    FieldInfo &range(double lo, double hi);
    FieldInfo &atLeast(double lo);
    FieldInfo &above(double lo); ///< exclusive minimum
    FieldInfo &atMost(double hi);
    FieldInfo &oneOf(std::vector<std::string> values); ///< makes a String leaf an Enum
    FieldInfo &liveKnob();
};

/// Every leaf of a scenario, in JSON/document order (sections contiguous). Thread-safe.
const std::vector<FieldInfo> &scenarioSchema();

/// The leaf with this exact path, or nullptr.
const FieldInfo *findScenarioField(std::string_view path);

/// The error text for a path that is not a leaf: `x.y: unknown field`, with a spelling
/// suggestion when a sibling is close (`(did you mean 'count'?)`), or a hint when `path` is
/// a section.
std::string unknownFieldMessage(std::string_view path);

/// True if `path` names a section (an object holding leaves), e.g. "world.listeners".
bool isScenarioSection(std::string_view path);

/// GUI groups in display order: Run, World, Listeners & drift, Pipeline, Exploration,
/// Schedule.
const std::vector<std::string> &scenarioGroups();

/// "integer", "unsigned 64-bit integer", "number", "boolean", "string", "enum".
std::string_view fieldTypeName(FieldType type);

/// One field of a `schedule` entry, for documentation and the GUI's schedule editor.
/// Validation of schedule entries lives in validateScenario().
struct ScheduleFieldInfo
{
    std::string name; ///< key inside the entry, e.g. "share"
    std::string kinds; ///< entry kinds that take it: "all", "set", "taste_shock"
    std::string type;
    std::string defaultValue;
    std::string range;
    std::string description;
};

/// Allowed kinds of a schedule entry: "set", "taste_shock".
const std::vector<std::string> &scheduleKinds();
const std::vector<ScheduleFieldInfo> &scheduleSchema();

/// Tabs a lesson may name in `lesson.tab`, in the dashboard's order: its chart tabs
/// (engagement, feedback, diversity, certainty, funnel) and the listener inspector.
const std::vector<std::string> &lessonTabs();

/// One key of the optional `lesson` object, for documentation.
struct LessonFieldInfo
{
    std::string name; ///< key inside `lesson`, e.g. "steps"
    std::string type;
    std::string range;
    std::string description;
};
const std::vector<LessonFieldInfo> &lessonSchema();

/// Checks `lesson` (also run by validateScenario()): an empty lesson is valid; otherwise the
/// tab is one of lessonTabs(), every metric a column of metrics::metricCatalog(), listed once,
/// and every step a non-blank line of plain text. Throws ScenarioError naming the entry, e.g.
/// `lesson.metrics[1]: unknown metric column 'streamz' (did you mean 'streams'?)`.
void checkLesson(const Lesson &lesson);

/// docs/scenario.md: every leaf by group (type, default, range, unit, live, description),
/// the schedule entries, the lesson and the rules; printed by `tastedrift-cli schema --markdown`.
std::string scenarioSchemaMarkdown();

} // namespace td::sim
