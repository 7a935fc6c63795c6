// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenariofuzz.h"

#include "base/rng.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/scenario/textformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <cmath>

namespace td::faults {

namespace {

using sim::FieldInfo;
using sim::FieldType;

/// The scenario every mutation starts from: valid and cheap.
std::string baseText()
{
    sim::Scenario s;
    s.title = "fuzz";
    s.run.days = 2;
    s.world.listeners.count = 150;
    s.world.listeners.arrivalsPerDay = 2;
    s.world.catalog.tracks = 300;
    s.world.catalog.genres = 4;
    s.recommender.kind = recsys::RecommenderKind::Pipeline;
    s.recommender.slateSize = 10;
    s.recommender.poolSize = 40;
    return sim::scenarioToJson(s);
}

void setLeaf(QJsonObject &root, const QStringList &parts, int i, const QJsonValue &value)
{
    if (i == parts.size() - 1) {
        root.insert(parts[i], value);
        return;
    }
    QJsonObject child = root.value(parts[i]).toObject();
    setLeaf(child, parts, i + 1, value);
    root.insert(parts[i], child);
}

void setLeaf(QJsonObject &root, const std::string &path, const QJsonValue &value)
{
    setLeaf(root, QString::fromStdString(path).split(QLatin1Char('.')), 0, value);
}

std::string toText(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

/// A value inside the field's own range (or a choice), boundaries included.
QJsonValue inRange(const FieldInfo &f, base::Rng &rng)
{
    switch (f.type) {
    case FieldType::Bool:
        return rng.bernoulli(0.5);
    case FieldType::Enum:
        return QString::fromStdString(f.choices[rng.below(std::uint32_t(f.choices.size()))]);
    case FieldType::String:
        return rng.bernoulli(0.5) ? QString() : QStringLiteral("fuzz-%1").arg(rng.below(100));
    case FieldType::UInt64:
        return double(rng.below(1u << 30));
    case FieldType::Int:
    case FieldType::Double:
        break;
    }
    const double lo = f.minimum ? *f.minimum + (f.minimumExclusive ? 1e-6 : 0.0) : -1e6;
    const double hi = f.maximum ? *f.maximum : 1e6;
    double v;
    switch (rng.below(3)) {
    case 0:
        v = lo;
        break;
    case 1:
        v = hi;
        break;
    default:
        v = rng.uniform(lo, hi);
    }
    if (f.type == FieldType::Int)
        v = f.minimumExclusive ? std::floor(v) + 1 : std::round(std::clamp(v, lo, hi));
    return v;
}

/// A number just outside the range, or far outside; nothing if the field is unbounded there.
std::optional<QJsonValue> outOfRange(const FieldInfo &f, base::Rng &rng)
{
    if (f.type != FieldType::Int && f.type != FieldType::Double)
        return std::nullopt;
    const bool below = rng.bernoulli(0.5);
    if (below && f.minimum) {
        if (f.minimumExclusive)
            return *f.minimum;
        return *f.minimum - (f.type == FieldType::Int ? 1.0 : 0.001 + rng.uniform() * 10);
    }
    if (!below && f.maximum)
        return rng.bernoulli(0.3) ? 1e12 : *f.maximum + (f.type == FieldType::Int ? 1.0 : 0.5);
    return std::nullopt;
}

/// A value of another JSON type than the field takes.
QJsonValue wrongType(const FieldInfo &f, base::Rng &rng)
{
    const bool number
        = f.type == FieldType::Int || f.type == FieldType::Double || f.type == FieldType::UInt64;
    switch (rng.below(3)) {
    case 0:
        return f.type == FieldType::Bool ? QJsonValue(QStringLiteral("yes"))
                                         : QJsonValue(rng.bernoulli(0.5));
    case 1:
        return number ? QJsonValue(QJsonArray { 1, 2 }) : QJsonValue(double(rng.below(100)) + 0.5);
    default:
        return QJsonObject { { QStringLiteral("x"), 1 } };
    }
}

const FieldInfo &randomField(base::Rng &rng)
{
    const auto &schema = sim::scenarioSchema();
    return schema[rng.below(std::uint32_t(schema.size()))];
}

FuzzedScenario duplicateKey(const std::string &base, base::Rng &rng)
{
    // scenarioToJson writes one leaf per line: repeat one of them right after itself.
    std::vector<std::size_t> leafLines;
    std::size_t start = 0;
    while (start < base.size()) {
        const std::size_t end = base.find('\n', start);
        const std::string line = base.substr(start, end - start);
        if (line.find("\": ") != std::string::npos && line.find('{') == std::string::npos
            && line.find('[') == std::string::npos)
            leafLines.push_back(start);
        start = end == std::string::npos ? base.size() : end + 1;
    }
    const std::size_t at = leafLines[rng.below(std::uint32_t(leafLines.size()))];
    const std::size_t end = base.find('\n', at);
    std::string line = base.substr(at, end - at);
    if (line.back() != ',')
        line += ',';
    FuzzedScenario f;
    f.text = base.substr(0, at) + line + "\n" + base.substr(at);
    f.expect = FuzzedScenario::Expect::Invalid;
    const std::size_t q1 = line.find('"'), q2 = line.find('"', q1 + 1);
    f.field = line.substr(q1 + 1, q2 - q1 - 1); // the key; the path ends with it
    f.mutation = "duplicate key " + f.field;
    return f;
}

FuzzedScenario malformed(const std::string &base, base::Rng &rng)
{
    FuzzedScenario f;
    std::string text = base;
    const std::size_t at = rng.below(std::uint32_t(text.size()));
    switch (rng.below(4)) {
    case 0:
        text.resize(at);
        f.mutation = "truncated at byte " + std::to_string(at);
        break;
    case 1:
        text.insert(at, 1, "{}[],:\"x\\\x01\xff"[rng.below(12)]);
        f.mutation = "one byte inserted at " + std::to_string(at);
        break;
    case 2:
        text.erase(at, 1);
        f.mutation = "byte " + std::to_string(at) + " deleted";
        break;
    default:
        text = std::vector<std::string> { "", "[]", "42", "null", "\"text\"", "{",
            std::string(2000, '['), "{\"run\": {\"days\": 1e999999999999}}" }[rng.below(8)];
        f.mutation = "not a scenario object";
    }
    f.text = text;
    // Still well-formed JSON by chance: then it is simply another scenario.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    f.expect = error.error != QJsonParseError::NoError || !doc.isObject()
        ? FuzzedScenario::Expect::Invalid
        : FuzzedScenario::Expect::Either;
    return f;
}

FuzzedScenario schedule(QJsonObject root, base::Rng &rng)
{
    QJsonArray entries;
    const int n = 1 + int(rng.below(3));
    for (int i = 0; i < n; ++i) {
        QJsonObject e;
        e.insert(QStringLiteral("day"), int(rng.below(8)) - 2);
        const std::uint32_t kind = rng.below(5);
        if (kind < 2) {
            e.insert(QStringLiteral("kind"), QStringLiteral("set"));
            const FieldInfo &f = randomField(rng);
            e.insert(QStringLiteral("path"), QString::fromStdString(f.path));
            e.insert(QStringLiteral("value"), inRange(f, rng));
        } else if (kind < 4) {
            e.insert(QStringLiteral("kind"), QStringLiteral("taste_shock"));
            e.insert(QStringLiteral("share"), rng.uniform(-0.5, 1.5));
            e.insert(QStringLiteral("genre"), int(rng.below(12)) - 3);
            e.insert(QStringLiteral("strength"), rng.uniform(-0.5, 1.5));
        } else {
            e.insert(QStringLiteral("kind"), QStringLiteral("bogus"));
        }
        entries.append(e);
    }
    root.insert(QStringLiteral("schedule"), entries);
    FuzzedScenario f;
    f.text = toText(root);
    f.mutation = "random schedule of " + std::to_string(n) + " entries";
    return f;
}

} // namespace

std::vector<FuzzedScenario> fuzzScenarios(std::uint64_t seed, int count)
{
    base::Rng rng(seed);
    const std::string base = baseText();
    const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(base)).object();
    std::vector<FuzzedScenario> out;
    while (int(out.size()) < count) {
        const FieldInfo &field = randomField(rng);
        QJsonObject changed = root;
        FuzzedScenario f;
        switch (rng.below(9)) {
        case 0:
        case 1: {
            const QJsonValue v = inRange(field, rng);
            setLeaf(changed, field.path, v);
            f.text = toText(changed);
            f.mutation = field.path + " = "
                + QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact).toStdString();
            break;
        }
        case 2: {
            const auto v = outOfRange(field, rng);
            if (!v)
                continue;
            setLeaf(changed, field.path, *v);
            f.text = toText(changed);
            f.expect = FuzzedScenario::Expect::Invalid;
            f.field = field.path;
            f.mutation = field.path + " out of range: " + sim::text::shortestNumber(v->toDouble());
            break;
        }
        case 3:
            setLeaf(changed, field.path, wrongType(field, rng));
            f.text = toText(changed);
            f.expect = FuzzedScenario::Expect::Invalid;
            f.field = field.path;
            f.mutation = field.path + " of a wrong type";
            break;
        case 4: {
            const std::string parent = field.path.substr(0, field.path.rfind('.') + 1);
            const std::string key = parent + "fuzz_" + std::to_string(rng.below(1000));
            setLeaf(changed, key, 1);
            f.text = toText(changed);
            f.expect = FuzzedScenario::Expect::Invalid;
            f.field = key;
            f.mutation = "unknown key " + key;
            break;
        }
        case 5:
            f = duplicateKey(base, rng);
            break;
        case 6: {
            if (field.type != FieldType::Double)
                continue;
            const std::string number = rng.bernoulli(0.5) ? "1e-400" : "-3e999";
            setLeaf(changed, field.path, 12345.678); // a marker to replace in the text
            f.text = toText(changed);
            const std::size_t at = f.text.find("12345.678");
            f.text.replace(at, 9, number);
            f.expect = FuzzedScenario::Expect::Invalid;
            f.mutation = field.path + " = " + number;
            break;
        }
        case 7:
            f = malformed(base, rng);
            break;
        default:
            f = schedule(changed, rng);
        }
        out.push_back(std::move(f));
    }
    return out;
}

