// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The shipped real data (shared/data next to the project) and the real-catalog preset. Each
// data-dependent test skips with a message when the folder is absent.
#include "base/rng.h"
#include "io/listeningcounts.h"
#include "sim/engine.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"
#include "world/catalogimport.h"
#include "world/latent.h"
#include "world/listenerseeding.h"

#include <QFileInfo>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

using namespace td;

namespace {

const std::string kData = TD_SOURCE_DIR "/../shared/data";
const std::string kSongs = kData + "/spotify-songs/spotify_songs.csv";
const std::string kCounts = kData + "/lastfm-2k/train_user_artists.tsv";
const std::string kArtists = kData + "/lastfm-2k/artists.dat";

bool haveData()
{
    return QFileInfo::exists(QString::fromStdString(kSongs))
        && QFileInfo::exists(QString::fromStdString(kCounts))
        && QFileInfo::exists(QString::fromStdString(kArtists));
}

#define REQUIRE_DATA()                                                                             \
    if (!haveData())                                                                               \
    QSKIP(("real data not found: expected " + kSongs + " and the Last.fm files under " + kData     \
        + "/lastfm-2k (shared/data next to the project)")                                          \
              .c_str())

double pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    const double n = double(a.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i] / n;
        mb += b[i] / n;
    }
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

/// Quantile by linear interpolation between order statistics (R type 7).
double quantile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (double(v.size()) - 1.0) * q;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}

std::string describe(const std::vector<double> &v)
{
    double mean = 0;
    for (double x : v)
        mean += x / double(v.size());
    double var = 0;
    for (double x : v)
        var += (x - mean) * (x - mean) / double(v.size() - 1);
    char line[160];
    std::snprintf(line, sizeof line, "%.3f | %.3f | %.3f | %.3f | %.3f", mean, std::sqrt(var),
        quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75));
    return line;
}

world::Catalog importSpotify(io::CatalogImportReport *report, int dim = 16)
{
    world::CatalogParams params;
    params.source = "csv";
    params.path = kSongs;
    return world::importCatalog(params, {}, dim, 1, world::AudioProjection(dim), report);
}

} // namespace

