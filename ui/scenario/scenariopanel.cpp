// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenario/scenariopanel.h"

#include "coretexts.h"
#include "scenario/fieldeditor.h"
#include "scenario/fittedtextview.h"
#include "scenario/scheduleeditor.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/scenarioschema.h"
#include "vocabulary.h"

#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolBox>
#include <QVBoxLayout>

namespace td::ui {

namespace {

// "world.catalog.columns.track_id" -> section "world.catalog.columns", leaf "track_id".
std::pair<std::string, std::string> splitPath(const std::string &path)
{
    const std::size_t dot = path.rfind('.');
    if (dot == std::string::npos)
        return { std::string(), path };
    return { path.substr(0, dot), path.substr(dot + 1) };
}

} // namespace

ScenarioPanel::ScenarioPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    // The description and the lesson scroll when they are long: never cut mid-sentence.
    m_description = new FittedTextView(kDescriptionLines, this);
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    layout->addWidget(m_description);

    m_lessonBox = new QFrame(this);
    m_lessonBox->setObjectName(QStringLiteral("lessonBox"));
    m_lessonBox->setFrameShape(QFrame::StyledPanel);
    m_lessonBox->setStyleSheet(QStringLiteral(
        "#lessonBox { background: #eef6fb; border: 1px solid #0072b2; border-radius: 3px; }"));
    auto *lessonLayout = new QVBoxLayout(m_lessonBox);
    lessonLayout->setContentsMargins(6, 4, 6, 4);
    lessonLayout->setSpacing(2);
    m_lessonTitle = new QLabel(m_lessonBox);
    m_lessonTitle->setObjectName(QStringLiteral("lessonTitle"));
    m_lessonTitle->setWordWrap(true);
    QFont lessonFont = m_lessonTitle->font();
    lessonFont.setBold(true);
    m_lessonTitle->setFont(lessonFont);
    lessonLayout->addWidget(m_lessonTitle);
    m_lessonSteps = new FittedTextView(kLessonLines, m_lessonBox);
    m_lessonSteps->setObjectName(QStringLiteral("lessonSteps"));
    lessonLayout->addWidget(m_lessonSteps);
    // Under the steps, on its own row: its text names the tab and must not widen the panel.
    m_lessonShow = new QPushButton(m_lessonBox);
    m_lessonShow->setObjectName(QStringLiteral("lessonShowButton"));
    connect(m_lessonShow, &QPushButton::clicked, this, &ScenarioPanel::lessonTabRequested);
    lessonLayout->addWidget(m_lessonShow, 0, Qt::AlignRight);
    m_lessonBox->hide();
    layout->addWidget(m_lessonBox);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("scenarioSource"));
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    layout->addWidget(m_source);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("pendingBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral(
        "#pendingBanner { background: #fff4d6; border: 1px solid #e0b84f; border-radius: 3px; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText, 1);
    m_apply = new QPushButton(m_banner);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    bannerLayout->addWidget(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &ScenarioPanel::applyRequested);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("parameterFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ScenarioPanel::setFilter);
    layout->addWidget(m_filter);

    m_toolBox = new QToolBox(this);
    m_toolBox->setObjectName(QStringLiteral("scenarioGroups"));
    layout->addWidget(m_toolBox, 1);

    m_pages.push_back(Page { buildFieldPage(QString(), true, 0), QString() });
    m_toolBox->addItem(m_pages.back().widget, QString());
    for (const std::string &group : sim::scenarioGroups()) {
        const QString name = QString::fromStdString(group);
        QWidget *page = nullptr;
        if (group == sim::kGroupSchedule) {
            m_schedule = new ScheduleEditor(this);
            connect(m_schedule, &ScheduleEditor::edited, this,
                [this](const std::vector<sim::ScheduleEvent> &schedule) {
                    m_scenario.schedule = schedule;
                    setPending(true);
                    emit setupValueChanged(QStringLiteral("schedule"), QString());
                });
            page = m_schedule;
        } else {
            page = buildFieldPage(name, false, int(m_pages.size()));
        }
        m_pages.push_back(Page { page, name });
        m_toolBox->addItem(page, QString());
    }
    m_toolBox->setCurrentIndex(0);
    // Tab goes down the panel as it reads: description, lesson steps, their button, the
    // banner's button, the filter, then the parameters.
    setTabOrder(m_description, m_lessonSteps);
    setTabOrder(m_lessonSteps, m_lessonShow);
    setTabOrder(m_lessonShow, m_apply);
    setTabOrder(m_apply, m_filter);
    retranslateUi();
    setScenario(sim::Scenario {});
}

ScenarioPanel::~ScenarioPanel() = default;

QWidget *ScenarioPanel::buildFieldPage(const QString &group, bool liveOnly, int pageIndex)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    form->setContentsMargins(4, 4, 4, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    // Labels above their editors: the dock is narrow, and side by side a long label pushed
    // the editor past the right edge (clipped spin boxes behind a horizontal scroll bar).
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    std::string section = "\x01"; // never a real section: the first leaf opens one
    QLabel *heading = nullptr;
    for (const sim::FieldInfo &field : sim::scenarioSchema()) {
        if (liveOnly ? !field.live : QString::fromStdString(field.group) != group)
            continue;
        const std::string fieldSection = splitPath(field.path).first;
        if (!liveOnly && fieldSection != section) {
            section = fieldSection;
            heading = nullptr;
            if (!section.empty()) {
                heading = new QLabel(content);
                heading->setTextFormat(Qt::PlainText);
                QFont bold = heading->font();
                bold.setBold(true);
                heading->setFont(bold);
                heading->setContentsMargins(0, 6, 0, 0);
                form->addRow(heading);
                m_headings.push_back(Heading { heading, section });
            }
        }
        auto *editor = new FieldEditor(field, content);
        connect(editor, &FieldEditor::edited, this, &ScenarioPanel::onEdited);
        auto *label = new QLabel(content);
        label->setBuddy(editor);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        form->addRow(label, editor);
        m_rows.push_back(Row { editor, label, heading, form, pageIndex, liveOnly });
    }
    if (liveOnly) {
        auto *note = new QLabel(content);
        note->setObjectName(QStringLiteral("liveNote"));
        note->setWordWrap(true);
        form->insertRow(0, note);
    }
    scroll->setWidget(content);
    return scroll;
}

void ScenarioPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter parameters…"));
    m_bannerText->setText(tr("Some changes apply only when the run starts again."));
    m_apply->setText(tr("Apply && Reset"));
    m_apply->setToolTip(tr("Start the run again from day 0 with the edited scenario"));
    if (auto *note = findChild<QLabel *>(QStringLiteral("liveNote"))) {
        note->setText(tr("These knobs can change while the run goes on. A change applies from "
                         "the next simulated day and is marked on every chart."));
    }
    for (const Row &row : m_rows)
        row.editor->retranslateUi();
    updateLabels();
    updatePageTitles();
    updateHeader();
}

void ScenarioPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScenarioPanel::updateLabels()
{
    for (const Heading &heading : m_headings)
        heading.label->setText(CoreTexts::sectionHeading(heading.section));
    for (const Row &row : m_rows) {
        const sim::FieldInfo &field = row.editor->field();
        const std::string section = splitPath(field.path).first;
        // On the live page the section tells knobs apart ("Policy › Kind").
        const QString text = row.livePage && !section.empty() ? QStringLiteral("%1 › %2").arg(
                                 CoreTexts::sectionHeading(section), CoreTexts::fieldLabel(field))
                                                              : CoreTexts::fieldLabel(field);
        // A live knob's label carries a purple dot, like the chart markers its changes draw.
        row.label->setText(field.live && !row.livePage
                ? QStringLiteral("%1 <span style='color:#7b3fa0'>●</span>")
                      .arg(text.toHtmlEscaped())
                : text.toHtmlEscaped());
        row.label->setToolTip(row.editor->toolTipText());
    }
}

void ScenarioPanel::updatePageTitles()
{
    const bool filtering = !m_filter->text().trimmed().isEmpty();
    for (std::size_t p = 0; p < m_pages.size(); ++p) {
        QString title = m_pages[p].group.isEmpty()
            ? tr("Live knobs")
            : Vocabulary::groupName(m_pages[p].group.toStdString());
        if (filtering && m_pages[p].widget != m_schedule) {
            int matches = 0;
            for (const Row &row : m_rows)
                matches += row.page == int(p) && row.form->isRowVisible(row.editor) ? 1 : 0;
            title = tr("%1 (%2)").arg(title).arg(matches);
        }
        // '&' would become a mnemonic ("Listeners & drift").
        m_toolBox->setItemText(
            int(p), QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    }
}

void ScenarioPanel::setScenario(const sim::Scenario &scenario, const QString &sourcePath)
{
    m_scenario = scenario;
    m_sourcePath = sourcePath;
    const QString base = scenario.baseDirectory.empty()
        ? (sourcePath.isEmpty() ? QString() : QFileInfo(sourcePath).absolutePath())
        : QString::fromStdString(scenario.baseDirectory);
    for (const Row &row : m_rows)
        row.editor->setBaseDirectory(base);
    showValues();
    m_schedule->setScenario(m_scenario);
    setPending(false);
    updateHeader();
}

void ScenarioPanel::showValues()
{
    for (const Row &row : m_rows)
        row.editor->setValueText(QString::fromStdString(row.editor->field().valueText(m_scenario)));
}

void ScenarioPanel::updateHeader()
{
    // A preset's title and lesson steps in the current language (its own text otherwise).
    m_title->setText(CoreTexts::presetText(m_scenario.title));
    const QString description = QString::fromStdString(m_scenario.description);
    m_description->setPlainText(description);
    m_description->setVisible(!description.isEmpty());
    const sim::Lesson &lesson = m_scenario.lesson;
    m_lessonBox->setVisible(!lesson.empty());
    QString steps;
    for (const std::string &step : lesson.steps)
        steps += QStringLiteral("<li>%1</li>").arg(CoreTexts::presetText(step).toHtmlEscaped());
    m_lessonSteps->setHtml(steps.isEmpty()
            ? QString()
            : QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">%1</ol>")
                  .arg(steps));
    m_lessonSteps->setVisible(!steps.isEmpty());
    m_lessonTitle->setText(tr("Lesson: where to look"));
    m_lessonShow->setText(m_lessonTabTitle.isEmpty() ? tr("Show the &Charts")
                                                     : tr("Show “%1”").arg(m_lessonTabTitle));
    m_lessonShow->setToolTip(tr("Open the lesson's tab; its charts are framed"));
    m_source->setText(m_sourcePath.isEmpty()
            ? tr("Built-in scenario")
            : tr("File: %1").arg(QFileInfo(m_sourcePath).fileName()));
    m_source->setToolTip(m_sourcePath);
}

