// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace td::plugin {

/// A recommender from outside the tree failed or broke its contract: it could not be loaded
/// (not a shared library, a missing symbol, another interface version), a callback reported an
/// error, or an answer failed a check (docs/extending.md). The message names the plugin file
/// (or the Python recommender) and what went wrong. Runtime failure: the CLI exits with 1.
class PluginError : public std::runtime_error
{
public:
    explicit PluginError(const std::string &what) : std::runtime_error(what) { }
};

} // namespace td::plugin
