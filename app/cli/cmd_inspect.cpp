// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// tastedrift-cli inspect: explains one recommendation stage by stage.
#include "argparser.h"
#include "commands.h"
#include "scenarioargs.h"

#include "base/atomicfile.h"
#include "base/numberformat.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/textformat.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

namespace td::cli {

namespace {

const std::string kCommand = "inspect";

std::string trackLabel(const events::ObservableCatalog &c, TrackId t)
{
    std::string genre = c.genreLabel[t] >= 0 ? c.genreNames[std::size_t(c.genreLabel[t])] : "?";
    return c.trackNames[t] + " — " + c.artistNames[c.artist[t]] + " (" + genre + ")";
}

std::string fixed(double v, int decimals = 3)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

/// 4 significant digits: a table cell (the JSON output keeps every digit).
std::string significant(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", v);
    return buffer;
}

/// `s` left-aligned in `width` columns, and never touching the next column.
std::string pad(std::string s, std::size_t width)
{
    s.append(s.size() < width ? width - s.size() : 1, ' ');
    return s;
}

void printTable(std::ostream &out, const sim::DaySnapshot &snap, const sim::TracedRequest &traced,
    const events::ObservableCatalog &c)
{
    const auto &t = *traced.trace;
    out << "Listener " << traced.listener << ", day " << snap.metrics.day << ": "
        << (traced.fromSession ? "first Home request of the day"
                               : "no Home session that day; a request at noon")
        << "\n  surface " << t.surface << ", device " << t.device << ", true context " << t.context
        << ", inferred context " << t.inferredContext << ", hour " << fixed(t.hour, 2)
        << ", slate of " << t.k << ", recommender " << t.recommender << ", policy " << t.policy
        << "\n\nStages (in -> out):\n";
    for (const auto &s : t.stages) {
        // Sources have no input: they offer candidates.
        const std::string counts = s.name.rfind("source:", 0) == 0
            ? "offers " + std::to_string(s.out)
            : pad(std::to_string(s.in), 6) + " -> " + std::to_string(s.out);
        out << "  " << pad(s.name, 30) << pad(counts, 16) << (s.note.empty() ? "" : "  " + s.note)
            << "\n";
    }

    std::vector<const events::TraceCandidate *> shown, removed;
    for (const auto &cand : t.candidates) {
        if (cand.slatePosition >= 0)
            shown.push_back(&cand);
        else if (!cand.removedBy.empty())
            removed.push_back(&cand);
    }
    std::sort(shown.begin(), shown.end(),
        [](auto *a, auto *b) { return a->slatePosition < b->slatePosition; });
    out << "\nSlate (ranker column: " << (t.scoreKind.empty() ? "-" : t.scoreKind)
        << (t.scoreKind.rfind("logit", 0) == 0 ? ", log-odds of a stream: P = 1/(1+e^-logit)" : "")
        << "):\n  pos  sources                             cf      content  ranker   bonus   "
           "propensity  outcome        track\n";
    for (const auto *s : shown) {
        out << "  " << pad(std::to_string(s->slatePosition), 5) << pad(s->sources, 36)
            << pad(fixed(s->cfScore), 8) << pad(fixed(s->contentScore), 9)
            << pad(fixed(s->rankerScore), 9) << pad(fixed(s->explorationBonus), 8)
            << pad(significant(s->propensity), 12)
            << pad(s->outcome.empty() ? "not examined" : s->outcome, 15) << trackLabel(c, s->track)
            << "\n";
    }
    out << "\nRemoved by filters (" << removed.size() << "):\n";
    for (const auto *r : removed)
        out << "  " << pad(r->removedBy, 18) << pad(r->sources, 36) << trackLabel(c, r->track)
            << "\n";
}

void printJson(std::ostream &out, const sim::DaySnapshot &snap, const sim::TracedRequest &traced,
    const events::ObservableCatalog &c)
{
    using sim::text::jsonQuote;
    const auto &t = *traced.trace;
    out << "{\n  \"listener\": " << traced.listener << ",\n  \"day\": " << snap.metrics.day
        << ",\n  \"from_session\": " << (traced.fromSession ? "true" : "false")
        << ",\n  \"request\": {\"surface\": " << jsonQuote(t.surface)
        << ", \"device\": " << jsonQuote(t.device) << ", \"context\": " << jsonQuote(t.context)
        << ", \"inferred_context\": " << jsonQuote(t.inferredContext)
        << ", \"hour\": " << base::formatJsonNumber(t.hour) << ", \"k\": " << t.k
        << ", \"recommender\": " << jsonQuote(t.recommender)
        << ", \"policy\": " << jsonQuote(t.policy) << ", \"score_kind\": " << jsonQuote(t.scoreKind)
        << "},\n  \"stages\": [";
    for (std::size_t i = 0; i < t.stages.size(); ++i) {
        const auto &s = t.stages[i];
        out << (i ? "," : "") << "\n    {\"name\": " << jsonQuote(s.name) << ", \"in\": " << s.in
            << ", \"out\": " << s.out << ", \"note\": " << jsonQuote(s.note) << "}";
    }
    out << "\n  ],\n  \"candidates\": [";
    for (std::size_t i = 0; i < t.candidates.size(); ++i) {
        const auto &k = t.candidates[i];
        out << (i ? "," : "") << "\n    {\"track\": " << k.track
            << ", \"title\": " << jsonQuote(c.trackNames[k.track])
            << ", \"artist\": " << jsonQuote(c.artistNames[c.artist[k.track]])
            << ", \"sources\": " << jsonQuote(k.sources)
            << ", \"cf_score\": " << base::formatJsonNumber(k.cfScore)
            << ", \"content_score\": " << base::formatJsonNumber(k.contentScore)
            << ", \"ranker_score\": " << base::formatJsonNumber(k.rankerScore)
            << ", \"exploration_bonus\": " << base::formatJsonNumber(k.explorationBonus)
            << ", \"propensity\": " << base::formatJsonNumber(k.propensity)
            << ", \"position\": " << k.slatePosition
            << ", \"removed_by\": " << jsonQuote(k.removedBy)
            << ", \"outcome\": " << jsonQuote(k.outcome) << "}";
    }
    out << "\n  ]\n}\n";
}

} // namespace

int inspectCommand(const QStringList &args)
{
    ArgParser parser(kCommand);
    addScenarioOptions(parser);
    parser.addValue("day", "D", "the day to inspect (0-based; the run simulates days 0..D)");
    parser.addValue(
        "listener", "L", "the listener's id (0 .. listeners-1; arrivals get later ids)");
    parser.addValue(
        "json", "FILE", "write the trace as JSON ('-' = standard output) instead of the table");
    if (!parser.parse(args))
        return usageError(kCommand, parser.error() + " (see 'tastedrift-cli inspect --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Simulates the scenario up to day D and prints the per-stage trace of listener L's\n"
            "first Home request that day: where each candidate came from, its scores, the\n"
            "filter that removed it or its slate position, propensity and the listener's\n"
            "reaction. Without a Home session that day, a request is made at noon.\n"
            "Exit status: 0 success, 1 runtime failure, 2 bad input.");
        return kExitOk;
    }
    if (!parser.isSet("day") || !parser.isSet("listener"))
        return usageError(
            kCommand, std::string("missing --") + (parser.isSet("day") ? "listener L" : "day D"));
    const auto day = sim::text::parseInteger(parser.value("day"));
    if (!day || *day < 0)
        return usageError(
            kCommand, "--day: expected a whole number >= 0, got '" + parser.value("day") + "'");
    const auto listener = sim::text::parseInteger(parser.value("listener"));
    if (!listener || *listener < 0)
        return usageError(kCommand,
            "--listener: expected a whole number >= 0, got '" + parser.value("listener") + "'");
    sim::Scenario scenario;
    if (auto code = loadScenarioFromArgs(parser, kCommand, scenario))
        return *code;
    if (*day >= scenario.run.days)
        return usageError(kCommand,
            "--day: must be < run.days (" + std::to_string(scenario.run.days) + "), got "
                + std::to_string(*day));
    unsigned threads = 0;
    if (auto code = threadsFromArgs(parser, kCommand, threads))
        return *code;

