// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace td::sim {

/// A key given twice in one JSON object: QJsonDocument keeps the last silently, which would
/// drop the first object's settings without a word (issue 16, item 7).
struct DuplicateKey
{
    std::string path; ///< dotted path of the key, e.g. "world.listeners", "schedule[1].day"
    int firstLine = 0; ///< 1-based line of the first occurrence
    int line = 0; ///< 1-based line and column of the repeat
    int column = 0;
};

/// The first repeated key of any object in `json`, in document order, or nothing. Keys are
/// compared after unescaping, as QJsonDocument compares them ("a" and "\u0061" are one key).
/// `json` must already be valid JSON (QJsonDocument::fromJson succeeded): the scan does not
/// diagnose syntax.
std::optional<DuplicateKey> findDuplicateKey(std::string_view json);

/// What a number literal that QJsonDocument rejects as an "illegal number" really is, if it
/// is a well-formed number outside the range of a double: e.g. `1e-400 is too close to 0 for
/// a number (a double underflows to 0 below about 4.9e-324); write 0 if 0 is meant`, or
/// `1e400 is too large for a number (a double holds at most about 1.8e308)`. Empty when the
/// text at `offset` is not such a number. `offset` is the parser's error offset (somewhere in
/// or just after the literal); it is moved to the literal's first character.
std::string numberRangeProblem(std::string_view json, std::size_t &offset);

/// The same explanation for one number in text form (`--set path=1e-400`); empty when the
/// text is not a well-formed number outside the range of a double.
std::string numberRangeProblem(std::string_view number);

} // namespace td::sim
