// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/collaborativemodel.h"

#include "base/hugepages.h"
#include "recsys/als/alssolver.h"
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

namespace {

constexpr std::size_t kListenersPerChunk = 4096;
constexpr std::size_t kTracksPerChunk = 16384;

} // namespace

als::InteractionMatrix CollaborativeModel::evidenceMatrix(
    const EvidenceStore &evidence, Day day, std::size_t tracks, base::ThreadPool *pool)
{
    // A pair enters with its confidence on `day` when that is above 1 (else it is no
    // evidence). Two passes over listener chunks: count each row, then fill it at its offset;
    // the pairs come sorted by track, so rows need no sort and the matrix is the one a serial
    // loop over listeners builds.
    const auto entryOf = [&](const TrackEvidence &e, als::Entry &out) {
        float p = 0.0f, c = 0.0f;
        evidence.confidence(e, day, p, c);
        out = als::Entry { e.track, c, p };
        return c > 1.0f + 1e-6f;
    };
    std::vector<std::size_t> rowStart(m_listeners + 1, 0);
    als::solver::forEachRowChunk(
        pool, m_listeners, kListenersPerChunk, [&](std::size_t begin, std::size_t end) {
            als::Entry entry;
            for (std::size_t l = begin; l < end; ++l) {
                std::size_t kept = 0;
                for (const auto &e : evidence.pairs(ListenerId(l)))
                    kept += entryOf(e, entry) ? 1 : 0;
                rowStart[l + 1] = kept;
            }
        });
    for (std::size_t l = 0; l < m_listeners; ++l)
        rowStart[l + 1] += rowStart[l];
    std::vector<als::Entry> entries(rowStart.back());
    als::solver::forEachRowChunk(
        pool, m_listeners, kListenersPerChunk, [&](std::size_t begin, std::size_t end) {
            als::Entry entry;
            for (std::size_t l = begin; l < end; ++l) {
                std::size_t at = rowStart[l];
                for (const auto &e : evidence.pairs(ListenerId(l)))
                    if (entryOf(e, entry))
                        entries[at++] = entry;
                if (at > rowStart[l])
                    m_known[l] = 1;
            }
        });
    return als::InteractionMatrix::fromRows(tracks, std::move(rowStart), std::move(entries));
}

void CollaborativeModel::retrain(const EvidenceStore &evidence, Day day, std::size_t tracks,
    const AlsModelParams &params, base::ThreadPool *pool, events::RecommenderTimings &timings,
    bool itemPosteriorsNow)
{
    auto started = std::chrono::steady_clock::now();
    als::InteractionMatrix matrix = evidenceMatrix(evidence, day, tracks, pool);
    m_itemEvidence.assign(tracks, 0.0f);
    if (matrix.nonZeros() == 0) {
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
    // One transposition serves the fit's item half-steps and the item posteriors. The model
    // never has more users or items than the matrix (it grows to the matrix), so the fit
    // would pad nothing and transpose the same matrix itself.
    als::InteractionMatrix itemUsers = matrix.transposed(pool);
    // Per track, from its column: the positive evidence mass, summed in listener order (the
    // order the serial loop over listeners added it in, so the same floats), and whether the
    // fit saw the track at all.
    std::vector<Day> trainedFrom(tracks, std::numeric_limits<Day>::max());
    als::solver::forEachRowChunk(
        pool, tracks, kTracksPerChunk, [&](std::size_t begin, std::size_t end) {
            for (std::size_t t = begin; t < end; ++t) {
                const als::EntrySpan users = itemUsers.row(t);
                float mass = 0.0f;
                for (const als::Entry &e : users)
                    if (e.preference > 0.0f)
                        mass += e.confidence - 1.0f;
                m_itemEvidence[t] = mass;
                if (!users.empty())
                    trainedFrom[t] = 0;
            }
        });
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
