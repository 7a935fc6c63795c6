// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace td::store {

/// A problem with a run database, phrased for the user in one line that names the file, e.g.
/// `'runs.sqlite' is not a database (file is not a database)`. The kind lets the CLI choose
/// its exit status: bad input (NotADatabase, NewerSchema, BadRequest) or runtime failure
/// (everything else, a damaged database included: docs/cli.md).
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        NotADatabase, ///< not SQLite, or SQLite but not a TasteDrift run store
        NewerSchema, ///< written by a newer TasteDrift; never touched
        OlderSchema, ///< read-only open of a store that needs a migration first
        Locked, ///< another process held the database longer than the busy timeout
        WriteFailed, ///< read-only file or folder, disk full, I/O error
        BadRequest, ///< e.g. an unknown run id
        Damaged, ///< the file is an SQLite database whose pages are damaged (integrity check)
        Other
    };

    /// `sqliteCode`: SQLite's primary result code when SQLite reported the problem, else 0.
    StoreError(Kind kind, const std::string &message, int sqliteCode = 0)
        : std::runtime_error(message), m_kind(kind), m_sqliteCode(sqliteCode)
    { }
    Kind kind() const { return m_kind; }
    int sqliteCode() const { return m_sqliteCode; }
    /// True for problems with what the user gave us (CLI exit status 2), false for failures
    /// while working (exit status 1).
    bool isBadInput() const
    {
        return m_kind == Kind::NotADatabase || m_kind == Kind::NewerSchema
            || m_kind == Kind::OlderSchema || m_kind == Kind::BadRequest;
    }

private:
    Kind m_kind;
    int m_sqliteCode = 0;
};

} // namespace td::store
