// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "inspector/tracemodel.h"

#include "vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace td::ui {

TraceModel::TraceModel(QObject *parent) : QAbstractTableModel(parent) { }

void TraceModel::setDay(const run::ListenerDayPtr &day)
{
    beginResetModel();
    m_day = day;
    endResetModel();
}

const events::TraceCandidate *TraceModel::candidate(int row) const
{
    if (!m_day || !m_day->trace || row < 0 || row >= int(m_day->trace->candidates.size()))
        return nullptr;
    return &m_day->trace->candidates[std::size_t(row)];
}

const run::TrackLabel *TraceModel::label(int row) const
{
    if (!m_day || row < 0 || row >= int(m_day->labels.size()))
        return nullptr;
    return &m_day->labels[std::size_t(row)];
}

std::string TraceModel::scoreKind() const
{
    return m_day && m_day->trace ? m_day->trace->scoreKind : std::string();
}

double TraceModel::streamProbability(const events::TraceCandidate &candidate) const
{
    if (scoreKind() != "logit" || !candidate.removedBy.empty())
        return std::nan("");
    return 1.0 / (1.0 + std::exp(-double(candidate.rankerScore)));
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_day || !m_day->trace)
        return 0;
    return int(m_day->trace->candidates.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    const events::TraceCandidate *c = candidate(index.row());
    if (!c)
        return {};
    const run::TrackLabel *l = label(index.row());
    const bool shown = c->slatePosition >= 0;
    const bool removed = !c->removedBy.empty();
    if (role == CandidateRole)
        return index.row();
    if (role == Qt::ForegroundRole) {
        if (removed)
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        // Blue and orange (Okabe & Ito, darkened to read as text), not green and red: told
        // apart with any colour vision; the words say it too.
        if (index.column() == Outcome && c->outcome == "stream")
            return QBrush(QColor(0x00, 0x5a, 0x8c));
        if (index.column() == Outcome && c->outcome == "skip")
            return QBrush(QColor(0xa8, 0x4a, 0x00));
        return {};
    }
    if (role == Qt::FontRole && shown) {
        QFont font;
        font.setBold(index.column() == Position);
        return font;
    }
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Position
            || (index.column() >= CfScore && index.column() <= Propensity);
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    const bool sortRole = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sortRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    const auto score = [&](float v) -> QVariant {
        if (sortRole)
            return double(v);
        return locale.toString(double(v), 'f', 3);
    };
    switch (index.column()) {
    case Position:
        if (sortRole)
            return shown ? c->slatePosition : 100000 + index.row();
        return shown ? QString::number(c->slatePosition + 1) : QString();
    case Track:
        if (l && !l->title.empty())
            return QString::fromStdString(l->title);
        return tr("Track %1").arg(c->track);
    case Artist:
        return l ? QString::fromStdString(l->artist) : QString();
    case Genre:
        return l && !l->genre.empty() ? QString::fromStdString(l->genre) : tr("(no label)");
    case Sources:
        return Vocabulary::sourceList(c->sources);
    case CfScore:
        return score(c->cfScore);
    case ContentScore:
        return score(c->contentScore);
    case RankerScore:
        if (removed && !sortRole)
            return QString(); // filtered out before ranking
        return score(c->rankerScore);
    case StreamProbability: {
        const double p = streamProbability(*c);
        if (sortRole)
            return std::isfinite(p) ? p : -1.0;
        return std::isfinite(p) ? locale.toString(p, 'f', 3) : QString();
    }
    case ExplorationBonus:
        return score(c->explorationBonus);
    case FinalScore:
        return score(c->finalScore);
    case Propensity:
        if (!shown && !sortRole)
            return QString();
        return score(c->propensity);
    case RemovedBy:
        return removed ? Vocabulary::filterName(c->removedBy) : QString();
    case Outcome:
        if (!shown)
            return removed ? tr("Removed") : tr("Not shown");
        return Vocabulary::outcomeName(c->outcome);
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Position:
            return tr("Position on the slate (1 = top); empty if not shown");
        case Sources:
            return tr("Candidate sources that proposed the track");
        case CfScore:
            return tr("Collaborative-filtering score: inner product of the ALS listener and "
                      "track vectors");
        case ContentScore:
            return tr("Similarity of the track's audio features to what the listener played "
                      "in this context");
        case RankerScore: {
            const std::string kind = scoreKind();
            if (kind == "logit")
                return tr("The logistic ranker's logit: the log-odds that the listener streams "
                          "the track (≥ 30 s); 0 means even odds");
            if (kind == "logit_plus_novelty")
                return tr("The logistic ranker's logit plus the novelty objective's weight on "
                          "novel tracks");
            if (kind == "stream_probability_plus_value" || kind == "cf_plus_value")
                return tr("The retention objective: the stream probability (the CF score before "
                          "a ranker is trained) plus the objective weight times the value "
                          "model's uplift of the listener's chance to stay");
            if (kind == "cf_score" || kind == "cf_plus_novelty")
                return tr("No trained ranker yet: candidates are ranked by their "
                          "collaborative-filtering score");
            return tr("The score the candidates were ranked by");
        }
        case StreamProbability:
            return tr("The ranker's predicted probability of a stream, σ(logit) = 1 / (1 + "
                      "e^−logit)");
        case ExplorationBonus:
            return tr("What the exploration policy added to the ranker score (uncertainty "
                      "bonus, sampled noise)");
        case FinalScore:
            return tr("Score the policy ordered the slate by");
        case Propensity:
            return tr("Probability that the policy shows this track at this position (logged "
                      "for off-policy evaluation)");
        case RemovedBy:
            return tr("The filter that removed the candidate, if any");
        case Outcome:
            return tr("What the listener did with the shown track");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Pos.");
    case Track:
        return tr("Track");
    case Artist:
        return tr("Artist");
    case Genre:
        return tr("Genre");
    case Sources:
        return tr("Sources");
    case CfScore:
        return tr("CF score");
    case ContentScore:
        return tr("Content");
    case RankerScore: {
        const std::string kind = scoreKind();
        if (kind == "logit")
            return tr("Ranker logit");
        if (kind == "logit_plus_novelty")
            return tr("Logit + novelty");
        if (kind == "stream_probability_plus_value" || kind == "cf_plus_value")
            return tr("Stream + value");
        if (kind == "cf_score" || kind == "cf_plus_novelty")
            return tr("Rank score (CF)");
        return tr("Rank score");
    }
    case StreamProbability:
        return tr("P(stream)");
    case ExplorationBonus:
        return tr("Exploration");
    case FinalScore:
        return tr("Final");
    case Propensity:
        return tr("Propensity");
    case RemovedBy:
        return tr("Removed by");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

void TraceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace td::ui
