// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/listenercharts.h"

#include "charts/audiofeaturescale.h"
#include "charts/chartview.h"
#include "charts/tastebeliefchart.h"
#include "charts/timechart.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace td::ui {

namespace {

constexpr int kGenreWindowDays = 7;
constexpr int kTopGenres = 5;

} // namespace

ListenerCharts::ListenerCharts(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("listenerCharts"));
    setDocumentMode(true);
    setTabPosition(QTabWidget::South);

    m_tasteBelief = new TasteBeliefChart(this);
    addTab(m_tasteBelief, QString());

    // Satisfaction, certainty and drift side by side: one small chart each (own units).
    auto *wellbeing = new QWidget(this);
    auto *wellbeingLayout = new QHBoxLayout(wellbeing);
    wellbeingLayout->setContentsMargins(0, 0, 0, 0);
    wellbeingLayout->setSpacing(2);
    const auto smallChart = [&](const char *name, int colour) {
        auto *chart = new TimeChart(wellbeing);
        chart->setObjectName(QLatin1String(name));
        chart->addLine(TimeChart::paletteColor(colour));
        chart->setValueDecimals(3);
        wellbeingLayout->addWidget(chart, 1);
        return chart;
    };
    m_satisfaction = smallChart("listenerSatisfactionChart", 2);
    m_satisfaction->setIncludeZero(true);
    m_satisfaction->setYLimits(0.0, 1.0);
    m_certainty = smallChart("listenerCertaintyChart", 0);
    m_certainty->setIncludeZero(true);
    m_drift = smallChart("listenerDriftChart", 5);
    m_drift->setIncludeZero(true);
    addTab(wellbeing, QString());

    m_activity = new TimeChart(this);
    m_activity->setObjectName(QStringLiteral("listenerActivityChart"));
    m_activity->setIncludeZero(true);
    m_activity->setValueDecimals(0);
    for (int i = 0; i < 3; ++i)
        m_activity->addLine(TimeChart::paletteColor(i));
    addTab(m_activity, QString());

    m_genres = new TimeChart(this);
    m_genres->setObjectName(QStringLiteral("listenerGenreChart"));
    m_genres->setIncludeZero(true);
    addTab(m_genres, QString());

    auto *profile = new QWidget(this);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    auto *contextRow = new QHBoxLayout;
    m_contextLabel = new QLabel(profile);
    m_context = new QComboBox(profile);
    m_context->setObjectName(QStringLiteral("profileContext"));
    m_contextLabel->setBuddy(m_context);
    contextRow->addWidget(m_contextLabel);
    contextRow->addWidget(m_context, 1);
    profileLayout->addLayout(contextRow);
    m_profileChart = new QChart;
    m_profileChart->setTheme(QChart::ChartThemeLight);
    m_profileChart->setAnimationOptions(QChart::NoAnimation);
    m_profileChart->setBackgroundRoundness(0);
    m_profileChart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = m_profileChart->titleFont();
    titleFont.setPointSizeF(10.0);
    titleFont.setBold(true);
    m_profileChart->setTitleFont(titleFont);
    m_profileChart->legend()->setAlignment(Qt::AlignBottom);
    m_profileSeries = new QBarSeries(m_profileChart);
    m_streamedSet = new QBarSet(QString(), m_profileSeries);
    m_streamedSet->setColor(TimeChart::paletteColor(2));
    m_shownSet = new QBarSet(QString(), m_profileSeries);
    m_shownSet->setColor(TimeChart::paletteColor(0));
    m_profileSeries->append(m_streamedSet);
    m_profileSeries->append(m_shownSet);
    m_profileChart->addSeries(m_profileSeries);
    m_featureAxis = new QBarCategoryAxis(m_profileChart);
    QFont small = m_featureAxis->labelsFont();
    small.setPointSizeF(7.5);
    m_featureAxis->setLabelsFont(small);
    m_featureAxis->setLabelsAngle(-45);
    m_profileChart->addAxis(m_featureAxis, Qt::AlignBottom);
    m_profileSeries->attachAxis(m_featureAxis);
    m_profileAxis = new QValueAxis(m_profileChart);
    m_profileAxis->setRange(0.0, 1.0);
    m_profileAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_profileChart->addAxis(m_profileAxis, Qt::AlignLeft);
    m_profileSeries->attachAxis(m_profileAxis);
    m_profileView = new ChartView(m_profileChart, profile);
    m_profileView->setZoomable(false);
    profileLayout->addWidget(m_profileView, 1);
    addTab(profile, QString());
    connect(m_context, &QComboBox::currentIndexChanged, this, &ListenerCharts::redrawProfile);
    connect(this, &QTabWidget::currentChanged, this, &ListenerCharts::redrawCurrent);

    retranslateUi();
    setDays({}, 1);
}

ListenerCharts::~ListenerCharts() = default;

