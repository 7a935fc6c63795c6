// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/rng.h"
#include "io/catalogcsv.h"
#include "io/dataerror.h"
#include "io/text.h"
#include "testregistry.h"
#include "world/catalogimport.h"
#include "world/latent.h"

#include <QtTest>

#include <cmath>
#include <string>

using namespace td;
using td::world::Catalog;

namespace {

const std::string kFixtures = TD_SOURCE_DIR "/tests/fixtures/io";

Catalog importFixture(const std::string &file, io::CatalogImportReport *report = nullptr,
    world::CatalogParams params = {}, int dim = 16, std::uint64_t seed = 1)
{
    params.source = "csv";
    params.path = file;
    return world::importCatalog(params, kFixtures, dim, seed, world::AudioProjection(dim), report);
}

/// The message of the DataFileError `f` throws ("" if it does not throw).
template<typename F> std::string errorOf(F f)
{
    try {
        f();
    } catch (const io::DataFileError &e) {
        return e.what();
    }
    return {};
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

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

/// A synthetic import: `genres` × 2 sub-genres × 4 artists × 8 tracks with features drawn
/// independently of genre and artist (so any clustering comes from the construction).
io::ImportedCatalog syntheticImport(int genres)
{
    io::ImportedCatalog imported;
    base::Rng rng(99, base::Purpose::CatalogFeatures, 0, 0);
    int id = 0;
    for (int g = 0; g < genres; ++g) {
        for (int s = 0; s < 2; ++s) {
            for (int a = 0; a < 4; ++a) {
                for (int k = 0; k < 8; ++k) {
                    io::ImportedTrack t;
                    t.id = "id" + std::to_string(id++);
                    t.name = t.id;
                    t.artist = "artist " + std::to_string(g) + "." + std::to_string(s) + "."
                        + std::to_string(a);
                    t.genre = "genre " + std::to_string(g);
                    t.subgenre = "sub " + std::to_string(g) + "." + std::to_string(s);
                    t.popularity = rng.uniform(0.0, 100.0);
                    t.releaseDate = 18000 - std::int64_t(rng.below(3000));
                    for (int f = 0; f < 7; ++f)
                        t.features[std::size_t(f)] = rng.uniform(0.02, 0.98);
                    t.features[7] = rng.uniform(70.0, 180.0);
                    t.features[8] = rng.uniform(-14.0, -2.0);
                    t.durationSeconds = 200.0;
                    imported.tracks.push_back(t);
                }
            }
        }
    }
    imported.newestReleaseDate = 18000;
    return imported;
}

} // namespace

/// Catalogue import: exact values from hand-made files, the row and NA rules, and the latent
/// construction.
class TestCatalogImport : public QObject
{
    Q_OBJECT
private slots:
    void goodFileExactValues()
    {
        io::CatalogImportReport report;
        const Catalog c = importFixture("good.csv", &report);
        const auto &o = c.observable;
        QCOMPARE(report.rowsRead, std::size_t(4));
        QCOMPARE(report.rowsUsed, std::size_t(4));
        QCOMPARE(report.rowsSkipped, std::size_t(0));
        QCOMPARE(report.tracks, std::size_t(4));
        QCOMPARE(report.path, kFixtures + "/good.csv");
        QCOMPARE(o.trackCount(), std::size_t(4));
        QCOMPARE(o.trackNames, (std::vector<std::string> { "Alpha", "Beta", "Gamma", "Delta" }));
        QCOMPARE(o.artistNames, (std::vector<std::string> { "Ann", "Bob", "Cid" }));
        QCOMPARE(o.artist, (std::vector<ArtistId> { 0, 0, 1, 2 }));
        // Labels sorted by name; sub-genres grouped by genre.
        QCOMPARE(o.genreNames, (std::vector<std::string> { "pop", "rap", "rock" }));
        QCOMPARE(o.subgenreNames, (std::vector<std::string> { "dance pop", "trap", "hard rock" }));
        QCOMPARE(o.genreLabel, (std::vector<td::GenreId> { 0, 0, 2, 1 }));
        QCOMPARE(o.subgenreLabel, (std::vector<td::GenreId> { 0, 0, 2, 1 }));
        QCOMPARE(c.trueGenre, o.genreLabel);
        QCOMPARE(c.trueSubgenre, o.subgenreLabel);
        // Newest 2020-01-10 is day 0; 2019-12 = 2019-12-01 (-40); 2019 = 2019-01-01 (-374).
        QCOMPARE(o.releaseDay, (std::vector<Day> { 0, -40, -374, -9 }));
        QCOMPARE(c.artistDebutDay, (std::vector<Day> { -40, -374, -9 }));
        QCOMPARE(o.durationSeconds, (std::vector<float> { 200.0f, 180.0f, 240.0f, 150.0f }));
        QCOMPARE(o.priorPopularity, (std::vector<float> { 80.0f, 60.0f, 40.0f, 20.0f }));
        QCOMPARE(o.isExplicit, (std::vector<std::uint8_t> { 0, 0, 0, 0 }));
        // AudioFeature order: dance, energy, valence, acoustic, instrumental, speech, live,
        // tempo, loudness.
        const std::vector<float> t1 { 0.8f, 0.7f, 0.9f, 0.1f, 0.0f, 0.05f, 0.1f, 120.0f, -5.0f };
        const std::vector<float> t3 { 0.3f, 0.9f, 0.4f, 0.01f, 0.3f, 0.04f, 0.3f, 140.0f, -4.0f };
        QCOMPARE(std::vector<float>(o.features(0), o.features(0) + 9), t1);
        QCOMPARE(std::vector<float>(o.features(2), o.features(2) + 9), t3);
        // Hidden part: unit rows, appeal ordered like popularity, centres present.
        QCOMPARE(c.dim, 16);
        QCOMPARE(c.latent.size(), std::size_t(4 * 16));
        for (TrackId t = 0; t < 4; ++t)
            QVERIFY(std::abs(world::norm(c.track(t), 16) - 1.0f) < 1e-5f);
        QCOMPARE(c.genreCenters.size(), std::size_t(3 * 16));
        QCOMPARE(c.subgenreCenters.size(), std::size_t(3 * 16));
        QCOMPARE(c.artistLatent.size(), std::size_t(3 * 16));
        QCOMPARE(c.appealWeight.size(), std::size_t(4));
        QVERIFY(c.appealWeight[0] > c.appealWeight[3]); // popularity 80 vs 20
        // Ann's centre is the normalised mean of her two tracks.
        std::vector<float> mean(16, 0.0f);
        world::axpy(mean.data(), 1.0f, c.track(0), 16);
        world::axpy(mean.data(), 1.0f, c.track(1), 16);
        world::normalize(mean.data(), 16);
        for (int i = 0; i < 16; ++i)
            QVERIFY(std::abs(mean[std::size_t(i)] - c.artistLatent[std::size_t(i)]) < 1e-6f);
    }
    void holdbackReleasesTheNewestDuringTheRun()
    {
        world::CatalogParams params;
        params.holdbackDays = 10;
        const Catalog c = importFixture("good.csv", nullptr, params);
        QCOMPARE(c.observable.releaseDay, (std::vector<Day> { 10, -30, -364, 1 }));
        QVERIFY(!c.observable.isReleased(0, 9));
        QVERIFY(c.observable.isReleased(0, 10));
    }
    void badRowsAreReportedAndSkipped()
    {
        io::CatalogImportReport report;
        const Catalog c = importFixture("bad_rows.csv", &report);
        QCOMPARE(report.rowsRead, std::size_t(9));
        QCOMPARE(report.rowsSkipped, std::size_t(5));
        QCOMPARE(report.rowsUsed, std::size_t(4));
        QCOMPARE(report.tracks, std::size_t(4));
        QCOMPARE(c.observable.trackNames,
            (std::vector<std::string> { "Alpha", "Epsilon", "Eta", "Iota" }));
        const std::vector<std::pair<std::size_t, std::string>> expected {
            { 3, "4 fields, expected 19" },
            { 4, "no track id (track_id is empty or NA)" },
            { 5,
                "no audio features (danceability, energy, valence, acousticness, "
                "instrumentalness, speechiness, liveness, tempo, loudness all missing or "
                "invalid)" },
            { 7, "not valid UTF-8 (the file must be UTF-8 encoded)" },
            { 9, "text after the closing quote of field 2" },
        };
        QCOMPARE(report.problems.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(report.problems[i].line, expected[i].first);
            QCOMPARE(report.problems[i].reason, expected[i].second);
        }
        const std::string summary = report.summary();
        QVERIFY2(contains(summary, "9 rows read, 4 used, 5 skipped: 4 tracks"), summary.c_str());
        QVERIFY2(contains(summary, "skipped line 3: 4 fields, expected 19"), summary.c_str());
        QVERIFY(contains(report.summary(2), "... and 3 more skipped rows"));
    }
    void duplicateMappedHeaderIsRefused()
    {
        // Issue 16, item 8: two tempo columns silently resolved to the first (median 6 BPM).
        const std::string header = "track_id,track_name,track_artist,track_popularity,"
                                   "track_album_release_date,playlist_genre,playlist_subgenre,"
                                   "danceability,energy,key,loudness,mode,speechiness,"
                                   "acousticness,instrumentalness,liveness,valence,tempo,"
                                   "duration_ms";
        const std::string row = "t1,A,Ann,80,2020-01-10,pop,dance pop,0.8,0.7,1,-5.0,1,0.05,0.1,0,"
                                "0.1,0.9,120,200000";
        QCOMPARE(errorOf([&] {
            io::parseCatalogCsv(header + ",tempo\n" + row + ",6\n", io::CatalogColumns(), "x.csv");
        }),
            std::string("x.csv: line 1 (the header): column 'tempo' appears twice (columns 18 and "
                        "20); rename one, so that it is clear which one holds the data"));
        // A repeated column the mapping does not use is harmless.
        const io::ImportedCatalog ok = io::parseCatalogCsv(
            header + ",notes,notes\n" + row + ",a,b\n", io::CatalogColumns(), "x.csv");
        QCOMPARE(ok.tracks.size(), std::size_t(1));
    }

