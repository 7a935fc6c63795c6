// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "vocabulary.h"

#include <QStringList>

#include <array>
#include <utility>

namespace td::ui {

namespace {

using Entry = std::pair<std::string_view, const char *>;

// Looks `id` up in a table of (identifier, untranslated text); the text goes through tr().
template<std::size_t N> QString lookup(const std::array<Entry, N> &table, std::string_view id)
{
    for (const Entry &entry : table) {
        if (entry.first == id)
            return Vocabulary::tr(entry.second);
    }
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

const std::array<Entry, 7> kSources { {
    { "cf_ann", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Collaborative filtering") },
    { "content", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Audio-feature neighbours") },
    { "similar_to_last", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Similar to last played") },
    { "trending", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Trending") },
    { "followed_new", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "New from followed artists") },
    { "new_release", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "New releases") },
    { "explore", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Random exploration") },
} };

const std::array<Entry, 6> kFilters { {
    { "blocked_artist", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Blocked artist") },
    { "skipped_recently", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Skipped recently") },
    { "heard_recently", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Heard recently") },
    { "heard_before", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Heard before") },
    { "explicit_off", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Explicit content off") },
    { "artist_cap", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Artist cap per slate") },
} };

const std::array<Entry, 6> kContexts { {
    { "none", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "No context") },
    { "commute", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Commute") },
    { "focus", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Focus") },
    { "workout", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Workout") },
    { "evening", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Evening") },
    { "sleep", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Sleep") },
} };

const std::array<Entry, 5> kSurfaces { {
    { "home", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Home") },
    { "radio", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Radio") },
    { "discover_weekly", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Discover Weekly") },
    { "release_radar", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Release Radar") },
    { "organic", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Search and library") },
} };

const std::array<Entry, 3> kOutcomes { {
    { "stream", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Streamed") },
    { "skip", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Skipped") },
    { "", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Not examined") },
} };

const std::array<Entry, 6> kPolicies { {
    { "greedy", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Greedy") },
    { "epsilon_greedy", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "ε-greedy") },
    { "softmax", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Softmax (Plackett–Luce)") },
    { "ucb", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "UCB") },
    { "thompson", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Thompson sampling") },
    { "linucb", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "LinUCB") },
} };

const std::array<Entry, 13> kChoices { {
    { "random", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Random") },
    { "popular", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Most popular") },
    { "oracle", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Oracle (knows the truth)") },
    { "pipeline", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Full pipeline") },
    { "plugin", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Plugin library") },
    { "stream", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Stream chance") },
    { "novelty", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Novelty bonus") },
    { "retention", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Learned retention") },
    { "logistic", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Logistic ranker") },
    { "cf", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "CF score only") },
    { "generated", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Generated") },
    { "csv", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "CSV file") },
    { "inherit", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Default policy (inherit)") },
} };

const std::array<const char *, 9> kFeatures {
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Danceability"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Energy"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Valence"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Acousticness"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Instrumentalness"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Speechiness"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Liveness"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Tempo"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Loudness"),
};

const std::array<Entry, 41> kUnits { {
    { "days", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "days") },
    { "hours", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "hours") },
    { "share", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "share") },
    { "listeners", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "listeners") },
    { "listeners/day", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "listeners/day") },
    { "tracks", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "tracks") },
    { "genres", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "genres") },
    { "sub-genres", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "sub-genres") },
    { "dimensions", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "dimensions") },
    { "std", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "std. dev.") },
    { "latent units", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "latent units") },
    { "latent units/day", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "latent units/day") },
    { "sessions/day", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "sessions/day") },
    { "logit", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "logit") },
    { "logit per unit", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "logit per unit") },
    { "1/day", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "per day") },
    { "1/week", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "per week") },
    { "weight", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "weight") },
    { "per position", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "per position") },
    { "per track", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "per track") },
    { "per skip", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "per skip") },
    { "per session", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "per session") },
    { "utility", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "utility") },
    { "probability", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "probability") },
    { "satisfaction", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "satisfaction") },
    { "evidence", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "evidence") },
    { "factors", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "factors") },
    { "iterations", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "iterations") },
    { "steps", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "steps") },
    { "rows", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "rows") },
    { "links", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "links") },
    { "score", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "score") },
    { "plays", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "plays") },
    { "bits", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "bits") },
    { "share/day", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "share per day") },
    { "draws", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "draws") },
    { "sessions", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "sessions") },
    { "actions", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "actions") },
    { "variance", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "variance") },
    { "streams/impression", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "streams per impression") },
    { "requests", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "requests") },
} };

