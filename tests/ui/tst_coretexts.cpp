// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The core tables' texts in the GUI: the generated lupdate source is current, and with the
// German translation every field label, field tooltip and metric summary is German.
#include "coretexts.h"
#include "help/glossarydialog.h"
#include "languagemanager.h"
#include "metrics/metriccatalog.h"
#include "runtesthelpers.h"
#include "scenario/fieldeditor.h"
#include "scenario/scenariopanel.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/translatabletexts.h"
#include "testregistry.h"
#include "vocabulary.h"

#include <QtTest>

#include <QDir>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QTextBrowser>

#include <cctype>

using td::test::kSignalTimeoutMs;

namespace {

// Words that are the same in German and English (today only the group "Exploration" needs
// it); keep the list short.
const QSet<QString> kSameInGerman { QStringLiteral("Tempo"), QStringLiteral("Exploration"),
    QStringLiteral("Genre") };

QString leafLabel(const td::sim::FieldInfo &field)
{
    const std::size_t dot = field.path.rfind('.');
    return QString::fromStdString(td::sim::humanizeIdentifier(
        dot == std::string::npos ? field.path : field.path.substr(dot + 1)));
}

QLabel *labelOf(const td::ui::ScenarioPanel &panel, const td::ui::FieldEditor *editor)
{
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->buddy() == editor)
            return label;
    }
    return nullptr;
}

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool hasLetter(const std::string &s)
{
    for (const char c : s) {
        if (std::isalpha(static_cast<unsigned char>(c)))
            return true;
    }
    return false;
}

/// Switches the application's language for one test and back to English at its end.
struct LanguageScope
{
    explicit LanguageScope(const QString &code) { ok = td::ui::LanguageManager::apply(code); }
    ~LanguageScope() { td::ui::LanguageManager::apply(QStringLiteral("en")); }
    bool ok = false;
};

} // namespace