void ListenerCharts::retranslateUi()
{
    setTabText(TasteBeliefTab, tr("Taste vs belief"));
    setTabText(WellbeingTab, tr("Satisfaction && certainty"));
    setTabText(ActivityTab, tr("Their days"));
    setTabText(GenreTab, tr("Genre mix"));
    setTabText(FeatureTab, tr("Audio features"));
    m_satisfaction->setTexts(tr("Satisfaction (truth)"), tr("Day of the run"), tr("0 … 1"));
    m_satisfaction->setLineName(0, tr("Satisfaction"));
    m_satisfaction->setEmptyText(tr("Pick a listener and run a day."));
    m_certainty->setTexts(
        tr("Model's uncertainty"), tr("Day of the run"), tr("posterior variance"));
    m_certainty->setLineName(0, tr("Posterior variance"));
    m_certainty->setEmptyText(tr("This recommender keeps no posterior (only the pipeline's ALS "
                                 "model does, from its first retraining on)."));
    m_drift->setTexts(tr("True taste drift"), tr("Day of the run"), tr("from signup taste"));
    m_drift->setLineName(0, tr("Drift"));
    m_drift->setEmptyText(tr("Pick a listener and run a day."));
    m_activity->setTexts(tr("Their listening per day"), tr("Day of the run"), tr("tracks per day"));
    m_activity->setLineName(0, tr("Streams"));
    m_activity->setLineName(1, tr("Skips"));
    m_activity->setLineName(2, tr("Recommended to them"));
    m_activity->setEmptyText(tr("Pick a listener and run a day."));
    m_genres->setTexts(
        tr("Genre mix of their streams (7 days)"), tr("Day of the run"), tr("share of streams"));
    m_genres->setEmptyText(tr("No streams yet."));
    m_profileChart->setTitle(tr("Audio features: streamed vs shown"));
    m_streamedSet->setLabel(tr("Streamed by them"));
    m_shownSet->setLabel(tr("Shown to them"));
    m_profileAxis->setTitleText(AudioFeatureScale::axisNote());
    m_contextLabel->setText(tr("Context:"));
    const int current = std::max(0, m_context->currentIndex());
    const QSignalBlocker block(m_context);
    m_context->clear();
    m_context->addItem(tr("All contexts"), -1);
    for (int c = 0; c < events::kContextCount; ++c) {
        m_context->addItem(Vocabulary::contextName(events::contextName(events::Context(c))), c);
    }
    m_context->setCurrentIndex(std::min(current, m_context->count() - 1));
    QStringList features;
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        features << Vocabulary::audioFeatureName(f);
    m_featureAxis->clear();
    m_featureAxis->append(features);
    redrawProfile();
}

void ListenerCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void ListenerCharts::setDays(const std::vector<run::ListenerDayPtr> &days, int totalDays)
{
    m_days = days;
    m_totalDays = totalDays;
    m_drawn = {};
    redrawCurrent();
}

void ListenerCharts::redrawCurrent()
{
    // Only the chart on show is drawn; the others catch up when their tab is chosen (each
    // redraw costs the GUI thread a chart layout).
    const int tab = std::max(0, currentIndex());
    if (m_drawn[std::size_t(tab)])
        return;
    m_drawn[std::size_t(tab)] = true;
    const std::vector<run::ListenerDayPtr> &days = m_days;
    const int totalDays = m_totalDays;
    if (tab == TasteBeliefTab) {
        redrawTasteBelief();
        return;
    }
    if (tab == WellbeingTab) {
        redrawWellbeing();
        return;
    }
    if (tab == FeatureTab) {
        m_streamed = {};
        m_shown = {};
        for (const run::ListenerDayPtr &day : days) {
            m_streamed.add(day->streamed);
            m_shown.add(day->shown);
        }
        redrawProfile();
        return;
    }
    m_activity->setXRange(0.0, double(std::max(1, totalDays)));
    m_genres->setXRange(0.0, double(std::max(1, totalDays)));
    QList<QPointF> streams, skips, shown;
    std::vector<long long> genreTotals;
    for (const run::ListenerDayPtr &day : days) {
        const double x = double(day->day) + 1.0;
        streams << QPointF(x, day->streams);
        skips << QPointF(x, day->skips);
        shown << QPointF(x, day->impressions);
        if (genreTotals.size() < day->genreStreams.size())
            genreTotals.resize(day->genreStreams.size(), 0);
        for (std::size_t g = 0; g < day->genreStreams.size(); ++g)
            genreTotals[g] += day->genreStreams[g];
        if (!day->genreNames.empty())
            m_genreNames = day->genreNames;
    }
    if (tab == ActivityTab) {
        m_activity->setLineData(0, streams);
        m_activity->setLineData(1, skips);
        m_activity->setLineData(2, shown);
        m_activity->redraw();
        return;
    }

    // The listener's top genres get a line each; the rest (and missing labels) are "Other".
    std::vector<std::size_t> order(genreTotals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return genreTotals[a] > genreTotals[b]; });
    std::vector<std::size_t> top;
    for (std::size_t g : order) {
        if (genreTotals[g] > 0 && g < m_genreNames.size() && int(top.size()) < kTopGenres)
            top.push_back(g);
    }
    m_genres->setLineCount(int(top.size()) + (genreTotals.empty() ? 0 : 1));
    std::vector<QList<QPointF>> lines(top.size() + 1);
    for (std::size_t i = 0; i < days.size(); ++i) {
        std::vector<long long> window(genreTotals.size(), 0);
        long long total = 0;
        for (std::size_t j = i + 1; j-- > 0;) {
            if (days[i]->day - days[j]->day >= kGenreWindowDays)
                break;
            for (std::size_t g = 0; g < days[j]->genreStreams.size() && g < window.size(); ++g) {
                window[g] += days[j]->genreStreams[g];
                total += days[j]->genreStreams[g];
            }
        }
        if (total == 0)
            continue;
        const double x = double(days[i]->day) + 1.0;
        long long other = total;
        for (std::size_t t = 0; t < top.size(); ++t) {
            lines[t] << QPointF(x, double(window[top[t]]) / double(total));
            other -= window[top[t]];
        }
        lines[top.size()] << QPointF(x, double(other) / double(total));
    }
    for (std::size_t t = 0; t < top.size(); ++t) {
        const std::string &name = m_genreNames[top[t]];
        m_genres->setLineName(
            int(t), name.empty() ? tr("Genre %1").arg(top[t]) : QString::fromStdString(name));
        m_genres->setLineData(int(t), lines[t]);
    }
    if (!genreTotals.empty()) {
        m_genres->setLineName(int(top.size()), tr("Other"));
        m_genres->setLineData(int(top.size()), lines[top.size()]);
    }
    m_genres->redraw();
}

