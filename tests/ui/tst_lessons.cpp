// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Lessons in the GUI: every preset with a lesson opens on its tab, frames exactly the charts
// of its metrics (and only theirs keep a bold title), and shows its steps in the panel.
#include "charts/dashboard.h"
#include "charts/timechart.h"
#include "mainwindow.h"
#include "metrics/metriccatalog.h"
#include "runtesthelpers.h"
#include "scenario/scenariopanel.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QtTest>

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSet>

using td::test::kSignalTimeoutMs;
using td::ui::MainWindow;
using td::ui::TimeChart;

namespace {

QString presetPath(const QString &name)
{
    return QStringLiteral(TD_SOURCE_DIR "/scenarios/") + name;
}

QStringList toStrings(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &item : items)
        out << QString::fromStdString(item);
    return out;
}

/// The colour of the chart's outermost pixel column, half-way down: the frame when it is
/// highlighted, the page otherwise.
QColor edgeColour(TimeChart *chart)
{
    const QImage image = chart->grab().toImage();
    return image.pixelColor(0, image.height() / 2);
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT
private slots:
    void teachingPresetsHaveLessons()
    {
        for (const char *name :
            { "filter-bubble.json", "exploration-pays-off.json", "cold-start.json",
                "taste-shock.json", "long-tail.json", "context-matters.json" }) {
            const td::sim::Scenario s
                = td::sim::loadScenarioFile(presetPath(QString::fromLatin1(name)).toStdString());
            QVERIFY2(!s.lesson.empty(), name);
            QVERIFY2(s.lesson.steps.size() >= 3, name);
            QVERIFY2(!s.lesson.metrics.empty(), name);
        }
    }

    void everyLessonOpensItsTabAndFramesItsCharts_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(TD_SOURCE_DIR "/scenarios"));
        int lessons = 0;
        for (const QFileInfo &f :
            dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            if (td::sim::loadScenarioFile(f.absoluteFilePath().toStdString()).lesson.empty())
                continue;
            QTest::newRow(qPrintable(f.baseName())) << f.absoluteFilePath();
            ++lessons;
        }
        QVERIFY(lessons >= 6);
    }
    void everyLessonOpensItsTabAndFramesItsCharts()
    {
        QFETCH(QString, path);
        const td::sim::Scenario scenario = td::sim::loadScenarioFile(path.toStdString());
        const td::sim::Lesson &lesson = scenario.lesson;
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openScenarioFile(path));
        td::ui::Dashboard *dashboard = window->dashboard();

        // The tab.
        QCOMPARE(dashboard->tabKey(dashboard->currentIndex()), QString::fromStdString(lesson.tab));

        // Its metrics exist and are drawn by some chart.
        const QStringList metrics = toStrings(lesson.metrics);
        QCOMPARE(dashboard->lessonMetrics(), metrics);
        QSet<QString> drawn;
        for (TimeChart *chart : dashboard->metricCharts()) {
            for (const QString &name : dashboard->chartMetrics(chart))
                drawn.insert(name);
        }
        for (const QString &name : metrics) {
            QVERIFY2(td::metrics::metricIndex(name.toStdString()) >= 0, qPrintable(name));
            QVERIFY2(
                drawn.contains(name), qPrintable(name + QStringLiteral(": no chart draws it")));
        }

        // Exactly the charts that draw one of them are framed, and only their titles are bold.
        QList<TimeChart *> expected;
        for (TimeChart *chart : dashboard->metricCharts()) {
            bool about = false;
            for (const QString &name : dashboard->chartMetrics(chart))
                about = about || metrics.contains(name);
            if (about)
                expected << chart;
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(dashboard->highlightedCharts(), expected);
        for (TimeChart *chart : dashboard->timeCharts()) {
            const bool framed = expected.contains(chart);
            QVERIFY2(chart->isHighlighted() == framed, qPrintable(chart->title()));
            QVERIFY2(chart->isTitleBold() == framed, qPrintable(chart->title()));
            QCOMPARE(chart->accessibleDescription().isEmpty(), !framed);
        }
        // The frame is drawn: the edge of a framed chart on the open tab has the frame's colour.
        const int tab = dashboard->currentIndex();
        for (TimeChart *chart : dashboard->metricCharts()) {
            if (dashboard->indexOf(chart->parentWidget()) != tab)
                continue;
            QVERIFY2((edgeColour(chart) == TimeChart::highlightColor()) == expected.contains(chart),
                qPrintable(chart->title() + QStringLiteral(": ") + edgeColour(chart).name()));
        }

        // The panel shows every step, and its button names the tab and opens it.
        const QString shown = window->scenarioPanel()->lessonStepsText();
        for (const std::string &step : lesson.steps)
            QVERIFY2(shown.contains(QString::fromStdString(step)), step.c_str());
        auto *button = window->findChild<QPushButton *>(QStringLiteral("lessonShowButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->text().contains(dashboard->tabTitle(QString::fromStdString(lesson.tab))),
            qPrintable(button->text()));
        dashboard->setCurrentIndex(dashboard->tabIndex(QStringLiteral("funnel")));
        button->click();
        QCOMPARE(dashboard->tabKey(dashboard->currentIndex()), QString::fromStdString(lesson.tab));
    }

    void aScenarioWithoutALessonClearsIt()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(window->openScenarioFile(presetPath(QStringLiteral("filter-bubble.json"))));
        QVERIFY(!window->dashboard()->highlightedCharts().isEmpty());
        window->setScenario(td::test::smallScenario(3));
        QVERIFY(window->dashboard()->highlightedCharts().isEmpty());
        for (TimeChart *chart : window->dashboard()->timeCharts()) {
            QVERIFY(!chart->isHighlighted());
            QVERIFY(chart->isTitleBold()); // no lesson: every title as usual
        }
        QVERIFY(window->scenarioPanel()->lessonStepsText().isEmpty());
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("lessonShowButton"))->isVisible());
    }
};

TD_REGISTER_TEST(TestLessons)
#include "tst_lessons.moc"
