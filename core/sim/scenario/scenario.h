// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/params.h"
#include "world/params.h"

#include <cstdint>
#include <string>
#include <vector>

namespace td::sim {

/// run: how long and with which seed.
struct RunParams
{
    int days = 30; ///< run.days
    std::uint64_t seed = 1; ///< run.seed
};

/// events: what the run store keeps of the event log.
struct EventLogParams
{
    double sampleRate = 0.01; ///< events.sample_rate (share of events stored)
};

/// One dated entry of `schedule` (docs/architecture.md §5b).
///  - kind "set": at the start of `day`, set scenario leaf `path` to `value` (a live change);
///  - kind "taste_shock": at the start of `day`, a `share` of listeners shift their anchor
///    toward genre `genre` (-1: a random genre per listener) with `strength`.
struct ScheduleEvent
{
    int day = 0;
    std::string kind = "set";
    std::string path;
    std::string value;
    double share = 0.5;
    int genre = -1;
    double strength = 0.8;
};

/// lesson (optional): what a preset teaches and where to look, for the GUI. Nothing in it
/// changes a number of the run. Empty (no tab) = no lesson; the JSON then has no `lesson`.
struct Lesson
{
    std::string tab; ///< lesson.tab: a dashboard tab, one of lessonTabs()
    std::vector<std::string> metrics; ///< lesson.metrics: metric column names to highlight
    std::vector<std::string> steps; ///< lesson.steps: plain-text steps, in order

    bool empty() const { return tab.empty() && metrics.empty() && steps.empty(); }
    bool operator==(const Lesson &other) const
    {
        return tab == other.tab && metrics == other.metrics && steps == other.steps;
    }
};

/// A whole scenario: every parameter of a run. `{}` is a valid scenario (all defaults).
struct Scenario
{
    std::string title = "Untitled scenario";
    std::string description;
    RunParams run;
    world::WorldParams world;
    recsys::RecommenderParams recommender;
    EventLogParams events;
    std::vector<ScheduleEvent> schedule;
    Lesson lesson;
    /// Directory of the scenario file; relative paths inside the scenario resolve against it.
    std::string baseDirectory;
};

} // namespace td::sim
