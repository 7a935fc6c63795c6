// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportablechart.h"
#include "session/runhistory.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace td::ui {

class ChartView;

/// A line chart over days (or any x), fed with whole point lists: value axis with a unit,
/// legend, exact values on hover, rubber-band zoom (double-click or the context menu resets
/// it), an optional trailing moving average, labelled vertical markers, export as PNG or SVG
/// from the context menu.
///
/// Data flow: setLineData() only stores the (implicitly shared) list; redraw() hands every
/// line to its series in one replace() and rescales the axes. The owner calls redraw() on its
/// own timer (~30 per second at most), so points never reach the scene one by one.
/// GUI thread only.
class TimeChart : public ExportableChart
{
    Q_OBJECT
public:
    explicit TimeChart(QWidget *parent = nullptr);
    ~TimeChart() override;

    /// Adds a line; returns its index. Lines keep their order in the legend.
    int addLine(const QColor &color, Qt::PenStyle style = Qt::SolidLine);
    /// Adds a shaded band between a lower and an upper edge (e.g. the 95 % interval of a
    /// mean over seeds) in `color` at low opacity; returns its index. Add bands before the
    /// lines that run through them: series are drawn in the order they were added. A band has
    /// no legend entry (say what it is in the title, the legend's names or a note).
    int addBand(const QColor &color);
    /// The band's edges (x ascending; the same x in both). Stored until redraw(), smoothed
    /// like the lines.
    void setBandData(int band, const QList<QPointF> &lower, const QList<QPointF> &upper);
    int bandCount() const { return int(m_bands.size()); }
    /// The band's edges as drawn after the last redraw().
    QList<QPointF> bandLower(int band) const;
    QList<QPointF> bandUpper(int band) const;
    /// Makes the chart have exactly `count` lines, coloured from the palette (retention);
    /// beyond the palette's colours the lines are dashed, so no two look alike.
    void setLineCount(int count);
    /// A dot in the line's colour on the last point of every line: curves that lie on top of
    /// each other (retention groups that lost no one) still show where each one ends.
    void setEndMarkersVisible(bool visible);
    /// The end dot of `line` as drawn (empty without one).
    QList<QPointF> endMarker(int line) const;
    /// Number of distinct colours of paletteColor() before it repeats.
    static int paletteSize();
    void setLineName(int line, const QString &name);
    /// Shows or hides the legend entry of `line` (the line itself stays).
    void setLineInLegend(int line, bool shown);
    bool isLineInLegend(int line) const;
    /// One line of explanation shown under the value when hovering `line` ("" = none).
    void setLineDescription(int line, const QString &description);
    void setTexts(const QString &title, const QString &xTitle, const QString &yTitle);
    /// The value axis title as shown: the one given, or what of it a short plot holds
    /// (without its trailing " (…)", on two lines, smaller, or none).
    QString yTitle() const;
    QString title() const override;
    /// x runs from `first` to `last` (e.g. 0 .. days of the run).
    void setXRange(double first, double last);
    /// Keeps 0 inside the value axis (counts).
    void setIncludeZero(bool include) { m_includeZero = include; }
    /// The automatic value range never goes beyond [lo, hi] (e.g. a share stays within 0..1),
    /// except by the edge room below; no value tick is labelled outside [lo, hi].
    void setYLimits(double lo, double hi)
    {
        m_yMin = lo;
        m_yMax = hi;
    }
    /// Keeps at least `share` (0..0.2) of the value axis free between the data and the plot's
    /// top and bottom frame, beyond a hard limit if need be: a line lying on its limit (a
    /// recall of 1) or flat at the bottom (an index age of 0) is drawn inside the plot, not on
    /// the frame, where it looks like no line at all. 0 (the default): no room.
    void setEdgeRoom(double share)
    {
        Q_ASSERT(share >= 0.0 && share <= 0.2);
        m_edgeRoom = share;
    }
    /// Value ticks only at whole numbers (values that are counts of days).
    void setWholeNumberTicks(bool whole) { m_wholeTicks = whole; }
    /// Decimals used in hover tooltips (-1: up to 4 significant digits).
    void setValueDecimals(int decimals) { m_decimals = decimals; }
    /// Where the legend goes (bottom by default; the right side suits many short names).
    void setLegendAlignment(Qt::Alignment alignment);
    /// Tooltip prefix of x values: "Day %1" by default.
    void setXLabelFormat(const QString &format) { m_xFormat = format; }

