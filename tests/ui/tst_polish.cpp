// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// What the screenshots showed wrong stays fixed: no chart text is cut at the default window
// size (in every language, framed or not), no axis says "-0.0", the A/B charts name their
// value, cohorts that lost no one can be told apart, and the keyboard reaches the actions.
#include "charts/dashboard.h"
#include "charts/timechart.h"
#include "charttext.h"
#include "compare/comparewindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mnemonics.h"
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "scenario/fieldeditor.h"
#include "scenario/scenariopanel.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QtTest>

#include <QAction>
#include <QCategoryAxis>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QValueAxis>

using td::run::RunState;
using td::test::kSignalTimeoutMs;
using td::ui::MainWindow;
using td::ui::TimeChart;

namespace {

/// A finished three-day run of the small pipeline world, exploring (so every chart, the
/// off-policy estimates too, has data), in a shown window of the default size.
std::unique_ptr<MainWindow> finishedWindow()
{
    td::sim::Scenario scenario = td::test::smallPipelineScenario(3);
    scenario.recommender.policy.kind = td::recsys::policy::PolicyKind::EpsilonGreedy;
    auto window = std::make_unique<MainWindow>();
    window->setScenario(scenario);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    if (!QTest::qWaitFor(
            [&] { return window->controller()->state() == RunState::Paused; }, kSignalTimeoutMs))
        qWarning("the scenario did not become ready");
    window->controller()->run();
    if (!QTest::qWaitFor(
            [&] { return window->controller()->state() == RunState::Finished; }, kSignalTimeoutMs))
        qWarning("the run did not finish");
    return window;
}

QStringList cutTextsOnEveryTab(MainWindow &window)
{
    QStringList cut;
    for (const QString &key : td::ui::Dashboard::chartTabKeys()) {
        window.showTab(key);
        const int tab = window.dashboard()->tabIndex(key);
        for (TimeChart *chart : window.dashboard()->timeCharts()) {
            if (window.dashboard()->indexOf(chart->parentWidget()) != tab)
                continue;
            QStringList texts = td::test::cutTexts(chart->chart());
            for (const QString &entry : chart->legendTexts()) {
                if (entry.contains(QChar(0x2026)))
                    texts << entry;
            }
            for (const QString &text : texts)
                cut << key + QStringLiteral(" / ") + chart->title() + QStringLiteral(": ") + text;
        }
    }
    return cut;
}

td::sim::DaySnapshotPtr cohortDay(int day, int totalDays)
{
    // Listeners present at the start lose one a day; the cohorts of days 0..13 lose no one.
    auto s = std::make_shared<td::sim::DaySnapshot>();
    s->metrics.day = day;
    s->totalDays = totalDays;
    s->cohorts.push_back({ -1, day + 1, 100, 100 - day });
    for (int cohort = 0; cohort <= std::min(day, 13); ++cohort)
        s->cohorts.push_back({ cohort, day - cohort, 10, 10 });
    return s;
}

/// Every action of `menu` and its submenus.
void collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    menus << menu;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenus(action->menu(), menus);
    }
}

struct LanguageScope
{
    explicit LanguageScope(const QString &code) { ok = td::ui::LanguageManager::apply(code); }
    ~LanguageScope() { td::ui::LanguageManager::apply(QStringLiteral("en")); }
    bool ok = false;
};

} // namespace

