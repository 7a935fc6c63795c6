// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "plugin/pluginlibrary.h"

#include "plugin/pluginerror.h"

#include <dlfcn.h>

#include <cstring>

namespace td::plugin {

PluginLibrary::PluginLibrary(const std::string &path) : m_path(path)
{
    // RTLD_NOW: an unresolved symbol fails here, not in the middle of a run. RTLD_LOCAL: two
    // plugins never see each other's symbols.
    m_handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!m_handle) {
        const char *reason = dlerror();
        throw PluginError(who() + ": cannot be loaded as a shared library ("
            + std::string(reason ? reason : "unknown reason") + ")");
    }
    dlerror(); // clear
    void *symbol = dlsym(m_handle, TASTEDRIFT_ENTRY_SYMBOL_V1);
    if (!symbol) {
        dlclose(m_handle);
        m_handle = nullptr;
        throw PluginError(who()
            + ": has no entry symbol '" TASTEDRIFT_ENTRY_SYMBOL_V1
              "' (is it a TasteDrift plugin? see include/tastedrift/plugin.h)");
    }
    // POSIX guarantees that a data pointer from dlsym converts to a function pointer.
    tastedrift_entry_v1 entry;
    static_assert(sizeof entry == sizeof symbol, "function and data pointers differ in size");
    std::memcpy(&entry, &symbol, sizeof entry);
    m_table = entry();
    std::string problem;
    if (!m_table)
        problem = "its entry symbol returned no function table";
    else if (m_table->abi_version != TASTEDRIFT_PLUGIN_ABI_VERSION)
        problem = "it implements plugin interface version " + std::to_string(m_table->abi_version)
            + ", this TasteDrift speaks version " + std::to_string(TASTEDRIFT_PLUGIN_ABI_VERSION)
            + "; rebuild it against this "
              "TasteDrift's tastedrift/plugin.h";
    else if (m_table->struct_size < sizeof(tastedrift_recommender_table_v1))
        problem = "its function table has " + std::to_string(m_table->struct_size)
            + " bytes, version 1 needs " + std::to_string(sizeof(tastedrift_recommender_table_v1));
    else if (!m_table->name || !m_table->create || !m_table->destroy || !m_table->begin_day
        || !m_table->recommend || !m_table->observe || !m_table->end_day)
        problem = "its function table leaves a callback or the name empty (NULL)";
    if (!problem.empty()) {
        dlclose(m_handle);
        m_handle = nullptr;
        throw PluginError(who() + ": " + problem);
    }
}

PluginLibrary::~PluginLibrary()
{
    if (m_handle)
        dlclose(m_handle);
}

} // namespace td::plugin
