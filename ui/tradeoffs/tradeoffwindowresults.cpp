// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// TradeoffWindow's results: a sweep read back, its frontier computed for the chosen statistics
// and drawn (chart, table, notes), and a setting opened in the main window. The form and the
// runs are in tradeoffwindow.cpp.
#include "tradeoffs/tradeoffwindow.h"

#include "charts/frontierchart.h"
#include "session/batchsession.h"
#include "sim/scenario/scenarioio.h"
#include "tradeoffs/statisticeditor.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace td::ui {

namespace {

QString number(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double magnitude = std::abs(v);
    return QLocale().toString(v, magnitude >= 1000.0 ? 'f' : 'g', magnitude >= 1000.0 ? 0 : 4);
}

QString plusMinus(const stats::MeanInterval &i)
{
    if (!std::isfinite(i.mean))
        return QStringLiteral("—");
    if (!std::isfinite(i.high))
        return number(i.mean);
    return number(i.mean) + QStringLiteral(" ± ") + number(i.high - i.mean);
}

} // namespace

void TradeoffWindow::showResults(const run::SweepResultsPtr &results)
{
    m_results = results;
    QString where = QFileInfo(QString::fromStdString(results->databasePath)).fileName();
    if (QFileInfo(QString::fromStdString(results->databasePath)).absoluteFilePath()
            == QFileInfo(m_batch->databasePath()).absoluteFilePath()
        && m_batch->isTemporary())
        where = tr("a temporary database (no workspace is open)");
    QString text = tr("Sweep %1 in %2: %3 settings, %4 complete runs.")
                       .arg(QString::fromStdString(results->sweep.id).left(8), where)
                       .arg(results->gridPoints.size())
                       .arg(results->runs.size());
    if (results->incomplete > 0)
        text += QLatin1Char(' ') + tr("%1 incomplete runs are left out.").arg(results->incomplete);
    m_status->setText(text);
    recompute();
    updateState();
    emit frontierShown();
}

QString TradeoffWindow::pointLabel(int index) const
{
    if (index < 0 || index >= int(m_frontier.points.size()))
        return {};
    // Name the knobs whose value differs between settings: an axis with one value (a fixed
    // policy kind next to its epsilon) says nothing about the point.
    std::map<std::string, std::set<std::string>> seen;
    for (const run::FrontierPoint &p : m_frontier.points)
        for (const auto &[path, value] : p.values)
            seen[path].insert(value);
    const bool anyVaries = std::any_of(
        seen.begin(), seen.end(), [](const auto &entry) { return entry.second.size() > 1; });
    QStringList parts;
    for (const auto &[path, value] : m_frontier.points[std::size_t(index)].values) {
        if (anyVaries && seen[path].size() < 2)
            continue;
        const std::string::size_type dot = path.rfind('.');
        parts << QStringLiteral("%1 %2").arg(
            QString::fromStdString(dot == std::string::npos ? path : path.substr(dot + 1)),
            QString::fromStdString(value));
    }
    return parts.isEmpty() ? tr("base scenario") : parts.join(QStringLiteral(", "));
}

void TradeoffWindow::recompute()
{
    const QString xTitle = m_shortTerm->describe();
    const QString yTitle = m_longTerm->describe();
    m_chart->setTexts(tr("Trade-off: %1 against %2").arg(xTitle, yTitle), xTitle, yTitle);
    if (!m_results) {
        m_chart->setEmptyText(tr("Choose knobs and values, then Run Grid (or Open Sweep…)."));
        m_chart->setPoints({}, {});
        m_note->clear();
        return;
    }
    m_chart->setEmptyText(tr("No setting has a value for both statistics: see the note."));
    m_frontier = run::computeFrontier(*m_results, m_shortTerm->statistic(), m_longTerm->statistic(),
        m_shortTerm->better(), m_longTerm->better());
    QList<FrontierChart::Point> points;
    int undefined = 0;
    for (int i = 0; i < int(m_frontier.points.size()); ++i) {
        const run::FrontierPoint &p = m_frontier.points[std::size_t(i)];
        FrontierChart::Point c;
        c.label = pointLabel(i);
        c.x = p.x.mean;
        c.xLow = p.x.low;
        c.xHigh = p.x.high;
        c.y = p.y.mean;
        c.yLow = p.y.low;
        c.yHigh = p.y.high;
        c.onFrontier = p.onFrontier;
        c.tip = QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5<br>%6")
                    .arg(c.label.toHtmlEscaped(), xTitle.toHtmlEscaped(), plusMinus(p.x),
                        yTitle.toHtmlEscaped(), plusMinus(p.y),
                        (p.onFrontier ? tr("On the frontier. Click to open it in the main window.")
                                      : tr("Dominated. Click to open it in the main window."))
                            .toHtmlEscaped());
        undefined += std::isfinite(c.x) && std::isfinite(c.y) ? 0 : 1;
        points.append(c);
    }
    QList<int> front;
    for (std::size_t i : m_frontier.front)
        front.append(int(i));
    m_chart->setPoints(points, front);
    fillTable();

    QStringList notes;
    if (undefined > 0)
        notes << tr("%1 settings have no value for a statistic and are not drawn: is the window "
                    "of days longer than the runs, or the metric undefined for them?")
                     .arg(undefined);
    // A knob that changes nothing draws every setting on one spot: say so, not just show it.
    bool allSame = m_frontier.points.size() > 1;
    for (const run::FrontierPoint &p : m_frontier.points)
        allSame = allSame && p.x.mean == m_frontier.points.front().x.mean
            && p.y.mean == m_frontier.points.front().y.mean;
    if (allSame)
        notes << tr("Every setting gave exactly the same numbers: does the knob act in this "
                    "scenario? (e.g. policy.epsilon acts only with policy.kind = "
                    "epsilon_greedy)");
    notes << tr("Points are means over the seeds, bars their 95 % intervals; dominance is "
                "decided on the means, so a hollow point whose bars overlap a filled one may "
                "not be worse in truth.");
    m_note->setText(notes.join(QStringLiteral("\n\n")));
}

void TradeoffWindow::fillTable()
{
    m_table->setRowCount(int(m_frontier.points.size()));
    for (int i = 0; i < int(m_frontier.points.size()); ++i) {
        const run::FrontierPoint &p = m_frontier.points[std::size_t(i)];
        const QString cells[5] = { pointLabel(i), plusMinus(p.x), plusMinus(p.y),
            QString::number(p.seeds.size()), p.onFrontier ? tr("yes") : tr("no") };
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setData(Qt::UserRole, i);
            QFont font = item->font();
            font.setBold(p.onFrontier);
            item->setFont(font);
            m_table->setItem(i, c, item);
        }
    }
}

void TradeoffWindow::choosePoint(int index)
{
    if (index < 0 || index >= int(m_frontier.points.size()))
        return;
    const run::FrontierPoint &p = m_frontier.points[std::size_t(index)];
    sim::Scenario scenario;
    try {
        scenario = sim::parseScenario(p.scenarioJson, p.scenarioBaseDirectory);
    } catch (const std::exception &e) {
        m_status->setText(tr("Cannot open this setting: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    emit settingChosen(scenario, pointLabel(index));
}

} // namespace td::ui
