// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/replicate/protocol.h"

#include "run/replicate/protocols.h"
#include "sim/scenario/scenarioio.h"

#include <cmath>
#include <stdexcept>

namespace td::run::replicate {

namespace {

std::vector<Protocol> makeProtocols()
{
    std::vector<Protocol> list;
    // The sizes of the existing replications (600 × 2,000, 40 days) are the defaults where
    // the paper's windows fit; the CI sizes are the smallest that still fill every window.
    list.push_back({ "chaney",
        "Chaney, Stewart & Engelhardt 2018, How algorithmic confounding in recommendation "
        "systems increases homogeneity and decreases utility",
        "after a random start-up, a recommender trained on its own confounded data makes the "
        "users it considers alike consume more alike than the ideal recommender does "
        "(positive), increasingly over time (growing)",
        { { "gap_last", "paired Jaccard, pipeline minus ideal, last 5 days", Expect::Positive },
            { "gap_growth", "gap_last minus the gap on days startup+2..startup+6",
                Expect::Positive } },
        { 600, 2000, 40 }, { 120, 400, 24 }, { 20, 200, 22 } });
    list.push_back({ "jiang",
        "Jiang, Chiappa, Lattimore, Gyorgy & Kohli 2019, Degenerate feedback loops in "
        "recommender systems",
        "without exploration the recommended sub-genre mix narrows, and exploration that "
        "reaches beyond retrieval slows the narrowing",
        { { "wide_slowdown",
              "greedy narrowing minus that of epsilon-greedy 0.2 with explore_share 0.5 (bits)",
              Expect::Positive },
            { "greedy_narrowing", "greedy entropy, days 1-5 minus the last 10 days (bits)",
                Expect::Positive },
            { "epsilon_slowdown",
                "greedy narrowing minus that of epsilon-greedy 0.2 over the retrieved pool "
                "(bits)",
                Expect::Positive } },
        { 600, 2000, 40 }, { 120, 400, 20 }, { 20, 200, 16 } });
    list.push_back({ "mansoury",
        "Mansoury, Abdollahpouri, Pechenizkiy, Mobasher & Burke 2020, Feedback loop and bias "
        "amplification in recommender systems",
        "retrained on its own feedback, a CF recommender shows ever more popular tracks, and "
        "the miscalibration of niche listeners' recommendations grows, more than mainstream "
        "listeners'",
        { { "niche_growth",
              "niche listeners' recommended popularity, last 10 days minus days 1-5 "
              "(percentile points; their taste is fixed, so this is their miscalibration's "
              "growth)",
              Expect::Positive },
            { "overall_growth", "popularity_bias_rec, last 10 days minus days 1-5",
                Expect::Positive },
            { "niche_vs_mainstream",
                "niche growth minus the growth of mainstream listeners' |miscalibration|",
                Expect::Positive } },
        { 600, 2000, 40 }, { 120, 400, 20 }, { 20, 200, 16 } });
    list.push_back({ "anderson",
        "Anderson, Maystre, Mehrotra, Anderson & Lalmas 2020, Algorithmic effects on the "
        "diversity of consumption on Spotify",
        "organic listening is more diverse than recommended listening (gs_score_rec above "
        "gs_score_organic), and listeners with more diverse listening churn less",
        { { "rec_minus_organic_gs", "gs_score_rec minus gs_score_organic, days 7 to the end",
              Expect::Positive },
            { "specialist_minus_generalist_churn",
                "churn share in the second half, most specialist GS tercile minus most "
                "generalist",
                Expect::Positive } },
        { 2000, 5000, 60 }, { 150, 400, 16 }, { 20, 200, 14 } });
    list.push_back({ "ope",
        "Off-policy evaluation (IPS: Horvitz & Thompson 1952, Li et al. 2011; SNIPS: "
        "Swaminathan & Joachims 2015)",
        "from epsilon-greedy logs the estimates of the greedy policy's Home stream rate are "
        "unbiased: across seeds, the interval of each estimate's error against ope_truth "
        "contains zero",
        { { "ips_error", "ope_ips minus ope_truth, second half of the run", Expect::ContainsZero },
            { "snips_error", "ope_snips minus ope_truth, second half of the run",
                Expect::ContainsZero } },
        { 2000, 5000, 20 }, { 150, 400, 8 }, { 20, 200, 4 } });
    return list;
}

} // namespace

const std::vector<Protocol> &protocols()
{
    static const std::vector<Protocol> list = makeProtocols();
    return list;
}

const Protocol *findProtocol(const std::string &name)
{
    for (const Protocol &p : protocols()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

sim::Scenario baseScenario(
    const std::string &kind, double malleability, const Size &size, std::uint64_t seed)
{
    sim::Scenario s;
    // Through the scenario's own validation, so an out-of-range size is reported with the
    // field's name and range like a bad --set.
    try {
        sim::setScenarioValue(s, "run.days", std::to_string(size.days));
        sim::setScenarioValue(s, "world.listeners.count", std::to_string(size.listeners));
        sim::setScenarioValue(s, "world.catalog.tracks", std::to_string(size.tracks));
        sim::setScenarioValue(s, "recommender.kind", kind);
    } catch (const sim::ScenarioError &e) {
        throw std::invalid_argument(e.what());
    }
    s.run.seed = seed;
    s.world.listeners.malleability = malleability;
    s.recommender.policy.kind = recsys::policy::PolicyKind::Greedy;
    return s;
}

void checkSize(const Protocol &p, const Size &size)
{
    auto check = [&](const char *flag, int value, int minimum) {
        if (value < minimum)
            throw std::invalid_argument(std::string("--") + flag + ": " + p.name
                + " needs at least " + std::to_string(minimum) + ", got " + std::to_string(value));
    };
    check("listeners", size.listeners, p.minimum.listeners);
    check("tracks", size.tracks, p.minimum.tracks);
    check("days", size.days, p.minimum.days);
    baseScenario("pipeline", 0.0, size, 1); // the scenario's own ranges
}

SeedResult seedResult(const ChaneyResult &c)
{
    SeedResult r;
    r.values = { c.gapLast, c.gapLast - c.gapFirst };
    r.details = { { "gap_first", c.gapFirst }, { "gap_middle", c.gapMiddle },
        { "gap_last", c.gapLast }, { "random_minus_ideal_last", c.randomLast },
        { "homogenization_jaccard_pipeline", c.windowedPipeline },
        { "homogenization_jaccard_ideal", c.windowedIdeal },
        { "homogenization_jaccard_random", c.windowedRandom } };
    return r;
}

SeedResult seedResult(const JiangResult &j)
{
    SeedResult r;
    const double g = j.greedy.narrowing();
    r.values = { g - j.wide.narrowing(), g, g - j.epsilon.narrowing() };
    r.details = { { "greedy_early", j.greedy.early }, { "greedy_late", j.greedy.late },
        { "epsilon_early", j.epsilon.early }, { "epsilon_late", j.epsilon.late },
        { "wide_early", j.wide.early }, { "wide_late", j.wide.late } };
    return r;
}

SeedResult seedResult(const MansouryResult &m)
{
    SeedResult r;
    const double niche = m.nicheLate - m.nicheEarly;
    const double mainstream
        = std::abs(m.mainLate - m.mainTaste) - std::abs(m.mainEarly - m.mainTaste);
    r.values = { niche, m.overallLate - m.overallEarly, niche - mainstream };
    r.details = { { "overall_early", m.overallEarly }, { "overall_late", m.overallLate },
        { "niche_taste", m.nicheTaste }, { "niche_early", m.nicheEarly },
        { "niche_late", m.nicheLate }, { "mainstream_taste", m.mainTaste },
        { "mainstream_early", m.mainEarly }, { "mainstream_late", m.mainLate } };
    return r;
}

SeedResult seedResult(const AndersonResult &a)
{
    SeedResult r;
    r.values = { a.gsRec - a.gsOrganic, a.churnSpecialist - a.churnGeneralist };
    r.details = { { "gs_score_organic", a.gsOrganic }, { "gs_score_rec", a.gsRec },
        { "listeners", double(a.listeners) }, { "churn_generalist", a.churnGeneralist },
        { "churn_middle", a.churnMiddle }, { "churn_specialist", a.churnSpecialist },
        { "cancel_generalist", a.cancelGeneralist }, { "cancel_specialist", a.cancelSpecialist } };
    return r;
}

SeedResult seedResult(const OpeResult &o)
{
    SeedResult r;
    r.values = { o.ips - o.truth, o.snips - o.truth };
    r.details = { { "ope_ips", o.ips }, { "ope_snips", o.snips }, { "ope_truth", o.truth },
        { "home_stream_rate", o.logger } };
    return r;
}

SeedResult runSeed(const Protocol &p, std::uint64_t seed, const Size &size, unsigned threads)
{
    checkSize(p, size);
    SeedResult r;
    if (p.name == "chaney")
        r = seedResult(chaney(size, seed, threads));
    else if (p.name == "jiang")
        r = seedResult(jiang(size, seed, threads));
    else if (p.name == "mansoury")
        r = seedResult(mansoury(size, seed, threads));
    else if (p.name == "anderson")
        r = seedResult(anderson(size, seed, threads));
    else if (p.name == "ope")
        r = seedResult(ope(size, seed, threads));
    else
        throw std::invalid_argument("unknown protocol '" + p.name + "'");
    r.seed = seed;
    for (std::size_t i = 0; i < r.values.size(); ++i) {
        if (!std::isfinite(r.values[i]))
            throw std::runtime_error(p.name + ": " + p.measures[i].name + " is undefined on seed "
                + std::to_string(seed)
                + " at this size (a window without data); use more "
                  "listeners or days");
    }
    return r;
}

} // namespace td::run::replicate
