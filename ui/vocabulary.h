// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

namespace td::ui {

/// Human, translated names for the engine's identifiers (candidate sources, filter reasons,
/// contexts, surfaces, outcomes, audio features, policies, units, scenario groups). An
/// identifier without an entry is shown as it is, so new engine names still appear.
/// Thread: any (reads static tables); the language is the application's current one.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::Vocabulary)
public:
    static QString sourceName(std::string_view id); ///< "cf_ann" -> "Collaborative filtering"
    /// "cf_ann+trending" -> "Collaborative filtering + Trending"
    static QString sourceList(std::string_view ids);
    static QString filterName(std::string_view id); ///< "artist_cap" -> "Artist cap per slate"
    static QString contextName(std::string_view id);
    static QString surfaceName(std::string_view id);
    static QString outcomeName(std::string_view id);
    static QString policyName(std::string_view id);
    /// A choice of an Enum leaf of the scenario ("pipeline", "thompson", "csv", ...).
    static QString choiceName(std::string_view id);
    static QString audioFeatureName(int feature); ///< AudioFeature order
    /// At most about 8 characters, for crowded chart axes (full name in tooltips).
    static QString audioFeatureShortName(int feature);
    static QString unitName(std::string_view unit);
    static QString groupName(std::string_view group); ///< scenario schema groups
    /// "rank: logistic ranker" -> translated stage name (prefix + known identifiers).
    static QString stageName(std::string_view stage);
    /// "arrivals_per_day" -> "Arrivals per day" (for scenario leaves without a label).
    static QString humanize(std::string_view snakeCase);
};

} // namespace td::ui
