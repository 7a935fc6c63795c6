// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <QString>
#include <QStringList>

namespace td::run {

/// Where the applications look for scenarios/default.json, in search order: the current
/// directory, next to the installed executable (<appDir>/../scenarios and
/// <appDir>/../share/tastedrift/scenarios), then the source tree the program was built from.
/// `applicationDir` is QCoreApplication::applicationDirPath() (empty: skip those entries).
QStringList defaultScenarioCandidates(const QString &applicationDir);

/// The first existing entry of defaultScenarioCandidates(), or an empty string.
QString findDefaultScenario(const QString &applicationDir);

/// Reads and validates a scenario file. On failure returns false and sets `error` to the
/// user-facing message (the file name and what is wrong). Thread-safe (no shared state).
bool loadScenario(const QString &path, td::sim::Scenario &scenario, QString &error);

} // namespace td::run
