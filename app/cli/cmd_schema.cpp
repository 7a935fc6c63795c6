// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli schema [--markdown | --qt-strings | --qt-preset-strings DIR]`: the default
// scenario as JSON, docs/scenario.md, or the GUI's translation sources ui/coretextstable.cpp
// and ui/presettextstable.cpp.
#include "argparser.h"
#include "commands.h"

#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/translatabletexts.h"

#include <QDir>

#include <iostream>

namespace td::cli {

int schemaCommand(const QStringList &args)
{
    ArgParser parser("schema");
    parser.addFlag("markdown", "",
        "print the scenario reference (docs/scenario.md) instead of the default scenario");
    parser.addFlag("qt-strings", "",
        "for developers: print ui/coretextstable.cpp, the scenario and metric texts the GUI "
        "translates");
    parser.addValue("qt-preset-strings", "DIR",
        "for developers: print ui/presettextstable.cpp, the titles and lesson steps of the "
        "preset scenarios DIR/*.json that the GUI translates");
    if (!parser.parse(args))
        return usageError("schema", parser.error() + " (see 'tastedrift-cli schema --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Prints the default scenario as JSON: every field with its default value, a valid\n"
            "starting point for a new scenario. With --markdown, prints the reference of every\n"
            "field (type, default, range, unit, description) as Markdown. With --qt-strings,\n"
            "prints the C++ source that marks the scenario's and the metrics' texts for Qt\n"
            "translation (ui/coretextstable.cpp); with --qt-preset-strings DIR, the one that\n"
            "marks the presets' titles and lesson steps (ui/presettextstable.cpp).");
        return kExitOk;
    }
    if (int(parser.isSet("markdown")) + int(parser.isSet("qt-strings"))
            + int(parser.isSet("qt-preset-strings"))
        > 1)
        return usageError(
            "schema", "--markdown, --qt-strings and --qt-preset-strings exclude each other");
    if (parser.isSet("qt-preset-strings")) {
        const QString folder = QString::fromStdString(parser.value("qt-preset-strings"));
        const QDir dir(folder);
        if (!dir.exists())
            return usageError(
                "schema", "--qt-preset-strings: no folder '" + folder.toStdString() + "'");
        std::vector<sim::PresetFile> presets;
        for (const QString &name :
            dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            try {
                presets.emplace_back(
                    name.toStdString(), sim::loadScenarioFile(dir.filePath(name).toStdString()));
            } catch (const sim::ScenarioError &e) {
                return usageError("schema", e.what());
            }
        }
        if (presets.empty())
            return usageError(
                "schema", "--qt-preset-strings: no *.json in '" + folder.toStdString() + "'");
        std::cout << sim::qtPresetStringsSource(presets);
    } else if (parser.isSet("markdown"))
        std::cout << sim::scenarioSchemaMarkdown();
    else if (parser.isSet("qt-strings"))
        std::cout << sim::qtStringsSource();
    else
        std::cout << sim::scenarioToJson(sim::Scenario());
    std::cout.flush();
    return std::cout ? kExitOk : kExitFailure;
}

} // namespace td::cli
