// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/scenario/scenarioio.h"

#include "sim/scenario/jsonscan.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/scenario/textformat.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <climits>
#include <cmath>

namespace td::sim {

namespace {

/// Largest scenario file read: scenarios are a few KiB; anything near this is not one.
constexpr qint64 kMaxScenarioBytes = 16 * 1024 * 1024;

/// Largest integer a JSON number (an IEEE double) holds exactly: 2^53.
constexpr double kMaxExactInteger = 9007199254740992.0;

[[noreturn]] void fail(const std::string &path, const std::string &what)
{
    throw ScenarioError(path + ": " + what);
}

/// How a JSON value is shown after "got" in a message.
std::string describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return text::jsonQuote(v.toString().toStdString());
    case QJsonValue::Double:
        return text::shortestNumber(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? "true" : "false";
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

/// The integral value of a JSON number, or a message-ready failure.
long long jsonInteger(const std::string &path, const QJsonValue &v, const FieldInfo *field)
{
    if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
        fail(path, "expected an integer, got " + describe(v));
    const double d = v.toDouble();
    if (std::abs(d) > 9.0e18) { // beyond long long: report against the bound it breaks
        const double bound = d > 0 ? (field && field->maximum ? *field->maximum : double(INT_MAX))
                                   : (field && field->minimum ? *field->minimum : double(INT_MIN));
        fail(path,
            std::string(d > 0 ? "must be <= " : "must be >= ") + text::shortestNumber(bound)
                + ", got " + describe(v));
    }
    return static_cast<long long>(d);
}

void setFromJson(const FieldInfo &f, Scenario &s, const QJsonValue &v)
{
    switch (f.type) {
    case FieldType::Int:
        f.setInt(s, jsonInteger(f.path, v, &f));
        return;
    case FieldType::UInt64:
        if (v.isString()) { // the way to write seeds above 2^53
            f.setFromText(s, v.toString().toStdString());
            return;
        }
        if (!v.isDouble() || v.toDouble() < 0 || std::floor(v.toDouble()) != v.toDouble())
            fail(f.path, "expected an unsigned 64-bit integer, got " + describe(v));
        {
            // Qt keeps an integer literal that fits in 64 bits exactly (toInteger), so
            // 2^53 + 1 is caught even though it reads as the double 2^53.
            const qint64 exact = v.toInteger(-1);
            const bool tooLarge
                = exact >= 0 ? exact > (qint64(1) << 53) : v.toDouble() > kMaxExactInteger;
            if (tooLarge)
                fail(f.path,
                    "integers above 2^53 are not exact in JSON; write this one as a decimal "
                    "string, e.g. \"18446744073709551615\"");
            f.setUInt64(s, static_cast<std::uint64_t>(exact >= 0 ? exact : qint64(v.toDouble())));
        }
        return;
    case FieldType::Double:
        if (!v.isDouble())
            fail(f.path, "expected a number, got " + describe(v));
        f.setDouble(s, v.toDouble());
        return;
    case FieldType::Bool:
        if (!v.isBool())
            fail(f.path, "expected true or false, got " + describe(v));
        f.setBool(s, v.toBool());
        return;
    case FieldType::String:
        if (!v.isString())
            fail(f.path, "expected a string, got " + describe(v));
        f.setString(s, v.toString().toStdString());
        return;
    case FieldType::Enum:
        if (!v.isString())
            fail(f.path, "expected one of " + f.rangeText() + "; got " + describe(v));
        f.setString(s, v.toString().toStdString());
        return;
    }
}

ScheduleEvent readScheduleEntry(const QJsonValue &value, const std::string &where)
{
    if (!value.isObject())
        fail(where, "expected an object, got " + describe(value));
    const QJsonObject entry = value.toObject();
    ScheduleEvent e;
    if (entry.contains(QLatin1String("kind"))) {
        const QJsonValue kind = entry.value(QLatin1String("kind"));
        if (!kind.isString())
            fail(where + ".kind", "expected one of set, taste_shock; got " + describe(kind));
        e.kind = kind.toString().toStdString();
    }
    // Which keys an entry takes depends on its kind; the kind itself is checked first.
    const bool isSet = e.kind == "set";
    if (!isSet && e.kind != "taste_shock")
        fail(where + ".kind", "expected one of set, taste_shock; got " + text::jsonQuote(e.kind));
    const char *keys = isSet ? "day, kind, path, value" : "day, kind, share, genre, strength";
    bool hasPath = false, hasValue = false;
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        const std::string key = it.key().toStdString();
        const std::string path = where + "." + key;
        const QJsonValue v = it.value();
        if (key == "kind") {
            continue;
        } else if (key == "day") {
            const long long day = jsonInteger(path, v, nullptr);
            if (day < INT_MIN || day > INT_MAX)
                fail(path, "must be >= 0, got " + describe(v));
            e.day = int(day);
        } else if (isSet && key == "path") {
            if (!v.isString())
                fail(path, "expected a string, got " + describe(v));
            e.path = v.toString().toStdString();
            hasPath = true;
        } else if (isSet && key == "value") {
            // A value may be written as JSON of its type or as text: 0.3, true, "thompson".
            if (v.isString())
                e.value = v.toString().toStdString();
            else if (v.isDouble())
                e.value = text::shortestNumber(v.toDouble());
            else if (v.isBool())
                e.value = v.toBool() ? "true" : "false";
            else
                fail(path, "expected a string, number or boolean, got " + describe(v));
            hasValue = true;
        } else if (!isSet && (key == "share" || key == "strength")) {
            if (!v.isDouble())
                fail(path, "expected a number, got " + describe(v));
            (key == "share" ? e.share : e.strength) = v.toDouble();
        } else if (!isSet && key == "genre") {
            const long long genre = jsonInteger(path, v, nullptr);
            if (genre < INT_MIN || genre > INT_MAX)
                fail(path, "must be >= -1, got " + describe(v));
            e.genre = int(genre);
        } else {
            fail(path, "unknown field (a '" + e.kind + "' entry takes " + keys + ")");
        }
    }
    if (isSet && !hasPath)
        fail(where + ".path", "missing (a 'set' entry needs path and value)");
    if (isSet && !hasValue)
        fail(where + ".value", "missing (a 'set' entry needs path and value)");
    return e;
}

void readSchedule(const QJsonValue &value, Scenario &s)
{
    if (!value.isArray())
        fail("schedule", "expected an array, got " + describe(value));
    const QJsonArray entries = value.toArray();
    s.schedule.clear();
    for (qsizetype i = 0; i < entries.size(); ++i)
        s.schedule.push_back(
            readScheduleEntry(entries.at(i), "schedule[" + std::to_string(i) + "]"));
}

/// An array of strings at `path` (lesson.metrics, lesson.steps).
std::vector<std::string> readStringList(const QJsonValue &value, const std::string &path)
{
    if (!value.isArray())
        fail(path, "expected an array of strings, got " + describe(value));
    const QJsonArray items = value.toArray();
    std::vector<std::string> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            fail(path + "[" + std::to_string(i) + "]",
                "expected a string, got " + describe(items.at(i)));
        out.push_back(items.at(i).toString().toStdString());
    }
    return out;
}

void readLesson(const QJsonValue &value, Scenario &s)
{
    if (!value.isObject())
        fail("lesson", "expected an object with tab, metrics and steps, got " + describe(value));
    const QJsonObject lesson = value.toObject();
    Lesson l;
    for (auto it = lesson.begin(); it != lesson.end(); ++it) {
        const std::string key = it.key().toStdString();
        const std::string path = "lesson." + key;
        if (key == "tab") {
            if (!it.value().isString())
                fail(path, "expected a string, got " + describe(it.value()));
            l.tab = it.value().toString().toStdString();
        } else if (key == "metrics") {
            l.metrics = readStringList(it.value(), path);
        } else if (key == "steps") {
            l.steps = readStringList(it.value(), path);
        } else {
            fail(path, "unknown field (a lesson takes tab, metrics, steps)");
        }
    }
    // A lesson says where to look: the tab is required even when nothing else is given.
    if (l.tab.empty())
        fail("lesson.tab", "missing (a lesson names the tab it is about)");
    s.lesson = std::move(l);
}

void readObject(const QJsonObject &object, const std::string &prefix, Scenario &s)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string key = it.key().toStdString();
        const std::string path = prefix.empty() ? key : prefix + "." + key;
        // A dotted key ("world.listeners.count": 5) is not the nested form: reject it.
        const bool plainKey = !key.empty() && key.find('.') == std::string::npos;
        if (!key.empty() && !plainKey)
            fail(path, "unknown field (keys cannot contain '.'; nest objects instead)");
        if (plainKey && prefix.empty() && key == "schedule") {
            readSchedule(it.value(), s);
        } else if (plainKey && prefix.empty() && key == "lesson") {
            readLesson(it.value(), s);
        } else if (const FieldInfo *f = plainKey ? findScenarioField(path) : nullptr) {
            setFromJson(*f, s, it.value());
        } else if (plainKey && isScenarioSection(path)) {
            if (!it.value().isObject())
                fail(path, "expected an object, got " + describe(it.value()));
            readObject(it.value().toObject(), path, s);
        } else {
            throw ScenarioError(unknownFieldMessage(path));
        }
    }
}

/// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return { line, column };
}

Scenario parseNamed(
    const QByteArray &bytes, const std::string &baseDirectory, const std::string &sourceName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    const auto where = [&](int line, int column) {
        return sourceName + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
    };
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(bytes, error.offset);
        // A well-formed number beyond a double (1e-400, 1e400) is not "illegal": say why.
        if (error.error == QJsonParseError::IllegalNumber) {
            std::size_t start = std::size_t(error.offset);
            if (const std::string range = numberRangeProblem(text, start); !range.empty()) {
                const auto [numberLine, numberColumn] = lineColumn(bytes, qsizetype(start));
                throw ScenarioError(where(numberLine, numberColumn) + range);
            }
        }
        throw ScenarioError(
            where(line, column) + "malformed JSON: " + error.errorString().toStdString());
    }
    // QJsonDocument keeps the last of two equal keys: the first one's settings would vanish.
    if (const auto repeat = findDuplicateKey(text))
        throw ScenarioError(where(repeat->line, repeat->column) + repeat->path
            + ": given twice (first on line " + std::to_string(repeat->firstLine)
            + "); each key may appear only once in an object");
    if (!document.isObject())
        throw ScenarioError(sourceName + ": a scenario must be a JSON object ({...}), got "
            + (document.isArray() ? "an array" : "a single value"));
    Scenario s;
    s.baseDirectory = baseDirectory;
    readObject(document.object(), {}, s);
    validateScenario(s);
    return s;
}

