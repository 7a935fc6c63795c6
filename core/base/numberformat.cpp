// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/numberformat.h"

#include <cmath>
#include <cstdio>

namespace td::base {

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0"
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.9g", value);
    return buffer;
}

std::string formatJsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    return formatNumber(value);
}

} // namespace td::base
