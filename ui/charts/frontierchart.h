// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportablechart.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace td::ui {

class ChartView;

/// The trade-off plane (docs/gui.md, "Trade-offs"): each setting of a sweep as a point at its
/// mean short-term (x) and long-term (y) value, with error bars for the 95 % intervals of
/// both means, labelled with its knob values; the settings no other one dominates are drawn
/// filled and joined by the frontier line, the dominated ones hollow. Click a point to choose
/// it (pointClicked()); hover it for its numbers; the context menu exports PNG or SVG.
/// GUI thread only.
class FrontierChart : public ExportableChart
{
    Q_OBJECT
public:
    /// One setting. A NaN interval end (fewer than two seeds) draws no bar.
    struct Point
    {
        QString label; ///< drawn next to the point, e.g. "ε 0.1"
        QString tip; ///< the hover text (rich text)
        double x = 0.0;
        double xLow = 0.0;
        double xHigh = 0.0;
        double y = 0.0;
        double yLow = 0.0;
        double yHigh = 0.0;
        bool onFrontier = false;
    };

    explicit FrontierChart(QWidget *parent = nullptr);
    ~FrontierChart() override;

    void setTexts(const QString &title, const QString &xTitle, const QString &yTitle);
    /// The legend's names of frontier points, dominated points and the frontier line.
    void setLegendNames(const QString &frontier, const QString &dominated, const QString &line);
    /// Draws `points` (those with a NaN coordinate are left out) and joins `front` (indices
    /// into `points`, in drawing order) as the frontier.
    void setPoints(const QList<Point> &points, const QList<int> &front);
    void setEmptyText(const QString &text);

    int pointCount() const { return int(m_points.size()); }
    const Point &point(int index) const { return m_points[index]; }
    /// Where point `index` is drawn, in the coordinates of plotViewport() (tests click there).
    QPointF pointPosition(int index) const;
    /// The widget that receives the mouse over the plot.
    QWidget *plotViewport() const;
    /// The frontier line's points as drawn.
    QList<QPointF> frontierLine() const;
    /// Error bars drawn (two per point with an interval on both axes).
    int errorBarCount() const;
    QString title() const override { return m_title; }
    QString xTitle() const;
    QString yTitle() const;

    QImage toImage() const override;
    bool savePng(const QString &path, QString *error = nullptr) const override;
    bool saveSvg(const QString &path, QString *error = nullptr) const override;

signals:
    /// The user clicked point `index` (into the list given to setPoints()).
    void pointClicked(int index);

private:
    void clearSeries();
    void rescale();
    void updateLegend();
    void showContextMenu(const QPoint &globalPos);
    static constexpr int kMargin = 4;

    QChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QLineSeries *m_frontLine = nullptr;
    QList<QLineSeries *> m_bars;
    QList<QScatterSeries *> m_dots; ///< one per shown point (its own label)
    QList<int> m_dotPoint; ///< index into m_points of each dot
    QList<Point> m_points;
    QString m_title;
    QString m_legendFrontier;
    QString m_legendDominated;
    QString m_legendLine;
};

} // namespace td::ui