bool ScenarioPanel::setValue(const QString &path, const QString &text, QString *error)
{
    const sim::FieldInfo *field = sim::findScenarioField(path.toStdString());
    if (!field) {
        if (error)
            *error = QString::fromStdString(sim::unknownFieldMessage(path.toStdString()));
        return false;
    }
    sim::Scenario probe = m_scenario;
    try {
        field->setFromText(probe, text.toStdString());
    } catch (const std::exception &e) {
        const QString message = QString::fromStdString(e.what());
        showFieldError(path, message);
        if (error)
            *error = message;
        return false;
    }
    const bool changed = field->valueText(probe) != field->valueText(m_scenario);
    m_scenario = probe;
    const QString value = QString::fromStdString(field->valueText(m_scenario));
    for (FieldEditor *editor : editors(path))
        editor->setValueText(value);
    if (!changed)
        return true;
    if (field->path == "title" || field->path == "description") {
        updateHeader(); // shown at once; nothing to rebuild
        emit setupValueChanged(path, value);
    } else if (field->live) {
        emit liveValueChanged(path, value);
    } else {
        setPending(true);
        emit setupValueChanged(path, value);
    }
    return true;
}

void ScenarioPanel::onEdited(const QString &path, const QString &text)
{
    setValue(path, text);
}

void ScenarioPanel::showFieldError(const QString &path, const QString &message)
{
    for (FieldEditor *editor : editors(path))
        editor->setError(message);
}

void ScenarioPanel::markApplied()
{
    setPending(false);
}

void ScenarioPanel::setPending(bool pending)
{
    m_pending = pending;
    m_banner->setVisible(pending);
}

QList<FieldEditor *> ScenarioPanel::editors(const QString &path) const
{
    QList<FieldEditor *> list;
    for (const Row &row : m_rows) {
        if (row.editor->path() == path)
            list << row.editor;
    }
    return list;
}

FieldEditor *ScenarioPanel::editor(const QString &path) const
{
    const QList<FieldEditor *> list = editors(path);
    return list.isEmpty() ? nullptr : list.first();
}

int ScenarioPanel::pageCount() const
{
    return m_toolBox->count();
}

void ScenarioPanel::showLiveKnobs()
{
    m_toolBox->setCurrentIndex(0);
}

void ScenarioPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ScenarioPanel::setLessonTabTitle(const QString &title)
{
    m_lessonTabTitle = title;
    updateHeader();
}

QString ScenarioPanel::lessonStepsText() const
{
    return m_lessonBox->isHidden() ? QString() : m_lessonSteps->toPlainText();
}

void ScenarioPanel::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (const Heading &heading : m_headings)
        heading.label->setVisible(needle.isEmpty());
    for (const Row &row : m_rows) {
        // The description matches in English and in the language shown.
        const bool match = needle.isEmpty()
            || row.editor->path().contains(needle, Qt::CaseInsensitive)
            || row.label->text().contains(needle, Qt::CaseInsensitive)
            || QString::fromStdString(row.editor->field().description)
                   .contains(needle, Qt::CaseInsensitive)
            || CoreTexts::fieldDescription(row.editor->field())
                   .contains(needle, Qt::CaseInsensitive);
        row.form->setRowVisible(row.editor, match);
        if (match && row.heading && !needle.isEmpty())
            row.heading->setVisible(true);
    }
    if (m_filter->text() != text)
        m_filter->setText(text);
    updatePageTitles();
}

} // namespace td::ui
