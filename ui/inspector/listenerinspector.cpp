// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "inspector/listenerinspector.h"

#include "charts/listenercharts.h"
#include "inspector/tracemodel.h"
#include "run/simulationcontroller.h"
#include "session/runsession.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace td::ui {

namespace {

constexpr int kListRefreshMs = 1000;

/// Hides removed candidates unless asked to show them.
class TraceFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShowRemoved(bool show)
    {
        m_showRemoved = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_showRemoved)
            return true;
        const auto *model = static_cast<const TraceModel *>(sourceModel());
        const events::TraceCandidate *c = model->candidate(row);
        Q_UNUSED(parent);
        return c && c->removedBy.empty();
    }

private:
    bool m_showRemoved = true;
};

/// hh:mm from the start of the day; a session past midnight keeps its day, so 24.3 reads
/// "24:18" (as a timetable writes a night train's times), never a clamped "23:59".
QString hourText(float hour)
{
    const int minutes = std::max(int(hour * 60.0f + 0.5f), 0);
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ListenerInspector::ListenerInspector(RunSession *session, QWidget *parent)
    : QWidget(parent), m_controller(session ? session->controller() : nullptr)
{
    setObjectName(QStringLiteral("inspectorTab"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Left: choose a listener.
    auto *picker = new QWidget(this);
    picker->setMaximumWidth(210);
    auto *pickerLayout = new QVBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    auto *idRow = new QHBoxLayout;
    m_idLabel = new QLabel(picker);
    m_id = new QSpinBox(picker);
    m_id->setObjectName(QStringLiteral("listenerId"));
    m_id->setRange(0, INT_MAX);
    m_idLabel->setBuddy(m_id);
    m_inspect = new QPushButton(picker);
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    idRow->addWidget(m_idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_inspect);
    pickerLayout->addLayout(idRow);
    m_listKind = new QComboBox(picker);
    m_listKind->setObjectName(QStringLiteral("listKind"));
    pickerLayout->addWidget(m_listKind);
    m_list = new QListWidget(picker);
    m_list->setObjectName(QStringLiteral("listenerList"));
    pickerLayout->addWidget(m_list, 1);
    m_listHint = new QLabel(picker);
    m_listHint->setWordWrap(true);
    QFont small = m_listHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_listHint->setFont(small);
    pickerLayout->addWidget(m_listHint);
    layout->addWidget(picker);

    // Right: the trace above, the listener's charts below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *tracePane = new QWidget(splitter);
    auto *traceLayout = new QVBoxLayout(tracePane);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tracePane);
    m_summary->setObjectName(QStringLiteral("traceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    traceLayout->addWidget(m_summary);
    auto *traceSplitter = new QSplitter(Qt::Horizontal, tracePane);
    m_stages = new QTableWidget(0, 3, traceSplitter);
    m_stages->setObjectName(QStringLiteral("stageTable"));
    m_stages->verticalHeader()->setVisible(false);
    m_stages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stages->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_stages->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->setWordWrap(false);
    m_stages->verticalHeader()->setDefaultSectionSize(m_stages->fontMetrics().height() + 6);
    auto *candidates = new QWidget(traceSplitter);
    auto *candidatesLayout = new QVBoxLayout(candidates);
    candidatesLayout->setContentsMargins(0, 0, 0, 0);
    m_showRemoved = new QCheckBox(candidates);
    m_showRemoved->setChecked(true);
    candidatesLayout->addWidget(m_showRemoved);
    m_model = new TraceModel(this);
    auto *proxy = new TraceFilter(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(candidates);
    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TraceModel::Position, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAlternatingRowColors(true);
    candidatesLayout->addWidget(m_table, 1);
    traceSplitter->addWidget(m_stages);
    traceSplitter->addWidget(candidates);
    traceSplitter->setStretchFactor(0, 0);
    traceSplitter->setStretchFactor(1, 1);
    traceSplitter->setSizes({ 290, 660 });
    traceLayout->addWidget(traceSplitter, 1);
    m_explanation = new QTextBrowser(tracePane);
    m_explanation->setObjectName(QStringLiteral("traceExplanation"));
    m_explanation->setMinimumHeight(64);
    m_explanation->setMaximumHeight(96);
    traceLayout->addWidget(m_explanation);
    m_charts = new ListenerCharts(splitter);
    splitter->addWidget(tracePane);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 300 });
    layout->addWidget(splitter, 1);

    connect(m_inspect, &QPushButton::clicked, this, [this] { inspect(m_id->value()); });
    connect(m_id, &QSpinBox::editingFinished, this, [this] {
        if (m_id->value() != m_listener)
            inspect(m_id->value());
    });
    connect(m_listKind, &QComboBox::currentIndexChanged, this, &ListenerInspector::fillList);
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { inspect(item->data(Qt::UserRole).toLongLong()); });
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { inspect(item->data(Qt::UserRole).toLongLong()); });
    connect(m_showRemoved, &QCheckBox::toggled, this, &ListenerInspector::applyShowRemoved);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ListenerInspector::updateExplanation);
    if (m_controller) {
        connect(m_controller, &run::SimulationController::listenerDaysPublished, this,
            &ListenerInspector::addDays);
        connect(m_controller, &run::SimulationController::listenerListsPublished, this,
            &ListenerInspector::setLists);
    }
    if (session) {
        // A new engine: forget the days, keep following the same listener. Lists of the last
        // day are asked for while the inspector is seen: often while days arrive, at once
        // when the run stops.
        connect(session, &RunSession::liveRunReset, this, &ListenerInspector::clearRun);
        connect(session, &RunSession::liveDaysAppended, this, [this] {
            if (isVisible())
                refreshLists();
        });
        connect(session, &RunSession::stateChanged, this, [this](run::RunState state) {
            if (state != run::RunState::Running && isVisible())
                refreshLists(true);
        });
    }
    retranslateUi();
}