    /// Raw points of `line` (x ascending). Stored until redraw().
    void setLineData(int line, const QList<QPointF> &points);
    void setMarkers(const std::vector<ChartMarker> &markers);
    /// Trailing moving average over `days` points (1 = raw values).
    void setSmoothing(int days);
    int smoothing() const { return m_smoothing; }
    void setEmptyText(const QString &text);
    /// A short note at the bottom left of the plot (empty = none), e.g. what overlapping lines
    /// mean; also the chart's accessible description.
    void setNote(const QString &text);
    QString note() const;

    /// Hands the stored data to the series and rescales (keeps a user's zoom).
    void redraw();
    void resetZoom();
    bool isZoomed() const;

    int lineCount() const { return int(m_lines.size()); }
    /// Points `line` shows (after the last redraw()), before thinning for the screen: a
    /// long run is drawn with at most ~4 points per pixel column (minimum and maximum kept).
    int pointCount(int line) const;
    /// Points handed to the series for drawing.
    int drawnPointCount(int line) const;
    QString lineName(int line) const;
    /// y of the last point shown by `line` (NaN if none).
    double lastValue(int line) const;
    int markerCount() const;
    QChart *chart() const { return m_chart; }
    /// The legend's entries as drawn (wrapped, never cut unless one alone is wider than the
    /// chart), for tests.
    QStringList legendTexts() const;

    /// Frames the chart (a thick line in kHighlightColor around it, outside the exported
    /// picture) and says so to assistive technology: a lesson is about this chart.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    /// Bold (the default) or regular title; a lesson leaves only its charts' titles bold.
    void setTitleBold(bool bold);
    bool isTitleBold() const;
    /// Okabe & Ito's blue: distinct from the page, thick enough to see without colour.
    static QColor highlightColor() { return QColor(0x00, 0x72, 0xb2); }
    static constexpr int kHighlightWidth = 3;

    QImage toImage() const override;
    bool savePng(const QString &path, QString *error = nullptr) const override;
    bool saveSvg(const QString &path, QString *error = nullptr) const override;

    /// Distinct, colour-blind-safe colours (Okabe & Ito), cycled.
    static QColor paletteColor(int index);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Line
    {
        QLineSeries *series = nullptr;
        QScatterSeries *end = nullptr; ///< the end dot (setEndMarkersVisible)
        QList<QPointF> raw;
        QList<QPointF> shown;
        bool inLegend = true;
        QString description; ///< shown in the hover tooltip
    };
    struct Band
    {
        QAreaSeries *area = nullptr;
        QLineSeries *lower = nullptr;
        QLineSeries *upper = nullptr;
        QList<QPointF> rawLower;
        QList<QPointF> rawUpper;
        QList<QPointF> shownLower;
        QList<QPointF> shownUpper;
    };
    void redrawBands();
    void showContextMenu(const QPoint &globalPos);
    void showHoverTip(int line, const QPointF &point, bool entering);
    void rescaleY();
    /// Value axis from `lo` to `hi` with a labelled tick at every multiple of `step`.
    void setYTicks(double lo, double hi, double step);
    void rescaleX();
    /// The legend's entries from the lines (names, pens, shown or not), and its room.
    void updateLegend();
    void fitYTitle();
    void fitTitle();
    void reserveLegendRoom();
    static constexpr int kChartMargin = 4;
    static constexpr double kAxisTitlePointSize = 8.5; ///< styleAxis()'s size
    static constexpr double kSmallAxisTitlePointSize = 7.5;

    QChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    double m_yStep = 0.0; ///< the value axis' tick step (its labels are written by setYTicks)
    QString m_yLocale; ///< the locale its labels were written in
    std::vector<Line> m_lines;
    std::vector<Band> m_bands;
    double m_xFirst = 0.0;
    double m_xLast = 1.0;
    int m_smoothing = 1;
    int m_decimals = -1;
    bool m_includeZero = false;
    double m_yMin = -1e300;
    double m_yMax = 1e300;
    double m_edgeRoom = 0.0; ///< setEdgeRoom()
    bool m_wholeTicks = false; ///< setWholeNumberTicks()
    QString m_xFormat;
    QString m_title; ///< as given to setTexts() (the chart may show it on two lines)
    QString m_yTitle; ///< as given to setTexts()
    double m_ticksForHeight = -1.0; ///< plot height the value ticks were chosen for
    bool m_highlighted = false;
    bool m_endMarkers = false;
};

} // namespace td::ui
