// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

/// Locale-independent text helpers shared by the scenario schema, its JSON and its messages.
/// (QCoreApplication sets the C library locale from the environment, so printf/strtod may
/// use a decimal comma; std::to_chars/from_chars never do.)
namespace td::sim::text {

/// Shortest decimal form of `value` that reads back to exactly the same double ("0.1",
/// "1e-05", "1e+20"); whole numbers below 1e15 without exponent ("10000000"). Finite only.
std::string shortestNumber(double value);

/// `text` as a JSON string literal, quotes included (escapes `"`, `\` and control chars).
std::string jsonQuote(std::string_view text);

/// Levenshtein distance of two strings (bytes), for "did you mean" suggestions.
std::size_t editDistance(std::string_view a, std::string_view b);

/// Whole-string parses; nullopt on any stray character, sign or overflow.
std::optional<long long> parseInteger(std::string_view text);
std::optional<unsigned long long> parseUnsigned(std::string_view text);
/// Also rejects "nan" and "inf".
std::optional<double> parseFinite(std::string_view text);

} // namespace td::sim::text
