// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "store/sweep/completeness.h"

#include "sim/scenario/textformat.h"
#include "store/runstore.h"
#include "store/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <optional>

namespace td::store {

namespace {

/// The plan of a definition as `run::SweepPlan` wrote it: {"scenario":...,"grid":[{"path":P,
/// "values":[...]}...],"seeds":[...]}. Grid-major, the first axis slowest, seeds innermost.
struct Plan
{
    std::vector<std::pair<QString, QJsonArray>> axes;
    std::vector<std::uint64_t> seeds;
    long long gridPoints = 1;

    long long size() const { return gridPoints * (long long)seeds.size(); }

    std::string gridPoint(long long item) const
    {
        long long gridIndex = item / (long long)seeds.size();
        QJsonObject point; // keys sorted, like the canonical grid point
        for (std::size_t a = axes.size(); a-- > 0;) {
            const QJsonArray &values = axes[a].second;
            point.insert(axes[a].first, values.at(qsizetype(gridIndex % values.size())));
            gridIndex /= values.size();
        }
        return QJsonDocument(point).toJson(QJsonDocument::Compact).toStdString();
    }
    std::uint64_t seed(long long item) const { return seeds[std::size_t(item) % seeds.size()]; }
};

std::optional<Plan> parsePlan(const std::string &definition)
{
    const QJsonObject object
        = QJsonDocument::fromJson(QByteArray::fromStdString(definition)).object();
    if (!object.contains(QLatin1String("grid")) || !object.contains(QLatin1String("seeds")))
        return std::nullopt;
    Plan plan;
    for (const QJsonValue &axis : object.value(QLatin1String("grid")).toArray()) {
        const QJsonArray values = axis.toObject().value(QLatin1String("values")).toArray();
        if (values.isEmpty() || plan.gridPoints > (1LL << 40) / values.size())
            return std::nullopt;
        plan.gridPoints *= values.size();
        plan.axes.emplace_back(axis.toObject().value(QLatin1String("path")).toString(), values);
    }
    // Seeds are unsigned 64-bit: read their text, a double would round them. They are the
    // definition's last member.
    const std::string marker = ",\"seeds\":[";
    const std::size_t at = definition.rfind(marker);
    const std::size_t end = definition.find(']', at == std::string::npos ? 0 : at);
    if (at == std::string::npos || end == std::string::npos)
        return std::nullopt;
    const std::string list = definition.substr(at + marker.size(), end - at - marker.size());
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const auto seed = sim::text::parseUnsigned(list.substr(start, comma - start));
        if (!seed)
            return std::nullopt;
        plan.seeds.push_back(*seed);
        start = comma + 1;
    }
    if (plan.seeds.empty())
        return std::nullopt;
    return plan;
}

} // namespace

std::string SweepCompleteness::describe(std::size_t listed) const
{
    std::string text = "sweep " + sweepId + ": ";
    if (planned > 0)
        text += std::to_string(complete) + " of " + std::to_string(planned)
            + " planned runs complete";
    else
        text += "its plan cannot be read";
    if (missingCount > 0) {
        text += "; " + std::to_string(missingCount) + " missing:";
        std::size_t shown = 0;
        for (; shown < missing.size() && shown < listed; ++shown)
            text += std::string(shown ? "," : "") + " item " + std::to_string(missing[shown].item)
                + " (" + missing[shown].gridPoint + " seed " + std::to_string(missing[shown].seed)
                + ")";
        if (missingCount > (long long)shown)
            text += " and " + std::to_string(missingCount - (long long)shown) + " more";
    }
    if (!incomplete.empty()) {
        text += "; " + std::to_string(incomplete.size()) + " incomplete:";
        for (std::size_t i = 0; i < incomplete.size() && i < listed; ++i) {
            const RunInfo &r = incomplete[i];
            text += std::string(i ? "," : "") + " run " + std::to_string(r.id) + " (item "
                + std::to_string(r.sweepItem) + ", " + statusText(r.status) + ", "
                + std::to_string(r.daysDone) + " of " + std::to_string(r.daysTotal) + " days)";
        }
        if (incomplete.size() > listed)
            text += " and " + std::to_string(incomplete.size() - listed) + " more";
    }
    return text;
}

std::vector<SweepCompleteness> sweepCompleteness(const RunStore &store)
{
    std::map<std::string, std::vector<RunInfo>> bySweep;
    for (RunInfo &r : store.runs()) {
        if (r.sweepId.empty())
            continue;
        r.scenarioJson.clear(); // not needed, and large
        bySweep[r.sweepId].push_back(std::move(r));
    }
    std::vector<SweepCompleteness> result;
    QSqlQuery sweeps = execSql(store.database(), store.path(),
        QStringLiteral("SELECT id, definition FROM sweeps ORDER BY id"), "cannot read the sweeps");
    while (sweeps.next()) {
        SweepCompleteness c;
        c.sweepId = sweeps.value(0).toString().toStdString();
        const std::optional<Plan> plan = parsePlan(sweeps.value(1).toString().toStdString());
        std::map<long long, bool> held; // plan index -> held complete
        for (const RunInfo &r : bySweep[c.sweepId]) {
            const bool whole = r.status == RunStatus::Complete && r.daysDone >= r.daysTotal;
            if (whole)
                held[r.sweepItem] = true;
            else
                held.emplace(r.sweepItem, false);
        }
        for (const RunInfo &r : bySweep[c.sweepId]) {
            const bool whole = r.status == RunStatus::Complete && r.daysDone >= r.daysTotal;
            // An incomplete run whose item is also held complete elsewhere is not a gap.
            if (!whole && !held[r.sweepItem])
                c.incomplete.push_back(r);
        }
        if (plan) {
            c.planned = plan->size();
            for (long long item = 0; item < c.planned; ++item) {
                const auto it = held.find(item);
                if (it == held.end()) {
                    if (c.missing.size() < SweepCompleteness::kMaxListed)
                        c.missing.push_back({ item, plan->gridPoint(item), plan->seed(item) });
                    ++c.missingCount;
                } else if (it->second) {
                    ++c.complete;
                }
            }
        }
        result.push_back(std::move(c));
    }
    return result;
}

} // namespace td::store
