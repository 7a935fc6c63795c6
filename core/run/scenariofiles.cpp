// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/scenariofiles.h"

#include "sim/scenario/scenarioio.h"

#include <QDir>
#include <QFileInfo>

#include <exception>

namespace td::run {

namespace {
const QString kDefaultScenario = QStringLiteral("scenarios/default.json");
}

QStringList defaultScenarioCandidates(const QString &applicationDir)
{
    QStringList candidates;
    candidates << QDir::current().absoluteFilePath(kDefaultScenario);
    if (!applicationDir.isEmpty()) {
        const QDir appDir(applicationDir);
        candidates << QDir::cleanPath(
            appDir.absoluteFilePath(QStringLiteral("../") + kDefaultScenario));
        candidates << QDir::cleanPath(
            appDir.absoluteFilePath(QStringLiteral("../share/tastedrift/") + kDefaultScenario));
    }
#ifdef TD_SOURCE_DIR
    candidates << QDir(QStringLiteral(TD_SOURCE_DIR)).absoluteFilePath(kDefaultScenario);
#endif
    candidates.removeDuplicates();
    return candidates;
}

QString findDefaultScenario(const QString &applicationDir)
{
    for (const QString &candidate : defaultScenarioCandidates(applicationDir)) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

bool loadScenario(const QString &path, sim::Scenario &scenario, QString &error)
{
    try {
        scenario = sim::loadScenarioFile(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        // ScenarioError messages already name the field or the file position.
        error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace td::run
