// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/listenercharts.h"

#include "charts/chartview.h"
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

// Unit features are 0..1 already; tempo (BPM) and loudness (dB) are mapped to 0..1 so all
// nine share one axis: tempo 0..200 BPM, loudness -60..0 dB.
double normalisedFeature(int feature, double value)
{
    if (feature == int(events::AudioFeature::Tempo))
        return value / 200.0;
    if (feature == int(events::AudioFeature::Loudness))
        return (value + 60.0) / 60.0;
    return value;
}

} // namespace

ListenerCharts::ListenerCharts(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("listenerCharts"));
    setDocumentMode(true);
    setTabPosition(QTabWidget::South);

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
    setTabText(0, tr("Their days"));
    setTabText(1, tr("Genre mix"));
    setTabText(2, tr("Audio features"));
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
    m_profileAxis->setTitleText(tr("mean (tempo ÷ 200 BPM, loudness 0 = −60 dB)"));
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
    m_drawn = { false, false, false };
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
    if (tab == 2) {
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
    if (tab == 0) {
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
        streamed << (std::isfinite(s) ? std::clamp(normalisedFeature(f, s), 0.0, 1.0) : 0.0);
        shown << (std::isfinite(h) ? std::clamp(normalisedFeature(f, h), 0.0, 1.0) : 0.0);
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
