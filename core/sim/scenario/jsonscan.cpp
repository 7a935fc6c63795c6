// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/scenario/jsonscan.h"

#include <charconv>
#include <set>
#include <system_error>
#include <utility>
#include <vector>

namespace td::sim {

namespace {

/// Walks valid JSON once, keeping the line and column of the read position and, per open
/// object, the keys seen so far.
class Scanner
{
public:
    explicit Scanner(std::string_view text) : m_text(text) { }

    std::optional<DuplicateKey> run()
    {
        skipSpace();
        value({});
        return m_found;
    }

private:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void advance()
    {
        const auto c = static_cast<unsigned char>(m_text[m_pos++]);
        if (c == '\n') {
            ++m_at.line;
            m_at.column = 1;
        } else if ((c & 0xC0) != 0x80) { // columns count characters, not UTF-8 bytes
            ++m_at.column;
        }
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    static void appendUtf8(std::string &out, unsigned code)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    unsigned hex4()
    {
        unsigned code = 0;
        for (int i = 0; i < 4 && !atEnd(); ++i) {
            const char c = peek();
            code = code * 16
                + unsigned(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10); // valid JSON: hex digits
            advance();
        }
        return code;
    }

    /// A string at the read position (on its opening quote), unescaped.
    std::string string()
    {
        std::string out;
        advance(); // "
        while (!atEnd() && peek() != '"') {
            if (peek() != '\\') {
                out += peek();
                advance();
                continue;
            }
            advance();
            const char e = peek();
            advance();
            switch (e) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned code = hex4();
                if (code >= 0xD800 && code < 0xDC00 && peek() == '\\') { // a surrogate pair
                    advance();
                    advance(); // u
                    const unsigned low = hex4();
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, code);
                break;
            }
            default: // " \ /
                out += e;
            }
        }
        if (!atEnd())
            advance(); // "
        return out;
    }

    void value(const std::string &path)
    {
        if (m_found || atEnd())
            return;
        const char c = peek();
        if (c == '{') {
            object(path);
        } else if (c == '[') {
            array(path);
        } else if (c == '"') {
            string();
        } else { // number, true, false, null
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' '
                && peek() != '\n' && peek() != '\r' && peek() != '\t')
                advance();
        }
    }

    void object(const std::string &path)
    {
        advance(); // {
        std::set<std::string> keys;
        std::vector<std::pair<std::string, int>> lines; // key, line of first occurrence
        skipSpace();
        while (!m_found && !atEnd() && peek() != '}') {
            const Position at = m_at;
            const std::string key = string();
            const std::string keyPath = path.empty() ? key : path + "." + key;
            if (!keys.insert(key).second) {
                int first = 0;
                for (const auto &[k, line] : lines) {
                    if (k == key)
                        first = line;
                }
                m_found = DuplicateKey { keyPath, first, at.line, at.column };
                return;
            }
            lines.emplace_back(key, at.line);
            skipSpace();
            advance(); // :
            skipSpace();
            value(keyPath);
            skipSpace();
            if (peek() == ',') {
                advance();
                skipSpace();
            }
        }
        if (!atEnd())
            advance(); // }
    }

    void array(const std::string &path)
    {
        advance(); // [
        skipSpace();
        for (std::size_t i = 0; !m_found && !atEnd() && peek() != ']'; ++i) {
            value(path + "[" + std::to_string(i) + "]");
            skipSpace();
            if (peek() == ',') {
                advance();
                skipSpace();
            }
        }
        if (!atEnd())
            advance(); // ]
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    Position m_at;
    std::optional<DuplicateKey> m_found;
};

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

std::optional<DuplicateKey> findDuplicateKey(std::string_view json)
{
    return Scanner(json).run();
}

std::string numberRangeProblem(std::string_view number)
{
    double value = 0.0;
    const char *end = number.data() + number.size();
    const auto parsed = std::from_chars(number.data(), end, value);
    if (number.empty() || parsed.ec != std::errc::result_out_of_range || parsed.ptr != end)
        return {};
    // Which way it is out of range: the decimal exponent of the first significant digit.
    std::size_t i = number[0] == '-' ? 1 : 0;
    long long magnitude = 0;
    bool seenDigit = false, afterPoint = false;
    for (; i < number.size() && number[i] != 'e' && number[i] != 'E'; ++i) {
        if (number[i] == '.') {
            afterPoint = true;
        } else if (number[i] != '0' || seenDigit) {
            if (!seenDigit && afterPoint)
                --magnitude; // the first significant digit comes after the point
            seenDigit = true;
            if (!afterPoint)
                ++magnitude;
        } else if (afterPoint) {
            --magnitude; // a leading zero after the point
        }
    }
    long long exponent = 0;
    if (i < number.size()) {
        std::string_view e = number.substr(i + 1);
        if (!e.empty() && e[0] == '+')
            e.remove_prefix(1);
        const auto r = std::from_chars(e.data(), e.data() + e.size(), exponent);
        if (r.ec == std::errc::result_out_of_range)
            exponent = e[0] == '-' ? -1'000'000 : 1'000'000; // far out either way
    }
    const std::string shown(number);
    if (magnitude + exponent < 0)
        return shown
            + " is too close to 0 for a number: a double underflows to 0 below about 4.9e-324 "
              "(write 0 if 0 is meant)";
    return shown + " is too large for a number: a double holds at most about 1.8e308";
}

std::string numberRangeProblem(std::string_view json, std::size_t &offset)
{
    // The parser's offset lies in or just after the literal: widen to the whole token.
    std::size_t begin = std::min(offset, json.size());
    while (begin > 0 && isNumberChar(json[begin - 1]))
        --begin;
    std::size_t end = begin;
    while (end < json.size() && isNumberChar(json[end]))
        ++end;
    std::string problem = numberRangeProblem(json.substr(begin, end - begin));
    if (!problem.empty())
        offset = begin;
    return problem;
}

} // namespace td::sim
