// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The audio-feature index (ContentModel): recommender.ann.ef and .m reach it, and its daily
// recall sample (content_recall) searches with the listeners' all-contexts content profiles,
// through the content source's filter (released by today), from a stream of its own.
#include "base/rng.h"
#include "recsys/pipeline/contentmodel.h"
#include "testregistry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace td;
using td::recsys::ContentModel;
using td::recsys::ItemIndex;
using td::recsys::ScoredItem;

namespace {

constexpr std::size_t kTracks = 3000;
constexpr std::size_t kListeners = 40;
constexpr int kFeatures = events::kAudioFeatureCount;
constexpr Day kToday = 10;

/// 3,000 tracks with uniform random audio features; every tenth is released on day 20 (after
/// kToday), the rest before the run.
events::ObservableCatalog randomCatalogue()
{
    events::ObservableCatalog c;
    base::Rng rng(11, base::Purpose::Model, 0, 0);
    for (std::size_t t = 0; t < kTracks; ++t) {
        c.artist.push_back(ArtistId(t / 4));
        c.releaseDay.push_back(t % 10 == 0 ? Day(20) : Day(-100));
        for (int f = 0; f < kFeatures; ++f)
            c.audioFeatures.push_back(float(rng.uniform()));
    }
    return c;
}

/// A weak graph in every bucket (exactBelow 1, few links, narrow beams), so a search misses
/// some of the true top 10; `ef` as given.
ItemIndex::Params weakGraph(int ef)
{
    ItemIndex::Params p;
    p.exactBelow = 1;
    p.m = 4;
    p.efConstruction = 8;
    p.ef = ef;
    p.overfetch = 1;
    p.entryPoints = 1;
    p.minBucketSize = 1000;
    return p;
}

/// The plain-loop top 10 of `query` over the standardised features, released tracks only.
std::vector<TrackId> bruteTop10(const ContentModel &content, const float *query,
    const events::ObservableCatalog &catalogue, Day today)
{
    std::vector<ScoredItem> all;
    for (TrackId t = 0; t < kTracks; ++t) {
        if (catalogue.releaseDay[t] > today)
            continue;
        float s = 0.0f;
        for (int f = 0; f < kFeatures; ++f)
            s += query[f] * content.features().row(t)[f];
        all.push_back({ t, s });
    }
    std::sort(all.begin(), all.end(), recsys::rankedBefore);
    std::vector<TrackId> ids;
    for (std::size_t i = 0; i < 10; ++i)
        ids.push_back(all[i].id);
    return ids;
}

} // namespace

class TestContentIndex : public QObject
{
    Q_OBJECT

    events::ObservableCatalog m_catalogue = randomCatalogue();

    /// Listeners 1, 2, 3, 5, 6, 7, … stream five tracks each; every fourth (0, 4, …) has no
    /// profile (the sample must skip them).
    void streamSome(ContentModel &content) const
    {
        content.resize(kListeners);
        for (ListenerId l = 0; l < kListeners; ++l)
            if (l % 4 != 0)
                for (std::size_t j = 0; j < 5; ++j)
                    content.addStream(l, nullptr, TrackId((l * 37 + j * 101) % kTracks));
    }

private slots:
    /// content_recall replayed by hand: the listeners of the stream (seed, Metrics,
    /// "CRECALL", day), their profile in Context::None, the index's search against the
    /// brute-force top 10 of the released tracks.
    void sampleMatchesBruteForce()
    {
        ContentModel content;
        events::RecommenderTimings timings;
        content.ensureBuilt(m_catalogue, nullptr, timings, weakGraph(1));
        streamSome(content);
        const recsys::ann::ItemFilter released { m_catalogue.releaseDay.data(), kToday };
        constexpr std::uint64_t kSeed = 9;
        constexpr int kWanted = 16;
        int measured = -1;
        const double recall = content.sampleRecall(kSeed, kToday, kWanted, released, &measured);

        base::Rng rng(kSeed, base::Purpose::Metrics, 0x43524543414c4c00ull, kToday);
        std::size_t hits = 0, relevant = 0;
        int queries = 0, skipped = 0;
        std::vector<ScoredItem> found;
        while (queries < kWanted) {
            const auto l = ListenerId(rng.below(std::uint32_t(kListeners)));
            const float *profile = content.profiles().profile(l, events::Context::None);
            if (!profile) {
                ++skipped;
                continue;
            }
            ++queries;
            content.index().search(profile, 10, found, released);
            for (TrackId t : bruteTop10(content, profile, m_catalogue, kToday)) {
                ++relevant;
                hits += std::any_of(
                    found.begin(), found.end(), [&](const ScoredItem &f) { return f.id == t; });
            }
        }
        QVERIFY2(skipped > 0, "the stream should draw a listener without a profile");
        QCOMPARE(measured, kWanted);
        QCOMPARE(recall, double(hits) / double(relevant));
        QVERIFY2(recall < 1.0, qPrintable(QString::number(recall)));
    }

    /// Before any stream nobody has a profile: NaN (the CSV cell stays empty).
    void noProfileIsNaN()
    {
        ContentModel content;
        events::RecommenderTimings timings;
        content.ensureBuilt(m_catalogue, nullptr, timings);
        content.resize(kListeners);
        int measured = -1;
        QVERIFY(std::isnan(content.sampleRecall(1, 0, 32, {}, &measured)));
        QCOMPARE(measured, 0);
    }

    /// recommender.ann.m builds the index and recommender.ann.ef reaches its searches at the
    /// start of every day, without a rebuild: a wider beam finds more of the true top 10.
    void efAndMReachTheIndex()
    {
        ContentModel content;
        events::RecommenderTimings timings;
        ItemIndex::Params p = weakGraph(1);
        p.m = 6;
        content.ensureBuilt(m_catalogue, nullptr, timings, p);
        streamSome(content);
        QCOMPARE(content.index().params().m, 6);
        QCOMPARE(content.index().params().ef, 1);
        const recsys::ann::ItemFilter released { m_catalogue.releaseDay.data(), kToday };
        const double narrow = content.sampleRecall(9, kToday, 32, released);

        events::RecommenderTimings nextDay;
        p.ef = 400;
        content.ensureBuilt(m_catalogue, nullptr, nextDay, p);
        QCOMPARE(content.index().params().ef, 400);
        QCOMPARE(nextDay.contentIndex, 0.0); // search-time only: no rebuild
        const double wide = content.sampleRecall(9, kToday, 32, released);
        QVERIFY2(wide > narrow,
            qPrintable(QStringLiteral("ef 1: %1, ef 400: %2").arg(narrow).arg(wide)));
    }
};

TD_REGISTER_TEST(TestContentIndex)
#include "tst_contentindex.moc"