    // The output file is opened before the simulation, so a bad path fails at once.
    const std::string target = parser.value("json");
    std::unique_ptr<base::AtomicFile> output;
    if (parser.isSet("json") && target != "-") {
        output = std::make_unique<base::AtomicFile>(target);
        if (!output->open())
            return runtimeError(kCommand, output->error());
    }
    try {
        sim::Engine engine(scenario, threads);
        sim::DaySnapshotPtr snap;
        while (engine.currentDay() <= *day) {
            if (engine.currentDay() == *day)
                engine.requestTrace(ListenerId(*listener));
            snap = engine.stepDay();
        }
        if (snap->traces.empty())
            return usageError(kCommand,
                "--listener: no listener " + std::to_string(*listener) + " on day "
                    + std::to_string(*day) + " (the population has fewer listeners)");
        std::ostringstream text;
        if (parser.isSet("json"))
            printJson(text, *snap, snap->traces.front(), engine.catalog());
        else
            printTable(text, *snap, snap->traces.front(), engine.catalog());
        if (!output) {
            std::cout << text.str();
            std::cout.flush();
            if (!std::cout)
                return runtimeError(kCommand, "cannot write to standard output");
        } else if (!output->write(text.str()) || !output->commit()) {
            return runtimeError(kCommand, output->error());
        }
    } catch (const sim::ScenarioError &e) {
        return usageError(kCommand, parser.positional(0) + ": " + e.what()); // e.g. a bad catalogue
    } catch (const std::exception &e) {
        return runtimeError(kCommand, e.what());
    }
    return kExitOk;
}

} // namespace td::cli
