// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "events/catalogview.h"
#include "events/recommender.h"

#include <cstddef>
#include <string>

namespace td::plugin {

/// The contract every answer of an outside recommender (a C plugin, a Python object) is held
/// to before the world sees it (docs/extending.md, "What is checked"): at most k tracks, and at
/// least one whenever a track is available; every track in the catalogue, released by the
/// request's day, not explicit for a listener who turned explicit content off, and at most once;
/// every propensity in (0, 1]; every score finite. A violation throws PluginError naming `who`,
/// the request (listener, day, surface) and the offending entry, so a run stops with a message
/// instead of undefined behaviour in the world.
///
/// Threading: beginDay() on the engine thread between days; check() from any worker at once
/// (it reads only what beginDay() froze).
class SlateCheck
{
public:
    /// `who` names the recommender in messages, e.g. "plugin '/path/libitemknn.so'".
    explicit SlateCheck(std::string who) : m_who(std::move(who)) { }

    /// Freezes the day's catalogue: `catalog` must outlive the day.
    void beginDay(Day day, const events::ObservableCatalog &catalog);

    /// Throws PluginError if `slate` breaks the contract for `req`.
    void check(const events::RecRequest &req, const events::Slate &slate) const;

    const std::string &who() const { return m_who; }

private:
    [[noreturn]] void fail(const events::RecRequest &req, const std::string &what) const;

    std::string m_who;
    const events::ObservableCatalog *m_catalog = nullptr;
    Day m_day = 0;
    std::size_t m_released = 0; ///< tracks released by m_day
    std::size_t m_releasedClean = 0; ///< of which not explicit
};

} // namespace td::plugin
