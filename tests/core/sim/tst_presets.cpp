// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Every preset in scenarios/ loads, says what it teaches, and runs a few days.
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

class TestPresets : public QObject
{
    Q_OBJECT
private slots:
    void everyPresetRuns_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(TD_SOURCE_DIR "/scenarios"));
        const auto files = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QFileInfo &f : files) {
            // 200,000 tracks: TestLargeCatalogPreset runs it (the same three days, and more checks)
            if (f.baseName() == QLatin1String("large-catalog"))
                continue;
            QTest::newRow(qPrintable(f.baseName())) << f.absoluteFilePath();
        }
    }
    void everyPresetRuns()
    {
        QFETCH(QString, path);
        td::sim::Scenario s = td::sim::loadScenarioFile(path.toStdString());
        QVERIFY2(s.description.size() > 80, "a preset says what it teaches and what to watch");
        QVERIFY(s.title != "Untitled scenario");
        s.run.days = 3;
        if (s.world.catalog.source == "csv"
            && !QFileInfo::exists(QDir(QString::fromStdString(s.baseDirectory))
                                      .filePath(QString::fromStdString(s.world.catalog.path))))
            QSKIP("the shared real data (../shared/data) is not next to this clone");
        td::sim::Engine engine(s, 2);
        while (!engine.finished()) {
            const auto snap = engine.stepDay();
            QVERIFY(snap->metrics.value("streams") > 0);
        }
    }
};
TD_REGISTER_TEST(TestPresets)
#include "tst_presets.moc"