class TestCoreTexts : public QObject
{
    Q_OBJECT
private slots:
    void generatedTableIsCurrent()
    {
        // ui/coretextstable.cpp is generated: regenerate with
        //   tastedrift-cli schema --qt-strings > ui/coretextstable.cpp
        QFile file(QStringLiteral(TD_SOURCE_DIR "/ui/coretextstable.cpp"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "ui/coretextstable.cpp is missing");
        QVERIFY2(file.readAll() == QByteArray::fromStdString(td::sim::qtStringsSource()),
            "ui/coretextstable.cpp is stale: run tastedrift-cli schema --qt-strings > "
            "ui/coretextstable.cpp, then the update_translations target, and translate");
    }

    void generatedPresetTableIsCurrent()
    {
        // ui/presettextstable.cpp is generated from the presets: regenerate with
        //   tastedrift-cli schema --qt-preset-strings scenarios > ui/presettextstable.cpp
        const QDir dir(QStringLiteral(TD_SOURCE_DIR "/scenarios"));
        std::vector<td::sim::PresetFile> presets;
        for (const QString &name :
            dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
            presets.emplace_back(
                name.toStdString(), td::sim::loadScenarioFile(dir.filePath(name).toStdString()));
        QVERIFY(presets.size() >= 8);
        QFile file(QStringLiteral(TD_SOURCE_DIR "/ui/presettextstable.cpp"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "ui/presettextstable.cpp is missing");
        QVERIFY2(
            file.readAll() == QByteArray::fromStdString(td::sim::qtPresetStringsSource(presets)),
            "ui/presettextstable.cpp is stale: run tastedrift-cli schema --qt-preset-strings "
            "scenarios > ui/presettextstable.cpp, then the update_translations target, and "
            "translate");
        // Every title and step is in the compiled table.
        QSet<QString> marked;
        for (const td::ui::CoreText &t : td::ui::CoreTexts::presetTexts()) {
            QCOMPARE(QByteArray(t.context), QByteArray(td::sim::kPresetTextContext));
            marked.insert(QString::fromUtf8(t.source));
        }
        for (const auto &[name, scenario] : presets) {
            QVERIFY2(marked.contains(QString::fromStdString(scenario.title)), name.c_str());
            for (const std::string &step : scenario.lesson.steps)
                QVERIFY2(marked.contains(QString::fromStdString(step)), step.c_str());
        }
    }

    void lessonStepsAndTitlesInGermanAndSpanish()
    {
        const td::sim::Scenario scenario
            = td::sim::loadScenarioFile(TD_SOURCE_DIR "/scenarios/filter-bubble.json");
        td::ui::ScenarioPanel panel;
        panel.setScenario(scenario);
        auto *title = panel.findChild<QLabel *>(QStringLiteral("scenarioTitle"));
        QCOMPARE(title->text(), QStringLiteral("Filter bubble"));
        QVERIFY(panel.lessonStepsText().contains(
            QStringLiteral("Press Run (Space) and let the 90 days play.")));
        {
            LanguageScope german(QStringLiteral("de"));
            QVERIFY(german.ok);
            QTRY_COMPARE_WITH_TIMEOUT(
                title->text(), QStringLiteral("Filterblase"), kSignalTimeoutMs);
            const QString steps = panel.lessonStepsText();
            QVERIFY2(steps.contains(QStringLiteral("Drücken Sie Starten (Leertaste)")),
                qPrintable(steps));
            for (const std::string &step : scenario.lesson.steps) {
                const QString english = QString::fromStdString(step);
                QVERIFY2(!steps.contains(english), step.c_str());
                QVERIFY2(td::ui::CoreTexts::presetText(step) != english, step.c_str());
            }
        }
        {
            LanguageScope spanish(QStringLiteral("es"));
            QVERIFY(spanish.ok);
            QTRY_COMPARE_WITH_TIMEOUT(
                title->text(), QStringLiteral("Burbuja de filtros"), kSignalTimeoutMs);
            QVERIFY(panel.lessonStepsText().contains(QStringLiteral("Pulse Ejecutar (Espacio)")));
        }
        // A user's own scenario text is shown as it is.
        QCOMPARE(td::ui::CoreTexts::presetText("My own title"), QStringLiteral("My own title"));
    }

    void humanizeIdentifier_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("label");
        QTest::newRow("words") << "arrivals_per_day"
                               << "Arrivals per day";
        QTest::newRow("one letter") << "m"
                                    << "M";
        QTest::newRow("digit first") << "l2"
                                     << "L2";
        QTest::newRow("empty") << ""
                               << "";
    }
    void humanizeIdentifier()
    {
        QFETCH(QString, id);
        QFETCH(QString, label);
        QCOMPARE(QString::fromStdString(td::sim::humanizeIdentifier(id.toStdString())), label);
        // The scenario panel used Vocabulary::humanize before: the English labels stay.
        QCOMPARE(td::ui::Vocabulary::humanize(id.toStdString()), label);
    }

    void tableHoldsEveryShownTextOnce()
    {
        // The compiled table: string literals survive escaping exactly (quotes in the
        // csv column descriptions), and each (context, text) is listed once.
        QSet<QString> scenario, metric;
        for (const td::ui::CoreText &t : td::ui::CoreTexts::all()) {
            QSet<QString> &set
                = QByteArray(t.context) == td::sim::kScenarioTextContext ? scenario : metric;
            QVERIFY2(!set.contains(QString::fromUtf8(t.source)), t.source);
            set.insert(QString::fromUtf8(t.source));
        }
        for (const td::sim::FieldInfo &f : td::sim::scenarioSchema()) {
            QVERIFY2(scenario.contains(leafLabel(f)), f.path.c_str());
            QVERIFY2(
                f.description.empty() || scenario.contains(QString::fromStdString(f.description)),
                f.path.c_str());
        }
        QVERIFY(scenario.contains(QStringLiteral("Columns"))); // a section heading
        QVERIFY(scenario.contains(QStringLiteral(
            "csv catalogue: track title column (\"\" = none: every title is Unknown)")));
        for (const td::metrics::MetricInfo &m : td::metrics::metricCatalog())
            QVERIFY2(metric.contains(fromView(m.description)), m.name.data());
        QCOMPARE(metric.size(), qsizetype(td::metrics::metricCatalog().size()));
    }

    void translationsListEveryTableText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("es") << "es";
    }
    void translationsListEveryTableText()
    {
        // The .ts files were refreshed after the table was regenerated: each text is there
        // with a finished translation (tst_translations checks the rest of the file).
        QFETCH(QString, language);
        QFile file(QStringLiteral(TD_SOURCE_DIR "/translations/tastedrift_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QSet<QString> finished;
        QString context, source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")
                && xml.attributes().value(QLatin1String("type")).isEmpty()
                && !xml.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty())
                finished.insert(context + QLatin1Char('|') + source);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        std::vector<td::ui::CoreText> texts = td::ui::CoreTexts::all();
        texts.insert(texts.end(), td::ui::CoreTexts::presetTexts().begin(),
            td::ui::CoreTexts::presetTexts().end());
        for (const td::ui::CoreText &t : texts) {
            const QString key
                = QString::fromUtf8(t.context) + QLatin1Char('|') + QString::fromUtf8(t.source);
            QVERIFY2(finished.contains(key),
                qPrintable(key
                    + QStringLiteral(": not translated; run the "
                                     "update_translations target and translate")));
        }
    }

    void germanFieldLabelsAndTooltips()
    {
        // Built in English, then switched: labels and tooltips follow (LanguageChange).
        td::ui::ScenarioPanel panel;
        panel.show();
        QHash<const QLabel *, QString> englishLabels;
        for (QLabel *label : panel.findChildren<QLabel *>())
            englishLabels.insert(label, label->text());
        QLabel *countLabel = labelOf(panel, panel.editor(QStringLiteral("world.listeners.count")));
        QVERIFY(countLabel);
        QCOMPARE(countLabel->text(), QStringLiteral("Count"));
        LanguageScope german(QStringLiteral("de"));
        QVERIFY(german.ok);
        QTRY_COMPARE_WITH_TIMEOUT(countLabel->text(), QStringLiteral("Anzahl"), kSignalTimeoutMs);
        QVERIFY(panel.editor(QStringLiteral("world.listeners.count"))
                    ->toolTip()
                    .contains(QStringLiteral("an Tag 0 angemeldete Hörer")));
        QCOMPARE(td::ui::CoreTexts::sectionHeading("world.catalog.columns"),
            QStringLiteral("Katalog › Spalten"));

        int checked = 0;
        for (const td::sim::FieldInfo &f : td::sim::scenarioSchema()) {
            const QString path = QString::fromStdString(f.path);
            const QString englishLabel = leafLabel(f);
            const QString germanLabel = td::ui::CoreTexts::fieldLabel(f);
            QVERIFY2(germanLabel != englishLabel || kSameInGerman.contains(englishLabel),
                qPrintable(path + QStringLiteral(": label not translated")));
            const QString englishText = QString::fromStdString(f.description);
            const QString germanText = td::ui::CoreTexts::fieldDescription(f);
            QVERIFY2(f.description.empty() || germanText != englishText,
                qPrintable(path + QStringLiteral(": description not translated")));
            for (td::ui::FieldEditor *editor : panel.editors(path)) {
                QLabel *label = labelOf(panel, editor);
                QVERIFY2(label, qPrintable(path));
                QVERIFY2(label->text().contains(germanLabel.toHtmlEscaped()),
                    qPrintable(path + QStringLiteral(": ") + label->text()));
                QVERIFY2(label->text() != englishLabels.value(label)
                        || kSameInGerman.contains(englishLabel),
                    qPrintable(path + QStringLiteral(": label still English")));
                QVERIFY2(editor->toolTip().contains(germanText.toHtmlEscaped()),
                    qPrintable(path + QStringLiteral(": ") + editor->toolTip()));
                QVERIFY2(f.description.empty()
                        || !editor->toolTip().contains(englishText.toHtmlEscaped()),
                    qPrintable(path + QStringLiteral(": tooltip still English")));
                QCOMPARE(label->toolTip(), editor->toolTip());
                ++checked;
            }
        }
        QVERIFY(checked > int(td::sim::scenarioSchema().size())); // live knobs twice
        // The filter finds a field by its German description too.
        panel.setFilter(QStringLiteral("an Tag 0 angemeldete"));
        QVERIFY(!panel.editor(QStringLiteral("world.listeners.count"))->isHidden());
        QVERIFY(panel.editor(QStringLiteral("world.catalog.genres"))->isHidden());
        panel.setFilter(QString());
        // And back to English.
        td::ui::LanguageManager::apply(QStringLiteral("en"));
        QTRY_COMPARE_WITH_TIMEOUT(countLabel->text(), QStringLiteral("Count"), kSignalTimeoutMs);
    }

    void germanMetricSummariesInTheGlossary()
    {
        LanguageScope german(QStringLiteral("de"));
        QVERIFY(german.ok);
        td::ui::GlossaryDialog dialog;
        auto *text = dialog.findChild<QTextBrowser *>(QStringLiteral("glossaryText"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("glossaryList"));
        QVERIFY(text && list);
        QCOMPARE(list->count(), int(td::metrics::metricCatalog().size()));
        for (const td::metrics::MetricInfo &m : td::metrics::metricCatalog()) {
            const QString name = fromView(m.name);
            const QString english = fromView(m.description);
            const QString translated = td::ui::CoreTexts::metricDescription(m);
            QVERIFY2(translated != english, qPrintable(name + QStringLiteral(": not translated")));
            dialog.showMetric(name);
            QVERIFY2(text->toPlainText().contains(translated), qPrintable(name));
            QVERIFY2(!text->toPlainText().contains(english), qPrintable(name));
            QCOMPARE(list->currentItem()->toolTip(), translated);
        }
        // The English full definitions are announced as such, in German.
        bool announced = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            announced = announced || label->text().contains(QStringLiteral("auf Englisch"));
        QVERIFY(announced);
    }

    void germanNamesOfUnitsGroupsAndChoices()
    {
        // Units, groups and enum choices are identifiers named by Vocabulary: a new one in a
        // core table needs an entry there (else it is shown as it is, in English).
        LanguageScope german(QStringLiteral("de"));
        QVERIFY(german.ok);
        QStringList units;
        for (const td::sim::FieldInfo &f : td::sim::scenarioSchema())
            units << QString::fromStdString(f.unit);
        for (const td::metrics::MetricInfo &m : td::metrics::metricCatalog())
            units << fromView(m.unit);
        for (const QString &unit : units) {
            if (!hasLetter(unit.toStdString()))
                continue; // "0..1", "-1..1": nothing to translate
            QVERIFY2(td::ui::Vocabulary::unitName(unit.toStdString()) != unit, qPrintable(unit));
        }
        for (const std::string &group : td::sim::scenarioGroups()) {
            const QString english = QString::fromStdString(group);
            QVERIFY2(
                td::ui::Vocabulary::groupName(group) != english || kSameInGerman.contains(english),
                group.c_str());
        }
        for (const td::sim::FieldInfo &f : td::sim::scenarioSchema()) {
            for (const std::string &choice : f.choices)
                QVERIFY2(td::ui::Vocabulary::choiceName(choice) != QString::fromStdString(choice),
                    (f.path + ": " + choice).c_str());
        }
    }
};

TD_REGISTER_TEST(TestCoreTexts)
#include "tst_coretexts.moc"
