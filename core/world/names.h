// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/rng.h"

#include <string>

namespace td::world {

/// A pronounceable made-up name ("Velora Kim"), so the inspector shows artists and tracks a
/// teacher can point at rather than numbers.
std::string inventName(base::Rng &rng, int words);

/// Name of generated genre g (real names for the first twelve).
std::string genreName(int g);

} // namespace td::world
