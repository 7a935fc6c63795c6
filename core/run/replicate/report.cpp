// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/replicate/report.h"

#include "base/numberformat.h"

#include <cmath>
#include <cstdio>

namespace td::run::replicate {

namespace {

std::string fixed(double v, bool sign)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, sign ? "%+.4f" : "%.4f", v);
    return buffer;
}

/// Counts (listeners) without decimals, everything else as fixed().
std::string detail(double v)
{
    if (v == std::floor(v) && std::abs(v) >= 1.0 && std::abs(v) < 1e15)
        return std::to_string((long long)v);
    return fixed(v, false);
}

std::string quoted(const std::string &s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string jsonInterval(const stats::MeanInterval &i)
{
    return "[" + base::formatJsonNumber(i.low) + "," + base::formatJsonNumber(i.high) + "]";
}

} // namespace

const char *verdictWord(const Verdict &v)
{
    return v.reproduced ? "reproduced" : "not reproduced";
}

const char *expectWords(Expect e)
{
    return e == Expect::Positive ? "above 0" : "contains 0";
}

std::string seedLine(const Protocol &p, const SeedResult &r)
{
    std::string line = "seed " + std::to_string(r.seed) + ":";
    for (std::size_t i = 0; i < p.measures.size() && i < r.values.size(); ++i)
        line += " " + p.measures[i].name + " " + fixed(r.values[i], true);
    if (!r.details.empty()) {
        line += " (";
        for (std::size_t i = 0; i < r.details.size(); ++i)
            line += (i ? ", " : "") + r.details[i].first + " " + detail(r.details[i].second);
        line += ")";
    }
    return line + "\n";
}

std::string summaryText(const Protocol &p, const Verdict &v)
{
    std::string text;
    for (std::size_t i = 0; i < p.measures.size() && i < v.measures.size(); ++i) {
        const Measure &m = p.measures[i];
        const stats::MeanInterval &ci = v.measures[i].interval;
        text += m.name + ": mean " + fixed(ci.mean, true) + ", 95 % interval ["
            + fixed(ci.low, true) + ", " + fixed(ci.high, true) + "] over " + std::to_string(ci.n)
            + " seeds; "
            + (m.expect == Expect::Positive ? "must lie above 0: " : "must contain 0: ")
            + (v.measures[i].holds ? "holds" : "does not hold") + "\n    (" + m.meaning + ")\n";
    }
    text += "claim: " + p.claim + "\n";
    text += std::string("verdict: ") + verdictWord(v) + "\n";
    return text;
}

std::string jsonReport(
    const Protocol &p, const Size &size, const std::vector<SeedResult> &results, const Verdict &v)
{
    std::string j = "{\n";
    j += "  \"protocol\": " + quoted(p.name) + ",\n";
    j += "  \"paper\": " + quoted(p.paper) + ",\n";
    j += "  \"claim\": " + quoted(p.claim) + ",\n";
    j += "  \"size\": {\"listeners\": " + std::to_string(size.listeners) + ", \"tracks\": "
        + std::to_string(size.tracks) + ", \"days\": " + std::to_string(size.days) + "},\n";
    j += "  \"seeds\": [";
    for (std::size_t i = 0; i < results.size(); ++i)
        j += (i ? "," : "") + std::to_string(results[i].seed);
    j += "],\n  \"per_seed\": [\n";
    for (std::size_t s = 0; s < results.size(); ++s) {
        const SeedResult &r = results[s];
        j += "    {\"seed\": " + std::to_string(r.seed);
        for (std::size_t i = 0; i < p.measures.size() && i < r.values.size(); ++i)
            j += ", " + quoted(p.measures[i].name) + ": " + base::formatJsonNumber(r.values[i]);
        j += ", \"details\": {";
        for (std::size_t i = 0; i < r.details.size(); ++i)
            j += (i ? ", " : "") + quoted(r.details[i].first) + ": "
                + base::formatJsonNumber(r.details[i].second);
        j += std::string("}}") + (s + 1 < results.size() ? "," : "") + "\n";
    }
    j += "  ],\n";
    const stats::MeanInterval primary
        = v.measures.empty() ? stats::MeanInterval {} : v.measures[0].interval;
    j += "  \"measure\": " + quoted(p.measures.empty() ? std::string() : p.measures[0].name)
        + ",\n";
    j += "  \"mean\": " + base::formatJsonNumber(primary.mean) + ",\n";
    j += "  \"ci\": " + jsonInterval(primary) + ",\n";
    j += "  \"measures\": [\n";
    for (std::size_t i = 0; i < p.measures.size() && i < v.measures.size(); ++i) {
        const Measure &m = p.measures[i];
        j += "    {\"name\": " + quoted(m.name) + ", \"meaning\": " + quoted(m.meaning)
            + ", \"expect\": " + quoted(expectWords(m.expect))
            + ", \"mean\": " + base::formatJsonNumber(v.measures[i].interval.mean)
            + ", \"ci\": " + jsonInterval(v.measures[i].interval)
            + ", \"holds\": " + (v.measures[i].holds ? "true" : "false") + "}"
            + (i + 1 < p.measures.size() ? "," : "") + "\n";
    }
    j += "  ],\n";
    j += std::string("  \"verdict\": ") + quoted(verdictWord(v)) + "\n}\n";
    return j;
}

} // namespace td::run::replicate
