// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/slatepolicy.h"

#include "recsys/pipeline/collaborativemodel.h"
#include "recsys/policy/explorationpolicy.h"
#include "recsys/policy/linucbmodel.h"

#include <cmath>

namespace td::recsys {

SlatePolicy::~SlatePolicy() = default;

void SlatePolicy::learnRows(const float *, const float *, std::size_t) { }

namespace {

constexpr double kLinUcbDecayPerDay = 0.9;

/// Adapts a policy::ExplorationPolicy (core/recsys/policy, docs/policies.md) to the
/// pipeline: builds its candidates from the ranked list (ranker score, CF posterior std,
/// item-side uncertainty, item factors, ranker features, audio features for MMR) and keeps
/// the LinUCB model, which learns from each day's labelled impressions.
class PipelineSlatePolicy final : public SlatePolicy
{
public:
    /// `surface`: index into kServedSurfaceNames; -1 = recommender.policy itself.
    PipelineSlatePolicy(const RecommenderParams &params, int surface)
        : m_surface(surface), m_kind(ownParams(params).kind),
          m_id(std::uint8_t(std::uint8_t(m_kind) + 1)), m_linucb(kFeatureCount, 1.0)
    {
        configure(params);
    }

    policy::PolicyKind kind() const override { return m_kind; }
    std::uint8_t id() const override { return m_id; }
    void configure(const RecommenderParams &params) override
    {
        m_policy = policy::makePolicy(params, ownParams(params));
        policy::ExplorationPolicy::Options target;
        target.mmrLambda = params.mmrLambda;
        target.propensitySamples = params.opeTarget.propensitySamples;
        m_target = policy::makePolicy(params.opeTarget, target);
    }
    bool needsPosterior() const override
    {
        auto needs = [](const policy::ExplorationPolicy &p) {
            return p.kind() == policy::PolicyKind::Ucb || p.kind() == policy::PolicyKind::Thompson;
        };
        return needs(*m_policy) || needs(*m_target);
    }
    bool logsStochastically() const override
    {
        return m_policy->propensityMethod() != policy::PropensityMethod::Deterministic;
    }

    void select(const ItemVectors &items, const std::vector<Candidate> &candidates,
        const std::vector<std::size_t> &ranked, const PolicyRequest &request, base::Rng &rng,
        PolicyScratch &scratch, events::Slate &out) const override
    {
        const int f = request.factors;
        const bool withModel = request.userVector != nullptr;
        scratch.candidates.clear();
        for (std::size_t idx : ranked) {
            const Candidate &c = candidates[idx];
            policy::PolicyCandidate pc;
            pc.track = c.track;
            pc.score = c.rankerScore;
            pc.itemFactors = withModel ? items.factors(c.track) : nullptr;
            pc.features = c.features.data();
            pc.diversityVector = items.audioFeatures(c.track);
            pc.source = c.sources;
            if (scratch.posterior && pc.itemFactors) {
                const Eigen::Map<const Eigen::VectorXf> y(pc.itemFactors, f);
                pc.cfUncertainty = float(std::sqrt(std::max(0.0, scratch.posterior->variance(y))));
                // Item side: x_uᵀ Σ_i x_u from the ALS item posterior (docs/policies.md).
                pc.itemUncertainty = float(std::sqrt(std::max(0.0,
                    items.collaborative->itemPosteriors().variance(c.track, request.userVector))));
            }
            scratch.candidates.push_back(pc);
        }
        policy::PolicyContext context;
        context.k = request.k;
        context.featureCount = kFeatureCount;
        context.linucb = &m_linucb;
        context.diversityDim = events::kAudioFeatureCount;
        if (scratch.posterior) {
            const auto b = scratch.posterior->covarianceSqrt();
            scratch.covFactor.assign(b.data(), b.data() + b.size());
            context.factorCount = f;
            context.userCovFactor = scratch.covFactor.data();
        }
        m_policy->select(scratch.candidates.data(), scratch.candidates.size(), context, rng,
            scratch.policy, scratch.slate);
        out.items.clear();
        scratch.chosen.clear();
        scratch.bonus.clear();
        for (const auto &item : scratch.slate) {
            const auto &pc = scratch.candidates[item.candidate];
            out.items.push_back({ pc.track, item.key, item.propensity, pc.source,
                std::uint8_t(item.offGreedy ? 1 : 0) });
            scratch.chosen.push_back(ranked[item.candidate]);
            scratch.bonus.push_back(item.bonus);
        }
        scratch.opeWeights.clear();
        out.targetPropensities.clear();
        if (request.opeRng && logsStochastically() && !scratch.slate.empty()) {
            // Per-position importance weights of the target policy on this very request.
            const std::size_t n = scratch.candidates.size();
            const std::size_t k = scratch.slate.size();
            m_target->marginals(scratch.candidates.data(), n, context, *request.opeRng,
                scratch.policy, m_target->propensitySamples(), scratch.marginals);
            for (std::size_t pos = 0; pos < k; ++pos) {
                const auto &item = scratch.slate[pos];
                const double target = scratch.marginals[std::size_t(item.candidate) * k + pos];
                scratch.opeWeights.push_back(float(target / double(item.propensity)));
                out.targetPropensities.push_back(target);
            }
        }
        out.targetSlate.clear();
        if (request.opeRng) {
            // Drawn after the weights' Monte Carlo so that the estimates keep their stream.
            m_target->drawSlate(scratch.candidates.data(), scratch.candidates.size(), context,
                *request.opeRng, scratch.policy, scratch.targetSlate);
            for (const auto &item : scratch.targetSlate)
                out.targetSlate.push_back(scratch.candidates[item.candidate].track);
        }
    }

    // The LinUCB model learns from every day (it is frozen during the day), whichever policy
    // serves, so that a live switch to LinUCB finds it trained; other policies learn through
    // the ranker and ALS. A day without rows leaves it as it was.
    void beginLearning() override { m_learnedToday = false; }
    void learnRows(const float *features, const float *labels, std::size_t rows) override
    {
        if (rows == 0)
            return;
        if (!m_learnedToday)
            m_linucb.decay(kLinUcbDecayPerDay); // tastes drift: old evidence counts less
        m_learnedToday = true;
        m_linucb.add(features, labels, rows);
    }
    void endLearning() override
    {
        if (m_learnedToday)
            m_linucb.commit();
    }

private:
    const PolicyParams &ownParams(const RecommenderParams &params) const
    {
        return m_surface < 0 ? params.policy : params.policyFor(m_surface);
    }

    int m_surface;
    policy::PolicyKind m_kind;
    std::uint8_t m_id;
    std::unique_ptr<policy::ExplorationPolicy> m_policy;
    std::unique_ptr<policy::ExplorationPolicy> m_target; ///< off-policy evaluation target
    policy::LinUcbModel m_linucb;
    bool m_learnedToday = false;
};

} // namespace

std::unique_ptr<SlatePolicy> makeSlatePolicy(const RecommenderParams &params)
{
    return std::make_unique<PipelineSlatePolicy>(params, -1);
}

std::unique_ptr<SlatePolicy> makeSlatePolicy(const RecommenderParams &params, int surface)
{
    return std::make_unique<PipelineSlatePolicy>(params, surface);
}

} // namespace td::recsys
