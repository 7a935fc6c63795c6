// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// CompareWindow's drawing of the two live runs (one metric overlaid, B − A, every metric on the
// last day both reached) and the texts both views share. The replicates are drawn in
// comparewindowreplicates.cpp, the window is built in comparewindow.cpp.
#include "compare/comparewindow.h"

#include "charts/dashboard.h"
#include "charts/timechart.h"
#include "metrics/metriccatalog.h"
#include "vocabulary.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace td::ui {

QString CompareWindow::metricName(int index)
{
    const auto name = metrics::metricCatalog()[std::size_t(index)].name;
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString CompareWindow::formatValue(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double magnitude = std::abs(v);
    return QLocale().toString(v, magnitude >= 1000.0 ? 'f' : 'g', magnitude >= 1000.0 ? 0 : 4);
}

QString CompareWindow::metricAxisTitle(int index)
{
    const QString name = metricName(index);
    // The dashboard's axis title for this metric says what is measured; a bare unit such as
    // "0..2" does not, so it becomes "value (0–2)".
    QString unit = Dashboard::metricAxisTitle(name);
    if (unit.isEmpty()) {
        const std::string_view raw = metrics::metricCatalog()[std::size_t(index)].unit;
        const bool words = std::any_of(raw.begin(), raw.end(),
            [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
        unit = words ? Vocabulary::unitName(raw)
                     : tr("value (%1)")
                           .arg(QString::fromLatin1(raw.data(), qsizetype(raw.size()))
                                    .replace(QStringLiteral(".."), QStringLiteral("–")));
    }
    return unit;
}

namespace {

// B − A at every x both have.
QList<QPointF> difference(const QList<QPointF> &a, const QList<QPointF> &b)
{
    QList<QPointF> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].x() < b[j].x()) {
            ++i;
        } else if (b[j].x() < a[i].x()) {
            ++j;
        } else {
            out.append(QPointF(a[i].x(), b[j].y() - a[i].y()));
            ++i;
            ++j;
        }
    }
    return out;
}

} // namespace

void CompareWindow::flush()
{
    redraw();
}

void CompareWindow::redraw()
{
    m_redrawTimer->stop();
    if (showsReplicates())
        redrawReplicates();
    else
        redrawLive();
}

void CompareWindow::redrawLive()
{
    m_summary->setColumnHidden(4, true);
    m_summary->setColumnHidden(5, true);
    for (TimeChart *chart : { m_overlay, m_difference })
        for (int band = 0; band < chart->bandCount(); ++band)
            chart->setBandData(band, {}, {});
    m_overlay->setNote(QString());
    m_difference->setNote(QString());
    m_overlay->setLineName(0, tr("A (as in the main window)"));
    m_overlay->setLineName(1, tr("B (with the changes)"));
    m_difference->setLineName(0, tr("B − A"));
    const QString name = metricName(m_metricIndex);
    const QString unit = metricAxisTitle(m_metricIndex);
    m_overlay->setTexts(tr("%1: A and B").arg(name), tr("Day of the run"), unit);
    m_difference->setTexts(tr("%1: B − A").arg(name), tr("Day of the run"), unit);
    const QList<QPointF> &a = historyA().points(m_metricIndex);
    const QList<QPointF> &b = historyB().points(m_metricIndex);
    m_overlay->setLineData(0, a);
    m_overlay->setLineData(1, b);
    m_overlay->setMarkers(historyB().markers());
    m_overlay->redraw();
    m_difference->setLineData(0, difference(a, b));
    m_difference->setMarkers(historyB().markers());
    m_difference->redraw();

    // The last day both runs reached: a fair comparison while one runs ahead.
    const int common = std::min(historyA().daysDone(), historyB().daysDone());
    m_summaryTitle->setText(common > 0
            ? tr("Every metric on day %1 (the last day both runs reached)").arg(common)
            : tr("Every metric on the last day both runs reached"));
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        m_summary->item(row, 0)->setFont(m_summary->font());
        double va = NAN;
        double vb = NAN;
        if (common > 0) {
            va = historyA().days()[std::size_t(common - 1)].values[std::size_t(row)];
            vb = historyB().days()[std::size_t(common - 1)].values[std::size_t(row)];
        }
        const double d = vb - va;
        const QString cells[3] = { formatValue(va), formatValue(vb),
            std::isfinite(d) ? (d > 0 ? QStringLiteral("+") : QString()) + formatValue(d)
                             : QStringLiteral("—") };
        for (int c = 0; c < 3; ++c) {
            QTableWidgetItem *item = m_summary->item(row, c + 1);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_summary->setItem(row, c + 1, item);
            }
            item->setText(cells[c]);
        }
    }
}

} // namespace td::ui