// ---- writing ----

std::string leafJson(const FieldInfo &f, const Scenario &s)
{
    const std::string value = f.valueText(s);
    switch (f.type) {
    case FieldType::String:
    case FieldType::Enum:
        return text::jsonQuote(value);
    case FieldType::UInt64: {
        // Above 2^53 a JSON number would not read back exactly: write a decimal string.
        const auto v = text::parseUnsigned(value);
        return v && *v > std::uint64_t(kMaxExactInteger) ? text::jsonQuote(value) : value;
    }
    default:
        return value;
    }
}

std::string scheduleEntryJson(const ScheduleEvent &e)
{
    std::string out
        = "{ \"day\": " + std::to_string(e.day) + ", \"kind\": " + text::jsonQuote(e.kind);
    if (e.kind == "taste_shock") {
        out += ", \"share\": " + text::shortestNumber(e.share) + ", \"genre\": "
            + std::to_string(e.genre) + ", \"strength\": " + text::shortestNumber(e.strength);
    } else {
        out += ", \"path\": " + text::jsonQuote(e.path)
            + ", \"value\": " + text::jsonQuote(e.value);
    }
    return out + " }";
}

/// Writes the members of section `prefix` ("" = top level) in table order, nested sections
/// at the place of their first leaf.
void writeSection(std::string &out, const Scenario &s, const std::string &prefix, int depth)
{
    const std::string indent(std::size_t(depth) * 2, ' ');
    const std::string start = prefix.empty() ? std::string() : prefix + ".";
    std::vector<std::string> children;
    for (const FieldInfo &f : scenarioSchema()) {
        if (f.path.compare(0, start.size(), start) != 0)
            continue;
        const std::string rest = f.path.substr(start.size());
        const std::string child = rest.substr(0, rest.find('.'));
        if (std::find(children.begin(), children.end(), child) == children.end())
            children.push_back(child);
    }
    bool first = true;
    for (const std::string &child : children) {
        out += first ? "\n" : ",\n";
        first = false;
        out += indent + text::jsonQuote(child) + ": ";
        if (const FieldInfo *f = findScenarioField(start + child)) {
            out += leafJson(*f, s);
        } else {
            out += "{";
            writeSection(out, s, start + child, depth + 1);
            out += "\n" + indent + "}";
        }
    }
    if (prefix.empty()) {
        out += ",\n" + indent + "\"schedule\": [";
        for (std::size_t i = 0; i < s.schedule.size(); ++i)
            out += (i ? ",\n" : "\n") + indent + "  " + scheduleEntryJson(s.schedule[i]);
        out += s.schedule.empty() ? "]" : "\n" + indent + "]";
        // Optional: written only when the scenario has one, so `{}` still reads back as `{}`.
        if (!s.lesson.empty()) {
            const auto list = [&](const std::vector<std::string> &items, bool oneALine) {
                std::string text = "[";
                for (std::size_t i = 0; i < items.size(); ++i) {
                    text += i ? "," : "";
                    text += oneALine ? "\n" + indent + "    " : (i ? " " : "");
                    text += text::jsonQuote(items[i]);
                }
                return text + (oneALine && !items.empty() ? "\n" + indent + "  ]" : "]");
            };
            out += ",\n" + indent + "\"lesson\": {\n" + indent
                + "  \"tab\": " + text::jsonQuote(s.lesson.tab) + ",\n" + indent
                + "  \"metrics\": " + list(s.lesson.metrics, false) + ",\n" + indent
                + "  \"steps\": " + list(s.lesson.steps, true) + "\n" + indent + "}";
        }
    }
}

} // namespace

