// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td::sim {

/// Translation contexts of the core tables' texts. core/ has no Qt, so its English texts are
/// marked for lupdate in a generated GUI source (ui/coretextstable.cpp); the GUI translates
/// them at display time with QCoreApplication::translate(context, text).
inline constexpr const char *kScenarioTextContext = "td::ScenarioSchema";
inline constexpr const char *kMetricTextContext = "td::MetricCatalog";
/// Texts of the preset scenarios in scenarios/ (titles, lesson steps): ui/presettextstable.cpp.
inline constexpr const char *kPresetTextContext = "td::Presets";

/// The English label of a scenario field or section component, from its snake_case name:
/// "arrivals_per_day" -> "Arrivals per day" (underscores become spaces, first letter upper).
std::string humanizeIdentifier(std::string_view snakeCase);

/// The C++ source of ui/coretextstable.cpp: every text of scenarioSchema() and metricCatalog()
/// that the GUI shows (field and section labels, field descriptions, metric descriptions),
/// each once per context, in table order, inside QT_TRANSLATE_NOOP with a translator comment
/// naming where it is used. Units, groups and enum choices are named in ui/vocabulary.cpp.
/// Printed by `tastedrift-cli schema --qt-strings`; a GUI test fails when the file differs.
std::string qtStringsSource();

/// A preset scenario and its file name ("filter-bubble.json").
using PresetFile = std::pair<std::string, Scenario>;

/// The C++ source of ui/presettextstable.cpp: the title and every lesson step of each preset
/// (in the order given), each text once, inside QT_TRANSLATE_NOOP(kPresetTextContext, ...)
/// with a translator comment naming the file. Descriptions stay English (long, with numbers
/// that move with the model). Printed by `tastedrift-cli schema --qt-preset-strings DIR`; a
/// GUI test fails when the file differs from the presets in scenarios/.
std::string qtPresetStringsSource(const std::vector<PresetFile> &presets);

} // namespace td::sim
