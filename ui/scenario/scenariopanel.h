// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenario.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBox;
class QFormLayout;

namespace td::ui {

class FieldEditor;
class FittedTextView;
class ScheduleEditor;

/// The scenario editor: every leaf of scenarioSchema(), grouped as the schema says (Run,
/// World, Listeners & drift, Pipeline, Exploration, Schedule), each with its range, unit and
/// a tooltip, plus a first page with the live knobs. Built from the schema at run time, so a
/// new leaf appears without UI code.
///
/// It edits its own copy of the scenario. A live knob's edit is announced with
/// liveValueChanged() (the window forwards it to the running engine); any other edit with
/// setupValueChanged() and marks the panel as having changes that need a reset, shown in a
/// banner with an "Apply && Reset" button. GUI thread only.
class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPanel(QWidget *parent = nullptr);
    ~ScenarioPanel() override;

    /// Shows `scenario` in every editor and clears pending changes. `sourcePath` is the file
    /// it came from (empty: built in); relative file paths in it are relative to its folder.
    void setScenario(const sim::Scenario &scenario, const QString &sourcePath = {});
    const sim::Scenario &scenario() const { return m_scenario; }
    QString sourcePath() const { return m_sourcePath; }

    /// Edits a leaf as the user would (validation, signals). Returns false and sets `error`
    /// if the value is rejected.
    bool setValue(const QString &path, const QString &text, QString *error = nullptr);
    /// Shows a rejection of `path` that came from elsewhere (the engine refused a live knob).
    void showFieldError(const QString &path, const QString &message);

    /// Edits since the last setScenario()/markApplied() that only a reset applies.
    bool hasPendingChanges() const { return m_pending; }
    void markApplied();

    /// Editors of `path` (a live knob has two: its group's and the live page's).
    QList<FieldEditor *> editors(const QString &path) const;
    FieldEditor *editor(const QString &path) const;
    ScheduleEditor *scheduleEditor() const { return m_schedule; }
    /// Shows only parameters whose path, label or description contains `text`.
    void setFilter(const QString &text);
    /// Number of pages (live knobs + groups) and of editors.
    int pageCount() const;
    int editorCount() const { return int(m_rows.size()); }
    /// Opens the page of the live knobs.
    void showLiveKnobs();
    /// Puts the keyboard focus in the parameter filter (its text selected).
    void focusFilter();
    /// Name of the lesson's tab for the "Show …" button (the window knows the dashboard).
    void setLessonTabTitle(const QString &title);
    /// The lesson's steps as shown (plain text, in the current language), for tests.
    QString lessonStepsText() const;

    /// Lines of description and lesson shown before they scroll.
    static constexpr int kDescriptionLines = 5;
    static constexpr int kLessonLines = 9;

    void retranslateUi();

signals:
    void liveValueChanged(const QString &path, const QString &value);
    void setupValueChanged(const QString &path, const QString &value);
    void applyRequested();
    /// The user asked to see the lesson's tab and charts.
    void lessonTabRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        FieldEditor *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *heading = nullptr; ///< the section heading above it (may be shared)
        QFormLayout *form = nullptr;
        int page = 0;
        bool livePage = false; ///< on the live knobs page: the label names the section too
    };
    struct Heading
    {
        QLabel *label = nullptr;
        std::string section; ///< dotted path, e.g. "world.catalog.columns"
    };
    struct Page
    {
        QWidget *widget = nullptr;
        QString group; ///< schema group ("" for the live knobs page)
    };

    QWidget *buildFieldPage(const QString &group, bool liveOnly, int pageIndex);
    void onEdited(const QString &path, const QString &text);
    void showValues();
    void updateHeader();
    void updatePageTitles();
    void updateLabels();
    void setPending(bool pending);

    QLabel *m_title = nullptr;
    FittedTextView *m_description = nullptr;
    QFrame *m_lessonBox = nullptr;
    QLabel *m_lessonTitle = nullptr;
    QPushButton *m_lessonShow = nullptr;
    FittedTextView *m_lessonSteps = nullptr;
    QString m_lessonTabTitle;
    QLabel *m_source = nullptr;
    QLineEdit *m_filter = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_apply = nullptr;
    QToolBox *m_toolBox = nullptr;
    ScheduleEditor *m_schedule = nullptr;
    std::vector<Row> m_rows;
    std::vector<Page> m_pages;
    std::vector<Heading> m_headings;
    sim::Scenario m_scenario;
    QString m_sourcePath;
    bool m_pending = false;
};

} // namespace td::ui
