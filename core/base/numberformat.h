// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace td::base {

/// Formats a number in the one fixed format of every CSV/JSON output (`%.9g`; NaN and
/// infinities as an empty string in CSV), so identical runs give identical bytes.
std::string formatNumber(double value);

/// Same as formatNumber() but `null` for values JSON cannot hold (NaN, infinity).
std::string formatJsonNumber(double value);

} // namespace td::base
