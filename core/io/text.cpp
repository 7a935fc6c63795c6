// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "io/text.h"

#include <charconv>
#include <cmath>

namespace td::io {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Lower-case code point for the blocks foldCase() covers, else the code point itself.
char32_t lowerCodePoint(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return c + 32;
    if (c < 0x80)
        return c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) // Latin-1 capitals (not ×)
        return c + 32;
    if (c >= 0x100 && c <= 0x137 && c != 0x130) // Latin Extended-A: capitals even (not İ)
        return (c % 2 == 0) ? c + 1 : c;
    if (c >= 0x139 && c <= 0x148)
        return (c % 2 == 1) ? c + 1 : c;
    if (c >= 0x14A && c <= 0x177)
        return (c % 2 == 0) ? c + 1 : c;
    if (c == 0x178)
        return 0xFF;
    if (c >= 0x179 && c <= 0x17E)
        return (c % 2 == 1) ? c + 1 : c;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) // Greek capitals
        return c + 32;
    if (c >= 0x386 && c <= 0x38F) { // Greek capitals with tonos
        switch (c) {
        case 0x386:
            return 0x3AC;
        case 0x388:
            return 0x3AD;
        case 0x389:
            return 0x3AE;
        case 0x38A:
            return 0x3AF;
        case 0x38C:
            return 0x3CC;
        case 0x38E:
            return 0x3CD;
        case 0x38F:
            return 0x3CE;
        default:
            return c;
        }
    }
    if (c >= 0x400 && c <= 0x40F) // Cyrillic Ѐ..Џ
        return c + 80;
    if (c >= 0x410 && c <= 0x42F) // Cyrillic А..Я
        return c + 32;
    return c;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

/// Decodes the code point at s[i] (valid UTF-8 assumed) and advances i.
char32_t decodeAt(std::string_view s, std::size_t &i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    int extra = b0 < 0x80 ? 0 : b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
    char32_t c = extra == 0 ? b0
        : extra == 1        ? (b0 & 0x1F)
        : extra == 2        ? (b0 & 0x0F)
                            : (b0 & 0x07);
    ++i;
    for (; extra > 0 && i < s.size(); --extra, ++i)
        c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return c;
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int digitsValue(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

} // namespace

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isMissing(std::string_view field)
{
    const std::string_view t = trim(field);
    return t.empty() || t == "NA";
}

std::optional<double> parseNumber(std::string_view field)
{
    std::string_view t = trim(field);
    if (!t.empty() && t.front() == '+')
        t.remove_prefix(1);
    if (t.empty())
        return std::nullopt;
    double value = 0.0;
    // from_chars is locale-independent and exact (shortest round trip).
    const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (error != std::errc() || end != t.data() + t.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseInteger(std::string_view field)
{
    std::string_view t = trim(field);
    if (!t.empty() && t.front() == '+')
        t.remove_prefix(1);
    if (t.empty())
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (error != std::errc() || end != t.data() + t.size())
        return std::nullopt;
    return value;
}

bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t c = 0, minimum = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            extra = 1;
            c = b0 & 0x1F;
            minimum = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            extra = 2;
            c = b0 & 0x0F;
            minimum = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            extra = 3;
            c = b0 & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (i + std::size_t(extra) >= s.size()) // truncated sequence
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto b = static_cast<unsigned char>(s[i + std::size_t(k)]);
            if ((b & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (b & 0x3F);
        }
        if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

std::string foldCase(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size())
        appendUtf8(out, lowerCodePoint(decodeAt(s, i)));
    return out;
}

std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = std::int64_t(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400; // [0, 399]
    const std::int64_t mp = (month + 9) % 12; // March = 0
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1; // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    return era * 146097 + doe - 719468;
}

std::optional<std::int64_t> parseReleaseDate(std::string_view field)
{
    const std::string_view t = trim(field);
    // YYYY, YYYY-MM or YYYY-MM-DD; four-digit years only.
    if (t.size() != 4 && t.size() != 7 && t.size() != 10)
        return std::nullopt;
    const std::string_view yearText = t.substr(0, 4);
    if (!allDigits(yearText))
        return std::nullopt;
    const int year = digitsValue(yearText);
    int month = 1, day = 1;
    if (t.size() >= 7) {
        if (t[4] != '-' || !allDigits(t.substr(5, 2)))
            return std::nullopt;
        month = digitsValue(t.substr(5, 2));
        if (month < 1 || month > 12)
            return std::nullopt;
    }
    if (t.size() == 10) {
        if (t[7] != '-' || !allDigits(t.substr(8, 2)))
            return std::nullopt;
        day = digitsValue(t.substr(8, 2));
        static constexpr int kDaysInMonth[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int last = kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
        if (day < 1 || day > last)
            return std::nullopt;
    }
    return daysFromCivil(year, month, day);
}

std::uint64_t stableHash(std::string_view s)
{
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    return h;
}

} // namespace td::io
