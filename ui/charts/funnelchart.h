// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportablechart.h"
#include "sim/snapshot.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace td::ui {

class ChartView;

/// The recommender pipeline's funnel of the last simulated day as horizontal bars, top to
/// bottom: candidates from each source → merged pool → removed by each filter → ranked →
/// shown → streamed. Bars are means per request (exact day totals in the tooltip), coloured
/// by stage. Recommenders without a pipeline publish no funnel; the chart then says so.
/// GUI thread only.
class FunnelChart : public ExportableChart
{
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);
    ~FunnelChart() override;

    /// Stores the funnel of (0-based) `day`; shown at the next redraw().
    void setFunnel(const sim::FunnelSnapshot &funnel, int day);
    void clear();
    void redraw();
    void retranslateUi();

    /// Bars currently shown, top to bottom, with their values (mean per request).
    QStringList categories() const { return m_categories; }
    QList<double> values() const { return m_values; }
    QString title() const override;
    QChart *chart() const { return m_chart; }

    QImage toImage() const override;
    bool savePng(const QString &path, QString *error = nullptr) const override;
    bool saveSvg(const QString &path, QString *error = nullptr) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Stage { Sources, Merged, Filters, Ranked, Shown, Streamed, StageCount };
    void showTip(bool status, int bottomUpIndex);
    void showContextMenu(const QPoint &globalPos);

    QChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_sets[StageCount] = {};
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    sim::FunnelSnapshot m_funnel;
    int m_day = -1;
    bool m_dirty = false;
    QStringList m_categories;
    QList<double> m_values;
    QList<qint64> m_totals;
};

} // namespace td::ui
