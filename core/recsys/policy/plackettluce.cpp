// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/policy/plackettluce.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace td::recsys::policy {

namespace {

constexpr double kLn2 = 0.693147180559945309417;
constexpr double kInfinity = std::numeric_limits<double>::infinity();
/// Sub-grids per sqrt(slot): P(j others arrived by e^v) is a bump of width ~1/sqrt(j + 1) in
/// v, and the trapezoid error is ~exp(−2π²σ²/h²). 0.67 keeps the per-slot sums within 5e−7
/// of 1 for K = 2..80 on equal weights (the narrowest bumps); 0.9 would give 3e−8.
constexpr double kGridPerSqrtSlot = 0.67;
/// A query item counts from ln(w t) = this on: before, its density is < 2.1e−9 in total.
constexpr double kActivateLog = -20.0;
/// e^{−wt} below this: the item has surely arrived (a plain shift of the distribution).
constexpr double kSure = 1e-18;
/// Stop once P(at most K arrivals) is below this: no later node can contribute more.
constexpr double kMassEpsilon = 1e-16;
/// Coefficients of the arrival count whose Chernoff bound is below e^{−41.4} = 1e−18 are
/// dropped: early nodes, with few arrivals, need only a few of the K + 1.
constexpr double kTailLog = 41.4;
/// Slots ≥ 1 need another arrival first, so the integrand is ≤ w_i W e^{2v}: starting at
/// e^{2v} = 2 kLowerTail / W leaves out at most kLowerTail of each probability.
constexpr double kLowerTail = 1e-10;
/// Non-query items with x = w t below kSmallX enter in bulk, through moments of the weights:
/// Σ_k log(e_k + q_k z) = −T_1 + Σ_m (−1)^{m+1} P_m z^m / m with ρ = e^x − 1,
/// P_m = Σ_k ρ_k^m = Σ_{j=m}^{J} m! S(j, m) / j! · T_j and T_j = Σ_k x_k^j = t^j Σ_k w_k^j
/// (S: Stirling numbers of the second kind). The suffix sums of w^j are computed once per
/// call (relative to the suffix's first weight), so these items cost nothing per node. Dropping
/// x^{J+1} leaves < 0.2^15 per item.
constexpr double kSmallX = 0.2;
constexpr double kLogSmallX = -1.6094379124341003; // ln 0.2
constexpr int kOrder = 14; // J

/// c[m][j] = m! S(j, m) / j!: the x^j coefficient of (e^x − 1)^m.
struct StirlingTable
{
    std::array<std::array<double, kOrder + 1>, kOrder + 1> c {};
    StirlingTable()
    {
        // (e^x − 1)^m = (e^x − 1)^{m−1} · Σ_{i≥1} x^i / i!, truncated at x^J.
        std::array<double, kOrder + 1> inv {};
        double fact = 1.0;
        for (int i = 1; i <= kOrder; ++i) {
            fact *= i;
            inv[i] = 1.0 / fact;
        }
        c[1] = inv;
        c[1][0] = 0.0;
        for (int m = 2; m <= kOrder; ++m)
            for (int j = m; j <= kOrder; ++j)
                for (int i = 1; i <= j - (m - 1); ++i)
                    c[m][j] += c[m - 1][j - i] * inv[i];
    }
};

const StirlingTable &stirling()
{
    static const StirlingTable table;
    return table;
}

/// p ← p · (e + q X), truncated to `len` coefficients (one Poisson-binomial factor).
inline void mulFactor(double *p, int len, double e, double q)
{
    for (int c = len - 1; c > 0; --c)
        p[c] = p[c] * e + p[c - 1] * q;
    p[0] *= e;
}

/// out ← in · (e + q X), truncated to `len` coefficients.
inline void mulFactorInto(const double *in, double *out, int len, double e, double q)
{
    out[0] = in[0] * e;
    for (int c = 1; c < len; ++c)
        out[c] = in[c] * e + in[c - 1] * q;
}

/// Length that keeps every coefficient of a Poisson-binomial with mean μ that can exceed
/// 1e−18: by Chernoff, P(N ≥ c) ≤ e^{−μ} (eμ/c)^c for c > μ.
int significantLength(double mu, int len)
{
    if (mu <= 0.0)
        return 1;
    const double logMu = std::log(mu);
    for (int c = std::max(1, static_cast<int>(std::ceil(mu)) + 1); c < len; ++c)
        if (c * (std::log(double(c)) - logMu - 1.0) + mu > kTailLog)
            return c;
    return len;
}

/// p ← p · (e1 + q1 X)(e2 + q2 X): two factors in one pass over p.
inline void mulFactorPair(double *p, int len, double e1, double q1, double e2, double q2)
{
    const double a0 = e1 * e2, a1 = e1 * q2 + q1 * e2, a2 = q1 * q2;
    for (int c = len - 1; c > 1; --c)
        p[c] = p[c] * a0 + p[c - 1] * a1 + p[c - 2] * a2;
    if (len > 1)
        p[1] = p[1] * a0 + p[0] * a1;
    p[0] *= a0;
}

/// p ← p · Π_{small k}(e_k + q_k X) from the moments T_1..T_J (see kSmallX).
void mulSmallItems(double *p, int len, const double *moments, double *work)
{
    const StirlingTable &table = stirling();
    std::array<double, kOrder + 1> powerSums {}; // P_m
    for (int m = 1; m <= kOrder; ++m) {
        double acc = 0.0;
        for (int j = kOrder; j >= m; --j)
            acc += table.c[m][j] * moments[j - 1];
        powerSums[m] = acc;
    }
    // E = exp(G), G' = Σ_m (−1)^{m+1} P_m z^{m−1}  ⇒  m E_m = Σ_k (−1)^{k+1} P_k E_{m−k}.
    double *f = work;
    f[0] = 1.0;
    for (int m = 1; m < len; ++m) {
        double acc = 0.0;
        for (int k = 1; k <= std::min(m, kOrder); ++k)
            acc += ((k % 2) ? powerSums[k] : -powerSums[k]) * f[m - k];
        f[m] = acc / m;
    }
    const double scale = std::exp(-moments[0]);
    for (int c = len - 1; c >= 0; --c) {
        double acc = 0.0;
        for (int b = 0; b <= c; ++b)
            acc += p[b] * f[c - b];
        p[c] = acc * scale;
    }
}

double sortable(double v)
{
    return std::isnan(v) ? -kInfinity : v;
}

} // namespace

