// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/tastebeliefchart.h"

#include "charts/audiofeaturescale.h"
#include "charts/chartview.h"
#include "charts/timechart.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace td::ui {

namespace {

using events::BeliefBasis;

QString basisText(BeliefBasis basis)
{
    switch (basis) {
    case BeliefBasis::ContentProfile:
        return TasteBeliefChart::tr("its content profile of the listener in this context");
    case BeliefBasis::Collaborative:
        return TasteBeliefChart::tr("mean of its top %1 tracks by CF score (context-free)")
            .arg(events::TasteBeliefs::kTopTracks);
    case BeliefBasis::None:
        break;
    }
    return TasteBeliefChart::tr("none");
}

} // namespace

TasteBeliefChart::TasteBeliefChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tasteBeliefChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_contextLabel = new QLabel(this);
    m_context = new QComboBox(this);
    m_context->setObjectName(QStringLiteral("tasteBeliefContext"));
    m_contextLabel->setBuddy(m_context);
    m_scaleNote = new QLabel(this);
    m_scaleNote->setObjectName(QStringLiteral("tasteBeliefScale"));
    QFont note = m_scaleNote->font();
    note.setPointSizeF(note.pointSizeF() * 0.9);
    m_scaleNote->setFont(note);
    // Wraps rather than widening the inspector (and the window) in longer languages.
    m_scaleNote->setWordWrap(true);
    m_scaleNote->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_contextLabel);
    row->addWidget(m_context);
    row->addWidget(m_scaleNote, 1);
    layout->addLayout(row);

    m_chart = new QChart;
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(10.0);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_series = new QBarSeries(m_chart);
    m_trueSet = new QBarSet(QString(), m_series);
    m_trueSet->setColor(TimeChart::paletteColor(2));
    m_beliefSet = new QBarSet(QString(), m_series);
    m_beliefSet->setColor(TimeChart::paletteColor(0));
    m_series->append(m_trueSet);
    m_series->append(m_beliefSet);
    m_chart->addSeries(m_series);
    m_featureAxis = new QBarCategoryAxis(m_chart);
    QFont small = m_featureAxis->labelsFont();
    small.setPointSizeF(7.5);
    m_featureAxis->setLabelsFont(small);
    m_chart->addAxis(m_featureAxis, Qt::AlignBottom);
    m_series->attachAxis(m_featureAxis);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setRange(0.0, 1.0);
    m_valueAxis->setLabelFormat(QStringLiteral("%.1f"));
    QFont valueFont = m_valueAxis->labelsFont();
    valueFont.setPointSizeF(7.5);
    m_valueAxis->setLabelsFont(valueFont);
    m_valueAxis->setTickCount(3);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    m_chartView = new ChartView(m_chart, this);
    m_chartView->setZoomable(false);
    layout->addWidget(m_chartView, 1);

    connect(m_context, &QComboBox::activated, this, [this] { m_contextChosen = true; });
    connect(m_context, &QComboBox::currentIndexChanged, this, &TasteBeliefChart::redraw);
    connect(m_series, &QBarSeries::hovered, this,
        [this](bool status, int index, QBarSet *) { showTip(status, index); });
    retranslateUi();
}

TasteBeliefChart::~TasteBeliefChart() = default;

void TasteBeliefChart::retranslateUi()
{
    m_contextLabel->setText(tr("Context:"));
    const int current = std::max(0, m_context->currentIndex());
    {
        const QSignalBlocker block(m_context);
        m_context->clear();
        for (int c = 0; c < events::kContextCount; ++c)
            m_context->addItem(Vocabulary::contextName(events::contextName(events::Context(c))), c);
        m_context->setCurrentIndex(std::min(current, m_context->count() - 1));
    }
    m_context->setToolTip(tr("The listening context: taste shifts with it (e.g. workout raises "
                             "energy and tempo)"));
    QStringList features;
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        features << Vocabulary::audioFeatureShortName(f); // full names in the bar tooltips
    m_featureAxis->clear();
    m_featureAxis->append(features);
    m_scaleNote->setText(
        tr("Scale %1; hover a bar for raw values").arg(AudioFeatureScale::axisNote()));
    m_chartView->setEmptyText(tr("Pick a listener and run a day."));
    redraw();
}

void TasteBeliefChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TasteBeliefChart::setView(
    const std::optional<sim::ListenerView> &view, const std::string &recommender)
{
    m_view = view;
    m_recommender = recommender;
    redraw();
}

void TasteBeliefChart::suggestContext(events::Context context)
{
    if (!m_contextChosen)
        setContext(context);
}

events::Context TasteBeliefChart::context() const
{
    return events::Context(std::clamp(m_context->currentIndex(), 0, events::kContextCount - 1));
}

void TasteBeliefChart::setContext(events::Context context)
{
    m_context->setCurrentIndex(int(context));
}

void TasteBeliefChart::redraw()
{
    const auto c = std::size_t(context());
    const QString contextName = m_context->currentText();
    m_chart->setTitle(tr("True taste vs the model's belief — %1").arg(contextName));
    m_trueSet->setLabel(tr("True taste (top %1 tracks)").arg(sim::ListenerView::kTopTracks));
    m_trueSet->remove(0, m_trueSet->count());
    m_beliefSet->remove(0, m_beliefSet->count());
    m_chartView->setShowEmptyText(!m_view);
    if (!m_view) {
        m_beliefSet->setLabel(tr("Model's belief"));
        m_chartView->setNote(QString());
        return;
    }
    const sim::ListenerView &view = *m_view;
    const BeliefBasis basis = view.beliefBasis[c];
    QList<qreal> truth, belief;
    for (int f = 0; f < events::kAudioFeatureCount; ++f) {
        truth << AudioFeatureScale::normalised(f, view.trueProfile[c][std::size_t(f)]);
        if (basis != BeliefBasis::None)
            belief << AudioFeatureScale::normalised(f, view.beliefProfile[c][std::size_t(f)]);
    }
    m_trueSet->append(truth);
    m_beliefSet->append(belief);
    m_beliefSet->setLabel(basis == BeliefBasis::ContentProfile
            ? tr("Model's belief (content profile)")
            : basis == BeliefBasis::Collaborative
            ? tr("Model's belief (CF top %1)").arg(events::TasteBeliefs::kTopTracks)
            : tr("Model's belief"));
    const QString recommender = Vocabulary::choiceName(m_recommender);
    if (!view.recommenderHasBeliefs)
        m_chartView->setNote(tr("The %1 recommender keeps no belief about listeners: only their "
                                "true taste is drawn.")
                                 .arg(recommender));
    else if (basis == BeliefBasis::None)
        m_chartView->setNote(tr("The %1 recommender has no belief about this listener in this "
                                "context yet (no model vector before its first retraining, "
                                "too few streams here).")
                                 .arg(recommender));
    else
        m_chartView->setNote(QString());
}

void TasteBeliefChart::showTip(bool entering, int feature)
{
    if (!entering || !m_view || feature < 0 || feature >= events::kAudioFeatureCount) {
        QToolTip::hideText();
        return;
    }
    const auto c = std::size_t(context());
    const sim::ListenerView &view = *m_view;
    const BeliefBasis basis = view.beliefBasis[c];
    QString text = QStringLiteral("<b>%1</b><br>").arg(Vocabulary::audioFeatureName(feature));
    text += tr("True taste: %1 (mean of the %2 tracks the listener would love most here)")
                .arg(AudioFeatureScale::rawText(feature, view.trueProfile[c][std::size_t(feature)]))
                .arg(sim::ListenerView::kTopTracks);
    text += QStringLiteral("<br>");
    if (basis == BeliefBasis::None)
        text += tr("Model's belief: none");
    else
        text += tr("Model's belief: %1 (%2)")
                    .arg(AudioFeatureScale::rawText(
                             feature, view.beliefProfile[c][std::size_t(feature)]),
                        basisText(basis));
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

QList<double> TasteBeliefChart::trueValues() const
{
    QList<double> values;
    for (int i = 0; i < m_trueSet->count(); ++i)
        values << m_trueSet->at(i);
    return values;
}

QList<double> TasteBeliefChart::beliefValues() const
{
    QList<double> values;
    for (int i = 0; i < m_beliefSet->count(); ++i)
        values << m_beliefSet->at(i);
    return values;
}

QString TasteBeliefChart::note() const
{
    return m_chartView->note();
}

} // namespace td::ui
