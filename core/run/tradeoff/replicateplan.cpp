// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/tradeoff/replicateplan.h"

#include "run/sweep/sweepplan.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/textformat.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace td::run {

std::string ReplicateComparison::definitionJson() const
{
    // Seeds last: the store's completeness check reads them as the definition's last member.
    std::string definition = "{\"ab\":{\"a\":" + sim::scenarioToJson(a)
        + ",\"b\":" + sim::scenarioToJson(b)
        + "},\"grid\":[{\"path\":\"arm\",\"values\":[\"A\",\"B\"]}],\"seeds\":[";
    for (std::size_t s = 0; s < seeds.size(); ++s)
        definition += (s ? "," : "") + std::to_string(seeds[s]);
    return definition + "]}";
}

std::string ReplicateComparison::sweepId() const
{
    return sweepIdOf(definitionJson());
}

std::vector<PlannedRun> ReplicateComparison::plannedRuns(const std::string &name) const
{
    if (seeds.empty())
        throw SweepError("an A/B comparison needs at least one seed");
    if (std::set<std::uint64_t>(seeds.begin(), seeds.end()).size() != seeds.size())
        throw SweepError("an A/B comparison lists a seed twice");
    const std::string definition = definitionJson();
    const std::string id = sweepIdOf(definition);
    std::vector<PlannedRun> runs;
    runs.reserve(seeds.size() * 2);
    for (std::size_t s = 0; s < seeds.size(); ++s) {
        for (int arm = 0; arm < 2; ++arm) {
            PlannedRun run;
            run.scenario = arm == 0 ? a : b;
            run.scenario.run.seed = seeds[s];
            run.row.name = name + (arm == 0 ? " A" : " B") + " seed " + std::to_string(seeds[s]);
            run.row.sweepId = id;
            run.row.sweepDefinition = definition;
            // Grid-major like a sweep's plan: A's seeds are items 0..n-1, B's n..2n-1.
            run.row.sweepItem = (long long)(std::size_t(arm) * seeds.size() + s);
            run.row.gridPoint = arm == 0 ? kArmPointA : kArmPointB;
            runs.push_back(std::move(run));
        }
    }
    return runs;
}

std::optional<ReplicateComparison> ReplicateComparison::fromDefinition(
    const std::string &definitionJson)
{
    const QJsonObject root
        = QJsonDocument::fromJson(QByteArray::fromStdString(definitionJson)).object();
    const QJsonObject ab = root.value(QLatin1String("ab")).toObject();
    if (ab.isEmpty())
        return std::nullopt;
    ReplicateComparison comparison;
    try {
        const auto scenario = [&ab](const char *key) {
            return sim::parseScenario(
                QJsonDocument(ab.value(QLatin1String(key)).toObject()).toJson().toStdString());
        };
        comparison.a = scenario("a");
        comparison.b = scenario("b");
    } catch (const std::exception &) {
        return std::nullopt; // written by a build whose scenario this one cannot read
    }
    // (Scenario seeds went through a double in QJsonDocument; every run's seed is below.)
    // Seeds are unsigned 64-bit: read as text, a double would round them.
    const std::string marker = "\"seeds\":[";
    const std::size_t at = definitionJson.rfind(marker);
    const std::size_t end = definitionJson.find(']', at == std::string::npos ? 0 : at);
    if (at == std::string::npos || end == std::string::npos)
        return std::nullopt;
    const std::string list = definitionJson.substr(at + marker.size(), end - at - marker.size());
    std::size_t start = 0;
    while (start < list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const auto seed = sim::text::parseUnsigned(list.substr(start, comma - start));
        if (!seed)
            return std::nullopt;
        comparison.seeds.push_back(*seed);
        start = comma + 1;
    }
    if (comparison.seeds.empty())
        return std::nullopt;
    return comparison;
}

std::vector<std::uint64_t> consecutiveSeeds(std::uint64_t first, int count)
{
    std::vector<std::uint64_t> seeds;
    for (int i = 0; i < count; ++i)
        seeds.push_back(first + std::uint64_t(i));
    return seeds;
}

} // namespace td::run