ListenerInspector::~ListenerInspector() = default;

void ListenerInspector::retranslateUi()
{
    m_idLabel->setText(tr("&Listener:"));
    m_inspect->setText(tr("Inspect"));
    m_inspect->setToolTip(tr("Follow this listener: their first Home request is traced every "
                             "simulated day from now on"));
    const int kind = std::max(0, m_listKind->currentIndex());
    {
        const QSignalBlocker block(m_listKind);
        m_listKind->clear();
        m_listKind->addItems({ tr("Most streams on the last day"), tr("Most skips on the last day"),
            tr("Newest active listeners"), tr("Most drifted (true taste)"),
            tr("Churned on the last day") });
        m_listKind->setCurrentIndex(kind);
    }
    m_listHint->setText(tr("Lists are about the last simulated day. Drift and churn come from "
                           "the ground truth, which the recommender never sees."));
    m_stages->setHorizontalHeaderLabels({ tr("Stage"), tr("In"), tr("Out") });
    m_showRemoved->setText(tr("Show candidates removed by filters"));
    m_model->retranslate();
    fillList();
    updateSummary();
    updateExplanation();
}

void ListenerInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ListenerInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshLists(true);
}

void ListenerInspector::inspect(qint64 listener)
{
    if (listener < 0)
        return;
    m_listener = listener;
    {
        const QSignalBlocker block(m_id);
        m_id->setValue(int(std::min<qint64>(listener, INT_MAX)));
    }
    m_days.clear();
    m_traced.reset();
    m_model->setDay(nullptr);
    if (m_controller)
        m_controller->setInspectedListener(listener);
    m_charts->setDays(m_days, m_totalDays);
    updateSummary();
    updateExplanation();
}

void ListenerInspector::clearRun(int totalDays)
{
    m_totalDays = std::max(1, totalDays);
    m_days.clear();
    m_traced.reset();
    m_model->setDay(nullptr);
    m_lists = {};
    m_list->clear();
    m_charts->setDays(m_days, m_totalDays);
    updateSummary();
    updateExplanation();
}

