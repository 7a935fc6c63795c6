// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace td::io {

/// How a delimited text file is split: RFC 4180 CSV (quoted fields may hold the delimiter,
/// doubled quotes and line breaks), or plain tab-separated text without quoting (Last.fm's
/// files: a name may start with a quote character and must stay as it is).
struct CsvDialect
{
    char delimiter = ',';
    bool quoting = true;
};

/// One record of a delimited file.
struct CsvRecord
{
    std::size_t line = 0; ///< 1-based line where the record starts (the header is line 1)
    /// Line where the record ends: > line when a quoted field runs over line breaks (legal
    /// in CSV, and also what an unterminated quote does to the lines after it).
    std::size_t lastLine = 0;
    std::vector<std::string> fields;
    /// Why the record is malformed (unterminated quote, text after a closing quote, not
    /// UTF-8); empty when it is well-formed. Malformed records are still returned so that
    /// the caller can report them with their line number.
    std::string problem;
};

/// Reads records from a text held in memory, one at a time.
///
/// RFC 4180: records end at LF, CRLF or CR; a field that starts with `"` is quoted, `""`
/// inside it is one quote, and it may contain delimiters and line breaks. A quote inside an
/// unquoted field is kept as text (lenient, as most writers are). A UTF-8 byte-order mark at
/// the start is skipped. Empty lines are skipped. Every record is checked to be UTF-8.
/// Not thread-safe; the text must outlive the reader.
class CsvReader
{
public:
    explicit CsvReader(std::string_view text, CsvDialect dialect = {});

    /// Fills `record` with the next record; false at the end of the text.
    bool next(CsvRecord &record);

private:
    void endOfLine();

    std::string_view m_text;
    CsvDialect m_dialect;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
};

/// The whole content of a file. Throws DataFileError("cannot open <what> '<path>': <reason>")
/// if it is missing, a directory or unreadable.
std::string readDataFile(const std::string &path, const std::string &what);

} // namespace td::io
