// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "io/dataerror.h"
#include "testregistry.h"
#include "world/catalogimport.h"
#include "world/latent.h"
#include "world/listenerseeding.h"

#include <QtTest>

#include <cmath>
#include <string>

using namespace td;

namespace {

const std::string kFixtures = TD_SOURCE_DIR "/tests/fixtures/io";

/// The fixture world: good.csv (artists Ann, Bob, Cid), counts.tsv and artists.dat.
world::WorldParams fixtureParams()
{
    world::WorldParams p;
    p.catalog.source = "csv";
    p.catalog.path = "good.csv";
    p.listeners.count = 50; // replaced by the number of users in counts.tsv
    p.listeners.arrivalsPerDay = 0.0;
    p.listeners.seed.countsPath = "counts.tsv";
    p.listeners.seed.artistsPath = "artists.dat";
    return p;
}

/// Index of the artist whose latent vector is closest (largest dot product) to v.
ArtistId nearestArtist(const world::Catalog &c, const float *v)
{
    ArtistId best = 0;
    float bestDot = -2.0f;
    for (ArtistId a = 0; a < c.observable.artistCount(); ++a) {
        const float s = world::dot(v, c.artistLatent.data() + std::size_t(a) * c.dim, c.dim);
        if (s > bestDot) {
            bestDot = s;
            best = a;
        }
    }
    return best;
}

std::vector<float> rowOf(const std::vector<float> &m, ListenerId l, int d)
{
    return { m.begin() + std::ptrdiff_t(l) * d, m.begin() + std::ptrdiff_t(l + 1) * d };
}

template<typename F> std::string errorOf(F f)
{
    try {
        f();
    } catch (const io::DataFileError &e) {
        return e.what();
    }
    return {};
}

} // namespace

