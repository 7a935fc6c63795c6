// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The scenario editor, presets, scenario differences, the glossary and the A/B window.
#include "charts/timechart.h"
#include "compare/comparewindow.h"
#include "help/glossary.h"
#include "help/glossarydialog.h"
#include "metrics/metriccatalog.h"
#include "run/simulationcontroller.h"
#include "runtesthelpers.h"
#include "scenario/fieldeditor.h"
#include "scenario/presetlibrary.h"
#include "scenario/scenariodiff.h"
#include "scenario/scenariopanel.h"
#include "scenario/scheduleeditor.h"
#include "session/runsession.h"
#include "sim/scenario/scenarioschema.h"
#include "testregistry.h"

#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using td::test::kSignalTimeoutMs;
using td::ui::ScenarioPanel;

class TestScenarioPanel : public QObject
{
    Q_OBJECT
private slots:
    void everyLeafHasAnEditorWithItsRange()
    {
        ScenarioPanel panel;
        const auto &schema = td::sim::scenarioSchema();
        int live = 0;
        for (const td::sim::FieldInfo &field : schema) {
            const QString path = QString::fromStdString(field.path);
            const QList<td::ui::FieldEditor *> editors = panel.editors(path);
            QCOMPARE(editors.size(), field.live ? 2 : 1); // live knobs also on the first page
            live += field.live ? 1 : 0;
            td::ui::FieldEditor *editor = editors.first();
            QVERIFY2(editor->toolTip().contains(path), qPrintable(path));
            switch (field.type) {
            case td::sim::FieldType::Int: {
                auto *spin = editor->findChild<QSpinBox *>();
                QVERIFY2(spin, qPrintable(path));
                if (field.minimum)
                    QCOMPARE(
                        double(spin->minimum()), *field.minimum + (field.minimumExclusive ? 1 : 0));
                if (field.maximum)
                    QCOMPARE(double(spin->maximum()), *field.maximum);
                break;
            }
            case td::sim::FieldType::Double: {
                auto *spin = editor->findChild<QDoubleSpinBox *>();
                QVERIFY2(spin, qPrintable(path));
                if (field.maximum)
                    QCOMPARE(spin->maximum(), *field.maximum);
                break;
            }
            case td::sim::FieldType::Enum:
                QCOMPARE(editor->findChild<QComboBox *>()->count(), int(field.choices.size()));
                break;
            case td::sim::FieldType::Bool:
                QVERIFY(editor->findChild<QCheckBox *>());
                break;
            default:
                break;
            }
            // Editors show the scenario's value in its text form.
            QCOMPARE(editor->valueText().toStdString(), field.valueText(panel.scenario()));
        }
        QCOMPARE(panel.editorCount(), int(schema.size()) + live);
        QVERIFY(live >= 9);
        QCOMPARE(panel.pageCount(), int(td::sim::scenarioGroups().size()) + 1);
    }

    void liveAndSetupEditsAreTold()
    {
        ScenarioPanel panel;
        panel.setScenario(td::test::smallScenario(5));
        QSignalSpy live(&panel, &ScenarioPanel::liveValueChanged);
        QSignalSpy setup(&panel, &ScenarioPanel::setupValueChanged);
        QVERIFY(
            panel.setValue(QStringLiteral("recommender.policy.kind"), QStringLiteral("thompson")));
        QCOMPARE(live.count(), 1);
        QCOMPARE(live.at(0).at(1).toString(), QStringLiteral("thompson"));
        QVERIFY(!panel.hasPendingChanges());
        // Both editors of the live knob follow.
        for (td::ui::FieldEditor *editor : panel.editors(QStringLiteral("recommender.policy.kind")))
            QCOMPARE(editor->valueText(), QStringLiteral("thompson"));
        QVERIFY(panel.setValue(QStringLiteral("world.catalog.genres"), QStringLiteral("13")));
        QCOMPARE(setup.count(), 1);
        QVERIFY(panel.hasPendingChanges());
        QCOMPARE(panel.scenario().world.catalog.genres, 13);
        // The same value again is no edit.
        QVERIFY(panel.setValue(QStringLiteral("world.catalog.genres"), QStringLiteral("13")));
        QCOMPARE(setup.count(), 1);
        panel.markApplied();
        QVERIFY(!panel.hasPendingChanges());
    }

