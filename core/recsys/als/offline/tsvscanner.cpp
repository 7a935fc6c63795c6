// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/tsvscanner.h"

#include "recsys/als/offline/tsvio.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace td::recsys::offline {

namespace {
constexpr std::size_t kChunk = std::size_t(1) << 20;
}

TsvScanner::TsvScanner(const std::string &path, std::size_t fields, const char *what)
    : m_path(path), m_fields(fields), m_what(what), m_file(std::fopen(path.c_str(), "rb"))
{
    if (!m_file)
        throw TsvError("cannot open " + path + ": " + std::strerror(errno));
    struct stat info;
    if (::fstat(fileno(m_file.get()), &info) == 0 && S_ISREG(info.st_mode))
        m_fileBytes = std::size_t(info.st_size);
    m_buffer.resize(kChunk);
}

bool TsvScanner::refill()
{
    if (m_eof)
        return false;
    const std::size_t kept = m_end - m_pos;
    std::memmove(m_buffer.data(), m_buffer.data() + m_pos, kept);
    m_pos = 0;
    m_end = kept;
    if (m_buffer.size() - m_end < kChunk / 2)
        m_buffer.resize(m_buffer.size() * 2); // a line longer than half the buffer
    const std::size_t n
        = std::fread(m_buffer.data() + m_end, 1, m_buffer.size() - m_end, m_file.get());
    m_end += n;
    if (n == 0 || m_end < m_buffer.size()) {
        if (std::ferror(m_file.get())) // e.g. EISDIR: fopen succeeds on a directory
            throw TsvError("cannot read " + m_path + ": " + std::strerror(errno));
        if (n == 0)
            m_eof = true;
    }
    if (!m_started && m_end >= 3) {
        m_started = true;
        if (std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
    }
    return n > 0;
}

void TsvScanner::fail(const std::string &message) const
{
    failAt(m_line, message);
}

void TsvScanner::failAt(std::size_t line, const std::string &message) const
{
    throw TsvError(m_path + ":" + std::to_string(line) + ": " + message);
}

bool TsvScanner::nextLine()
{
    for (;;) {
        // Find the end of the next line in the buffer, reading more until it is complete (a
        // CR at the end of the buffer needs the next byte: it may be the CR of a CRLF).
        std::size_t p = m_pos;
        for (;;) {
            const char *text = m_buffer.data();
            while (p < m_end && text[p] != '\n' && text[p] != '\r')
                ++p;
            if (p + 1 < m_end || (p < m_end && text[p] == '\n') || m_eof)
                break;
            const std::size_t scanned = p - m_pos;
            if (!refill() && m_pos == m_end)
                return false;
            p = m_pos + scanned;
        }
        const char *text = m_buffer.data();
        const std::size_t lineEnd = p;
        std::size_t next = p < m_end ? p + 1 : p;
        if (p < m_end && text[p] == '\r' && p + 1 < m_end && text[p + 1] == '\n')
            ++next;
        ++m_line;
        m_count = 0;
        std::size_t start = m_pos;
        for (std::size_t q = start;; ++q) { // fields are short: a plain loop beats memchr
            if (q < lineEnd && text[q] != '\t')
                continue;
            if (m_count < kMaxFields)
                m_field[m_count] = std::string_view(text + start, q - start);
            ++m_count;
            if (q == lineEnd)
                break;
            start = q + 1;
        }
        m_pos = next;
        if (m_count == 1 && m_field[0].empty()) {
            if (m_pos >= m_end && m_eof)
                return false; // the end of the file (or a last empty line)
            continue;
        }
        return true;
    }
}

void TsvScanner::checkFields()
{
    if (m_count != m_fields)
        fail("expected " + std::to_string(m_fields) + " tab-separated fields (" + m_what
            + "), found " + std::to_string(m_count));
}

void TsvScanner::readHeader()
{
    if (!nextLine())
        throw TsvError(m_path + ": empty file (expected a header line: " + m_what + ")");
    checkFields();
    m_headerLine = m_line;
}

bool TsvScanner::next()
{
    if (!nextLine())
        return false;
    checkFields();
    for (std::size_t i = 0; i < m_count; ++i) {
        if (m_field[i].empty())
            fail("empty field");
    }
    ++m_dataLines;
    return true;
}

void TsvScanner::requireData() const
{
    if (m_dataLines == 0)
        failAt(m_headerLine,
            std::string("no data rows after the header (expected lines of ") + m_what + ")");
}

bool TsvScanner::isNumber(std::string_view text)
{
    double value = 0.0;
    const char *first = text.data();
    const char *last = text.data() + text.size();
    if (first != last && *first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    return ec == std::errc() && ptr == last && std::isfinite(value);
}

double TsvScanner::number(std::string_view text, const char *name) const
{
    double value = 0.0;
    const char *first = text.data();
    const char *last = text.data() + text.size();
    if (first != last && *first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec == std::errc::result_out_of_range && ptr == last)
        fail(std::string(name) + " '" + std::string(text)
            + "' is out of the range of double precision");
    if (ec != std::errc() || ptr != last || !std::isfinite(value))
        fail(std::string(name) + " '" + std::string(text) + "' is not a finite number");
    return value;
}

} // namespace td::recsys::offline
