// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The optional `lesson` of a scenario: which tab and metrics a preset's lesson is about and
// its steps. It changes no number of a run; the GUI opens the tab, highlights the metrics'
// charts and shows the steps (translated where the preset's texts are).
#include "metrics/metriccatalog.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/scenario/textformat.h"

#include <algorithm>

namespace td::sim {

namespace {

[[noreturn]] void fail(const std::string &path, const std::string &what)
{
    throw ScenarioError(path + ": " + what);
}

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

/// The metric column closest to `name` if the typo is small, else "".
std::string closestMetric(const std::string &name)
{
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (const metrics::MetricInfo &m : metrics::metricCatalog()) {
        const std::size_t d = text::editDistance(name, m.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(m.name);
        }
    }
    return best;
}

bool blank(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

} // namespace

const std::vector<std::string> &lessonTabs()
{
    static const std::vector<std::string> tabs { "engagement", "feedback", "diversity", "certainty",
        "retrieval", "funnel", "inspector" };
    return tabs;
}

const std::vector<LessonFieldInfo> &lessonSchema()
{
    static const std::vector<LessonFieldInfo> fields {
        { "tab", "enum", joined(lessonTabs()),
            "(required) the tab the lesson is about; the GUI opens it when the scenario is "
            "loaded" },
        { "metrics", "array of strings", "metric columns (docs/metrics.md), each once",
            "the metrics to watch; the GUI highlights the charts that draw them" },
        { "steps", "array of strings", "non-blank plain text, one line each",
            "what to do and where to look, in order; shown in the scenario panel" },
    };
    return fields;
}

void checkLesson(const Lesson &lesson)
{
    if (lesson.empty())
        return;
    if (lesson.tab.empty())
        fail("lesson.tab",
            "missing (a lesson names the tab it is about: one of " + joined(lessonTabs()) + ")");
    if (std::find(lessonTabs().begin(), lessonTabs().end(), lesson.tab) == lessonTabs().end())
        fail("lesson.tab",
            "expected one of " + joined(lessonTabs()) + "; got " + text::jsonQuote(lesson.tab));
    for (std::size_t i = 0; i < lesson.metrics.size(); ++i) {
        const std::string &name = lesson.metrics[i];
        const std::string where = "lesson.metrics[" + std::to_string(i) + "]";
        if (metrics::metricIndex(name) < 0) {
            const std::string suggestion = closestMetric(name);
            fail(where,
                "unknown metric column " + text::jsonQuote(name)
                    + (suggestion.empty() ? std::string()
                                          : " (did you mean " + text::jsonQuote(suggestion) + "?)")
                    + "; docs/metrics.md lists the columns");
        }
        if (std::find(lesson.metrics.begin(), lesson.metrics.begin() + std::ptrdiff_t(i), name)
            != lesson.metrics.begin() + std::ptrdiff_t(i))
            fail(where, text::jsonQuote(name) + " is listed twice");
    }
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const std::string &step = lesson.steps[i];
        const std::string where = "lesson.steps[" + std::to_string(i) + "]";
        if (blank(step))
            fail(where, "a step must not be empty");
        if (step.find_first_of("\n\r") != std::string::npos)
            fail(where,
                "a step is one line of plain text (make a new step instead of a line break)");
    }
}

} // namespace td::sim