    void implausibleDatesAreInvalidWithTheirLine()
    {
        // Issue 16, item 8: 9999-12-31 became the newest date holdback_days counts from.
        const std::string text = "track_id,track_album_release_date,tempo\n"
                                 "a,2019-01-01,100\n"
                                 "b,9999-12-31,110\n"
                                 "c,2021-01-01,120\n"
                                 "d,1066-10-14,130\n";
        io::CatalogColumns columns;
        columns.trackName = columns.artist = columns.popularity = columns.genre = columns.subgenre
            = columns.durationMs = "";
        for (int f = 0; f < io::kCatalogFeatureCount; ++f)
            columns.features[std::size_t(f)] = f == io::kTempoIndex ? "tempo" : "";
        const io::ImportedCatalog c = io::parseCatalogCsv(text, columns, "x.csv");
        QCOMPARE(c.tracks.size(), std::size_t(4));
        QCOMPARE(c.newestReleaseDate, io::daysFromCivil(2021, 1, 1));
        const io::ColumnFill *dates = nullptr;
        for (const io::ColumnFill &f : c.report.fills)
            dates = f.isDate ? &f : dates;
        QVERIFY(dates);
        QCOMPARE(dates->invalid, std::size_t(2));
        QCOMPARE(dates->examples.size(), std::size_t(2));
        QCOMPARE(dates->examples[0].line, std::size_t(3));
        QCOMPARE(dates->examples[0].reason, std::string("9999-12-31"));
        QCOMPARE(dates->examples[1].line, std::size_t(5));
        const std::string summary = c.report.summary();
        QVERIFY2(contains(summary,
                     "track_album_release_date: 0 missing and 2 invalid values set to the median "
                     "2020-01-01; invalid: line 3 '9999-12-31', line 5 '1066-10-14' (dates must be "
                     "YYYY, YYYY-MM or YYYY-MM-DD, years 1860-2100)"),
            summary.c_str());
    }

