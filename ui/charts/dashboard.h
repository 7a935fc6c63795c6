// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/runhistory.h"

#include <QList>
#include <QStringList>
#include <QTabWidget>

#include <vector>

class QTimer;

namespace td::ui {

class ExportableChart;
class FunnelChart;
class TimeChart;

/// The centre of the main window: one tab per theme of live charts (engagement & churn,
/// feedback loop, diversity, exploration & certainty, pipeline funnel). Charts are declared
/// by metric NAME and a chart whose metrics are not in metricCatalog() is left out, so the
/// dashboard follows the catalogue as it grows. Other pages (the inspector) can be added as
/// further tabs by the window.
///
/// Redraws are paced here: dataChanged() only starts a ~30 Hz timer; each tick redraws the
/// charts of the visible tab whose data changed (hidden tabs catch up when shown), and the
/// pace slows down when redraws get expensive. The GUI thread therefore pays for what it
/// shows, not for every simulated day. GUI thread only.
class Dashboard : public QTabWidget
{
    Q_OBJECT
public:
    static constexpr int kRedrawIntervalMs = 33;
    /// Slowest redraw pace, reached when one redraw costs the GUI thread a lot (long runs).
    static constexpr int kMaxRedrawIntervalMs = 500;

    /// Tab keys, also the --tab values of the command line, in tab order.
    static QStringList chartTabKeys();
    /// The value-axis title of the dashboard chart that draws `metric` (e.g. "share of plays
    /// (0–1)" for skip_rate), in the current language; "" if no chart draws it.
    static QString metricAxisTitle(const QString &metric);

    explicit Dashboard(const RunHistory *history, QWidget *parent = nullptr);
    ~Dashboard() override;

    /// The history was cleared (a new run): empty every chart and set the day range.
    void resetCharts();
    /// Shows another history (a stored run opened read-only, or the live run again): the
    /// charts are emptied and redrawn from it. The dashboard never owns a history.
    void setHistory(const RunHistory *history);
    const RunHistory *history() const { return m_history; }
    /// Draws `overlay` (a stored run) dashed on every metric chart, each line in the colour of
    /// the line it compares with, with one legend entry per chart ("<label> (dashed)"; the
    /// other dashed lines are named "<line> · <label>"); nullptr removes it.
    /// The retention and funnel charts show the displayed history only.
    void setOverlay(const RunHistory *overlay, const QString &label = {});
    const RunHistory *overlay() const { return m_overlay; }
    /// New snapshots arrived in the history: redraw within kRedrawIntervalMs.
    void dataChanged();
    /// Redraws every chart now, visible or not (tests, screenshots, export).
    void flushAll();
    /// Redraws the charts of the visible tab now (the end of a run shows at once).
    void flushVisible() { redrawVisible(); }
    /// Trailing moving average over `days` for every time chart (1 = off).
    void setSmoothing(int days);
    int smoothing() const { return m_smoothing; }
    void resetZoom();

    /// Index of the tab with this key (chartTabKeys() or a key given to addPage()), or -1.
    int tabIndex(const QString &key) const;
    QString tabKey(int index) const;
    /// The title of tab `key` in the current language (also before the tab bar was
    /// retranslated; "" for an unknown key).
    QString tabTitle(const QString &key) const;
    /// Adds a page with a key (e.g. "inspector"); `title` is retranslated by its owner.
    void addPage(QWidget *page, const QString &key, const QString &title);

    /// Every time chart (retention included), in tab order.
    QList<TimeChart *> timeCharts() const;
    /// Time charts whose lines are metrics of the catalogue (retention excluded).
    QList<TimeChart *> metricCharts() const;
    TimeChart *retentionChart() const { return m_retention; }
    FunnelChart *funnelChart() const { return m_funnel; }
    /// Every chart that can be exported, in tab order.
    QList<ExportableChart *> exportableCharts() const;
    /// Charts on the page of tab `index` (empty for pages added by the window).
    QList<ExportableChart *> chartsOnTab(int index) const;
    /// Metric names the charts draw (to report what the catalogue lacks).
    QStringList plottedMetrics() const;

    /// Highlights every chart that draws one of `metrics` (metric column names: a scenario's
    /// lesson), on any tab; only their titles stay bold. Empty: no highlight, every title bold.
    void setLessonMetrics(const QStringList &metrics);
    const QStringList &lessonMetrics() const { return m_lessonMetrics; }
    /// The highlighted charts, in tab order.
    QList<TimeChart *> highlightedCharts() const;
    /// Metric names each chart draws (metricCharts() order).
    QStringList chartMetrics(const TimeChart *chart) const;

    void retranslateUi();

signals:
    void exportRequested(td::ui::ExportableChart *chart);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        int metric = -1; ///< metricCatalog() index
        bool complement = false; ///< plot 1 − value (e.g. organic share from rec share)
        const char *name = nullptr; ///< untranslated legend text
    };
    struct Chart
    {
        TimeChart *chart = nullptr;
        int tab = 0;
        const char *title = nullptr;
        const char *unit = nullptr;
        std::vector<Line> lines;
        std::uint64_t drawnRevision = 0;
        std::uint64_t drawnOverlayRevision = 0;
        int drawnSmoothing = 1;
    };
    struct Page
    {
        QString key;
        QWidget *widget = nullptr;
        const char *title = nullptr; ///< null for pages added by addPage()
    };

    void buildPages();
    void redrawVisible();
    void redrawChart(Chart &chart);
    void redrawRetention();
    void updateOverlayLines(Chart &chart);
    void updateXRange();

    const RunHistory *m_history = nullptr;
    const RunHistory *m_overlay = nullptr;
    QString m_overlayLabel;
    std::vector<Chart> m_charts;
    std::vector<Page> m_pages;
    TimeChart *m_retention = nullptr;
    std::uint64_t m_retentionRevision = 0;
    FunnelChart *m_funnel = nullptr;
    std::uint64_t m_funnelRevision = 0;
    QTimer *m_redrawTimer = nullptr;
    int m_smoothing = 1;
    QStringList m_lessonMetrics;
};

} // namespace td::ui
