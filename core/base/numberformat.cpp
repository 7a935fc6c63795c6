// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/numberformat.h"

#include <charconv>
#include <cmath>

namespace td::base {

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0"
    // std::to_chars ignores the locale (snprintf would print a decimal comma under some).
    char buffer[40];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 9);
    return std::string(buffer, result.ptr);
}

std::string formatJsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    return formatNumber(value);
}

} // namespace td::base