    void swallowedLinesAreReportedAsLines()
    {
        // Issue 16, item 8: a quote opened on line 3 swallowed lines 4-6, reported as one row.
        const std::string text = "track_id,track_name,tempo\n"
                                 "a,One,100\n"
                                 "b,\"Two,110\n"
                                 "c,Three,120\n"
                                 "d,Four,130\n"
                                 "e,\"Five\",140\n"
                                 "f,Six,150\n";
        io::CatalogColumns columns;
        columns.artist = columns.popularity = columns.releaseDate = columns.genre = columns.subgenre
            = columns.durationMs = "";
        for (int f = 0; f < io::kCatalogFeatureCount; ++f)
            columns.features[std::size_t(f)] = f == io::kTempoIndex ? "tempo" : "";
        const io::ImportedCatalog c = io::parseCatalogCsv(text, columns, "x.csv");
        QCOMPARE(c.tracks.size(), std::size_t(2)); // a and f
        QCOMPARE(c.report.problems.size(), std::size_t(1));
        QCOMPARE(c.report.problems[0].lines(), std::string("lines 3-6"));
        const std::string summary = c.report.summary();
        QVERIFY2(contains(summary,
                     "  skipped lines 3-6: text after the closing quote of field 2 (the quoted "
                     "field opened on line 3 runs to line 6: a missing closing quote swallowed "
                     "lines 4-6)\n"),
            summary.c_str());
    }

