// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenario/presetlibrary.h"

#include "run/scenariofiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace td::ui {

QList<PresetInfo> readPresets(const QString &directory)
{
    QList<PresetInfo> presets;
    if (directory.isEmpty())
        return presets;
    const QDir dir(directory);
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isObject())
            continue;
        const QJsonObject object = doc.object();
        PresetInfo info;
        info.path = QFileInfo(f).absoluteFilePath();
        info.title = object.value(QStringLiteral("title")).toString();
        if (info.title.isEmpty())
            info.title = QFileInfo(file).completeBaseName();
        info.description = object.value(QStringLiteral("description")).toString();
        presets << info;
    }
    std::stable_sort(presets.begin(), presets.end(), [](const PresetInfo &a, const PresetInfo &b) {
        const bool aDefault = QFileInfo(a.path).fileName() == QLatin1String("default.json");
        const bool bDefault = QFileInfo(b.path).fileName() == QLatin1String("default.json");
        if (aDefault != bDefault)
            return aDefault;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return presets;
}

QString presetDirectory(const QString &applicationDir)
{
    const QString defaultScenario = run::findDefaultScenario(applicationDir);
    return defaultScenario.isEmpty() ? QString() : QFileInfo(defaultScenario).absolutePath();
}

} // namespace td::ui