void ListenerInspector::addDays(const run::ListenerDayBatch &batch)
{
    bool changed = false;
    for (const run::ListenerDayPtr &day : batch) {
        if (!day || qint64(day->listener) != m_listener)
            continue;
        m_days.push_back(day);
        if (day->trace)
            m_traced = day;
        changed = true;
    }
    if (!changed)
        return;
    showLatestTrace();
    m_charts->setDays(m_days, m_totalDays);
    if (isVisible())
        refreshLists();
}

void ListenerInspector::showLatestTrace()
{
    // Keep the user's place when the next day's trace replaces the table: the same slate
    // position (position 1 at first), or the first row.
    int position = 0;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        if (const events::TraceCandidate *c
            = m_model->candidate(m_proxy->mapToSource(current).row()))
            position = c->slatePosition;
    }
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setDay(m_traced);
    // Measuring every cell is slow: size the columns for the first trace only.
    if (wasEmpty)
        m_table->resizeColumnsToContents();
    m_stages->setRowCount(0);
    if (m_traced && m_traced->trace) {
        const auto &stages = m_traced->trace->stages;
        m_stages->setRowCount(int(stages.size()));
        for (int i = 0; i < int(stages.size()); ++i) {
            const auto &stage = stages[std::size_t(i)];
            auto *name = new QTableWidgetItem(Vocabulary::stageName(stage.name));
            name->setToolTip(stage.note.empty() ? name->text()
                                                : QStringLiteral("%1\n%2").arg(name->text(),
                                                    QString::fromStdString(stage.note)));
            m_stages->setItem(i, 0, name);
            auto *in = new QTableWidgetItem(QString::number(stage.in));
            auto *out = new QTableWidgetItem(QString::number(stage.out));
            in->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            out->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stages->setItem(i, 1, in);
            m_stages->setItem(i, 2, out);
        }
    }
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && position >= 0; ++r) {
        if (m_model->candidate(r)->slatePosition == position)
            row = r;
    }
    if (row < 0 && m_proxy->rowCount() > 0)
        row = m_proxy->mapToSource(m_proxy->index(0, 0)).row();
    if (row >= 0)
        selectCandidateRow(row);
    updateSummary();
    updateExplanation();
}

void ListenerInspector::selectCandidateRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void ListenerInspector::applyShowRemoved()
{
    static_cast<TraceFilter *>(m_proxy)->setShowRemoved(m_showRemoved->isChecked());
}

void ListenerInspector::updateSummary()
{
    if (m_listener < 0) {
        m_summary->setText(tr("Choose a listener on the left (or type an id) and press "
                              "<b>Inspect</b>. From the next simulated day on, their first "
                              "Home request is traced stage by stage."));
        return;
    }
    if (!m_traced || !m_traced->trace) {
        m_summary->setText(tr("<b>Listener %1</b> — waiting for the next simulated day: "
                              "press Run or Step to see how their recommendations are made.")
                               .arg(m_listener));
        return;
    }
    const events::RequestTrace &t = *m_traced->trace;
    const run::ListenerDay &d = *m_traced;
    QString text
        = tr("<b>Listener %1</b>, day %2: %3 request at %4 (true context: %5; the recommender "
             "inferred: %6), recommender <i>%7</i>, policy <i>%8</i>, slate of %9.")
              .arg(d.listener)
              .arg(d.day + 1)
              .arg(Vocabulary::surfaceName(t.surface), hourText(t.hour),
                  Vocabulary::contextName(t.context), Vocabulary::contextName(t.inferredContext),
                  QString::fromStdString(t.recommender),
                  t.policy.empty() ? tr("none") : Vocabulary::policyName(t.policy))
              .arg(t.k);
    text += QStringLiteral(" ")
        + tr("That day they streamed %1 and skipped %2 tracks.").arg(d.streams).arg(d.skips);
    if (!d.traceFromSession)
        text += QStringLiteral(" <i>")
            + tr("(No Home session that day: this request was made at noon for inspection "
                 "only; it changed nothing in the run.)")
            + QStringLiteral("</i>");
    if (d.view)
        text += QStringLiteral("<br>") + truthSummary(*d.view);
    m_summary->setText(text);
}

