// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace td::faults {

/// What one fault case came to. Only Crash and Silent are failures.
enum class Outcome {
    Crash, ///< killed by a signal, an exit status outside 0/1/2, an escaping exception
    Silent, ///< bad input or damage accepted without a word, or data lost after a kill
    Refused, ///< a clear refusal: exit 1 or 2 with one line naming the file/field
    Handled, ///< valid input ran, damage was harmless or warned about, a kill was recovered
};

/// Counts per family of faults, written as the table of docs/reliability.md. Case lists are
/// generated from fixed seeds, so the counts are the same on every run and machine.
class Tally
{
public:
    /// Records one case; `detail` (e.g. the command and its stderr) is kept for failures.
    void add(const std::string &family, Outcome outcome, const QString &detail = {});
    /// Family rows in insertion order; the Markdown table between the markers.
    QString markdownTable() const;
    /// The failures (crashes and silent results) with their details, one per line.
    QStringList failures() const;

private:
    struct Row
    {
        int tried = 0, crashes = 0, silent = 0, refused = 0, handled = 0;
    };
    std::vector<std::string> m_order;
    std::map<std::string, Row> m_rows;
    QStringList m_failures;
};

} // namespace td::faults
