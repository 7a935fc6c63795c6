// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "metrics/engagement.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::metrics {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
double ratio(double a, double b)
{
    return b > 0.0 ? a / b : kNaN;
}
} // namespace

double quantile(std::vector<float> &values, double q)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const double pos = q * double(values.size() - 1);
    const std::size_t lo = std::size_t(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    const double frac = pos - double(lo);
    return double(values[lo]) + frac * (double(values[hi]) - double(values[lo]));
}

void computeEngagement(const world::DayCounters &c, const world::Population &pop,
    std::size_t arrivals, double &ltvSoFar, DayMetrics &out)
{
    std::vector<float> satisfaction;
    satisfaction.reserve(pop.size());
    double satSum = 0.0;
    for (ListenerId l = 0; l < pop.size(); ++l) {
        if (pop.churned[l])
            continue;
        satisfaction.push_back(pop.satisfaction[l]);
        satSum += pop.satisfaction[l];
    }
    ltvSoFar += double(c.premiumPopulation);

    out.set("active_listeners", double(c.activeListeners));
    out.set("population", double(satisfaction.size()));
    out.set("arrivals", double(arrivals));
    out.set("sessions", double(c.sessions));
    out.set("plays", double(c.plays));
    out.set("streams", double(c.streams));
    out.set("skip_rate", ratio(double(c.skips), double(c.plays)));
    out.set("listen_through", ratio(c.listenFractionSum, double(c.plays)));
    out.set("saves", double(c.saves));
    out.set("session_length", ratio(double(c.plays), double(c.sessions)));
    out.set("churned", double(c.churned));
    out.set("churn_rate", ratio(double(c.churned), double(c.startPopulation)));
    out.set("winbacks", double(c.winbacks));
    out.set("mean_satisfaction", ratio(satSum, double(satisfaction.size())));
    out.set("satisfaction_p25", quantile(satisfaction, 0.25));
    out.set("satisfaction_p50", quantile(satisfaction, 0.50));
    out.set("satisfaction_p75", quantile(satisfaction, 0.75));
    out.set("ltv_premium_days", ltvSoFar);
    out.set("rec_share", ratio(double(c.recStreams), double(c.streams)));
    out.set("exploration_share", ratio(double(c.explored), double(c.shown)));
    out.set("cancellations", double(c.cancellations));
    out.set("discoveries", double(c.discoveries));
    double slowSum = 0.0;
    for (ListenerId l = 0; l < pop.size(); ++l)
        slowSum += pop.churned[l] ? 0.0 : double(pop.slowSatisfaction[l]);
    out.set("mean_slow_satisfaction", ratio(slowSum, double(satisfaction.size())));
    out.set("context_inference_accuracy", ratio(double(c.contextHits), double(c.contextGuesses)));
    out.set("rec_requests", double(c.recRequests));
}

} // namespace td::metrics
