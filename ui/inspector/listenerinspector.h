// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/runstate.h"

#include <QElapsedTimer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace td::run {
class SimulationController;
}

namespace td::ui {

class ListenerCharts;
class RunSession;
class TraceModel;

/// The teaching view: follow one listener and explain their recommendations end to end.
/// Pick a listener by id or from lists of the last day (most streams, most skips, newest,
/// most drifted, churned); from the next simulated day on, the worker traces their first Home
/// request every day. Shows the ground truth about them (satisfaction, drift, signup, churn)
/// and the model's certainty, the request's stages (in → out), every candidate with its
/// sources, scores, exploration bonus, propensity, the filter that removed it and the outcome,
/// a plain-language explanation of the selected candidate, and charts of the listener's days
/// (true taste vs the model's belief, satisfaction and certainty, activity, genres, features).
///
/// Everything comes from published data (ListenerDay, ListenerLists); the inspector never
/// touches the engine. GUI thread only.
class ListenerInspector : public QWidget
{
    Q_OBJECT
public:
    /// Follows the run of `session` (nullptr: shows only what it is given).
    explicit ListenerInspector(RunSession *session, QWidget *parent = nullptr);
    ~ListenerInspector() override;

    /// Follows `listener` from the next simulated day on (forgets the previous one's days).
    void inspect(qint64 listener);
    qint64 listener() const { return m_listener; }
    /// Days of the followed listener received so far (0: the listener never appeared).
    int followedDays() const { return int(m_days.size()); }
    /// A new run: forget the days, keep following the same listener.
    void clearRun(int totalDays);
    void addDays(const run::ListenerDayBatch &batch);
    void setLists(const run::ListenerLists &lists);
    /// Asks the worker for new lists, at most once a second unless `force`.
    void refreshLists(bool force = false);

    TraceModel *traceModel() const { return m_model; }
    /// Days received for the followed listener.
    int dayCount() const { return int(m_days.size()); }
    /// The summary above the trace (rich text), for tests.
    QString summaryText() const;
    ListenerCharts *charts() const { return m_charts; }
    /// Chooses a list of the picker (0 most streams, 1 most skips, 2 newest, 3 most drifted,
    /// 4 churned on the last day).
    void setListKind(int kind);
    /// Explanation of the selected candidate (plain text), for tests.
    QString explanationText() const;
    void selectCandidateRow(int row);

    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showLatestTrace();
    void updateSummary();
    void updateExplanation();
    void fillList();
    QString truthSummary(const sim::ListenerView &view) const;
    QString rankingSentence(const events::TraceCandidate &c, const std::string &scoreKind) const;
    void applyShowRemoved();

    run::SimulationController *m_controller = nullptr;
    qint64 m_listener = -1;
    int m_totalDays = 1;
    std::vector<run::ListenerDayPtr> m_days; ///< of m_listener, day order
    run::ListenerDayPtr m_traced; ///< the latest day with a trace
    run::ListenerLists m_lists;
    QElapsedTimer m_sinceListRequest;

    QLabel *m_idLabel = nullptr;
    QSpinBox *m_id = nullptr;
    QPushButton *m_inspect = nullptr;
    QComboBox *m_listKind = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_listHint = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_stages = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showRemoved = nullptr;
    QTextBrowser *m_explanation = nullptr;
    TraceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ListenerCharts *m_charts = nullptr;
};

} // namespace td::ui