    void missingColumnsAreNamed()
    {
        const std::string message = errorOf([] { importFixture("missing_columns.csv"); });
        QVERIFY2(contains(message,
                     "world.catalog.path: " + kFixtures
                         + "/missing_columns.csv: missing required columns tempo, loudness "
                           "(the header has: track_id,"),
            message.c_str());
        QVERIFY2(contains(message, "--set world.catalog.columns.<field>=NAME"), message.c_str());
        // Unmapping them imports the file: tempo and loudness take neutral values.
        world::CatalogParams params;
        params.columns.tempo.clear();
        params.columns.loudness.clear();
        io::CatalogImportReport report;
        const Catalog c = importFixture("missing_columns.csv", &report, params);
        QCOMPARE(c.trackCount(), std::size_t(1));
        QCOMPARE(c.observable.features(0)[7], 120.0f);
        QCOMPARE(c.observable.features(0)[8], -7.5f);
        QCOMPARE(report.fills.size(), std::size_t(2));
        QCOMPARE(report.fills[0].column, std::string("audio feature 8"));
        QCOMPARE(report.fills[0].missing, std::size_t(1));
    }
    void emptyFileIsAClearError()
    {
        const std::string empty = errorOf([] { importFixture("empty.csv"); });
        QCOMPARE(empty,
            "world.catalog.path: " + kFixtures
                + "/empty.csv: the file is empty (expected a header row naming the columns, "
                  "e.g. track_id)");
        const std::string headerOnly = errorOf([] { importFixture("header_only.csv"); });
        QCOMPARE(headerOnly,
            "world.catalog.path: " + kFixtures
                + "/header_only.csv: no usable rows (0 rows read, 0 skipped)");
    }
    void missingFileNamesPathAndFix()
    {
        const std::string message = errorOf([] { importFixture("nowhere/songs.csv"); });
        QCOMPARE(message,
            "world.catalog.path: cannot open catalogue file '" + kFixtures
                + "/nowhere/songs.csv': No such file or directory. Give the catalogue's "
                  "location with --set world.catalog.path=FILE (relative paths start at the "
                  "scenario file's folder)");
    }
    void quotedFieldsWithCommas()
    {
        io::CatalogImportReport report;
        const Catalog c = importFixture("quoted.csv", &report);
        const auto &o = c.observable;
        QCOMPARE(o.trackNames,
            (std::vector<std::string> {
                "Hello, World", "She said \"hi\"", "Two\r\nlines", "Unknown" }));
        QCOMPARE(o.artistNames, (std::vector<std::string> { "Earth, Wind & Fire", "Solo" }));
        QCOMPARE(o.subgenreNames, (std::vector<std::string> { "dance pop" }));
        // q4 starts on line 6: the quoted line break of q3 counts.
        QCOMPARE(report.problems.size(), std::size_t(1));
        QCOMPARE(report.problems[0].line, std::size_t(6));
        QCOMPARE(report.problems[0].reason, std::string("3 fields, expected 19"));
        QCOMPARE(report.unknownNames, std::size_t(1)); // q5's empty quoted name
    }
    void duplicateIdsAreMerged()
    {
        io::CatalogImportReport report;
        const Catalog c = importFixture("duplicates.csv", &report);
        const auto &o = c.observable;
        QCOMPARE(report.rowsRead, std::size_t(4));
        QCOMPARE(report.rowsUsed, std::size_t(4));
        QCOMPARE(report.duplicateRows, std::size_t(2));
        QCOMPARE(report.tracks, std::size_t(2));
        QCOMPARE(o.trackNames, (std::vector<std::string> { "One", "Two" }));
        QCOMPARE(o.artistNames, (std::vector<std::string> { "Ann", "Bob" })); // no "Zed"
        QCOMPARE(o.genreNames, (std::vector<std::string> { "pop", "rock" })); // no "rap"
        QCOMPARE(o.genreLabel[0], td::GenreId(0));
        QCOMPARE(o.priorPopularity[0], 50.0f);
        const std::vector<float> first { 0.1f, 0.2f, 0.7f, 0.4f, 0.5f, 0.3f, 0.6f, 100.0f, -5.0f };
        QCOMPARE(std::vector<float>(o.features(0), o.features(0) + 9), first);
        QVERIFY(contains(report.summary(), "2 repeat a track id and were merged"));
    }
    void missingValues()
    {
        io::CatalogImportReport report;
        const Catalog c = importFixture("na.csv", &report);
        const auto &o = c.observable;
        QCOMPARE(o.trackNames, (std::vector<std::string> { "Unknown", "Two", "Three", "Four" }));
        QCOMPARE(o.artistNames, (std::vector<std::string> { "Unknown", "B", "C", "D" }));
        QCOMPARE(report.unknownNames, std::size_t(1));
        QCOMPARE(report.unknownArtists, std::size_t(1));
        QCOMPARE(report.missingGenres, std::size_t(1));
        QCOMPARE(report.missingSubgenres, std::size_t(2));
        // n2: NA danceability, energy 1.5 (out of range), tempo 0, NA popularity, duration
        // and date: each takes the median of the other three tracks.
        QCOMPARE(o.features(1)[0], 0.4f); // median(0.2, 0.6, 0.4)
        QCOMPARE(o.features(1)[1], 0.7f); // median(0.5, 0.7, 0.9)
        QCOMPARE(o.features(1)[7], 120.0f); // median(100, 120, 140)
        QCOMPARE(o.priorPopularity[1], 30.0f);
        QCOMPARE(o.durationSeconds[1], 220.0f);
        QCOMPARE(o.releaseDay, (std::vector<Day> { 0, -1, -1, -2 })); // median 2019-12-31
        // Labels: n2 has none, n3 only a genre.
        QCOMPARE(o.genreNames, (std::vector<std::string> { "pop", "rock" }));
        QCOMPARE(o.subgenreNames, (std::vector<std::string> { "dance pop", "hard rock" }));
        QCOMPARE(o.genreLabel, (std::vector<td::GenreId> { 0, -1, 1, 1 }));
        QCOMPARE(o.subgenreLabel, (std::vector<td::GenreId> { 0, -1, -1, 1 }));
        // True genres: n3 gets rock's only sub-genre; n2 the nearest genre centre, and a
        // sub-genre of that genre.
        QCOMPARE(c.trueSubgenre[2], td::GenreId(1));
        QVERIFY(c.trueGenre[1] == 0 || c.trueGenre[1] == 1);
        QCOMPARE(c.trueSubgenre[1], c.trueGenre[1]); // one sub-genre per genre here
        const float toPop = world::dot(c.track(1), c.genreCenter(0), 16);
        const float toRock = world::dot(c.track(1), c.genreCenter(1), 16);
        QCOMPARE(int(c.trueGenre[1]), toPop > toRock ? 0 : 1);
        // The report lists each filled column with its counts.
        QCOMPARE(report.fills.size(), std::size_t(6));
        QCOMPARE(report.fills[0].column, std::string("danceability"));
        QCOMPARE(report.fills[0].missing, std::size_t(1));
        QCOMPARE(report.fills[1].column, std::string("energy"));
        QCOMPARE(report.fills[1].invalid, std::size_t(1));
        QVERIFY(contains(report.summary(),
            "track_album_release_date: 1 missing and 0 invalid "
            "values set to the median 2019-12-31"));
    }
    void defaultColumnsAreSpotifys()
    {
        const io::CatalogColumns fromScenario = world::catalogColumns(world::CatalogParams {});
        const io::CatalogColumns reader;
        QCOMPARE(fromScenario.trackId, reader.trackId);
        QCOMPARE(fromScenario.trackName, reader.trackName);
        QCOMPARE(fromScenario.artist, reader.artist);
        QCOMPARE(fromScenario.popularity, reader.popularity);
        QCOMPARE(fromScenario.releaseDate, reader.releaseDate);
        QCOMPARE(fromScenario.genre, reader.genre);
        QCOMPARE(fromScenario.subgenre, reader.subgenre);
        QCOMPARE(fromScenario.features, reader.features);
        QCOMPARE(fromScenario.durationMs, reader.durationMs);
        QCOMPARE(fromScenario.explicitFlag, reader.explicitFlag);
        for (int f = 0; f < events::kAudioFeatureCount; ++f)
            QCOMPARE(reader.features[std::size_t(f)],
                std::string(events::audioFeatureName(events::AudioFeature(f))));
    }
    void explicitColumnWhenMapped()
    {
        world::CatalogParams params;
        params.columns.explicitFlag = "mode"; // any column will do for the test
        const Catalog c = importFixture("good.csv", nullptr, params);
        QCOMPARE(c.observable.isExplicit, (std::vector<std::uint8_t> { 1, 0, 1, 1 }));
    }
    void sameArtistCloserThanOtherGenres()
    {
        const io::ImportedCatalog imported = syntheticImport(3);
        const Catalog c = world::buildImportedCatalog(
            imported, world::CatalogParams {}, 16, 5, world::AudioProjection(16));
        const std::size_t n = c.trackCount();
        QCOMPARE(n, std::size_t(192));
        double sameArtist = 0, otherGenre = 0;
        int sameCount = 0, otherCount = 0, artistsBelow = 0;
        for (ArtistId a = 0; a < c.observable.artistCount(); ++a) {
            double within = 0, across = 0;
            int w = 0, x = 0;
            for (TrackId i = 0; i < n; ++i) {
                if (c.observable.artist[i] != a)
                    continue;
                for (TrackId j = 0; j < n; ++j) {
                    if (i == j)
                        continue;
                    const double cos = world::dot(c.track(i), c.track(j), 16);
                    if (c.observable.artist[j] == a) {
                        within += cos;
                        ++w;
                    } else if (c.trueGenre[j] != c.trueGenre[i]) {
                        across += cos;
                        ++x;
                    }
                }
            }
            sameArtist += within;
            sameCount += w;
            otherGenre += across;
            otherCount += x;
            artistsBelow += within / w > across / x ? 0 : 1;
        }
        sameArtist /= sameCount;
        otherGenre /= otherCount;
        qInfo("mean cosine: same artist %.3f, different genres %.3f", sameArtist, otherGenre);
        QVERIFY(sameArtist > otherGenre + 0.3);
        QCOMPARE(artistsBelow, 0); // every artist is tighter than the genre gap
    }
    void projectionReproducesFeatures()
    {
        const io::ImportedCatalog imported = syntheticImport(3);
        const world::AudioProjection projection(16);
        const Catalog c
            = world::buildImportedCatalog(imported, world::CatalogParams {}, 16, 5, projection);
        const std::size_t n = c.trackCount();
        std::vector<std::vector<double>> in(9), out(9);
        base::Rng unused(1, base::Purpose::CatalogFeatures, 0, 0);
        float features[9];
        for (TrackId t = 0; t < n; ++t) {
            projection.features(c.track(t), unused, 0.0, features);
            for (int f = 0; f < 9; ++f) {
                in[std::size_t(f)].push_back(c.observable.features(t)[f]);
                out[std::size_t(f)].push_back(features[f]);
            }
        }
        for (int f = 0; f < 9; ++f) {
            const double r = pearson(in[std::size_t(f)], out[std::size_t(f)]);
            qInfo("%s: correlation %.3f",
                std::string(events::audioFeatureName(events::AudioFeature(f))).c_str(), r);
            QVERIFY2(r > 0.9, std::to_string(r).c_str());
        }
    }
    void deterministicAndSeeded()
    {
        const io::ImportedCatalog imported = syntheticImport(2);
        const world::AudioProjection projection(16);
        const Catalog a
            = world::buildImportedCatalog(imported, world::CatalogParams {}, 16, 5, projection);
        const Catalog b
            = world::buildImportedCatalog(imported, world::CatalogParams {}, 16, 5, projection);
        const Catalog other
            = world::buildImportedCatalog(imported, world::CatalogParams {}, 16, 6, projection);
        QCOMPARE(a.latent, b.latent);
        QCOMPARE(a.appealWeight, b.appealWeight);
        QVERIFY(a.latent != other.latent); // the hidden part varies with the seed
        QCOMPARE(a.observable.audioFeatures, other.observable.audioFeatures);
        QCOMPARE(a.observable.priorPopularity, other.observable.priorPopularity);
    }
    void smallLatentDimension()
    {
        // d < 11: no null space for the offsets; vectors must still be finite unit rows.
        const io::ImportedCatalog imported = syntheticImport(2);
        const Catalog c = world::buildImportedCatalog(
            imported, world::CatalogParams {}, 4, 5, world::AudioProjection(4));
        for (TrackId t = 0; t < c.trackCount(); ++t) {
            const float len = world::norm(c.track(t), 4);
            QVERIFY(std::isfinite(len) && std::abs(len - 1.0f) < 1e-5f);
        }
    }
};
TD_REGISTER_TEST(TestCatalogImport)

#include "tst_catalogimport.moc"
