// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/inspection.h"

#include <QTabWidget>

#include <array>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QComboBox;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace td::ui {

class ChartView;
class TimeChart;

class TasteBeliefChart;

/// The inspector's charts of one listener (ListenerDay): their true taste against the model's
/// belief per context (from the engine's ListenerView); their satisfaction, the model's
/// certainty about them (posterior variance) and how far their true taste drifted, per day;
/// plays and skips per day; the genre mix of their streams over time (7-day shares, by the
/// observable genre label); and an audio-feature profile per listening context, what they
/// streamed against what the recommender showed them. One tab each, so each gets the full
/// width. GUI thread only.
class ListenerCharts : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { TasteBeliefTab, WellbeingTab, ActivityTab, GenreTab, FeatureTab, TabCount };

    explicit ListenerCharts(QWidget *parent = nullptr);
    ~ListenerCharts() override;

    /// The listener's days so far, oldest first (all of the same listener); `totalDays` is
    /// the x range.
    void setDays(const std::vector<run::ListenerDayPtr> &days, int totalDays);
    void retranslateUi();

    TasteBeliefChart *tasteBeliefChart() const { return m_tasteBelief; }
    TimeChart *satisfactionChart() const { return m_satisfaction; }
    TimeChart *certaintyChart() const { return m_certainty; }
    TimeChart *driftChart() const { return m_drift; }
    TimeChart *activityChart() const { return m_activity; }
    TimeChart *genreChart() const { return m_genres; }
    /// Bars of the feature profile: streamed and shown means (unit features 0..1; tempo and
    /// loudness rescaled to 0..1), in AudioFeature order.
    QList<double> streamedProfile() const;
    QList<double> shownProfile() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void redrawProfile();
    void redrawCurrent();
    void redrawTasteBelief();
    void redrawWellbeing();

    TasteBeliefChart *m_tasteBelief = nullptr;
    TimeChart *m_satisfaction = nullptr;
    TimeChart *m_certainty = nullptr;
    TimeChart *m_drift = nullptr;
    TimeChart *m_activity = nullptr;
    TimeChart *m_genres = nullptr;
    QChart *m_profileChart = nullptr;
    ChartView *m_profileView = nullptr;
    QBarSeries *m_profileSeries = nullptr;
    QBarSet *m_streamedSet = nullptr;
    QBarSet *m_shownSet = nullptr;
    QBarCategoryAxis *m_featureAxis = nullptr;
    QValueAxis *m_profileAxis = nullptr;
    QComboBox *m_context = nullptr;
    QLabel *m_contextLabel = nullptr;
    run::FeatureProfile m_streamed;
    run::FeatureProfile m_shown;
    std::vector<std::string> m_genreNames;
    std::vector<run::ListenerDayPtr> m_days;
    int m_totalDays = 1;
    std::array<bool, TabCount> m_drawn {};
};

} // namespace td::ui
