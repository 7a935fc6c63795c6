// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "stats/dominance.h"

#include <algorithm>
#include <cmath>

namespace td::stats {

namespace {

/// a is at least as good as b (`atLeast`) or better (`strictly`) in one objective.
bool atLeast(double a, double b, Better better)
{
    return better == Better::Higher ? a >= b : a <= b;
}
bool strictly(double a, double b, Better better)
{
    return better == Better::Higher ? a > b : a < b;
}
bool finite(const Objectives &p)
{
    return std::isfinite(p.x) && std::isfinite(p.y);
}

} // namespace

bool dominates(const Objectives &a, const Objectives &b, Better x, Better y)
{
    if (!finite(a) || !finite(b))
        return false;
    return atLeast(a.x, b.x, x) && atLeast(a.y, b.y, y)
        && (strictly(a.x, b.x, x) || strictly(a.y, b.y, y));
}

std::vector<std::size_t> paretoFront(const std::vector<Objectives> &points, Better x, Better y)
{
    std::vector<std::size_t> front;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!finite(points[i]))
            continue;
        const bool dominated = std::any_of(points.begin(), points.end(),
            [&](const Objectives &other) { return dominates(other, points[i], x, y); });
        if (!dominated)
            front.push_back(i);
    }
    std::sort(front.begin(), front.end(), [&points](std::size_t a, std::size_t b) {
        if (points[a].x != points[b].x)
            return points[a].x < points[b].x;
        if (points[a].y != points[b].y)
            return points[a].y < points[b].y;
        return a < b;
    });
    return front;
}

} // namespace td::stats
