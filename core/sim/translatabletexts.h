// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace td::sim {

/// Translation contexts of the core tables' texts. core/ has no Qt, so its English texts are
/// marked for lupdate in a generated GUI source (ui/coretextstable.cpp); the GUI translates
/// them at display time with QCoreApplication::translate(context, text).
inline constexpr const char *kScenarioTextContext = "td::ScenarioSchema";
inline constexpr const char *kMetricTextContext = "td::MetricCatalog";

/// The English label of a scenario field or section component, from its snake_case name:
/// "arrivals_per_day" -> "Arrivals per day" (underscores become spaces, first letter upper).
std::string humanizeIdentifier(std::string_view snakeCase);

/// The C++ source of ui/coretextstable.cpp: every text of scenarioSchema() and metricCatalog()
/// that the GUI shows (field and section labels, field descriptions, metric descriptions),
/// each once per context, in table order, inside QT_TRANSLATE_NOOP with a translator comment
/// naming where it is used. Units, groups and enum choices are named in ui/vocabulary.cpp.
/// Printed by `tastedrift-cli schema --qt-strings`; a GUI test fails when the file differs.
std::string qtStringsSource();

} // namespace td::sim