class TestPolish : public QObject
{
    Q_OBJECT
private slots:
    void noChartTextIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("es") << "es";
    }
    void noChartTextIsCut()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        QVERIFY(scope.ok);
        auto window = finishedWindow();
        QCOMPARE(window->controller()->state(), RunState::Finished);
        // The window keeps its default size in every language (no label forces it wider).
        QCOMPARE(window->size(), QSize(MainWindow::kDefaultWidth, MainWindow::kDefaultHeight));
        QStringList cut = cutTextsOnEveryTab(*window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        // Framed by a lesson, every chart is a few pixels smaller: still nothing cut.
        window->dashboard()->setLessonMetrics(window->dashboard()->plottedMetrics());
        cut = cutTextsOnEveryTab(*window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    void withTheRunBrowserAndAnOverlayLabelsStayWhole_data() { noChartTextIsCut_data(); }
    void withTheRunBrowserAndAnOverlayLabelsStayWhole()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        QVERIFY(scope.ok);
        // The squeezed layout of docs/screenshots/runs.png: the run browser docked under the
        // dashboard and a stored run drawn dashed (one more legend entry per chart).
        auto window = finishedWindow();
        window->showRunBrowser();
        auto stored = std::make_shared<td::run::StoredRun>();
        stored->info.id = 1;
        stored->info.daysTotal = 3;
        stored->days
            = td::run::SnapshotBatch(window->history().last() ? 3 : 0, window->history().last());
        window->setOverlayRun(stored);
        QCoreApplication::processEvents();
        const QStringList cut = cutTextsOnEveryTab(*window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        // The charts keep their room, and the window its default size.
        QCOMPARE(window->size(), QSize(MainWindow::kDefaultWidth, MainWindow::kDefaultHeight));
    }

    void axisNeverSaysMinusZero_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::newRow("-0.2..0.4") << -0.2 << 0.4;
        QTest::newRow("-0.3..0.05") << -0.3 << 0.05;
        QTest::newRow("-0.04..0.01") << -0.04 << 0.01;
        QTest::newRow("-0.001..0.002") << -0.001 << 0.002;
        QTest::newRow("-7..3") << -7.0 << 3.0;
        QTest::newRow("-0.25..0.35") << -0.25 << 0.35;
        QTest::newRow("-0.6..-0.01") << -0.6 << -0.01;
    }
    void axisNeverSaysMinusZero()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        TimeChart chart;
        chart.addLine(TimeChart::paletteColor(0));
        chart.setIncludeZero(true);
        chart.setLineData(0, { { 1, lo }, { 2, hi } });
        chart.redraw();
        auto *axis = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Vertical).first());
        QVERIFY(axis);
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(labels.size() >= 3);
        const QRegularExpression negativeZero(QStringLiteral("^[-\u2212]0([.,]0*)?$"));
        double previous = -1e300;
        bool zero = false;
        for (const QString &label : labels) {
            QVERIFY2(
                !negativeZero.match(label).hasMatch(), qPrintable(labels.join(QLatin1Char(' '))));
            const double at = axis->endValue(label);
            QVERIFY(at > previous); // ticks in order, one label each
            previous = at;
            QCOMPARE(QLocale().toDouble(label), at); // the label says where it stands (exact ticks)
            zero = zero || at == 0.0;
        }
        QVERIFY(zero); // zero is inside every range here: it has its own tick
        QVERIFY(axis->min() <= std::min(lo, 0.0) && axis->max() >= std::max(hi, 0.0));
    }

    void aShareNeverGoesBelowZeroOnItsAxis()
    {
        // Exploration starts at exactly 0 on day 1; the padded range once showed -0.1.
        td::ui::RunHistory history;
        history.clear(3);
        td::run::SnapshotBatch days;
        for (const double share : { 0.0, 0.3, 0.2 }) {
            auto s = std::make_shared<td::sim::DaySnapshot>();
            s->metrics.day = int(days.size());
            s->totalDays = 3;
            s->metrics.set("exploration_share", share);
            s->metrics.set("model_truth_alignment", -0.95 + 0.1 * double(days.size()));
            days << s;
        }
        history.append(days);
        td::ui::Dashboard dashboard(&history);
        dashboard.flushAll();
        int checked = 0;
        for (TimeChart *chart : dashboard.metricCharts()) {
            const QStringList metrics = dashboard.chartMetrics(chart);
            auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).first());
            if (metrics.contains(QStringLiteral("exploration_share"))) {
                QCOMPARE(axis->min(), 0.0);
                ++checked;
            }
            if (metrics.contains(QStringLiteral("model_truth_alignment"))) {
                QCOMPARE(axis->min(), -1.0); // a rank correlation: -1 at most, not -1.2
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
    }

    // The Retrieval tab: ann_recall is 1.0 and index_age_days 0 on most days, and a flat line
    // on the plot's frame looked like no line at all. Each value must lie strictly inside its
    // axis, at least 3 % of the axis from the frame; the recall's labels still stop at 1 (a
    // share) and the age's ticks are whole days.
    void retrievalLinesStayOffThePlotFrame_data()
    {
        QTest::addColumn<QList<double>>("recall");
        QTest::addColumn<QList<double>>("age");
        QTest::newRow("flat: recall 1, age 0")
            << QList<double> { 1.0, 1.0, 1.0 } << QList<double> { 0.0, 0.0, 0.0 };
        QTest::newRow("lag 1: age 1")
            << QList<double> { 1.0, 1.0, 1.0 } << QList<double> { 1.0, 1.0, 1.0 };
        QTest::newRow("varying") << QList<double> { 0.92, 1.0, 0.97 }
                                 << QList<double> { 0.0, 2.0, 1.0 };
        QTest::newRow("recall 0 (index found nothing)")
            << QList<double> { 0.0, 0.0, 0.0 } << QList<double> { 3.0, 3.0, 3.0 };
    }
    void retrievalLinesStayOffThePlotFrame()
    {
        QFETCH(QList<double>, recall);
        QFETCH(QList<double>, age);
        td::ui::RunHistory history;
        history.clear(int(recall.size()));
        td::run::SnapshotBatch days;
        for (qsizetype d = 0; d < recall.size(); ++d) {
            auto s = std::make_shared<td::sim::DaySnapshot>();
            s->metrics.day = int(d);
            s->totalDays = int(recall.size());
            s->metrics.set("ann_recall", recall[d]);
            s->metrics.set("content_recall", recall[d]); // the second line of the recall chart
            s->metrics.set("index_age_days", age[d]);
            days << s;
        }
        history.append(days);
        td::ui::Dashboard dashboard(&history);
        dashboard.resize(1000, 700);
        dashboard.show();
        dashboard.flushAll();
        int checked = 0;
        for (TimeChart *chart : dashboard.metricCharts()) {
            const QStringList metrics = dashboard.chartMetrics(chart);
            const bool isRecall = metrics
                == QStringList { QStringLiteral("ann_recall"), QStringLiteral("content_recall") };
            const bool isAge = metrics == QStringList { QStringLiteral("index_age_days") };
            if (!isRecall && !isAge)
                continue;
            ++checked;
            auto *axis = qobject_cast<QCategoryAxis *>(chart->chart()->axes(Qt::Vertical).first());
            QVERIFY(axis);
            const double span = axis->max() - axis->min();
            const QString where = QStringLiteral("%1: axis %2..%3")
                                      .arg(metrics.first())
                                      .arg(axis->min())
                                      .arg(axis->max());
            for (const double v : isRecall ? recall : age) {
                QVERIFY2(axis->min() + 0.03 * span <= v && v <= axis->max() - 0.03 * span,
                    qPrintable(where + QStringLiteral(", value %1").arg(v)));
            }
            const QStringList labels = axis->categoriesLabels();
            QVERIFY2(labels.size() >= 2, qPrintable(where));
            for (const QString &label : labels) {
                const double at = axis->endValue(label);
                if (isRecall)
                    QVERIFY2(at >= 0.0 && at <= 1.0, qPrintable(where + QLatin1Char(' ') + label));
                else
                    QVERIFY2(at == std::round(at), qPrintable(where + QLatin1Char(' ') + label));
            }
        }
        QCOMPARE(checked, 2);
    }

    void retentionGroupsThatLostNoOneCanBeToldApart()
    {
        td::ui::RunHistory history;
        history.clear(20);
        td::run::SnapshotBatch days;
        for (int day = 0; day < 16; ++day)
            days << cohortDay(day, 20);
        history.append(days);
        td::ui::Dashboard dashboard(&history);
        dashboard.resize(1000, 700);
        dashboard.show();
        dashboard.flushAll();
        TimeChart *chart = dashboard.retentionChart();
        // start, 1–7 and 8–14 (groups of seven signup days).
        QCOMPARE(chart->lineCount(), 3);
        QCOMPARE(chart->lineName(1), QStringLiteral("1–7"));
        QCOMPARE(chart->lineName(2), QStringLiteral("8–14"));
        // Their values are not moved: both lie exactly at 1 ...
        for (int line : { 1, 2 }) {
            QVERIFY(chart->pointCount(line) > 0);
            QCOMPARE(chart->lastValue(line), 1.0);
        }
        QVERIFY(chart->lastValue(0) < 1.0);
        // ... a note names them, and a dot in each line's colour marks where each one ends.
        QVERIFY2(chart->note().contains(QStringLiteral("1–7"))
                && chart->note().contains(QStringLiteral("8–14"))
                && !chart->note().contains(QStringLiteral("start")),
            qPrintable(chart->note()));
        QCOMPARE(chart->accessibleDescription(), chart->note());
        const QList<QPointF> end1 = chart->endMarker(1), end2 = chart->endMarker(2);
        QCOMPARE(end1.size(), 1);
        QCOMPARE(end2.size(), 1);
        QCOMPARE(end1.first().y(), 1.0);
        QVERIFY(end1.first().x() != end2.first().x()); // the older group's line is longer
        QVERIFY(td::test::cutTexts(chart->chart()).isEmpty());
        QCOMPARE(chart->legendTexts(),
            QStringList(
                { QStringLiteral("start"), QStringLiteral("1–7"), QStringLiteral("8–14") }));
        // More groups than colours: the lines beyond the palette are dashed, so no two lines
        // share both colour and pattern.
        chart->setLineCount(TimeChart::paletteSize() + 2);
        QList<QLineSeries *> lines;
        for (QAbstractSeries *series : chart->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series);
                line && series->type() == QAbstractSeries::SeriesTypeLine)
                lines << line;
        }
        QCOMPARE(lines.size(), TimeChart::paletteSize() + 2);
        QSet<QPair<QRgb, int>> looks;
        for (QLineSeries *line : lines)
            looks.insert({ line->pen().color().rgb(), int(line->pen().style()) });
        QCOMPARE(looks.size(), lines.size());
    }

    void compareChartsNameTheirValue()
    {
        td::ui::CompareWindow window;
        window.setBaseScenario(td::test::smallScenario(2));
        const auto yTitle = [&](TimeChart *chart) {
            return chart->chart()->axes(Qt::Vertical).first()->titleText();
        };
        // A metric the dashboard draws: its axis title there.
        window.setMetric(QStringLiteral("intra_list_diversity"));
        window.flush();
        QCOMPARE(yTitle(window.overlayChart()), QStringLiteral("mean cosine distance (0–2)"));
        QCOMPARE(yTitle(window.differenceChart()), QStringLiteral("mean cosine distance (0–2)"));
        // One it does not (a bare range as its unit): "value (0–1)", never "0..1".
        window.setMetric(QStringLiteral("satisfaction_p50"));
        window.flush();
        QCOMPARE(yTitle(window.overlayChart()), QStringLiteral("value (0–1)"));
        // One with a unit in words: the unit.
        window.setMetric(QStringLiteral("arrivals"));
        window.flush();
        QCOMPARE(yTitle(window.overlayChart()), QStringLiteral("listeners"));
    }

    void everyMenuActionHasAMnemonicOrAShortcut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("es") << "es";
    }
    void everyMenuActionHasAMnemonicOrAShortcut()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        QVERIFY(scope.ok);
        MainWindow window;
        window.setScenario(td::test::smallScenario(2));
        QList<QMenu *> menus;
        QSet<QChar> titles;
        for (QAction *top : window.menuBar()->actions()) {
            const QChar c = td::ui::Mnemonics::of(top->text());
            QVERIFY2(!c.isNull() && !titles.contains(c), qPrintable(top->text()));
            titles.insert(c);
            collectMenus(top->menu(), menus);
        }
        int checked = 0;
        for (QMenu *menu : menus) {
            QSet<QChar> used;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QChar c = td::ui::Mnemonics::of(action->text());
                const QString where = menu->title() + QStringLiteral(" › ") + action->text();
                QVERIFY2(!c.isNull() || !action->shortcut().isEmpty(), qPrintable(where));
                QVERIFY2(c.isNull() || !used.contains(c),
                    qPrintable(where + QStringLiteral(": mnemonic used twice")));
                used.insert(c);
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }

    void keyboardReachesTabsFilterAndLesson()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(
            window->openScenarioFile(QStringLiteral(TD_SOURCE_DIR "/scenarios/taste-shock.json")));
        td::ui::Dashboard *dashboard = window->dashboard();
        QCOMPARE(dashboard->tabKey(dashboard->currentIndex()), QStringLiteral("feedback"));
        // Alt+1 … Alt+6: the dashboard's tabs in order.
        const QStringList keys = td::ui::Dashboard::chartTabKeys() << QStringLiteral("inspector");
        for (int i = 0; i < keys.size(); ++i) {
            QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
            QCOMPARE(dashboard->tabKey(dashboard->currentIndex()), keys[i]);
        }
        // Ctrl+L: back to the lesson's tab.
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(dashboard->tabKey(dashboard->currentIndex()), QStringLiteral("feedback"));
        // Ctrl+F: the parameter filter, ready for typing.
        auto *filter = window->findChild<QLineEdit *>(QStringLiteral("parameterFilter"));
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("half life"));
        QVERIFY(!window->scenarioPanel()
                     ->editor(QStringLiteral("recommender.confidence.half_life_days"))
                     ->isHidden());
        // Tab order down the panel: description, lesson steps, the lesson's button, filter.
        auto *description
            = window->findChild<QTextBrowser *>(QStringLiteral("scenarioDescription"));
        auto *steps = window->findChild<QTextBrowser *>(QStringLiteral("lessonSteps"));
        auto *button = window->findChild<QPushButton *>(QStringLiteral("lessonShowButton"));
        description->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(description->hasFocus());
        QTest::keyClick(description, Qt::Key_Tab);
        QTRY_VERIFY(steps->hasFocus());
        QTest::keyClick(steps, Qt::Key_Tab);
        QTRY_VERIFY(button->hasFocus());
        QTest::keyClick(button, Qt::Key_Tab);
        QTRY_VERIFY(filter->hasFocus()); // the pending-changes button is hidden: skipped
    }

    void aLongDescriptionScrollsAndAShortOneFits()
    {
        td::ui::ScenarioPanel panel;
        panel.resize(340, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *view = panel.findChild<QTextBrowser *>(QStringLiteral("scenarioDescription"));
        QVERIFY(view);
        td::sim::Scenario scenario
            = td::sim::loadScenarioFile(TD_SOURCE_DIR "/scenarios/context-matters.json");
        panel.setScenario(scenario);
        QTRY_VERIFY(view->isVisible());
        // All of it is there, in a box of a few lines that scrolls to the last word.
        QCOMPARE(view->toPlainText(), QString::fromStdString(scenario.description));
        const int line = view->fontMetrics().lineSpacing();
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        QVERIFY(view->height() <= (td::ui::ScenarioPanel::kDescriptionLines + 1) * line);
        QVERIFY(view->height() >= 3 * line);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTextCursor end(view->document());
        end.movePosition(QTextCursor::End);
        QVERIFY(view->viewport()->rect().contains(view->cursorRect(end).center()));
        // A one-line description takes one line's room and does not scroll.
        scenario.description = "Short.";
        panel.setScenario(scenario);
        QTRY_COMPARE(view->verticalScrollBar()->maximum(), 0);
        QTRY_VERIFY(view->height() < 2 * line + 10);
    }
};

TD_REGISTER_TEST(TestPolish)
#include "tst_polish.moc"
