// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/listenerview.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

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

/// Grouped bars of one listener's true taste against the recommender's belief about it, in
/// audio-feature terms, for one listening context (picked in a combo box): each feature on
/// the shared 0..1 scale of AudioFeatureScale, raw values with units in the tooltips. Says so
/// in the plot when the recommender keeps no belief, or none yet about this listener.
/// GUI thread only.
class TasteBeliefChart : public QWidget
{
    Q_OBJECT
public:
    explicit TasteBeliefChart(QWidget *parent = nullptr);
    ~TasteBeliefChart() override;

    /// The latest view of the followed listener (empty: none yet) and the name of the
    /// recommender that holds the belief (engine id, e.g. "pipeline").
    void setView(const std::optional<sim::ListenerView> &view, const std::string &recommender);
    /// Shows `context` unless the user picked one in the combo box (then theirs stays).
    void suggestContext(events::Context context);
    events::Context context() const;
    void setContext(events::Context context);

    /// Bar heights on the 0..1 scale, in AudioFeature order (belief: empty without one).
    QList<double> trueValues() const;
    QList<double> beliefValues() const;
    /// The note drawn over the plot (empty when the belief is drawn).
    QString note() const;
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void showTip(bool entering, int feature);

    std::optional<sim::ListenerView> m_view;
    std::string m_recommender;
    bool m_contextChosen = false;

    QLabel *m_contextLabel = nullptr;
    QComboBox *m_context = nullptr;
    QLabel *m_scaleNote = nullptr;
    QChart *m_chart = nullptr;
    ChartView *m_chartView = nullptr;
    QBarSeries *m_series = nullptr;
    QBarSet *m_trueSet = nullptr;
    QBarSet *m_beliefSet = nullptr;
    QBarCategoryAxis *m_featureAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace td::ui
