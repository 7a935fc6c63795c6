// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli schema [--markdown | --qt-strings]`: the default scenario as JSON,
// docs/scenario.md, or the GUI's translation source ui/coretextstable.cpp.
#include "argparser.h"
#include "commands.h"

#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/translatabletexts.h"

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
    if (!parser.parse(args))
        return usageError("schema", parser.error() + " (see 'tastedrift-cli schema --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Prints the default scenario as JSON: every field with its default value, a valid\n"
            "starting point for a new scenario. With --markdown, prints the reference of every\n"
            "field (type, default, range, unit, description) as Markdown. With --qt-strings,\n"
            "prints the C++ source that marks the scenario's and the metrics' texts for Qt\n"
            "translation (ui/coretextstable.cpp).");
        return kExitOk;
    }
    if (parser.isSet("markdown") && parser.isSet("qt-strings"))
        return usageError("schema", "--markdown and --qt-strings exclude each other");
    if (parser.isSet("markdown"))
        std::cout << sim::scenarioSchemaMarkdown();
    else if (parser.isSet("qt-strings"))
        std::cout << sim::qtStringsSource();
    else
        std::cout << sim::scenarioToJson(sim::Scenario());
    std::cout.flush();
    return std::cout ? kExitOk : kExitFailure;
}

} // namespace td::cli
