// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/tradeoff/runstatistic.h"
#include "stats/dominance.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace td::ui {

/// Edits one axis of the trade-off plane: a run::RunStatistic (a metric, summed or averaged
/// over a window of days, or on one day) and which end of it is better. The window's ends
/// are 1-based days as the charts show them ("last" = the run's last day); the statistic
/// holds 0-based days. GUI thread only.
class StatisticEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticEditor(QWidget *parent = nullptr);

    void setStatistic(const run::RunStatistic &statistic);
    run::RunStatistic statistic() const;
    void setBetter(stats::Better better);
    stats::Better better() const;
    /// "streams, sum over days 1–14" / "population on the last day": the axis title.
    QString describe() const;
    /// The label of the first field, to give it a mnemonic ("&Short term:").
    void setMetricLabel(const QString &text);
    void retranslateUi();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();

    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_aggregate = nullptr;
    QLabel *m_fromLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_to = nullptr;
    QCheckBox *m_lowerBetter = nullptr;
};

} // namespace td::ui
