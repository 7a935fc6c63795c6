// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "stats/interval.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace td::stats {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double tQuantile(double p, int df)
{
    const boost::math::students_t_distribution<double> t(double(std::max(1, df)));
    // The complement keeps the precision of upper quantiles (p close to 1).
    return p >= 0.5 ? boost::math::quantile(boost::math::complement(t, 1.0 - p))
                    : boost::math::quantile(t, p);
}

double tQuantile975(int df)
{
    return tQuantile(0.975, df);
}

MeanInterval meanInterval(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    MeanInterval r;
    r.n = int(values.size());
    r.mean = r.sd = r.low = r.high = kNaN;
    if (r.n == 0)
        return r;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    r.mean = sum / double(r.n);
    if (r.n < 2)
        return r;
    double squares = 0.0;
    for (double v : values)
        squares += (v - r.mean) * (v - r.mean);
    r.sd = std::sqrt(squares / double(r.n - 1));
    const double half = tQuantile975(r.n - 1) * r.sd / std::sqrt(double(r.n));
    r.low = r.mean - half;
    r.high = r.mean + half;
    return r;
}

MeanInterval pairedDifference(const std::vector<double> &a, const std::vector<double> &b)
{
    assert(a.size() == b.size());
    std::vector<double> differences;
    differences.reserve(a.size());
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        if (std::isfinite(a[i]) && std::isfinite(b[i]))
            differences.push_back(b[i] - a[i]);
    return meanInterval(std::move(differences));
}

double tTestPValue(const MeanInterval &d)
{
    if (d.n < 2 || !std::isfinite(d.mean) || !std::isfinite(d.sd))
        return kNaN;
    if (d.sd == 0.0)
        return d.mean == 0.0 ? 1.0 : 0.0;
    const double t = d.mean / (d.sd / std::sqrt(double(d.n)));
    const boost::math::students_t_distribution<double> dist(double(d.n - 1));
    return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(dist, std::abs(t))));
}

} // namespace td::stats
