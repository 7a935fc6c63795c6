// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/collaborativemodel.h"

#include "base/hugepages.h"
#include "recsys/als/interactionmatrix.h"
#include "recsys/ann/annrecall.h"
#include "recsys/pipeline/evidencestore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::recsys {

using events::secondsSince;

CollaborativeModel::CollaborativeModel(int factors, std::uint64_t seed)
    : m_factors(factors), m_seed(seed)
{ }

const float *CollaborativeModel::userVector(ListenerId l) const
{
    if (!m_ready || l >= m_listeners || !m_known[l])
        return nullptr;
    return m_userVectors.data() + std::size_t(l) * std::size_t(m_factors);
}

const float *CollaborativeModel::itemVector(TrackId t) const
{
    if (!m_ready || t >= m_als.itemCount())
        return nullptr;
    return m_als.itemFactors().row(Eigen::Index(t)).data();
}

float CollaborativeModel::predictedScore(ListenerId l, TrackId t) const
{
    const float *x = userVector(l);
    const float *y = itemVector(t);
    if (!x || !y)
        return 0.0f;
    float s = 0.0f;
    for (int i = 0; i < m_factors; ++i)
        s += x[i] * y[i];
    return s;
}

void CollaborativeModel::evidenceRow(
    const EvidenceStore &evidence, ListenerId l, Day day, std::vector<als::Entry> &out) const
{
    out.clear();
    const std::size_t items = m_als.itemCount();
    for (const auto &e : evidence.pairs(l)) {
        if (e.track >= items)
            continue;
        float p = 0.0f, c = 0.0f;
        evidence.confidence(e, day, p, c);
        if (c > 1.0f)
            out.push_back({ e.track, c, p });
    }
}

double CollaborativeModel::posteriorVariance(
    const EvidenceStore &evidence, ListenerId l, Day day) const
{
    if (!m_ready)
        return std::nan("");
    std::vector<als::Entry> row;
    evidenceRow(evidence, l, day, row);
    return m_als.userPosterior(row).meanVariance();
}

double CollaborativeModel::sampleRecall(
    Day today, int queries, ann::ItemFilter allow, int *measured) const
{
    // "RECALL" in the entity's high bytes: a stream no listener or other metric shares.
    constexpr std::uint64_t kRecallEntity = 0x524543414c4c0000ull;
    return sampleListenerRecall(
        index(), m_listeners, queries, m_seed, kRecallEntity, today,
        [this](ListenerId l) { return userVector(l); }, allow, measured);
}

void CollaborativeModel::growListeners(std::size_t listeners)
{
    m_listeners = listeners;
    if (m_known.size() < listeners)
        m_known.resize(listeners, 0);
    if (m_ready && m_userVectors.size() < listeners * std::size_t(m_factors))
        m_userVectors.resize(listeners * std::size_t(m_factors), 0.0f);
}

void CollaborativeModel::foldIn(const EvidenceStore &evidence, ListenerId l, Day day)
{
    if (!m_ready)
        return;
    thread_local std::vector<als::Entry> row;
    evidenceRow(evidence, l, day, row);
    if (row.empty() && !m_known[l])
        return; // still nothing to know them by: stay a cold-start listener
    m_known[l] = 1;
    const Eigen::VectorXf x = m_als.foldInUser(row);
    std::copy_n(
        x.data(), m_factors, m_userVectors.data() + std::size_t(l) * std::size_t(m_factors));
}

