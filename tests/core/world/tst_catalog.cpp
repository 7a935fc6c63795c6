// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "testregistry.h"
#include "world/catalog.h"
#include "world/latent.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace td;
using namespace td::world;

class TestCatalog : public QObject
{
    Q_OBJECT
private:
    CatalogParams m_params;
    AudioProjection m_projection { 16 };
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        m_params.tracks = 20000;
        m_catalog = generateCatalog(m_params, 16, 11, m_projection);
    }

    void sizesAreConsistent()
    {
        const auto &o = m_catalog.observable;
        QCOMPARE(int(o.trackCount()), m_params.tracks);
        QCOMPARE(o.audioFeatures.size(), o.trackCount() * std::size_t(events::kAudioFeatureCount));
        QCOMPARE(m_catalog.latent.size(), o.trackCount() * 16);
        QCOMPARE(m_catalog.genreCount(), m_params.genres);
        const int expectedArtists = int(std::lround(m_params.tracks / m_params.tracksPerArtist));
        QCOMPARE(int(o.artistCount()), expectedArtists);
        // Every artist has at least one track.
        std::vector<int> perArtist(o.artistCount(), 0);
        for (auto a : o.artist)
            ++perArtist[a];
        QVERIFY(*std::min_element(perArtist.begin(), perArtist.end()) >= 1);
    }

    void latentVectorsAreUnit()
    {
        for (std::size_t t = 0; t < m_catalog.trackCount(); t += 97)
            QVERIFY(std::abs(norm(m_catalog.track(TrackId(t)), 16) - 1.0f) < 1e-4f);
    }

    void featuresAreInRange()
    {
        const auto &o = m_catalog.observable;
        for (std::size_t t = 0; t < o.trackCount(); ++t) {
            const float *f = o.features(TrackId(t));
            for (int k = 0; k < 7; ++k)
                QVERIFY(f[k] >= 0.0f && f[k] <= 1.0f);
            QVERIFY(f[int(events::AudioFeature::Tempo)] >= 55.0f
                && f[int(events::AudioFeature::Tempo)] <= 210.0f);
            QVERIFY(f[int(events::AudioFeature::Loudness)] <= 0.0f
                && f[int(events::AudioFeature::Loudness)] >= -40.0f);
        }
    }

    void featuresCarryTaste()
    {
        // Tracks of the same genre have more similar audio features than random pairs:
        // features explain part of taste (a fixed projection plus noise).
        const auto &o = m_catalog.observable;
        double same = 0, other = 0;
        int nSame = 0, nOther = 0;
        for (std::size_t t = 0; t + 1 < 4000; ++t) {
            const std::size_t u = (t * 7919) % o.trackCount();
            double dist = 0;
            for (int k = 0; k < 7; ++k) {
                const double diff = o.features(TrackId(t))[k] - o.features(TrackId(u))[k];
                dist += diff * diff;
            }
            if (m_catalog.trueGenre[t] == m_catalog.trueGenre[u]) {
                same += dist;
                ++nSame;
            } else {
                other += dist;
                ++nOther;
            }
        }
        QVERIFY(nSame > 50);
        QVERIFY(same / nSame < 0.8 * (other / nOther));
    }

    void popularityFollowsPowerLaw()
    {
        std::vector<float> w = m_catalog.appealWeight;
        std::sort(w.begin(), w.end(), std::greater<>());
        const double total = std::accumulate(w.begin(), w.end(), 0.0);
        QVERIFY(std::abs(total - 1.0) < 1e-3);
        const double top1
            = std::accumulate(w.begin(), w.begin() + std::ptrdiff_t(w.size() / 100), 0.0);
        const double top10
            = std::accumulate(w.begin(), w.begin() + std::ptrdiff_t(w.size() / 10), 0.0);
        // Heavy head, long tail: the top 1 % hold far more than 1 %, the top 10 % most.
        QVERIFY2(top1 > 0.10, qPrintable(QString::number(top1)));
        QVERIFY2(top10 > 0.40, qPrintable(QString::number(top10)));
        // Log-log rank–weight slope over ranks 10..1000 is clearly negative (a power law).
        const double slope
            = (std::log(w[999]) - std::log(w[9])) / (std::log(1000.0) - std::log(10.0));
        QVERIFY2(slope < -0.4, qPrintable(QString::number(slope)));
    }

    void labelsMissingAndNoisyAtTheirRates()
    {
        const auto &o = m_catalog.observable;
        int missing = 0, wrong = 0;
        for (std::size_t t = 0; t < o.trackCount(); ++t) {
            if (o.genreLabel[t] < 0)
                ++missing;
            else if (o.genreLabel[t] != m_catalog.trueGenre[t])
                ++wrong;
        }
        const double n = double(o.trackCount());
        QVERIFY(std::abs(missing / n - m_params.missingGenreShare) < 0.01);
        QVERIFY(std::abs(wrong / n - m_params.noisyGenreShare) < 0.01);
    }

    // The schema allows 1000 genres × 100 sub-genres: sub-genre ids run to 99,999, past the
    // 16 bits they once had (issue 16: ids above 32,767 wrapped to negative numbers, so
    // satiation merged sub-genres and their artists were known to nobody).
    void subgenreIdsBeyondSixteenBits()
    {
        CatalogParams p;
        p.genres = 1000;
        p.subgenresPerGenre = 100;
        p.tracks = 3000;
        p.tracksPerArtist = 1.0; // one artist per track, each in a random sub-genre
        Catalog c = generateCatalog(p, 8, 3, AudioProjection(8));
        indexArtists(c);
        const int subgenres = p.genres * p.subgenresPerGenre;
        QCOMPARE(int(c.observable.subgenreNames.size()), subgenres);
        int highest = -1;
        int highTracks = 0;
        for (TrackId t = 0; t < c.trackCount(); ++t) {
            const int sub = c.trueSubgenre[t];
            QVERIFY2(sub >= 0 && sub < subgenres, qPrintable(QString::number(sub)));
            QCOMPARE(int(c.trueGenre[t]), sub / p.subgenresPerGenre);
            if (c.observable.genreLabel[t] == c.trueGenre[t])
                QCOMPARE(int(c.observable.subgenreLabel[t]), sub);
            highest = std::max(highest, sub);
            if (sub <= 32767)
                continue;
            ++highTracks;
            // The artist of a high sub-genre is among the artists its listeners know.
            const auto &known = c.subgenreTopArtists.at(std::size_t(sub));
            const ArtistId a = c.observable.artist[t];
            QVERIFY(std::find(known.begin(), known.end(), a) != known.end());
        }
        QVERIFY(highest > 65535);
        QVERIFY(highTracks > 1000);
    }

    void releasesDuringTheRun()
    {
        const auto &o = m_catalog.observable;
        int inRun = 0;
        for (auto d : o.releaseDay) {
            QVERIFY(d < m_params.releaseHorizonDays);
            inRun += d >= 1 ? 1 : 0;
        }
        const double share = inRun / double(o.trackCount());
        QVERIFY2(share > 0.5 * m_params.newReleaseShare && share < 1.5 * m_params.newReleaseShare,
            qPrintable(QString::number(share)));
        // Some artists debut during the run (new artists).
        int debuting = 0;
        for (auto d : m_catalog.artistDebutDay)
            debuting += d >= 1 ? 1 : 0;
        QVERIFY(debuting > 0);
    }

    void explicitShareAndDurations()
    {
        const auto &o = m_catalog.observable;
        const double explicitShare = std::accumulate(o.isExplicit.begin(), o.isExplicit.end(), 0.0)
            / double(o.trackCount());
        QVERIFY(explicitShare > 0.05 && explicitShare < 0.3);
        for (float s : o.durationSeconds)
            QVERIFY(s >= 60.0f && s <= 600.0f);
    }

    void deterministicInSeed()
    {
        CatalogParams p;
        p.tracks = 500;
        const Catalog a = generateCatalog(p, 16, 5, m_projection);
        const Catalog b = generateCatalog(p, 16, 5, m_projection);
        const Catalog c = generateCatalog(p, 16, 6, m_projection);
        QVERIFY(a.latent == b.latent);
        QVERIFY(a.observable.audioFeatures == b.observable.audioFeatures);
        QVERIFY(a.latent != c.latent);
    }
};
TD_REGISTER_TEST(TestCatalog)
#include "tst_catalog.moc"
