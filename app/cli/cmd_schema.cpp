// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli schema [--markdown]`: the default scenario as JSON, or docs/scenario.md.
#include "argparser.h"
#include "commands.h"

#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"

#include <iostream>

namespace td::cli {

int schemaCommand(const QStringList &args)
{
    ArgParser parser("schema");
    parser.addFlag("markdown", "",
        "print the scenario reference (docs/scenario.md) instead of the default scenario");
    if (!parser.parse(args))
        return usageError("schema", parser.error() + " (see 'tastedrift-cli schema --help')");
    if (parser.helpRequested()) {
        std::cout << parser.helpText(
            "Prints the default scenario as JSON: every field with its default value, a valid\n"
            "starting point for a new scenario. With --markdown, prints the reference of every\n"
            "field (type, default, range, unit, description) as Markdown.");
        return kExitOk;
    }
    if (parser.isSet("markdown"))
        std::cout << sim::scenarioSchemaMarkdown();
    else
        std::cout << sim::scenarioToJson(sim::Scenario());
    std::cout.flush();
    return std::cout ? kExitOk : kExitFailure;
}

} // namespace td::cli
