// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "runs/runtablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace td::ui {

namespace {

QString statusName(store::RunStatus status)
{
    switch (status) {
    case store::RunStatus::Running:
        return RunTableModel::tr("recording");
    case store::RunStatus::Complete:
        return RunTableModel::tr("complete");
    case store::RunStatus::Interrupted:
        return RunTableModel::tr("interrupted");
    }
    return {};
}

QString localTime(const std::string &isoUtc)
{
    const QDateTime when = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!when.isValid())
        return QString::fromStdString(isoUtc);
    return QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

RunTableModel::RunTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void RunTableModel::setRuns(std::vector<run::StoredRunRow> rows)
{
    beginResetModel();
    // A listing may be older than the last recording signal: never show fewer days.
    for (run::StoredRunRow &row : rows) {
        const int old = rowOf(row.info.id);
        if (old >= 0 && row.info.id == m_liveRun)
            row.info.daysDone = std::max(row.info.daysDone, m_rows[std::size_t(old)].info.daysDone);
    }
    m_rows = std::move(rows);
    endResetModel();
}

void RunTableModel::setLiveRun(qint64 runId, int daysStored, bool finished)
{
    m_liveRun = finished ? 0 : runId;
    const int row = rowOf(runId);
    if (row < 0)
        return;
    run::StoredRunRow &r = m_rows[std::size_t(row)];
    r.info.daysDone = std::max(r.info.daysDone, daysStored);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const run::StoredRunRow *RunTableModel::runAt(int row) const
{
    return row >= 0 && row < runCount() ? &m_rows[std::size_t(row)] : nullptr;
}

int RunTableModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].info.id == id)
            return int(i);
    }
    return -1;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : runCount();
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    const run::StoredRunRow *row = runAt(index.row());
    if (!row)
        return {};
    const store::RunInfo &info = row->info;
    if (role == kRunIdRole)
        return qlonglong(info.id);
    if (role == Qt::TextAlignmentRole) {
        const bool number
            = index.column() == Id || index.column() == Seed || index.column() == Days;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Status && info.id == m_liveRun)
        return tr("Being recorded by this window's run");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id:
        return qlonglong(info.id);
    case Name:
        return QString::fromStdString(info.name);
    case Scenario:
        return row->scenarioTitle;
    case Seed:
        return QString::number(info.seed);
    case Days:
        return tr("%1 / %2").arg(info.daysDone).arg(info.daysTotal);
    case Status:
        // A run this window writes is "recording" even if the listing saw it before its lock.
        return info.id == m_liveRun ? statusName(store::RunStatus::Running)
                                    : statusName(info.status);
    case Created:
        return localTime(info.created);
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Name");
    case Scenario:
        return tr("Scenario");
    case Seed:
        return tr("Seed");
    case Days:
        return tr("Days stored");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags RunTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const run::StoredRunRow *row = runAt(index.row());
    if (!row || role != Qt::EditRole || index.column() != Name)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == QString::fromStdString(row->info.name))
        return false;
    emit renameRequested(row->info.id, name);
    return false; // the row changes when the store has renamed the run
}

} // namespace td::ui
