// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/metriccatalog.h"

#include <algorithm>

namespace td::metrics {

const std::vector<MetricInfo> &metricCatalog()
{
    // Append only: the names are the CSV/JSON contract. Order is the column order.
    static const std::vector<MetricInfo> catalog {
        { "active_listeners", "listeners", "listeners with at least one session today" },
        { "population", "listeners", "listeners signed up and not churned at the end of the day" },
        { "arrivals", "listeners", "new listeners who signed up today" },
        { "sessions", "sessions", "listening sessions started today" },
        { "plays", "plays", "tracks started today (streams + skips), all surfaces" },
        { "streams", "plays", "plays of at least 30 s, all surfaces" },
        { "skip_rate", "share", "skips / plays over all surfaces, organic included" },
        { "listen_through", "share", "mean listened fraction of track duration over plays" },
        { "saves", "actions", "tracks saved to the library today" },
        { "session_length", "tracks", "mean plays per session" },
        { "churned", "listeners", "listeners who churned today" },
        { "churn_rate", "share/day", "churned / population at the start of the day" },
        { "winbacks", "listeners", "churned listeners who came back today" },
        { "mean_satisfaction", "0..1", "mean satisfaction of listeners not churned" },
        { "satisfaction_p25", "0..1", "25th percentile of satisfaction (not churned)" },
        { "satisfaction_p50", "0..1", "median satisfaction (not churned)" },
        { "satisfaction_p75", "0..1", "75th percentile of satisfaction (not churned)" },
        { "ltv_premium_days", "days", "cumulative premium listener-days active so far" },
        { "rec_share", "share", "share of streams that came from recommendations" },
        { "exploration_share", "share", "share of shown slate items the policy explored" },
    };
    return catalog;
}

int metricIndex(std::string_view name)
{
    const auto &c = metricCatalog();
    const auto it
        = std::find_if(c.begin(), c.end(), [&](const MetricInfo &m) { return m.name == name; });
    return it == c.end() ? -1 : int(it - c.begin());
}

} // namespace td::metrics
