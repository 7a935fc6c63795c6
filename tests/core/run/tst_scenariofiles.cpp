// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/scenariofiles.h"
#include "testregistry.h"

#include <QtTest>

#include <QTemporaryDir>

class TestScenarioFiles : public QObject
{
    Q_OBJECT
private slots:
    void searchOrder()
    {
        // From a folder other than the source tree, or its entry would be a duplicate of the
        // first one (and duplicates are dropped).
        QTemporaryDir elsewhere;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(elsewhere.path()));
        const QStringList candidates
            = td::run::defaultScenarioCandidates(QStringLiteral("/opt/td/bin"));
        QDir::setCurrent(previous);
        QVERIFY(candidates.size() >= 3);
        QCOMPARE(candidates.at(0),
            QDir(elsewhere.path()).absoluteFilePath(QStringLiteral("scenarios/default.json")));
        QCOMPARE(candidates.at(1), QStringLiteral("/opt/td/scenarios/default.json"));
        QCOMPARE(
            candidates.at(2), QStringLiteral("/opt/td/share/tastedrift/scenarios/default.json"));
        QCOMPARE(candidates.last(),
            QDir(QStringLiteral(TD_SOURCE_DIR))
                .absoluteFilePath(QStringLiteral("scenarios/default.json")));
    }

    void findsTheFirstExistingCandidate()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("scenarios")));
        QFile file(root.filePath(QStringLiteral("scenarios/default.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        // Run from a folder without scenarios/ so the current-directory entry does not match.
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(root.filePath(QStringLiteral("bin"))));
        const QString found = td::run::findDefaultScenario(root.filePath(QStringLiteral("bin")));
        QDir::setCurrent(previous);
        QCOMPARE(found, QDir::cleanPath(root.filePath(QStringLiteral("scenarios/default.json"))));
    }

    void loadReportsErrorsForTheUser()
    {
        td::sim::Scenario scenario;
        QString error;
        QVERIFY(!td::run::loadScenario(QStringLiteral("/nonexistent/td.json"), scenario, error));
        QVERIFY(!error.isEmpty());

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("s.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"title": "Tiny", "run": {"days": 7}})");
        file.close();
        error.clear();
        QVERIFY2(td::run::loadScenario(file.fileName(), scenario, error), qPrintable(error));
        QCOMPARE(scenario.title, std::string("Tiny"));
        QCOMPARE(scenario.run.days, 7);
    }
};

TD_REGISTER_TEST(TestScenarioFiles)
#include "tst_scenariofiles.moc"
