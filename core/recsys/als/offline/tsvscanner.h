// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace td::recsys::offline {

/// Reads a tab-separated file in one pass under the rules shared by the offline readers
/// (`als --train`, `eval --recs/--test/--train`; docs/als.md "Input files"):
///
/// - the file is read once, in chunks of 1 MiB into one reused buffer; lines and fields are
///   views into it, so a line costs no allocation (a view is valid until the next call);
/// - a UTF-8 byte-order mark at the start is skipped;
/// - a line ends at LF, CRLF or a lone CR (old Mac files), as for the catalogue and
///   listening-count readers (io::CsvReader);
/// - empty lines are skipped; line numbers count every line, as an editor shows them;
/// - the first non-empty line is the header; a header-only file is refused, and so is a first
///   line that looks like data (see the readers), because treating it as a header would lose
///   a row silently.
///
/// Errors are TsvError("FILE:LINE: what is wrong"). Not thread-safe.
class TsvScanner
{
public:
    /// Fields kept per line; a line with more is still counted (and refused by the caller).
    static constexpr std::size_t kMaxFields = 8;

    /// Reads `path`; `fields` is the expected field count and `what` names them for messages
    /// ("user, item, weight"). Throws TsvError if the file cannot be opened or read.
    TsvScanner(const std::string &path, std::size_t fields, const char *what);

    /// Reads the header line: throws if the file has none or its field count is wrong.
    void readHeader();
    /// Moves to the next non-empty data line and checks its field count and that no field is
    /// empty; false at the end of the file.
    bool next();
    /// Throws "FILE:LINE: no data rows after the header" if next() never returned true.
    void requireData() const;

    std::string_view field(std::size_t i) const { return m_field[i]; }
    std::size_t line() const { return m_line; }
    std::size_t headerLine() const { return m_headerLine; }
    const std::string &path() const { return m_path; }
    /// Size of a regular file in bytes, 0 if unknown (a pipe): for reserve().
    std::size_t fileBytes() const { return m_fileBytes; }

    /// A finite decimal number (optional '+'; parsed without locale), or throws naming
    /// `name` and the current line.
    double number(std::string_view text, const char *name) const;
    /// Whether `text` would pass number().
    static bool isNumber(std::string_view text);

    [[noreturn]] void fail(const std::string &message) const;
    /// Same for a given line (e.g. of a pair read earlier).
    [[noreturn]] void failAt(std::size_t line, const std::string &message) const;

private:
    bool nextLine();
    /// Keeps [m_pos, m_end) and reads more after it; false at the end of the file.
    bool refill();
    void checkFields();

    struct FileCloser
    {
        void operator()(std::FILE *f) const { std::fclose(f); }
    };

    std::string m_path;
    std::size_t m_fields;
    const char *m_what;
    std::unique_ptr<std::FILE, FileCloser> m_file;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0; ///< next unread byte in m_buffer
    std::size_t m_end = 0; ///< end of the bytes read into m_buffer
    bool m_eof = false;
    bool m_started = false; ///< the byte-order mark check is done
    std::size_t m_fileBytes = 0;
    std::size_t m_line = 0;
    std::size_t m_headerLine = 0;
    std::size_t m_dataLines = 0;
    std::size_t m_count = 0;
    std::string_view m_field[kMaxFields];
};

} // namespace td::recsys::offline