void ListenerCharts::redrawProfile()
{
    const int context = m_context->currentData().isValid() ? m_context->currentData().toInt() : -1;
    QList<qreal> streamed, shown;
    for (int f = 0; f < events::kAudioFeatureCount; ++f) {
        const double s
            = context < 0 ? m_streamed.meanAll(f) : m_streamed.mean(events::Context(context), f);
        const double h
            = context < 0 ? m_shown.meanAll(f) : m_shown.mean(events::Context(context), f);
        streamed << AudioFeatureScale::normalised(f, s);
        shown << AudioFeatureScale::normalised(f, h);
    }
    m_streamedSet->remove(0, m_streamedSet->count());
    m_streamedSet->append(streamed);
    m_shownSet->remove(0, m_shownSet->count());
    m_shownSet->append(shown);
    m_profileView->setEmptyText(tr("Nothing streamed or shown in this context yet."));
    const int n = context < 0
        ? m_streamed.total() + m_shown.total()
        : m_streamed.count[std::size_t(context)] + m_shown.count[std::size_t(context)];
    m_profileView->setShowEmptyText(n == 0);
}

void ListenerCharts::redrawTasteBelief()
{
    // The latest day that carries a view; its trace's context is the suggested one.
    for (auto it = m_days.rbegin(); it != m_days.rend(); ++it) {
        const run::ListenerDay &day = **it;
        if (!day.view)
            continue;
        const std::string recommender = day.trace ? day.trace->recommender : std::string();
        if (day.trace) {
            for (int c = 0; c < events::kContextCount; ++c) {
                if (events::contextName(events::Context(c)) == day.trace->context)
                    m_tasteBelief->suggestContext(events::Context(c));
            }
        }
        m_tasteBelief->setView(day.view, recommender);
        return;
    }
    m_tasteBelief->setView(std::nullopt, std::string());
}

void ListenerCharts::redrawWellbeing()
{
    QList<QPointF> satisfaction, variance, drift;
    for (const run::ListenerDayPtr &day : m_days) {
        if (!day->view)
            continue;
        const double x = double(day->day) + 1.0;
        satisfaction << QPointF(x, day->view->satisfaction);
        if (std::isfinite(day->view->posteriorVariance))
            variance << QPointF(x, day->view->posteriorVariance);
        drift << QPointF(x, day->view->driftDistance);
    }
    for (TimeChart *chart : { m_satisfaction, m_certainty, m_drift })
        chart->setXRange(0.0, double(std::max(1, m_totalDays)));
    m_satisfaction->setLineData(0, satisfaction);
    m_certainty->setLineData(0, variance);
    m_drift->setLineData(0, drift);
    m_satisfaction->redraw();
    m_certainty->redraw();
    m_drift->redraw();
}

QList<double> ListenerCharts::streamedProfile() const
{
    QList<double> values;
    for (int i = 0; i < m_streamedSet->count(); ++i)
        values << m_streamedSet->at(i);
    return values;
}

QList<double> ListenerCharts::shownProfile() const
{
    QList<double> values;
    for (int i = 0; i < m_shownSet->count(); ++i)
        values << m_shownSet->at(i);
    return values;
}

} // namespace td::ui