/// Real users as listeners: match rates, fitted tastes, what stays generated.
class TestListenerSeeding : public QObject
{
    Q_OBJECT
private slots:
    void matchRatesAreExact()
    {
        world::WorldParams params = fixtureParams();
        world::RealDataReport report;
        const auto w = world::makeWorld(params, 3, kFixtures, &report);
        QVERIFY(report.catalog.has_value());
        QVERIFY(report.listeners.has_value());
        const world::ListenerSeedReport &r = *report.listeners;
        QCOMPARE(r.users, std::size_t(3)); // users 40 and 50 only had bad rows
        QCOMPARE(r.userIds, (std::vector<std::int64_t> { 10, 20, 30 }));
        QCOMPARE(r.usersMatched, std::size_t(2));
        QCOMPARE(r.artistNames, std::size_t(5));
        QCOMPARE(r.artistNamesMatched, std::size_t(3)); // ann, "  BOB  ", CID
        QCOMPARE(r.distinctNamesMatched, std::size_t(3));
        QCOMPARE(r.artistsPlayed, std::size_t(4)); // 1, 2, 3, 9
        QCOMPARE(r.artistsPlayedMatched, std::size_t(2)); // 1 (ann), 3 (BOB)
        QCOMPARE(r.pairs, std::size_t(4));
        QCOMPARE(r.pairsMatched, std::size_t(2));
        QCOMPARE(r.weightTotal, 162.0);
        QCOMPARE(r.weightMatched, 150.0);
        QCOMPARE(r.countProblems.size(), std::size_t(2));
        QCOMPARE(r.artistProblems.size(), std::size_t(1));
        const std::string summary = r.summary();
        QVERIFY2(summary.find("3 users become listeners; 2 (66.7 %)") != std::string::npos,
            summary.c_str());
        QVERIFY2(summary.find("artist names matched: 3 of 5 (3 distinct names); played artists "
                              "matched: 2 of 4; listening weight matched: 92.6 %; user-artist "
                              "pairs matched: 50.0 %")
                != std::string::npos,
            summary.c_str());
        QVERIFY(summary.find("line 6: artist id is not an integer") != std::string::npos);
        // The population is the file's users, whatever listeners.count said.
        QCOMPARE(params.listeners.count, 3);
        QCOMPARE(w->population().size(), std::size_t(3));
    }
    void tasteIsFittedToPlayedArtists()
    {
        world::WorldParams params = fixtureParams();
        const auto w = world::makeWorld(params, 3, kFixtures);
        const auto &c = w->catalog();
        const auto &pop = w->population();
        const int d = c.dim;
        // User 10 played ann (100) and Zed (no match); user 20 played BOB.
        QCOMPARE(c.observable.artistNames[nearestArtist(c, pop.tasteOf(0))], std::string("Ann"));
        QCOMPARE(c.observable.artistNames[nearestArtist(c, pop.tasteOf(1))], std::string("Bob"));
        // One matched artist: taste = that artist's direction plus small noise.
        QVERIFY(world::dot(pop.tasteOf(0), c.artistLatent.data(), d) > 0.95f);
        QVERIFY(world::dot(pop.tasteOf(1), c.artistLatent.data() + d, d) > 0.95f);
        for (ListenerId l = 0; l < 2; ++l) {
            QCOMPARE(rowOf(pop.anchor, l, d), rowOf(pop.taste, l, d));
            QCOMPARE(rowOf(pop.initialTaste, l, d), rowOf(pop.taste, l, d));
            QVERIFY(std::abs(world::norm(pop.tasteOf(l), d) - 1.0f) < 1e-5f);
        }
    }
    void unmatchedUsersAndTraitsStayGenerated()
    {
        world::WorldParams seeded = fixtureParams();
        const auto a = world::makeWorld(seeded, 3, kFixtures);
        world::WorldParams plain = fixtureParams();
        plain.listeners.seed = {};
        plain.listeners.count = 3;
        const auto b = world::makeWorld(plain, 3, kFixtures);
        const auto &pa = a->population();
        const auto &pb = b->population();
        const int d = pa.dim;
        QCOMPARE(rowOf(pa.taste, 2, d), rowOf(pb.taste, 2, d)); // user 30: no match
        QVERIFY(rowOf(pa.taste, 0, d) != rowOf(pb.taste, 0, d));
        QCOMPARE(pa.activity, pb.activity);
        QCOMPARE(pa.patience, pb.patience);
        QCOMPARE(pa.noveltyAppetite, pb.noveltyAppetite);
        QCOMPARE(pa.malleabilityFactor, pb.malleabilityFactor);
        QCOMPARE(pa.premium, pb.premium);
        QCOMPARE(pa.peakHour, pb.peakHour);
    }
    void namesharedArtistsCountOnce()
    {
        // "Cream" and "CREAM" are two catalogue artists; the Last.fm name "cream" stands for
        // both, counted as one matched name.
        io::ImportedCatalog imported;
        for (int i = 0; i < 4; ++i) {
            io::ImportedTrack t;
            t.id = "c" + std::to_string(i);
            t.name = t.id;
            t.artist = i < 2 ? "Cream" : "CREAM";
            t.genre = "rock";
            t.subgenre = "classic rock";
            t.popularity = 50;
            t.features = { 0.5, 0.2 + 0.2 * i, 0.5, 0.5, 0.1, 0.1, 0.1, 100.0 + 10 * i, -6.0 };
            imported.tracks.push_back(t);
        }
        const auto catalog = world::buildImportedCatalog(
            imported, world::CatalogParams {}, 16, 1, world::AudioProjection(16));
        world::Population pop;
        pop.dim = 16;
        pop.grow(1);
        const auto counts = io::parseListeningCounts("userID\tartistID\tweight\n1\t7\t9\n", "c");
        const auto names = io::parseArtistNames("id\tname\n7\tcream\n8\tUnknown\n", "a");
        const auto r = world::seedListeners(pop, catalog, counts, names, 1);
        QCOMPARE(r.artistNamesMatched, std::size_t(1));
        QCOMPARE(r.usersMatched, std::size_t(1));
        QVERIFY(world::dot(pop.tasteOf(0), catalog.artistLatent.data(), 16) > 0.5f);
        QVERIFY(world::dot(pop.tasteOf(0), catalog.artistLatent.data() + 16, 16) > 0.5f);
        world::Population tooSmall;
        tooSmall.dim = 16;
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, world::seedListeners(tooSmall, catalog, counts, names, 1));
    }
    void seedFileErrors()
    {
        world::WorldParams onlyCounts = fixtureParams();
        onlyCounts.listeners.seed.artistsPath.clear();
        QCOMPARE(errorOf([&] { world::makeWorld(onlyCounts, 1, kFixtures); }),
            std::string("world.listeners.seed.artists_path: required when "
                        "world.listeners.seed.counts_path is set"));
        world::WorldParams missing = fixtureParams();
        missing.listeners.seed.countsPath = "gone.tsv";
        QCOMPARE(errorOf([&] { world::makeWorld(missing, 1, kFixtures); }),
            "world.listeners.seed.counts_path: cannot open listening-count file '" + kFixtures
                + "/gone.tsv': No such file or directory. Give its location with --set "
                  "world.listeners.seed.counts_path=FILE (relative paths start at the scenario "
                  "file's folder), or set both world.listeners.seed paths to \"\" for generated "
                  "listeners");
        world::WorldParams empty = fixtureParams();
        empty.listeners.seed.artistsPath = "empty.csv";
        QCOMPARE(errorOf([&] { world::makeWorld(empty, 1, kFixtures); }),
            "world.listeners.seed.artists_path: " + kFixtures
                + "/empty.csv: the file is empty (expected a header row: id, name)");
    }
    void generatedCatalogueStillSeeds()
    {
        // Seeding works on any catalogue; invented artist names simply do not match.
        world::WorldParams params = fixtureParams();
        params.catalog.source = "generated";
        params.catalog.tracks = 200;
        world::RealDataReport report;
        const auto w = world::makeWorld(params, 3, kFixtures, &report);
        QVERIFY(!report.catalog.has_value());
        QCOMPARE(report.listeners->users, std::size_t(3));
        QCOMPARE(w->population().size(), std::size_t(3));
    }
};
TD_REGISTER_TEST(TestListenerSeeding)

#include "tst_listenerseeding.moc"