class TestRealData : public QObject
{
    Q_OBJECT
private slots:
    void importsTheSpotifyCatalogue()
    {
        REQUIRE_DATA();
        io::CatalogImportReport report;
        const world::Catalog c = importSpotify(&report);
        qInfo("%s", report.summary().c_str());
        QCOMPARE(report.rowsRead, std::size_t(32833));
        // 28,356 distinct track ids (README); a skipped row can only remove a track.
        QCOMPARE(report.tracks, std::size_t(28356) - report.rowsSkipped);
        QCOMPARE(report.rowsSkipped, std::size_t(0));
        QCOMPARE(report.duplicateRows, std::size_t(32833 - 28356));
        QCOMPARE(c.trackCount(), report.tracks);
        QCOMPARE(c.observable.genreNames,
            (std::vector<std::string> { "edm", "latin", "pop", "r&b", "rap", "rock" }));
        QCOMPARE(c.observable.subgenreNames.size(), std::size_t(24));
        QCOMPARE(c.observable.artistCount(), std::size_t(10693)); // NA becomes "Unknown"
        // The newest release (2020-01-29) is day 0.
        QCOMPARE(*std::max_element(c.observable.releaseDay.begin(), c.observable.releaseDay.end()),
            Day(0));
    }
    void projectionReproducesRealFeatures()
    {
        REQUIRE_DATA();
        const world::Catalog c = importSpotify(nullptr);
        const world::AudioProjection projection(16);
        std::vector<std::vector<double>> in(9), out(9);
        base::Rng unused(1, base::Purpose::CatalogFeatures, 0, 0);
        float f[9];
        for (TrackId t = 0; t < c.trackCount(); ++t) {
            projection.features(c.track(t), unused, 0.0, f);
            for (int k = 0; k < 9; ++k) {
                in[std::size_t(k)].push_back(c.observable.features(t)[k]);
                out[std::size_t(k)].push_back(f[k]);
            }
        }
        for (int k = 0; k < 9; ++k) {
            const double r = pearson(in[std::size_t(k)], out[std::size_t(k)]);
            qInfo("%-16s correlation of file value and projection of the latent vector: %.3f",
                std::string(events::audioFeatureName(events::AudioFeature(k))).c_str(), r);
            QVERIFY2(r > 0.8, std::to_string(r).c_str());
        }
    }
    void latentGeometry()
    {
        REQUIRE_DATA();
        // Mean cosine of track pairs by relation, over a fixed sample of pairs; same artist
        // must be closest, different genres farthest.
        const world::Catalog c = importSpotify(nullptr);
        const int d = c.dim;
        double sum[4] = {}, count[4] = {};
        base::Rng rng(7, base::Purpose::Metrics, 0, 0);
        const auto n = std::uint32_t(c.trackCount());
        // Same-artist pairs are rare among random pairs: pair each track with a sample of
        // all tracks, and with the next track of its artist.
        std::vector<TrackId> nextOfArtist(c.trackCount(), kNoTrack);
        std::vector<TrackId> last(c.observable.artistCount(), kNoTrack);
        for (TrackId t = 0; t < n; ++t) {
            const ArtistId a = c.observable.artist[t];
            if (last[a] != kNoTrack)
                nextOfArtist[last[a]] = t;
            last[a] = t;
        }
        for (TrackId t = 0; t < n; ++t) {
            if (nextOfArtist[t] != kNoTrack) {
                sum[0] += world::dot(c.track(t), c.track(nextOfArtist[t]), d);
                ++count[0];
            }
            for (int k = 0; k < 4; ++k) {
                const TrackId u = rng.below(n);
                if (u == t || c.observable.artist[u] == c.observable.artist[t])
                    continue;
                const int relation = c.trueSubgenre[u] == c.trueSubgenre[t] ? 1
                    : c.trueGenre[u] == c.trueGenre[t]                      ? 2
                                                                            : 3;
                sum[relation] += world::dot(c.track(t), c.track(u), d);
                ++count[relation];
            }
        }
        const double mean[4]
            = { sum[0] / count[0], sum[1] / count[1], sum[2] / count[2], sum[3] / count[3] };
        qInfo("mean cosine: same artist %.3f, same sub-genre %.3f, same genre %.3f, different "
              "genres %.3f",
            mean[0], mean[1], mean[2], mean[3]);
        QVERIFY(mean[0] > mean[1] && mean[1] > mean[2] && mean[2] > mean[3]);
    }
    void seedsTheLastFmUsers()
    {
        REQUIRE_DATA();
        world::WorldParams params;
        params.catalog.source = "csv";
        params.catalog.path = kSongs;
        params.listeners.seed.countsPath = kCounts;
        params.listeners.seed.artistsPath = kArtists;
        world::RealDataReport report;
        const auto w = world::makeWorld(params, 1, {}, &report);
        const world::ListenerSeedReport &r = *report.listeners;
        qInfo("%s", r.summary().c_str());
        QCOMPARE(r.users, std::size_t(1892));
        QCOMPARE(w->population().size(), std::size_t(1892));
        QCOMPARE(r.artistNames, std::size_t(17632));
        // README: 1,950 names match exactly, case-insensitively.
        QVERIFY2(r.distinctNamesMatched >= 1940 && r.distinctNamesMatched <= 1960,
            std::to_string(r.distinctNamesMatched).c_str());
        QVERIFY(r.weightMatched / r.weightTotal > 0.6 && r.weightMatched / r.weightTotal < 0.7);
        QVERIFY(r.usersMatched > 1800);
    }
    void featureDistributionsAgainstGenerated()
    {
        REQUIRE_DATA();
        // The table of docs/real-data.md: imported Spotify catalogue against the generated
        // catalogue of scenarios/default.json (5,000 tracks, seed 1).
        const world::Catalog real = importSpotify(nullptr);
        world::WorldParams params;
        params.catalog.tracks = 5000;
        const world::Catalog generated
            = world::generateCatalog(params.catalog, 16, 1, world::AudioProjection(16));
        std::string table = "\n| feature | catalogue | mean | sd | q25 | median | q75 |\n"
                            "|---|---|---:|---:|---:|---:|---:|\n";
        for (int k = 0; k < 9; ++k) {
            const std::string name(events::audioFeatureName(events::AudioFeature(k)));
            for (const auto *c : { &real, &generated }) {
                std::vector<double> v;
                for (TrackId t = 0; t < c->trackCount(); ++t)
                    v.push_back(c->observable.features(t)[k]);
                table += "| " + name + " | " + (c == &real ? "Spotify" : "generated") + " | "
                    + describe(v) + " |\n";
            }
        }
        std::vector<double> popularity[2], duration[2];
        for (int i = 0; i < 2; ++i) {
            const world::Catalog &c = i == 0 ? real : generated;
            for (TrackId t = 0; t < c.trackCount(); ++t) {
                popularity[i].push_back(c.observable.priorPopularity[t]);
                duration[i].push_back(c.observable.durationSeconds[t]);
            }
        }
        table += "| duration (s) | Spotify | " + describe(duration[0]) + " |\n";
        table += "| duration (s) | generated | " + describe(duration[1]) + " |\n";
        table += "| prior popularity | Spotify | " + describe(popularity[0]) + " |\n";
        table += "| prior popularity | generated | " + describe(popularity[1]) + " |\n";
        qInfo("%s", table.c_str());
        QVERIFY(!real.observable.audioFeatures.empty());
    }
    void presetRunsThroughTheEngine()
    {
        REQUIRE_DATA();
        sim::Scenario s = sim::loadScenarioFile(TD_SOURCE_DIR "/scenarios/real-catalog.json");
        QVERIFY(!s.description.empty());
        QCOMPARE(s.world.catalog.source, std::string("csv"));
        s.run.days = 3;
        std::vector<metrics::DayMetrics> histories[2];
        for (unsigned threads : { 1u, 2u }) {
            sim::Engine engine(s, threads);
            QCOMPARE(engine.scenario().world.listeners.count, 1892); // the Last.fm users
            while (!engine.finished())
                engine.stepDay();
            histories[threads - 1] = engine.history();
        }
        const auto &h = histories[0];
        QCOMPARE(h.size(), std::size_t(3));
        for (const auto &day : h) {
            QVERIFY(day.value("streams") > 1000);
            QVERIFY(day.value("skip_rate") > 0.1 && day.value("skip_rate") < 0.7);
        }
        for (std::size_t d = 0; d < h.size(); ++d)
            QVERIFY(std::memcmp(h[d].values.data(), histories[1][d].values.data(),
                        h[d].values.size() * sizeof(double))
                == 0);
    }
    void missingCatalogueIsAScenarioError()
    {
        // No data needed: a path that does not exist.
        sim::Scenario s;
        s.world.catalog.source = "csv";
        s.world.catalog.path = "no/such/songs.csv";
        s.baseDirectory = TD_SOURCE_DIR "/scenarios";
        try {
            sim::Engine engine(s, 1);
            QFAIL("a missing catalogue must throw");
        } catch (const sim::ScenarioError &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("world.catalog.path: cannot open catalogue file '" TD_SOURCE_DIR
                               "/scenarios/no/such/songs.csv'")
                    == 0,
                e.what());
            QVERIFY2(what.find("--set world.catalog.path=FILE") != std::string::npos, e.what());
        }
    }
};
TD_REGISTER_TEST(TestRealData)

#include "tst_realdata.moc"