void CollaborativeModel::retrain(const EvidenceStore &evidence, Day day, std::size_t tracks,
    const AlsModelParams &params, base::ThreadPool *pool, events::RecommenderTimings &timings,
    bool itemPosteriorsNow)
{
    auto started = std::chrono::steady_clock::now();
    // The pairs come sorted by (listener, track): rows are built in place, with no triplet
    // copy of the evidence next to the matrix.
    als::MatrixRowBuilder rows(m_listeners, tracks, evidence.pairCount());
    m_itemEvidence.assign(tracks, 0.0f);
    std::vector<Day> trainedFrom(tracks, std::numeric_limits<Day>::max());
    for (ListenerId l = 0; l < m_listeners; ++l) {
        for (const auto &e : evidence.pairs(l)) {
            float p = 0.0f, c = 0.0f;
            evidence.confidence(e, day, p, c);
            if (c <= 1.0f + 1e-6f)
                continue;
            rows.add(l, e.track, c, p);
            trainedFrom[e.track] = 0;
            m_known[l] = 1;
            if (p > 0.0f)
                m_itemEvidence[e.track] += c - 1.0f;
        }
    }
    if (rows.size() == 0) {
        timings.evidenceMatrix += secondsSince(started);
        return;
    }
    als::AlsParams p = m_als.params();
    p.factors = m_factors;
    p.regularization = float(params.regularization);
    p.iterations = params.iterations;
    p.cgSteps = params.cgSteps;
    p.seed = m_seed;
    m_als.setParams(p);
    const als::InteractionMatrix matrix = rows.finish();
    // One transposition serves the fit's item half-steps and the item posteriors. The model
    // never has more users or items than the matrix (it grows to the matrix), so the fit
    // would pad nothing and transpose the same matrix itself.
    als::InteractionMatrix itemUsers = matrix.transposed();
    timings.evidenceMatrix += secondsSince(started);
    // The first fit runs longer: there is no previous model to start from.
    if (!m_ready) {
        p.iterations = std::max(p.iterations, 8);
        m_als.setParams(p);
    }
    started = std::chrono::steady_clock::now();
    timings.alsIterations += int(m_als.fit(matrix, itemUsers, pool).size());
    timings.alsFit += secondsSince(started);
    // The item posterior from the fit's final item half-step (UCB and Thompson read it):
    // built now if a policy reads it, else when one first does (prepareItemPosteriors()).
    if (itemPosteriorsNow) {
        m_pendingItemUsers.reset(); // it belonged to the model this fit replaced
        started = std::chrono::steady_clock::now();
        m_itemPosteriors.build(m_als, itemUsers, pool);
        timings.itemPosteriors += secondsSince(started);
    } else {
        m_itemPosteriors.clear();
        m_pendingItemUsers = std::move(itemUsers);
    }
    p.iterations = params.iterations;
    m_als.setParams(p);
    const auto &users = m_als.userFactors();
    m_userVectors.assign(
        users.data(), users.data() + std::size_t(users.rows()) * std::size_t(m_factors));
    m_trainedFrom = std::move(trainedFrom);
    // Read at random all day (retrieval queries, ranker features): 2 MB pages, memory only.
    base::adviseHugePages(m_userVectors);
    const auto &items = m_als.itemFactors();
    base::adviseHugePages(items.data(), std::size_t(items.size()) * sizeof(float));
    m_ready = true;
    m_modelDay = day;
    ++m_generation;
}

void CollaborativeModel::prepareItemPosteriors(
    bool needed, bool retrainTonight, base::ThreadPool *pool, events::RecommenderTimings &timings)
{
    if (!m_pendingItemUsers)
        return; // built at the retrain, or no model yet
    if (needed) {
        const auto started = std::chrono::steady_clock::now();
        m_itemPosteriors.build(m_als, *m_pendingItemUsers, pool);
        timings.itemPosteriors += secondsSince(started);
    }
    if (needed || retrainTonight)
        m_pendingItemUsers.reset();
}

void CollaborativeModel::refreshIndex(Day today, int lagDays, int ef, int m,
    const Day *searchFilter, base::ThreadPool *pool, events::RecommenderTimings &timings)
{
    ItemIndex::Params p;
    p.ef = ef;
    p.m = m;
    p.seed = m_seed;
    LaggedIndex::Model model;
    model.searchFilter = searchFilter;
    if (m_ready) {
        const auto &items = m_als.itemFactors();
        model.itemFactors = items.data();
        model.itemCount = std::size_t(items.rows());
        model.dim = int(items.cols());
        model.modelDay = m_modelDay;
        model.generation = m_generation;
        model.indexedFrom = m_trainedFrom.data();
    }
    timings.cfIndex += m_index.beginDay(today, model, lagDays, p, pool);
}

} // namespace td::recsys
