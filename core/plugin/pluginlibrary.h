// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tastedrift/plugin.h"

#include <string>

namespace td::plugin {

/// One loaded plugin library (include/tastedrift/plugin.h): dlopen, the entry symbol
/// `tastedrift_recommender_v1`, and the checks of its function table (interface version,
/// table size, every callback present). Unloaded by the destructor.
///
/// Loading the same file twice in one process gives the same library (the dynamic loader
/// counts references); instances keep their state apart (the header's contract).
class PluginLibrary
{
public:
    /// Loads `path`, which must exist. Throws PluginError naming the file: not a loadable
    /// shared library (with the loader's reason), no entry symbol, another interface version,
    /// an incomplete table.
    explicit PluginLibrary(const std::string &path);
    ~PluginLibrary();
    PluginLibrary(const PluginLibrary &) = delete;
    PluginLibrary &operator=(const PluginLibrary &) = delete;

    const tastedrift_recommender_table_v1 &table() const { return *m_table; }
    const std::string &path() const { return m_path; }
    /// "plugin '<path>'", the prefix of every message about it.
    std::string who() const { return "plugin '" + m_path + "'"; }

private:
    std::string m_path;
    void *m_handle = nullptr;
    const tastedrift_recommender_table_v1 *m_table = nullptr;
};

} // namespace td::plugin