const std::array<Entry, 6> kGroups { {
    { "Run", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Run") },
    { "World", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "World") },
    { "Listeners & drift", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Listeners & drift") },
    { "Pipeline", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Pipeline") },
    { "Exploration", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Exploration") },
    { "Schedule", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Schedule") },
} };

const std::array<Entry, 8> kStagePrefixes { {
    { "source", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Source") },
    { "merge", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Merge") },
    { "filter", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Filter") },
    { "rank", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Rank") },
    { "policy", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Policy") },
    { "chart", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Popularity chart") },
    { "uniform sample", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Uniform sample") },
    { "true utility", QT_TRANSLATE_NOOP("td::ui::Vocabulary", "True utility (oracle)") },
} };

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

QString Vocabulary::sourceName(std::string_view id)
{
    return lookup(kSources, id);
}

QString Vocabulary::sourceList(std::string_view ids)
{
    QStringList names;
    for (const QString &id : fromView(ids).split(QLatin1Char('+'), Qt::SkipEmptyParts))
        names << sourceName(id.toStdString());
    return names.join(QStringLiteral(" + "));
}

QString Vocabulary::filterName(std::string_view id)
{
    return lookup(kFilters, id);
}

QString Vocabulary::contextName(std::string_view id)
{
    return lookup(kContexts, id);
}

QString Vocabulary::surfaceName(std::string_view id)
{
    return lookup(kSurfaces, id);
}

QString Vocabulary::outcomeName(std::string_view id)
{
    return lookup(kOutcomes, id);
}

QString Vocabulary::policyName(std::string_view id)
{
    return lookup(kPolicies, id);
}

QString Vocabulary::choiceName(std::string_view id)
{
    for (const Entry &entry : kPolicies) {
        if (entry.first == id)
            return tr(entry.second);
    }
    return lookup(kChoices, id);
}

const std::array<const char *, 9> kShortFeatures {
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Dance"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Energy"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Valence"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Acoustic"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Instrum."),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Speech"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Live"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Tempo"),
    QT_TRANSLATE_NOOP("td::ui::Vocabulary", "Loudness"),
};

QString Vocabulary::audioFeatureShortName(int feature)
{
    return feature >= 0 && std::size_t(feature) < kShortFeatures.size()
        ? tr(kShortFeatures[std::size_t(feature)])
        : QString::number(feature);
}

QString Vocabulary::audioFeatureName(int feature)
{
    return feature >= 0 && std::size_t(feature) < kFeatures.size()
        ? tr(kFeatures[std::size_t(feature)])
        : QString::number(feature);
}

QString Vocabulary::unitName(std::string_view unit)
{
    return lookup(kUnits, unit);
}

QString Vocabulary::groupName(std::string_view group)
{
    return lookup(kGroups, group);
}

QString Vocabulary::stageName(std::string_view stage)
{
    // Engine stage names are "prefix: detail" ("filter: artist_cap") or a bare name.
    const std::size_t colon = stage.find(':');
    const std::string_view prefix = stage.substr(0, colon);
    QString head = lookup(kStagePrefixes, prefix);
    if (colon == std::string_view::npos)
        return head;
    std::string_view detail = stage.substr(colon + 1);
    while (!detail.empty() && detail.front() == ' ')
        detail.remove_prefix(1);
    QString tail;
    if (prefix == "source")
        tail = sourceName(detail);
    else if (prefix == "filter")
        tail = filterName(detail);
    else if (prefix == "policy")
        tail = policyName(detail);
    else if (detail == "logistic ranker")
        tail = tr("logistic ranker");
    else if (detail == "cf score")
        tail = choiceName("cf");
    else
        tail = fromView(detail);
    return QStringLiteral("%1: %2").arg(head, tail);
}

QString Vocabulary::humanize(std::string_view snakeCase)
{
    QString s = fromView(snakeCase);
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace td::ui
