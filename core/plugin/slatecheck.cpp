// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "plugin/slatecheck.h"

#include "plugin/pluginerror.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace td::plugin {

namespace {
std::string number(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", v);
    return text;
}
} // namespace

void SlateCheck::beginDay(Day day, const events::ObservableCatalog &catalog)
{
    m_catalog = &catalog;
    m_day = day;
    m_released = 0;
    m_releasedClean = 0;
    for (TrackId t = 0; t < catalog.trackCount(); ++t) {
        if (!catalog.isReleased(t, day))
            continue;
        ++m_released;
        m_releasedClean += catalog.isExplicit[t] ? 0 : 1;
    }
}

void SlateCheck::fail(const events::RecRequest &req, const std::string &what) const
{
    throw PluginError(m_who + ": request of listener " + std::to_string(req.listener) + " on day "
        + std::to_string(req.day) + " (" + std::string(events::surfaceName(req.surface))
        + ", k = " + std::to_string(req.k) + "): " + what);
}

void SlateCheck::check(const events::RecRequest &req, const events::Slate &slate) const
{
    const auto &items = slate.items;
    const std::size_t k = std::size_t(std::max(0, req.k));
    if (items.size() > k)
        fail(req,
            "answered " + std::to_string(items.size()) + " tracks, more than the "
                + std::to_string(k) + " asked for");
    const std::size_t available = req.explicitAllowed ? m_released : m_releasedClean;
    if (items.empty() && available > 0 && k > 0)
        fail(req,
            "answered no track although " + std::to_string(available) + " tracks are available");
    const events::ObservableCatalog &catalog = *m_catalog;
    for (std::size_t pos = 0; pos < items.size(); ++pos) {
        const events::SlateEntry &e = items[pos];
        // Built only when a check fails: formatting it for every entry of every slate cost
        // more than all the checks together (tests/bench/plugin).
        const auto at = [pos] { return "position " + std::to_string(pos) + ": "; };
        if (e.track >= catalog.trackCount())
            fail(req,
                at() + "track " + std::to_string(e.track)
                    + " is not in the catalogue (track ids are 0.."
                    + std::to_string(catalog.trackCount() - 1) + ")");
        if (!catalog.isReleased(e.track, m_day))
            fail(req,
                at() + "track " + std::to_string(e.track) + " is not released yet (release day "
                    + std::to_string(catalog.releaseDay[e.track]) + ")");
        if (!req.explicitAllowed && catalog.isExplicit[e.track])
            fail(req,
                at() + "track " + std::to_string(e.track)
                    + " is explicit and the listener turned explicit content off");
        if (!(e.propensity > 0.0f && e.propensity <= 1.0f))
            fail(req,
                at() + "propensity " + number(double(e.propensity)) + " of track "
                    + std::to_string(e.track) + " is outside (0, 1]");
        if (!std::isfinite(e.score))
            fail(req,
                at() + "score of track " + std::to_string(e.track) + " is not a finite number");
    }
    // Duplicates: slates are short, so a sorted copy is cheap.
    thread_local std::vector<TrackId> sorted;
    sorted.clear();
    for (const auto &e : items)
        sorted.push_back(e.track);
    std::sort(sorted.begin(), sorted.end());
    const auto twice = std::adjacent_find(sorted.begin(), sorted.end());
    if (twice != sorted.end())
        fail(req, "track " + std::to_string(*twice) + " appears twice in one slate");
}

} // namespace td::plugin