QString ListenerInspector::truthSummary(const sim::ListenerView &view) const
{
    const QLocale locale;
    const QString signup
        = view.signupDay < 0 ? tr("before the run") : tr("on day %1").arg(view.signupDay + 1);
    const QString status
        = view.churned ? tr("<b>churned</b> on day %1").arg(view.churnDay + 1) : tr("active");
    const QString certainty = std::isfinite(view.posteriorVariance)
        ? locale.toString(view.posteriorVariance, 'g', 3)
        : tr("n/a (no posterior)");
    return tr("Truth at the end of day %1: satisfaction %2, drift from their taste at signup %3; "
              "signed up %4, %5. The model's uncertainty about them (ALS posterior variance): "
              "%6.")
        .arg(view.day + 1)
        .arg(locale.toString(view.satisfaction, 'f', 2),
            locale.toString(view.driftDistance, 'f', 3), signup, status, certainty);
}

QString ListenerInspector::rankingSentence(
    const events::TraceCandidate &c, const std::string &scoreKind) const
{
    const QLocale locale;
    const QString score = locale.toString(double(c.rankerScore), 'f', 3);
    if (scoreKind == "logit") {
        const double p = m_model->streamProbability(c);
        return tr("The ranker gave it a logit of %1, a predicted stream probability of %2 %.")
            .arg(score, locale.toString(100.0 * p, 'f', 1));
    }
    if (scoreKind == "logit_plus_novelty")
        return tr("The ranker's logit plus the novelty objective's bonus for novel tracks came "
                  "to %1.")
            .arg(score);
    if (scoreKind == "stream_probability_plus_value" || scoreKind == "cf_plus_value")
        return tr("Its stream probability plus the weighted uplift of the listener's chance to "
                  "stay, as the value model predicts it, came to %1.")
            .arg(score);
    if (scoreKind == "cf_score" || scoreKind == "cf_plus_novelty")
        return tr("No ranker was trained yet, so it was ranked by its collaborative-filtering "
                  "score, %1.")
            .arg(score);
    return tr("It was ranked with a score of %1.").arg(score);
}

QString ListenerInspector::summaryText() const
{
    return m_summary->text();
}

QString ListenerInspector::explanationText() const
{
    return m_explanation->toPlainText();
}