Scenario loadScenarioFile(const std::string &path)
{
    const QString name = QString::fromStdString(path);
    QFile file(name);
    if (QFileInfo(name).isDir())
        throw ScenarioError("cannot open scenario file '" + path + "': Is a directory");
    if (!file.open(QIODevice::ReadOnly))
        throw ScenarioError(
            "cannot open scenario file '" + path + "': " + file.errorString().toStdString());
    // Read at most one byte more than allowed: /dev/zero or a huge file is refused at once
    // instead of being read until memory runs out.
    const QByteArray bytes = file.read(kMaxScenarioBytes + 1);
    if (bytes.size() > kMaxScenarioBytes)
        throw ScenarioError("scenario file '" + path
            + "' is larger than 16 MiB; a scenario is "
              "a few KiB of JSON (is this the right file?)");
    const std::string folder = QFileInfo(name).absolutePath().toStdString();
    try {
        return parseNamed(bytes, folder, path);
    } catch (const ScenarioError &e) {
        // Syntax errors already start with the file name; field errors get it here.
        const std::string what = e.what();
        if (what.compare(0, path.size() + 1, path + ":") == 0)
            throw;
        throw ScenarioError(path + ": " + what);
    }
}

Scenario parseScenario(const std::string &jsonText, const std::string &baseDirectory)
{
    return parseNamed(QByteArray::fromStdString(jsonText), baseDirectory, "scenario");
}

std::string scenarioToJson(const Scenario &scenario)
{
    std::string out = "{";
    writeSection(out, scenario, {}, 1);
    out += "\n}\n";
    return out;
}

void setScenarioValue(Scenario &scenario, const std::string &path, const std::string &value)
{
    const FieldInfo *f = findScenarioField(path);
    if (!f)
        throw ScenarioError(unknownFieldMessage(path));
    f->setFromText(scenario, value);
}

std::string scenarioValue(const Scenario &scenario, const std::string &path)
{
    const FieldInfo *f = findScenarioField(path);
    if (!f)
        throw ScenarioError(unknownFieldMessage(path));
    return f->valueText(scenario);
}

} // namespace td::sim
