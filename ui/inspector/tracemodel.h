// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/inspection.h"

#include <QAbstractTableModel>

namespace td::ui {

/// The candidates of one traced request as a table: slate position, track, artist, genre,
/// sources, CF / content / ranker scores, the ranker's predicted stream probability σ(logit),
/// exploration bonus, final score, propensity, the filter that removed it and the listener's
/// reaction. The ranker column is labelled by what it holds (RequestTrace::scoreKind: a logit
/// or, before the ranker is trained, the CF score). Sort role = numbers for numeric columns.
/// GUI thread only.
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Position,
        Track,
        Artist,
        Genre,
        Sources,
        CfScore,
        ContentScore,
        RankerScore,
        StreamProbability,
        ExplorationBonus,
        FinalScore,
        Propensity,
        RemovedBy,
        Outcome,
        ColumnCount
    };
    /// Rows are candidates; this role gives the row's candidate index (int).
    static constexpr int CandidateRole = Qt::UserRole + 1;

    explicit TraceModel(QObject *parent = nullptr);

    void setDay(const run::ListenerDayPtr &day);
    const run::ListenerDayPtr &day() const { return m_day; }
    const events::TraceCandidate *candidate(int row) const;
    const run::TrackLabel *label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// RequestTrace::scoreKind of the shown trace ("logit", "cf_score", ...; empty: none).
    std::string scoreKind() const;
    /// σ(logit) of a ranker score when the trace's scores are plain logits; NaN otherwise.
    double streamProbability(const events::TraceCandidate &candidate) const;

    /// Re-reads the header texts in the current language.
    void retranslate();

private:
    run::ListenerDayPtr m_day;
};

} // namespace td::ui