void plackettLuceMarginals(const double *logWeights, std::size_t n, int slots,
    PlackettLuceQuery *queries, std::size_t queryCount, PlackettLuceScratch &s)
{
    for (std::size_t qi = 0; qi < queryCount; ++qi)
        std::fill(queries[qi].out,
            queries[qi].out + std::max(0, queries[qi].lastSlot - queries[qi].firstSlot + 1), 0.0);
    if (n == 0 || slots <= 0)
        return;
    const int k = static_cast<int>(std::min<std::size_t>(std::size_t(slots), n));

    s.sorted.resize(n);
    std::iota(s.sorted.begin(), s.sorted.end(), 0u);
    std::sort(s.sorted.begin(), s.sorted.end(), [logWeights](std::uint32_t a, std::uint32_t b) {
        const double la = sortable(logWeights[a]), lb = sortable(logWeights[b]);
        return la > lb || (la == lb && a < b);
    });
    const double top = sortable(logWeights[s.sorted[0]]);
    if (!(top > -kInfinity))
        return; // every weight is 0: no distribution
    s.rel.resize(n);
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        s.rel[i] = sortable(logWeights[s.sorted[i]]) - top;
        sum += std::exp(s.rel[i]);
    }
    const double logSum = std::log(sum);

    // Slot 0 is closed form.
    for (std::size_t qi = 0; qi < queryCount; ++qi) {
        const PlackettLuceQuery &query = queries[qi];
        if (query.firstSlot == 0 && query.lastSlot >= 0)
            query.out[0] = std::exp(sortable(logWeights[query.item]) - top - logSum);
    }
    if (k == 1)
        return;

    // Query slots by sorted position; suffix moments Σ_{pos ≥ p, not a query} w^j.
    s.queryOf.assign(n, -1);
    for (std::size_t qi = 0; qi < queryCount; ++qi)
        s.queryOf[queries[qi].item] = static_cast<std::int32_t>(qi);
    s.queryAt.resize(n);
    s.queryPositions.clear();
    for (std::size_t p = 0; p < n; ++p) {
        s.queryAt[p] = s.queryOf[s.sorted[p]];
        if (s.queryAt[p] >= 0)
            s.queryPositions.push_back(static_cast<std::uint32_t>(p));
    }
    // Suffix moments relative to the suffix's first item, so far-apart weights never
    // underflow: M_j(p) = Σ_{p' ≥ p, not a query} e^{j (rel_p' − rel_p)}, and at a node
    // T_j = e^{j (rel_p + v)} M_j(p) with p = mid.
    s.moments.assign((n + 1) * kOrder, 0.0);
    for (std::size_t p = n; p-- > 0;) {
        double *dst = &s.moments[p * kOrder];
        const double *src = &s.moments[(p + 1) * kOrder];
        const double own = s.queryAt[p] >= 0 ? 0.0 : 1.0;
        const double ratio = p + 1 < n ? std::exp(s.rel[p + 1] - s.rel[p]) : 0.0;
        double power = ratio;
        for (int j = 0; j < kOrder; ++j) {
            dst[j] = own + (power > 0.0 ? power * src[j] : 0.0);
            power *= ratio;
        }
    }

    s.x.resize(n);
    s.q.resize(n);
    s.e.resize(n);
    const int maxLen = k + 1;
    s.base.resize(std::size_t(2 * maxLen));
    s.prefix.resize(std::size_t(maxLen));
    s.suffix.resize((s.queryPositions.size() + 1) * std::size_t(maxLen));
    s.activeQueries.reserve(s.queryPositions.size());

    const double *rel = s.rel.data();
    const std::int32_t *queryAt = s.queryAt.data();
    const std::uint32_t *queryPositions = s.queryPositions.data();
    const std::size_t queryTotal = s.queryPositions.size();
    double *x = s.x.data(), *q = s.q.data(), *e = s.e.data();
    auto initialise = [&](std::size_t p, double v) {
        x[p] = std::exp(rel[p] + v);
        q[p] = -std::expm1(-x[p]);
        e[p] = std::exp(-x[p]);
    };
    // Next node, ln 2 further: x doubles, e^{−2x} = (e^{−x})². Each item keeps the smaller of
    // q and e accurate: q' = q(2 − q) while q < 1/2, then e' = e².
    auto advance = [&](std::size_t p) {
        x[p] *= 2.0;
        if (q[p] < 0.5) {
            q[p] = q[p] * (2.0 - q[p]);
            e[p] = 1.0 - q[p];
        } else {
            e[p] *= e[p];
            q[p] = 1.0 - e[p];
        }
    };

    const int subgrids
        = std::max(2, static_cast<int>(std::ceil(kGridPerSqrtSlot * std::sqrt(double(k)))));
    const double firstNode = std::max(kActivateLog, 0.5 * std::log(2.0 * kLowerTail / sum));
    for (int g = 0; g < subgrids; ++g) {
        // Positions [0, sure) surely arrived; [sure, mid) are tracked one by one; non-query
        // items from `mid` on enter through the moments; query items in [mid, active) are
        // tracked one by one too; nothing from `active` on has started to count.
        std::size_t sure = 0, mid = 0, active = 0, firstQuery = 0, endQuery = 0;
        // Nodes sit on one lattice v = start + m ln 2 for every sub-grid, jumps included, so
        // the sub-grids interleave evenly everywhere and their first-order errors cancel.
        const double start = firstNode + g * kLn2 / subgrids;
        double steps = 0.0;
        for (;;) {
            const double v = start + steps * kLn2;
            while (active < n && rel[active] + v >= kActivateLog) {
                if (queryAt[active] >= 0)
                    initialise(active, v);
                ++active;
            }
            while (endQuery < queryTotal && queryPositions[endQuery] < active)
                ++endQuery;
            while (mid < active && rel[mid] + v >= kLogSmallX) {
                if (queryAt[mid] < 0)
                    initialise(mid, v);
                ++mid;
            }
            while (sure < mid && e[sure] < kSure)
                ++sure;
            while (firstQuery < endQuery && queryPositions[firstQuery] < sure)
                ++firstQuery;
            if (sure >= std::size_t(k))
                break; // every slot is taken by a sure arrival
            if (sure == active) {
                // Nothing in flight: jump to the lattice node where the next item counts.
                if (active == n || !(rel[active] > -kInfinity))
                    break;
                steps
                    = std::max(steps + 1.0, std::ceil((kActivateLog - rel[active] - start) / kLn2));
                continue;
            }
            const int shift = static_cast<int>(sure);
            std::array<double, kOrder> moments {};
            double mu = 0.0; // expected arrivals beyond the sure ones
            if (mid < n && rel[mid] > -kInfinity) {
                const double *suffixSums = &s.moments[mid * kOrder];
                const double head = std::exp(rel[mid] + v); // x of the first bulk item
                double power = head;
                for (int j = 0; j < kOrder; ++j) {
                    moments[std::size_t(j)] = suffixSums[j] * power;
                    power *= head;
                }
                mu += moments[0]; // Σ x ≥ Σ q: a safe over-estimate
            }
            for (std::size_t p = sure; p < mid; ++p)
                if (queryAt[p] < 0)
                    mu += q[p];
            for (std::size_t m = firstQuery; m < endQuery; ++m)
                mu += q[queryPositions[m]];
            // Arrivals beyond the sure ones: 0 .. k − shift, or fewer while few can have come.
            const int len = significantLength(mu, k - shift + 1);
            double *base = s.base.data();
            std::fill(base, base + len, 0.0);
            base[0] = 1.0;
            std::size_t pending = n; // a non-query item waiting for a partner
            for (std::size_t p = sure; p < mid; ++p) {
                if (queryAt[p] >= 0)
                    continue;
                if (pending == n) {
                    pending = p;
                } else {
                    mulFactorPair(base, len, e[pending], q[pending], e[p], q[p]);
                    pending = n;
                }
            }
            if (pending != n)
                mulFactor(base, len, e[pending], q[pending]);
            if (moments[0] > 0.0)
                mulSmallItems(base, len, moments.data(), base + maxLen);
            const std::size_t r = endQuery - firstQuery;
            const std::uint32_t *liveQueries = queryPositions + firstQuery;
            double *suffix = s.suffix.data();
            std::fill(suffix + r * len, suffix + (r + 1) * len, 0.0);
            suffix[r * len] = 1.0;
            for (std::size_t m = r; m-- > 0;)
                mulFactorInto(suffix + (m + 1) * len, suffix + m * len, len, e[liveQueries[m]],
                    q[liveQueries[m]]);
            double *prefix = s.prefix.data();
            std::copy(base, base + len, prefix);
            for (std::size_t m = 0; m < r; ++m) {
                const std::uint32_t p = liveQueries[m];
                const PlackettLuceQuery &query = queries[queryAt[p]];
                const double density = e[p] > 0.0 ? x[p] * e[p] : 0.0;
                if (density > 0.0) {
                    const double *others = suffix + (m + 1) * len;
                    const int first = std::max({ query.firstSlot, 1, shift });
                    const int last = std::min({ query.lastSlot, k - 1, shift + len - 1 });
                    for (int j = first; j <= last; ++j) {
                        const int c = j - shift;
                        double coef = 0.0;
                        for (int b = 0; b <= c; ++b)
                            coef += prefix[b] * others[c - b];
                        query.out[j - query.firstSlot] += density * coef;
                    }
                }
                mulFactor(prefix, len, e[p], q[p]);
            }
            double mass = 0.0;
            for (int c = 0; c < len; ++c)
                mass += prefix[c];
            if (!(mass >= kMassEpsilon))
                break;
            steps += 1.0;
            for (std::size_t p = sure; p < mid; ++p)
                advance(p);
            for (std::size_t m = firstQuery; m < endQuery; ++m)
                if (queryPositions[m] >= mid)
                    advance(queryPositions[m]);
        }
    }
    const double step = kLn2 / subgrids;
    for (std::size_t qi = 0; qi < queryCount; ++qi) {
        const PlackettLuceQuery &query = queries[qi];
        for (int j = std::max(query.firstSlot, 1); j <= query.lastSlot; ++j)
            query.out[j - query.firstSlot] *= step;
    }
}

} // namespace td::recsys::policy
