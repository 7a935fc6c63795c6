// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace td::io {

/// Small text helpers shared by the readers. Locale-independent on purpose: Qt applications
/// set the C locale from the environment, and a German locale must not turn "0.5" into 0.

/// Name given to a missing track or artist name ("NA" in the file).
inline constexpr std::string_view kUnknownName = "Unknown";

/// Removes ASCII spaces, tabs, CR and LF at both ends.
std::string_view trim(std::string_view s);

/// True for the missing-value tokens of the readers: an empty field and R's `NA`
/// (after trimming; case-sensitive, as R writes it).
bool isMissing(std::string_view field);

/// A finite decimal number ("0.5", "-7.25", "1e-3", "+3"), surrounding blanks allowed;
/// nullopt for anything else, including NaN and infinities.
std::optional<double> parseNumber(std::string_view field);

/// A whole number in the range of int64 ("42", "-3", "+7"); nullopt otherwise.
std::optional<std::int64_t> parseInteger(std::string_view field);

/// True if `s` is well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool isValidUtf8(std::string_view s);

/// Case folding for name matching: ASCII, Latin-1 Supplement, Latin Extended-A, Greek and
/// Cyrillic capitals become lower case (what Python's str.lower() does for those blocks);
/// every other code point is kept. Input must be valid UTF-8.
std::string foldCase(std::string_view s);

/// Days from 1970-01-01 to the proleptic Gregorian date y-m-d (negative before 1970).
/// H. Hinnant's days_from_civil algorithm; exact for every representable date.
std::int64_t daysFromCivil(int year, int month, int day);

/// A release date `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as days since 1970-01-01. A partial
/// date takes the first day of its period (the earliest date the text allows, so it never
/// lands after a full date of the same period). nullopt if malformed or impossible
/// (month 13, 31 April, 29 February of a common year).
std::optional<std::int64_t> parseReleaseDate(std::string_view field);

/// FNV-1a, 64 bits: a stable hash of names and ids (seeds hash-derived random streams, so
/// the streams do not depend on the order of rows in a file).
std::uint64_t stableHash(std::string_view s);

} // namespace td::io
