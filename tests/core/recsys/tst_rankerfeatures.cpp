// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/threadpool.h"
#include "recsys/pipeline/rankerfeatures.h"
#include "recsys/pipeline/rankertrackfacts.h"
#include "servingfixture.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>
#include <cstring>

using namespace td;
using namespace td::recsys;
using test::candidatesOf;
using test::ServingFixture;

namespace {

/// Listener 0 has streamed tracks 0–9 the day before; ALS is fitted on that (item evidence on
/// tracks 0–9, a vector for the listener).
void prepare(ServingFixture &f)
{
    std::vector<TrackId> heard;
    for (TrackId t = 0; t < 10; ++t)
        heard.push_back(t);
    f.stream(0, heard, events::Context::None);
    f.fit();
}

bool sameBits(const Candidate &a, const Candidate &b)
{
    return std::memcmp(a.features.data(), b.features.data(), sizeof(float) * a.features.size()) == 0
        && std::memcmp(&a.uncertainty, &b.uncertainty, sizeof(float)) == 0;
}

float norm(const float *v, int n)
{
    float s = 0.0f;
    for (int i = 0; i < n; ++i)
        s += v[i] * v[i];
    return std::sqrt(s);
}

} // namespace

class TestRankerFeatures : public QObject
{
    Q_OBJECT

private slots:
    void featuresByTheirDefinitions()
    {
        ServingFixture f; // day 10
        prepare(f);
        const events::RecRequest r = f.request(0);
        const ServingRequest s = f.serving(r);
        QVERIFY(s.userVector);
        // 3 (heard), 20 (never heard), 33 (released on day 8) and 35 (released today).
        std::vector<Candidate> c = candidatesOf({ 3, 20, 33, 35 });
        computeRankerFeatures(f.view, s, c);

        // Trending counts start at 1 % of the prior popularity (100 − track) before any play.
        QCOMPARE(c[2].features[kFeatTrend], float(std::log1p(0.01 * 67.0)));
        QCOMPARE(c[2].features[kFeatPrior], 0.67f);
        QCOMPARE(c[0].features[kFeatPrior], 0.97f);
        // Released two days ago and today.
        QCOMPARE(c[2].features[kFeatRecency], float(std::exp(-2 / 30.0)));
        QCOMPARE(c[3].features[kFeatRecency], 1.0f);
        QCOMPARE(c[0].features[kFeatRecency], float(std::exp(-110 / 30.0))); // released on day −100
        QCOMPARE(c[0].features[kFeatNovel], 0.0f);
        QCOMPARE(c[1].features[kFeatNovel], 1.0f);
        // Artist 0 (tracks 0–3): the listener streamed four of its tracks, one unit each, a day
        // ago (half-life 30 days).
        QCOMPARE(c[0].features[kFeatArtist], std::log1p(float(4.0 * std::exp2(-1.0 / 30.0))));
        QCOMPARE(c[1].features[kFeatArtist], 0.0f);
        // The content cosine against the listener's profile, by the fixture's audio formula.
        const float *profile = f.content.profiles().profile(0, events::Context::None);
        QVERIFY(profile);
        const float *audio = f.content.features().row(20);
        float dot = 0.0f, pp = 0.0f, aa = 0.0f;
        for (int k = 0; k < events::kAudioFeatureCount; ++k) {
            dot += profile[k] * audio[k];
            pp += profile[k] * profile[k];
            aa += audio[k] * audio[k];
        }
        QVERIFY(std::abs(c[1].features[kFeatContent] - dot / std::sqrt(pp * aa)) < 1e-6f);
        // Item-side uncertainty ‖x_u‖/√(1 + item evidence): smaller for a track with evidence.
        const float userNorm = norm(s.userVector, f.collaborative.factors());
        QVERIFY(f.collaborative.itemEvidence(3) > 0.0f);
        QCOMPARE(f.collaborative.itemEvidence(20), 0.0f);
        QCOMPARE(c[1].uncertainty, userNorm);
        QCOMPARE(c[0].uncertainty, userNorm / std::sqrt(1.0f + f.collaborative.itemEvidence(3)));
        QVERIFY(c[0].uncertainty < c[1].uncertainty);
    }

    void theDaysTableGivesTheSameBits()
    {
        ServingFixture f;
        prepare(f);
        const events::RecRequest r = f.request(0);
        const std::vector<TrackId> tracks = { 0, 3, 9, 20, 29, 30, 33, 35, 39 };
        std::vector<Candidate> direct = candidatesOf(tracks);
        computeRankerFeatures(f.view, f.serving(r), direct);

        RankerTrackTable table;
        table.build(f.view, nullptr);
        QCOMPARE(table.size(), std::size_t(40));
        QCOMPARE(table.day(), f.day);
        f.view.trackFacts = &table;
        std::vector<Candidate> fromTable = candidatesOf(tracks);
        computeRankerFeatures(f.view, f.serving(r), fromTable);
        for (std::size_t i = 0; i < tracks.size(); ++i)
            QVERIFY2(sameBits(direct[i], fromTable[i]), qPrintable(QString::number(tracks[i])));

        // A request of another day does not read the table's recency.
        events::RecRequest tomorrow = r;
        tomorrow.day = f.day + 1;
        std::vector<Candidate> next = candidatesOf({ 33 });
        computeRankerFeatures(f.view, f.serving(tomorrow), next);
        QCOMPARE(next[0].features[kFeatRecency], float(std::exp(-3 / 30.0)));
    }

    void chunksOnThePoolFillEveryRecord()
    {
        ServingFixture f;
        prepare(f);
        RankerTrackTable serial;
        serial.build(f.view, nullptr);
        base::ThreadPool pool(2);
        RankerTrackTable chunked;
        chunked.build(f.view, &pool, 7); // 40 tracks: five chunks of 7 and one of 5
        for (TrackId t = 0; t < 40; ++t) {
            const RankerTrackFacts expected = rankerTrackFacts(f.view, t, f.day);
            QVERIFY(std::memcmp(&serial[t], &expected, sizeof expected) == 0);
            QVERIFY(std::memcmp(&chunked[t], &expected, sizeof expected) == 0);
            QCOMPARE(chunked[t].artist, ArtistId(t / 4));
        }
    }
};

TD_REGISTER_TEST(TestRankerFeatures)
#include "tst_rankerfeatures.moc"
