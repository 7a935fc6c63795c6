// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace td::io {

/// A data file that cannot be used as a whole: missing, unreadable, empty, without the
/// columns it needs, or without a single usable row. The message names the file and, where
/// it helps, the scenario field that points to it. Bad input, not a program failure: the
/// engine turns it into a scenario error (the CLI's exit code 2).
class DataFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// One row of a data file that was skipped, and why. `line` is 1-based and counts the
/// header, so it is the line an editor shows (the first line of a record whose quoted field
/// spans several lines).
struct RowProblem
{
    std::size_t line = 0;
    std::string reason;
    /// Last line of the record when it ran over several lines (a quoted field with line
    /// breaks, or a missing closing quote swallowing the lines after it); 0 or == line else.
    std::size_t lastLine = 0;
    /// "line 52" or "lines 52-71": what a report names, so no swallowed line goes unsaid.
    std::string lines() const
    {
        return lastLine > line ? "lines " + std::to_string(line) + "-" + std::to_string(lastLine)
                               : "line " + std::to_string(line);
    }
};

} // namespace td::io
