// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "tradeoffs/statisticeditor.h"

#include "coretexts.h"
#include "metrics/metriccatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace td::ui {

namespace {

/// Day spin boxes show 1-based days; 0 is "the last day".
constexpr int kLastDayValue = 0;
constexpr int kMaxDay = 36500;

int toSpin(int day)
{
    return day == run::RunStatistic::kLastDay ? kLastDayValue : day + 1;
}

int fromSpin(int value)
{
    return value == kLastDayValue ? run::RunStatistic::kLastDay : value - 1;
}

} // namespace

StatisticEditor::StatisticEditor(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_metricLabel = new QLabel(this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("statisticMetric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(14);
    for (const auto &metric : metrics::metricCatalog())
        m_metric->addItem(QString::fromLatin1(metric.name.data(), qsizetype(metric.name.size())));
    m_metricLabel->setBuddy(m_metric);
    m_aggregate = new QComboBox(this);
    m_aggregate->setObjectName(QStringLiteral("statisticAggregate"));
    m_aggregate->addItem(QString(), int(run::RunStatistic::Aggregate::Sum));
    m_aggregate->addItem(QString(), int(run::RunStatistic::Aggregate::Mean));
    m_fromLabel = new QLabel(this);
    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("statisticFrom"));
    m_toLabel = new QLabel(this);
    m_to = new QSpinBox(this);
    m_to->setObjectName(QStringLiteral("statisticTo"));
    for (QSpinBox *box : { m_from, m_to })
        box->setRange(kLastDayValue, kMaxDay);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_lowerBetter = new QCheckBox(this);
    m_lowerBetter->setObjectName(QStringLiteral("statisticLowerBetter"));
    grid->addWidget(m_metricLabel, 0, 0);
    grid->addWidget(m_metric, 0, 1, 1, 3);
    grid->addWidget(m_aggregate, 1, 1, 1, 3);
    grid->addWidget(m_fromLabel, 2, 0);
    grid->addWidget(m_from, 2, 1);
    grid->addWidget(m_toLabel, 2, 2);
    grid->addWidget(m_to, 2, 3);
    grid->addWidget(m_lowerBetter, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    for (QComboBox *box : { m_metric, m_aggregate })
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            emit changed();
        });
    for (QSpinBox *box : { m_from, m_to })
        connect(box, &QSpinBox::valueChanged, this, &StatisticEditor::changed);
    connect(m_lowerBetter, &QCheckBox::toggled, this, &StatisticEditor::changed);
    setStatistic(run::RunStatistic::shortTermDefault());
    retranslateUi();
}

void StatisticEditor::setStatistic(const run::RunStatistic &statistic)
{
    const QSignalBlocker b1(m_metric), b2(m_aggregate), b3(m_from), b4(m_to);
    const int index = m_metric->findText(QString::fromStdString(statistic.metric));
    m_metric->setCurrentIndex(std::max(0, index));
    m_aggregate->setCurrentIndex(m_aggregate->findData(int(statistic.aggregate)));
    m_from->setValue(toSpin(statistic.fromDay));
    m_to->setValue(toSpin(statistic.toDay));
    updateEnabled();
    emit changed();
}

run::RunStatistic StatisticEditor::statistic() const
{
    run::RunStatistic s;
    s.metric = m_metric->currentText().toStdString();
    s.aggregate = run::RunStatistic::Aggregate(m_aggregate->currentData().toInt());
    s.fromDay = fromSpin(m_from->value());
    s.toDay = fromSpin(m_to->value());
    return s;
}

void StatisticEditor::setBetter(stats::Better better)
{
    m_lowerBetter->setChecked(better == stats::Better::Lower);
}

stats::Better StatisticEditor::better() const
{
    return m_lowerBetter->isChecked() ? stats::Better::Lower : stats::Better::Higher;
}

QString StatisticEditor::describe() const
{
    const run::RunStatistic s = statistic();
    const QString metric = QString::fromStdString(s.metric);
    const auto day = [](int d) {
        return d == run::RunStatistic::kLastDay ? tr("the last day") : tr("day %1").arg(d + 1);
    };
    if (s.fromDay == s.toDay)
        return tr("%1 on %2").arg(metric, day(s.fromDay));
    const QString from
        = s.fromDay == run::RunStatistic::kLastDay ? tr("last") : QString::number(s.fromDay + 1);
    const QString to
        = s.toDay == run::RunStatistic::kLastDay ? tr("last") : QString::number(s.toDay + 1);
    return s.aggregate == run::RunStatistic::Aggregate::Sum
        ? tr("%1, sum over days %2–%3").arg(metric, from, to)
        : tr("%1, mean per day over days %2–%3").arg(metric, from, to);
}

void StatisticEditor::setMetricLabel(const QString &text)
{
    m_metricLabel->setText(text);
}

void StatisticEditor::updateEnabled()
{
    const auto &catalog = metrics::metricCatalog();
    const int m = m_metric->currentIndex();
    if (m >= 0 && m < int(catalog.size()))
        m_metric->setToolTip(CoreTexts::metricDescription(catalog[std::size_t(m)]));
}

void StatisticEditor::retranslateUi()
{
    m_aggregate->setItemText(0, tr("sum over the days"));
    m_aggregate->setItemText(1, tr("mean per day over the days"));
    m_aggregate->setToolTip(tr("A sum needs the metric on every day of the window; a mean uses "
                               "the days on which it is defined. One day: the same day twice."));
    m_fromLabel->setText(tr("from day"));
    m_toLabel->setText(tr("to"));
    for (QSpinBox *box : { m_from, m_to }) {
        box->setSpecialValueText(tr("last"));
        box->setToolTip(tr("Days as the charts count them, 1 = the first simulated day; "
                           "\"last\" = the run's last day"));
    }
    m_lowerBetter->setText(tr("lower is better"));
    m_lowerBetter->setToolTip(
        tr("For the frontier: whether less of this metric is the better end (e.g. churn)"));
    updateEnabled();
}

void StatisticEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace td::ui
