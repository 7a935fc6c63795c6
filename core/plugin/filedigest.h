// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

namespace td::plugin {

/// SHA-256 of the file at `path` as 64 lower-case hex digits (QCryptographicHash, streamed),
/// or nullopt when the file cannot be read. Provenance of plugin runs (docs/store.md).
std::optional<std::string> fileSha256(const std::string &path);

} // namespace td::plugin
