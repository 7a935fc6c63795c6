// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Exploration-stage benchmark (docs/policies.md): single-thread select() calls per second for
// each policy, without and with MMR, on synthetic candidates (scores in [0, 1), 32 ALS
// factors, 16 ranker features, 16-d diversity vectors, Thompson posterior factor B).
//
//   bench_policy [--pool N] [--k K] [--factors F] [--seconds S] [--samples S]
// Times are this thread's CPU time.
#include "base/rng.h"
#include "recsys/policy/explorationpolicy.h"
#include "recsys/policy/linucbmodel.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace td::recsys::policy;
using td::base::Purpose;
using td::base::Rng;

namespace {

/// CPU time of this thread: the machine may be shared, and wall time would count the waits.
double now()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

struct Setup
{
    int pool = 300, k = 20, factors = 32, features = 16, diversity = 16;
    double seconds = 0.5;
    int samples = kDefaultPropensitySamples;
};

} // namespace

int main(int argc, char **argv)
{
    Setup setup;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const double value = std::atof(argv[i + 1]);
        if (flag == "--pool")
            setup.pool = int(value);
        else if (flag == "--k")
            setup.k = int(value);
        else if (flag == "--factors")
            setup.factors = int(value);
        else if (flag == "--seconds")
            setup.seconds = value;
        else if (flag == "--samples")
            setup.samples = int(value);
        else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            return 2;
        }
    }
    const int n = setup.pool, f = setup.factors, d = setup.features, v = setup.diversity;
    Rng rng(1, Purpose::Metrics, 0, 0);
    std::vector<float> factors(std::size_t(n * f)), features(std::size_t(n * d)),
        diversity(std::size_t(n * v)), cov(std::size_t(f * f), 0.0f);
    for (float &x : factors)
        x = float(0.3 * rng.normal());
    for (float &x : features)
        x = float(rng.normal());
    for (float &x : diversity)
        x = float(rng.normal());
    for (int r = 0; r < f; ++r)
        for (int c = 0; c <= r; ++c)
            cov[std::size_t(r * f + c)] = float(r == c ? 0.3 : 0.02 * rng.normal());
    std::vector<PolicyCandidate> candidates(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        PolicyCandidate &c = candidates[std::size_t(i)];
        c.score = float(rng.uniform() * 0.6);
        c.itemFactors = &factors[std::size_t(i * f)];
        c.features = &features[std::size_t(i * d)];
        c.diversityVector = &diversity[std::size_t(i * v)];
        double s = 0.0;
        for (int a = 0; a < f; ++a) {
            double y = 0.0;
            for (int r = 0; r < f; ++r)
                y += double(cov[std::size_t(r * f + a)]) * c.itemFactors[r];
            s += y * y;
        }
        c.cfUncertainty = float(std::sqrt(s));
        c.itemUncertainty = i % 10 == 0 ? 0.2f : 0.0f;
    }
    LinUcbModel model(d, 1.0);
    std::vector<float> rows(std::size_t(2000 * d)), rewards(2000);
    for (float &x : rows)
        x = float(rng.normal());
    for (float &x : rewards)
        x = float(rng.uniform() < 0.4);
    model.update(rows.data(), rewards.data(), rewards.size());
    PolicyContext context;
    context.k = setup.k;
    context.factorCount = f;
    context.userCovFactor = cov.data();
    context.featureCount = d;
    context.linucb = &model;
    context.diversityDim = v;

    struct Case
    {
        const char *kind;
        double parameter;
    };
    const Case cases[] = { { "greedy", 0 }, { "epsilon_greedy", 0.1 }, { "softmax", 0.1 },
        { "softmax", 0.02 }, { "ucb", 1.0 }, { "thompson", 0 }, { "linucb", 1.0 } };
    std::printf("pool %d, K %d, factors %d, features %d, propensity samples %d\n", n, setup.k, f, d,
        setup.samples);
    std::printf("%-16s %6s %5s  %-13s %12s %10s\n", "policy", "param", "mmr", "propensity",
        "selects/s", "us/select");
    const char *methods[] = { "deterministic", "exact", "monte carlo" };
    for (const double mmr : { 0.0, 0.3 }) {
        for (const Case &c : cases) {
            td::recsys::PolicyParams params;
            td::recsys::policy::parsePolicyKind(c.kind, params.kind);
            params.epsilon = params.temperature = params.ucbBeta = params.linucbAlpha = c.parameter;
            const auto policy = makePolicy(params, { mmr, setup.samples });
            PolicyScratch scratch;
            std::vector<SlateItem> slate;
            long calls = 0;
            double checksum = 0.0;
            const double start = now();
            double elapsed = 0.0;
            while (elapsed < setup.seconds) {
                for (int r = 0; r < 20; ++r, ++calls) {
                    Rng policyRng(7, Purpose::Policy, std::uint64_t(calls), 0);
                    policy->select(
                        candidates.data(), candidates.size(), context, policyRng, scratch, slate);
                    checksum += slate[0].propensity;
                }
                elapsed = now() - start;
            }
            std::printf("%-16s %6.2f %5.2f  %-13s %12.0f %10.1f   (checksum %.3f)\n", c.kind,
                c.parameter, mmr, methods[int(policy->propensityMethod())], calls / elapsed,
                1e6 * elapsed / calls, checksum / calls);
        }
    }
    return 0;
}