    void invalidValuesAreRejectedWithTheReason()
    {
        ScenarioPanel panel;
        QString error;
        QVERIFY(!panel.setValue(
            QStringLiteral("world.listeners.malleability"), QStringLiteral("3"), &error));
        QVERIFY2(error.contains(QStringLiteral("world.listeners.malleability")), qPrintable(error));
        QVERIFY(panel.editor(QStringLiteral("world.listeners.malleability"))
                    ->toolTip()
                    .contains(error.toHtmlEscaped()));
        QCOMPARE(panel.scenario().world.listeners.malleability,
            td::sim::Scenario().world.listeners.malleability);
        QVERIFY(!panel.setValue(QStringLiteral("no.such.leaf"), QStringLiteral("1"), &error));
        QVERIFY(error.contains(QStringLiteral("unknown")));
    }

    void userTypingCommitsThroughTheEditor()
    {
        ScenarioPanel panel;
        QSignalSpy setup(&panel, &ScenarioPanel::setupValueChanged);
        auto *spin = panel.editor(QStringLiteral("world.catalog.genres"))->findChild<QSpinBox *>();
        spin->setValue(17); // what arrow keys, the wheel or Enter do
        QCOMPARE(panel.scenario().world.catalog.genres, 17);
        QCOMPARE(setup.count(), 1);
    }

    void filterShowsMatchingParametersOnly()
    {
        ScenarioPanel panel;
        panel.show();
        panel.setFilter(QStringLiteral("epsilon"));
        QVERIFY(panel.editor(QStringLiteral("world.catalog.genres"))->isHidden());
        for (td::ui::FieldEditor *editor :
            panel.editors(QStringLiteral("recommender.policy.epsilon")))
            QVERIFY(!editor->isHidden());
        panel.setFilter(QString());
        QVERIFY(!panel.editor(QStringLiteral("world.catalog.genres"))->isHidden());
    }

