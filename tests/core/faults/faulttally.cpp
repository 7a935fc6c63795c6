// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "faulttally.h"

#include <algorithm>

namespace td::faults {

void Tally::add(const std::string &family, Outcome outcome, const QString &detail)
{
    if (m_rows.find(family) == m_rows.end())
        m_order.push_back(family);
    Row &row = m_rows[family];
    ++row.tried;
    switch (outcome) {
    case Outcome::Crash:
        ++row.crashes;
        m_failures << QStringLiteral("%1: CRASH: %2").arg(QString::fromStdString(family), detail);
        break;
    case Outcome::Silent:
        ++row.silent;
        m_failures << QStringLiteral("%1: SILENT: %2").arg(QString::fromStdString(family), detail);
        break;
    case Outcome::Refused:
        ++row.refused;
        break;
    case Outcome::Handled:
        ++row.handled;
        break;
    }
}

QString Tally::markdownTable() const
{
    QString out = QStringLiteral(
        "| family | cases tried | crashes | silent results | clear refusals | handled |\n"
        "|---|---:|---:|---:|---:|---:|\n");
    for (const std::string &family : m_order) {
        const Row &r = m_rows.at(family);
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(QString::fromStdString(family))
                   .arg(r.tried)
                   .arg(r.crashes)
                   .arg(r.silent)
                   .arg(r.refused)
                   .arg(r.handled);
    }
    return out;
}

QStringList Tally::failures() const
{
    return m_failures;
}

} // namespace td::faults
