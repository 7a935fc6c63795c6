// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace td::ui {

/// A preset scenario file: where it is and what its `title` and `description` say.
struct PresetInfo
{
    QString path;
    QString title;
    QString description;
};

/// The presets in `directory` (*.json): default.json first, then by title. Files that are
/// not JSON objects are skipped; a file without a title is listed by its file name. Only the
/// two text fields are read here; the file is validated when it is opened.
QList<PresetInfo> readPresets(const QString &directory);

/// The folder of the preset scenarios: the folder of run::findDefaultScenario() (empty if
/// there is none).
QString presetDirectory(const QString &applicationDir);

} // namespace td::ui