void ListenerInspector::updateExplanation()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    const events::TraceCandidate *c = m_model->candidate(row);
    if (!c || !m_traced || !m_traced->trace) {
        m_explanation->setHtml(tr("<i>Select a candidate to see how it got (or did not get) onto "
                                  "the slate.</i>"));
        return;
    }
    const events::RequestTrace &t = *m_traced->trace;
    const run::TrackLabel *l = m_model->label(row);
    const QLocale locale;
    const auto num = [&](float v) { return locale.toString(double(v), 'f', 3); };
    QString title
        = l && !l->title.empty() ? QString::fromStdString(l->title) : tr("Track %1").arg(c->track);
    QString html = tr("<b>%1</b> by %2 (%3) ")
                       .arg(title.toHtmlEscaped(),
                           l ? QString::fromStdString(l->artist).toHtmlEscaped() : QString(),
                           l && !l->genre.empty() ? QString::fromStdString(l->genre).toHtmlEscaped()
                                                  : tr("no genre label"));
    html += tr("was proposed by %1. Its collaborative-filtering score was %2 and its audio "
               "features matched what the listener plays in this context with %3. ")
                .arg(Vocabulary::sourceList(c->sources).toHtmlEscaped(), num(c->cfScore),
                    num(c->contentScore));
    if (!c->removedBy.empty()) {
        html += tr("The filter <b>%1</b> removed it, so it was never ranked or shown.")
                    .arg(Vocabulary::filterName(c->removedBy));
        m_explanation->setHtml(html);
        return;
    }
    html += tr("It passed every filter. ") + rankingSentence(*c, t.scoreKind) + QStringLiteral(" ");
    html += tr("The %1 policy added %2 for exploration, for a final score of %3 on the same "
               "scale. ")
                .arg(t.policy.empty() ? tr("slate") : Vocabulary::policyName(t.policy),
                    num(c->explorationBonus), num(c->finalScore));
    if (c->slatePosition < 0) {
        html += tr("It did not make the slate of %1: other candidates scored higher (or "
                   "diversity re-ranking preferred others).")
                    .arg(t.k);
    } else {
        html += tr("It was shown at position %1 of %2; the policy puts it there with "
                   "probability %3 (logged for off-policy evaluation). ")
                    .arg(c->slatePosition + 1)
                    .arg(t.k)
                    .arg(num(c->propensity));
        if (c->outcome == "stream")
            html += tr("The listener <b>streamed</b> it (at least 30 s).");
        else if (c->outcome == "skip")
            html += tr("The listener <b>skipped</b> it.");
        else
            html += tr("The listener did not get to it: lower positions are examined less "
                       "often (position bias).");
    }
    m_explanation->setHtml(html);
}

void ListenerInspector::setLists(const run::ListenerLists &lists)
{
    m_lists = lists;
    if (lists.knownListeners > 0)
        m_id->setMaximum(int(std::min<std::size_t>(lists.knownListeners - 1, INT_MAX)));
    fillList();
}

void ListenerInspector::fillList()
{
    m_list->clear();
    const int kind = m_listKind->currentIndex();
    const auto add = [this](ListenerId id, const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, qint64(id));
        if (qint64(id) == m_listener) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    };
    if (kind == 0) {
        for (const auto &[id, streams] : m_lists.mostStreams)
            add(id, tr("Listener %1 — %2 streams").arg(id).arg(streams));
    } else if (kind == 1) {
        for (const auto &[id, skips] : m_lists.mostSkips)
            add(id, tr("Listener %1 — %2 skips").arg(id).arg(skips));
    } else if (kind == 2) {
        for (const ListenerId id : m_lists.newest)
            add(id, tr("Listener %1").arg(id));
    } else if (kind == 3) {
        const QLocale locale;
        for (const auto &[id, drift] : m_lists.mostDrifted)
            add(id, tr("Listener %1 — drift %2").arg(id).arg(locale.toString(drift, 'f', 3)));
    } else {
        for (const ListenerId id : m_lists.churnedToday)
            add(id, tr("Listener %1").arg(id));
        const std::size_t more = m_lists.churnedTodayTotal
            - std::min(m_lists.churnedTodayTotal, m_lists.churnedToday.size());
        if (more > 0) {
            auto *item = new QListWidgetItem(tr("… and %n more", nullptr, int(more)), m_list);
            item->setFlags(Qt::NoItemFlags);
        }
    }
    if (m_list->count() == 0) {
        const bool churnList = kind == 4 && m_lists.day >= 0;
        auto *item = new QListWidgetItem(churnList ? tr("(nobody churned on the last day)")
                                                   : tr("(run a day to fill the lists)"),
            m_list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void ListenerInspector::setListKind(int kind)
{
    m_listKind->setCurrentIndex(std::clamp(kind, 0, m_listKind->count() - 1));
}

void ListenerInspector::refreshLists(bool force)
{
    if (!m_controller)
        return;
    if (!force && m_sinceListRequest.isValid() && m_sinceListRequest.elapsed() < kListRefreshMs)
        return;
    m_sinceListRequest.start();
    m_controller->requestListenerLists();
}

} // namespace td::ui
