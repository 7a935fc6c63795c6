// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "io/csvreader.h"

#include "io/dataerror.h"
#include "io/text.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace td::io {

namespace {
/// "line 5" or "lines 5-71".
std::string linesText(std::size_t first, std::size_t last)
{
    return last > first ? "lines " + std::to_string(first) + "-" + std::to_string(last)
                        : "line " + std::to_string(first);
}
} // namespace

CsvReader::CsvReader(std::string_view text, CsvDialect dialect) : m_text(text), m_dialect(dialect)
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
}

void CsvReader::endOfLine()
{
    // At a line break: consume CRLF, LF or a lone CR as one break.
    if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

bool CsvReader::next(CsvRecord &record)
{
    const char delimiter = m_dialect.delimiter;
    for (;;) {
        if (m_pos >= m_text.size())
            return false;
        record.line = m_line;
        record.lastLine = 0;
        record.fields.clear();
        record.problem.clear();
        std::string field;
        bool recordEnded = false;
        while (!recordEnded) {
            field.clear();
            if (m_dialect.quoting && m_pos < m_text.size() && m_text[m_pos] == '"') {
                // Quoted field: runs to the matching quote, across delimiters and lines.
                const std::size_t openedOn = m_line;
                ++m_pos;
                bool closed = false;
                while (m_pos < m_text.size()) {
                    const char c = m_text[m_pos];
                    if (c == '"') {
                        if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                            field += '"';
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        closed = true;
                        break;
                    }
                    if (c == '\n'
                        || (c == '\r' && !(m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')))
                        ++m_line;
                    field += c;
                    ++m_pos;
                }
                // A quote that runs over lines and then goes wrong is most likely one that was
                // never closed: say which lines it swallowed, not just where it started.
                const std::string swallowed = m_line > openedOn
                    ? " (the quoted field opened on line " + std::to_string(openedOn)
                        + " runs to line " + std::to_string(m_line)
                        + ": a missing closing quote swallowed " + linesText(openedOn + 1, m_line)
                        + ")"
                    : std::string();
                if (!closed && record.problem.empty()) {
                    // At the end of the text: the last line with content (a final line break
                    // starts no new line).
                    const bool finalBreak
                        = m_pos > 0 && (m_text[m_pos - 1] == '\n' || m_text[m_pos - 1] == '\r');
                    const std::size_t last = m_line - (finalBreak ? 1 : 0);
                    record.problem = "unterminated quoted field (opened on line "
                        + std::to_string(openedOn) + ")"
                        + (last > openedOn ? "; it swallowed " + linesText(openedOn + 1, last)
                                    + ", the rest of the file"
                                           : std::string());
                }
                // Anything between the closing quote and the delimiter is malformed; keep it.
                while (m_pos < m_text.size() && m_text[m_pos] != delimiter && m_text[m_pos] != '\n'
                    && m_text[m_pos] != '\r') {
                    if (record.problem.empty())
                        record.problem = "text after the closing quote of field "
                            + std::to_string(record.fields.size() + 1) + swallowed;
                    field += m_text[m_pos++];
                }
            } else {
                while (m_pos < m_text.size() && m_text[m_pos] != delimiter && m_text[m_pos] != '\n'
                    && m_text[m_pos] != '\r')
                    field += m_text[m_pos++];
            }
            record.fields.push_back(field);
            if (m_pos >= m_text.size()) {
                // The last line with content (a final line break inside a quote starts none).
                const bool finalBreak
                    = m_pos > 0 && (m_text[m_pos - 1] == '\n' || m_text[m_pos - 1] == '\r');
                record.lastLine = std::max(record.line, m_line - (finalBreak ? 1 : 0));
                recordEnded = true;
            } else if (m_text[m_pos] == delimiter) {
                ++m_pos;
            } else { // line break
                record.lastLine = m_line;
                endOfLine();
                recordEnded = true;
            }
        }
        if (record.fields.size() == 1 && record.fields.front().empty() && record.problem.empty())
            continue; // an empty line
        if (record.problem.empty()) {
            for (const std::string &f : record.fields) {
                if (!isValidUtf8(f)) {
                    record.problem = "not valid UTF-8 (the file must be UTF-8 encoded)";
                    break;
                }
            }
        }
        return true;
    }
}

std::string readDataFile(const std::string &path, const std::string &what)
{
    const auto fail = [&](int error) {
        throw DataFileError("cannot open " + what + " '" + path + "': " + std::strerror(error));
    };
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(
        std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        fail(errno);
    std::string content;
    char buffer[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
        content.append(buffer, n);
        if (n < sizeof buffer) {
            if (std::ferror(file.get()))
                fail(errno); // e.g. EISDIR: fopen succeeds on a directory, reading fails
            break;
        }
    }
    return content;
}

} // namespace td::io