sim::Scenario shrinkForRun(sim::Scenario s)
{
    auto cap = [](auto &value, auto most) { value = std::min(value, decltype(value)(most)); };
    s.run.days = 2;
    cap(s.world.listeners.count, 150);
    cap(s.world.listeners.arrivalsPerDay, 20.0);
    cap(s.world.listeners.activityMean, 4.0);
    s.world.listeners.seed = {};
    s.world.catalog.source = "generated";
    cap(s.world.catalog.tracks, 400);
    cap(s.world.catalog.genres, 20);
    cap(s.world.catalog.subgenresPerGenre, 5);
    cap(s.world.latentDim, 32);
    cap(s.world.sessions.radioMaxTracks, 60);
    cap(s.world.sessions.organicTracksMean, 30.0);
    cap(s.world.sessions.searchCandidates, 200);
    cap(s.recommender.slateSize, 20);
    cap(s.recommender.poolSize, 60);
    cap(s.recommender.annEf, 200);
    cap(s.recommender.als.factors, 16);
    cap(s.recommender.als.iterations, 4);
    cap(s.recommender.als.cgSteps, 4);
    cap(s.recommender.policy.propensitySamples, 64);
    cap(s.recommender.opeTarget.propensitySamples, 64);
    s.recommender.poolSize = std::max(s.recommender.poolSize, s.recommender.slateSize);
    s.world.catalog.tracks = std::max(s.world.catalog.tracks, s.recommender.slateSize);
    return s;
}

} // namespace td::faults