    void scheduleEditsAreValidated()
    {
        ScenarioPanel panel;
        td::sim::Scenario scenario = td::test::smallScenario(20);
        td::sim::ScheduleEvent e;
        e.day = 5;
        e.path = "recommender.policy.epsilon";
        e.value = "0.3";
        scenario.schedule.push_back(e);
        panel.setScenario(scenario);
        td::ui::ScheduleEditor *schedule = panel.scheduleEditor();
        QCOMPARE(schedule->rowCount(), 1);
        auto *table = schedule->findChild<QTableWidget *>(QStringLiteral("scheduleTable"));
        QSignalSpy edited(schedule, &td::ui::ScheduleEditor::edited);
        table->item(0, 3)->setText(QStringLiteral("0.5"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(panel.scenario().schedule.at(0).value, std::string("0.5"));
        QVERIFY(panel.hasPendingChanges());
        // A leaf that is not a live knob cannot be scheduled: refused, the last list kept.
        table->item(0, 2)->setText(QStringLiteral("world.catalog.tracks"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(panel.scenario().schedule.at(0).path, std::string("recommender.policy.epsilon"));
        QVERIFY(schedule->findChild<QLabel *>(QStringLiteral("scheduleError"))
                    ->text()
                    .contains(QStringLiteral("cannot change during a run")));
    }

    void differencesAreListedLeafByLeaf()
    {
        td::sim::Scenario a = td::test::smallScenario(5);
        td::sim::Scenario b = a;
        QVERIFY(td::ui::scenarioDifferences(a, b).isEmpty());
        b.recommender.mmrLambda = 0.4;
        b.run.seed = 9;
        const auto diff = td::ui::scenarioDifferences(a, b);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff[0].path, QStringLiteral("run.seed")); // schema order
        QCOMPARE(diff[0].a, QStringLiteral("1"));
        QCOMPARE(diff[0].b, QStringLiteral("9"));
        QCOMPARE(diff[1].path, QStringLiteral("recommender.diversity.mmr_lambda"));
        QCOMPARE(diff[1].b, QStringLiteral("0.4"));
        // Carried over to a new base: the edits survive, the rest follows the base.
        td::sim::Scenario base = a;
        base.run.days = 40;
        const td::sim::Scenario moved = td::ui::applyDifferences(base, diff, b);
        QCOMPARE(moved.run.days, 40);
        QCOMPARE(moved.run.seed, std::uint64_t(9));
        QCOMPARE(moved.recommender.mmrLambda, 0.4);
        b.schedule.push_back({});
        QCOMPARE(td::ui::scenarioDifferences(a, b).last().path, QStringLiteral("schedule"));
    }

    void presetsListTitlesWithDefaultFirst()
    {
        QTemporaryDir dir;
        const auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("b.json", R"({"title": "Alpha", "description": "first"})");
        write("default.json", R"({"title": "Zulu default"})");
        write("broken.json", "not json");
        write("untitled.json", "{}");
        const auto presets = td::ui::readPresets(dir.path());
        QCOMPARE(presets.size(), 3);
        QCOMPARE(presets[0].title, QStringLiteral("Zulu default"));
        QCOMPARE(presets[1].title, QStringLiteral("Alpha"));
        QCOMPARE(presets[1].description, QStringLiteral("first"));
        QCOMPARE(presets[2].title, QStringLiteral("untitled"));
        // The project's own presets are found from the source tree.
        const auto shipped = td::ui::readPresets(td::ui::presetDirectory(QString()));
        QVERIFY(!shipped.isEmpty());
        QVERIFY(shipped.first().path.endsWith(QStringLiteral("default.json")));
    }

    void glossaryMergesTheDocumentation()
    {
        const QString markdown = QStringLiteral(
            "# Metrics\n\n## Engagement\n\n### skip_rate\nSkips divided by `plays`, *all* "
            "surfaces.\n\nSecond paragraph.\n\n### streams\n- one\n- two\n\n## Other\ntext\n");
        const auto sections = td::ui::markdownSections(markdown);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].first, QStringLiteral("skip_rate"));
        QCOMPARE(sections[0].second,
            QStringLiteral("<p>Skips divided by <code>plays</code>, <i>all</i> "
                           "surfaces.</p><p>Second paragraph.</p>"));
        QCOMPARE(sections[1].second, QStringLiteral("<ul><li>one</li><li>two</li></ul>"));
        const auto entries = td::ui::glossaryEntries(markdown);
        QCOMPARE(entries.size(), int(td::metrics::metricCatalog().size()));
        for (const auto &entry : entries) {
            if (entry.name == QLatin1String("skip_rate"))
                QVERIFY(entry.details.contains(QStringLiteral("Second paragraph")));
            QVERIFY(!entry.summary.isEmpty());
        }
        // The program embeds the real document: most metrics have their full definition.
        const auto embedded = td::ui::glossaryEntries(td::ui::embeddedMetricsDocument());
        int documented = 0;
        for (const auto &entry : embedded)
            documented += entry.details.isEmpty() ? 0 : 1;
        QVERIFY2(documented * 2 > embedded.size(), qPrintable(QString::number(documented)));
        td::ui::GlossaryDialog dialog;
        dialog.showMetric(QStringLiteral("skip_rate"));
        QVERIFY(dialog.currentHtml().contains(QStringLiteral("skip_rate")));
    }

    void compareRunsTwoConfigurationsSideBySide()
    {
        td::ui::CompareWindow window;
        window.setBaseScenario(td::test::smallPipelineScenario(3));
        QCOMPARE(window.differenceCount(), 0);
        QVERIFY(window.setValueB(
            QStringLiteral("recommender.diversity.mmr_lambda"), QStringLiteral("0.5")));
        QCOMPARE(window.differenceCount(), 1);
        QCOMPARE(window.diffTable()->item(0, 0)->text(),
            QStringLiteral("recommender.diversity.mmr_lambda"));
        QCOMPARE(window.scenarioB().run.seed, window.scenarioA().run.seed);
        QCOMPARE(
            window.scenarioB().world.listeners.count, window.scenarioA().world.listeners.count);
        QTRY_VERIFY_WITH_TIMEOUT(window.controllerA()->state() == td::run::RunState::Paused
                && window.controllerB()->state() == td::run::RunState::Paused,
            kSignalTimeoutMs);
        QVERIFY(window.controllerA()->workerThread() != window.controllerB()->workerThread());
        window.runBoth();
        QTRY_VERIFY_WITH_TIMEOUT(window.controllerA()->state() == td::run::RunState::Finished
                && window.controllerB()->state() == td::run::RunState::Finished,
            kSignalTimeoutMs);
        window.setMetric(QStringLiteral("intra_list_diversity"));
        window.flush();
        QCOMPARE(window.overlayChart()->lineCount(), 2);
        QCOMPARE(window.overlayChart()->pointCount(0), 3);
        QCOMPARE(window.overlayChart()->pointCount(1), 3);
        QCOMPARE(window.differenceChart()->pointCount(0), 3);
        // The difference is B − A of the published values, day by day.
        const int metric = td::metrics::metricIndex("intra_list_diversity");
        const double a = window.historyA().days().back().values[std::size_t(metric)];
        const double b = window.historyB().days().back().values[std::size_t(metric)];
        QCOMPARE(window.differenceChart()->lastValue(0), b - a);
        // B was edited while both engines were still being built: B runs with the edit.
        QCOMPARE(window.sessionB()->runScenario().recommender.mmrLambda, 0.5);
        QCOMPARE(window.sessionA()->runScenario().recommender.mmrLambda, 0.0);
        QVERIFY(a != b); // MMR re-ranking changes the slates' diversity
    }
};

TD_REGISTER_TEST(TestScenarioPanel)
#include "tst_scenariopanel.moc"
