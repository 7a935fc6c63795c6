// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "run/storedrun.h"

#include <QAbstractTableModel>

#include <vector>

namespace td::ui {

/// The runs of a workspace as a table: id, name (editable: a rename request), scenario, seed,
/// days stored (of the total), status and creation time (local). The live run's row is
/// updated from the worker's recording state without a database query. GUI thread only.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Scenario, Seed, Days, Status, Created, ColumnCount };
    /// Qt::UserRole of every cell: the run id (qlonglong).
    static constexpr int kRunIdRole = Qt::UserRole;

    explicit RunTableModel(QObject *parent = nullptr);

    /// Replaces every row (a fresh listing), keeping the live run's newer progress.
    void setRuns(std::vector<run::StoredRunRow> rows);
    /// The run the worker is writing now (0 = none) and the days it has stored.
    void setLiveRun(qint64 runId, int daysStored, bool finished);
    qint64 liveRunId() const { return m_liveRun; }

    const run::StoredRunRow *runAt(int row) const;
    /// Row of run `id`, or -1.
    int rowOf(qint64 id) const;
    int runCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Editing a name does not change the row: it asks for a rename (the store decides).
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void renameRequested(qint64 runId, const QString &name);

private:
    std::vector<run::StoredRunRow> m_rows;
    qint64 m_liveRun = 0;
};

} // namespace td::ui
