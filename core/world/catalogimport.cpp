// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/catalogimport.h"

#include "io/csvreader.h"
#include "io/dataerror.h"
#include "io/text.h"
#include "world/latent.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

namespace td::world {

static_assert(io::kCatalogFeatureCount == events::kAudioFeatureCount,
    "the CSV reader and the catalogue must agree on the audio features");
static_assert(io::kTempoIndex == int(events::AudioFeature::Tempo)
        && io::kLoudnessIndex == int(events::AudioFeature::Loudness),
    "the CSV reader and the catalogue must agree on the order of the audio features");

namespace {

using base::Purpose;
using base::Rng;

constexpr int kF = events::kAudioFeatureCount;

// Weights of the parts of an imported track's latent vector (before normalisation). The
// feature part carries about 45 % of the squared norm, close to the share of the latent
// space the 9 features span in the generator (9 of 16 dimensions); genre, sub-genre and
// artist offsets echo the generator's genre/artist/track spreads (0.55, 0.40, 0.35).
constexpr double kFeatureWeight = 0.7; ///< RMS norm of the feature-explained part
constexpr float kGenreWeight = 0.55f;
constexpr float kSubgenreWeight = 0.35f;
constexpr float kArtistWeight = 0.45f;
constexpr double kTrackJitter = 0.2; ///< expected norm of a track's own offset
constexpr double kUnitClamp = 0.005; ///< unit features are clamped to [c, 1-c] before logit
constexpr double kRidge = 1e-3; ///< λ relative to the mean diagonal of P Pᵀ
constexpr double kAppealPerPopularity = 4.5; ///< log appeal per 100 popularity points
constexpr double kAppealNoise = 0.3;

/// Inverse of AudioProjection's squashing (without its bias and gain, which the
/// standardisation removes anyway).
double rawFeature(int f, double value)
{
    if (f == int(events::AudioFeature::Tempo))
        return (value - 120.0) / 22.0;
    if (f == int(events::AudioFeature::Loudness))
        return (value + 7.5) / 3.0;
    const double x = std::clamp(value, kUnitClamp, 1.0 - kUnitClamp);
    return std::log(x / (1.0 - x));
}

/// Solves the symmetric positive definite system A x = b in place (A: n×n row-major,
/// overwritten by its Cholesky factor). n is the feature count, so plain loops suffice.
class Cholesky
{
public:
    explicit Cholesky(std::vector<double> a, int n) : m_l(std::move(a)), m_n(n)
    {
        for (int j = 0; j < n; ++j) {
            double d = m_l[std::size_t(j * n + j)];
            for (int k = 0; k < j; ++k)
                d -= m_l[std::size_t(j * n + k)] * m_l[std::size_t(j * n + k)];
            d = std::sqrt(std::max(d, 1e-300));
            m_l[std::size_t(j * n + j)] = d;
            for (int i = j + 1; i < n; ++i) {
                double s = m_l[std::size_t(i * n + j)];
                for (int k = 0; k < j; ++k)
                    s -= m_l[std::size_t(i * n + k)] * m_l[std::size_t(j * n + k)];
                m_l[std::size_t(i * n + j)] = s / d;
            }
        }
    }
    void solve(double *x) const
    {
        const int n = m_n;
        for (int i = 0; i < n; ++i) {
            for (int k = 0; k < i; ++k)
                x[i] -= m_l[std::size_t(i * n + k)] * x[k];
            x[i] /= m_l[std::size_t(i * n + i)];
        }
        for (int i = n - 1; i >= 0; --i) {
            for (int k = i + 1; k < n; ++k)
                x[i] -= m_l[std::size_t(k * n + i)] * x[k];
            x[i] /= m_l[std::size_t(i * n + i)];
        }
    }

private:
    std::vector<double> m_l;
    int m_n;
};

/// The projection's rows as doubles and the solver of (P Pᵀ + λI).
struct ProjectionInverse
{
    int dim;
    std::vector<double> p; ///< kF × dim
    Cholesky gram;
    bool useNullSpace; ///< the null space of P has room for offsets (dim ≥ kF + 2)

    static std::vector<double> rows(const AudioProjection &projection, int d)
    {
        std::vector<double> p(std::size_t(kF) * std::size_t(d));
        for (int f = 0; f < kF; ++f) {
            const float *row = projection.row(events::AudioFeature(f));
            for (int i = 0; i < d; ++i)
                p[std::size_t(f * d + i)] = row[i];
        }
        return p;
    }
    static std::vector<double> gramMatrix(const std::vector<double> &p, int d)
    {
        std::vector<double> g(std::size_t(kF * kF), 0.0);
        double trace = 0.0;
        for (int a = 0; a < kF; ++a) {
            for (int b = 0; b < kF; ++b) {
                double s = 0.0;
                for (int i = 0; i < d; ++i)
                    s += p[std::size_t(a * d + i)] * p[std::size_t(b * d + i)];
                g[std::size_t(a * kF + b)] = s;
            }
            trace += g[std::size_t(a * kF + a)];
        }
        for (int a = 0; a < kF; ++a)
            g[std::size_t(a * kF + a)] += kRidge * trace / kF;
        return g;
    }

    ProjectionInverse(const AudioProjection &projection, int d)
        : dim(d), p(rows(projection, d)), gram(gramMatrix(p, d), kF), useNullSpace(d >= kF + 2)
    { }

    /// out = Pᵀ (P Pᵀ + λI)⁻¹ z (length dim).
    void minimumNorm(const double *z, float *out) const
    {
        double a[kF];
        std::copy_n(z, kF, a);
        gram.solve(a);
        for (int i = 0; i < dim; ++i) {
            double s = 0.0;
            for (int f = 0; f < kF; ++f)
                s += p[std::size_t(f * dim + i)] * a[f];
            out[i] = float(s);
        }
    }

    /// v -= Pᵀ (P Pᵀ + λI)⁻¹ P v: removes the part of v the features see.
    void toNullSpace(float *v) const
    {
        if (!useNullSpace)
            return;
        double pv[kF];
        for (int f = 0; f < kF; ++f) {
            double s = 0.0;
            for (int i = 0; i < dim; ++i)
                s += p[std::size_t(f * dim + i)] * v[i];
            pv[f] = s;
        }
        std::vector<float> back(static_cast<std::size_t>(dim));
        minimumNorm(pv, back.data());
        axpy(v, -1.0f, back.data(), dim);
    }
};

/// A unit direction from its own hashed stream, with the part the features see removed.
void hashedDirection(const ProjectionInverse &inverse, std::uint64_t seed, Purpose purpose,
    std::uint64_t key, float *out)
{
    Rng rng(seed, purpose, key, 0);
    const int d = inverse.dim;
    do {
        gaussianOffset(rng, out, d, 1.0);
        inverse.toNullSpace(out);
    } while (norm(out, d) < 1e-6f);
    normalize(out, d);
}

std::uint64_t keyOf(std::string_view kind, std::string_view a, std::string_view b = {})
{
    std::string text(kind);
    text += '\x1f';
    text += a;
    text += '\x1f';
    text += b;
    return io::stableHash(text);
}

/// Normalised means of rows grouped by `group[t]` (rows with group -1 are ignored).
std::vector<float> groupCentres(
    const std::vector<float> &latent, int d, const std::vector<int> &group, std::size_t groups)
{
    std::vector<float> centres(groups * std::size_t(d), 0.0f);
    for (std::size_t t = 0; t < group.size(); ++t) {
        if (group[t] >= 0)
            axpy(centres.data() + std::size_t(group[t]) * d, 1.0f, latent.data() + t * d, d);
    }
    for (std::size_t g = 0; g < groups; ++g)
        normalize(centres.data() + g * d, d);
    return centres;
}

/// Index of the centre (among `candidates`) with the largest dot product with v.
int nearestCentre(
    const float *v, const std::vector<float> &centres, int d, const std::vector<int> &candidates)
{
    int best = candidates.front();
    float bestDot = -std::numeric_limits<float>::infinity();
    for (int c : candidates) {
        const float s = dot(v, centres.data() + std::size_t(c) * d, d);
        if (s > bestDot) {
            bestDot = s;
            best = c;
        }
    }
    return best;
}

/// Genre and sub-genre labels: names sorted, sub-genres grouped by genre (the listener
/// generator picks sub-genre genre·k + j, so each genre's sub-genres must be contiguous).
struct LabelIndex
{
    std::map<std::string, std::map<std::string, int>> index; ///< genre -> sub-genre -> index
    std::unordered_map<std::string, int> genre; ///< genre -> index
    std::vector<int> subgenreGenre; ///< sub-genre -> its genre
    std::vector<char> synthetic; ///< sub-genre made for a genre without sub-genre labels
    bool anyGenre = false; ///< false: one catch-all genre "Unknown" holds every track
};

LabelIndex indexLabels(const std::vector<io::ImportedTrack> &tracks, events::ObservableCatalog &obs)
{
    LabelIndex l;
    for (const auto &t : tracks) {
        if (t.genre.empty())
            continue;
        auto &subs = l.index[t.genre];
        if (!t.subgenre.empty())
            subs.emplace(t.subgenre, -1);
    }
    l.anyGenre = !l.index.empty();
    if (!l.anyGenre) // so that listeners still have a genre to like
        l.index[std::string(io::kUnknownName)];
    std::map<std::string, int> subNameUses;
    for (const auto &entry : l.index) {
        for (const auto &sub : entry.second)
            ++subNameUses[sub.first];
    }
    if (l.index.size() > std::size_t(std::numeric_limits<GenreId>::max()))
        throw io::DataFileError("more than 2147483647 genres (genre labels are 32-bit)");
    for (auto &[genre, subs] : l.index) {
        const int g = int(obs.genreNames.size());
        l.genre[genre] = g;
        obs.genreNames.push_back(genre);
        if (subs.empty()) {
            l.subgenreGenre.push_back(g);
            l.synthetic.push_back(1);
            obs.subgenreNames.push_back(genre);
        }
        for (auto &[sub, index] : subs) {
            index = int(obs.subgenreNames.size());
            l.subgenreGenre.push_back(g);
            l.synthetic.push_back(0);
            // A sub-genre name used under two genres is told apart by its genre.
            obs.subgenreNames.push_back(subNameUses[sub] > 1 ? sub + " (" + genre + ")" : sub);
        }
    }
    if (obs.subgenreNames.size() > std::size_t(std::numeric_limits<GenreId>::max()))
        throw io::DataFileError("more than 2147483647 sub-genres (sub-genre labels are 32-bit)");
    return l;
}

/// Per track: genre and sub-genre index, -1 where the label is missing.
struct TrackLabels
{
    std::vector<int> genre;
    std::vector<int> subgenre;
};

TrackLabels fillObservable(const io::ImportedCatalog &imported, const CatalogParams &params,
    const LabelIndex &labels, events::ObservableCatalog &obs)
{
    const std::size_t n = imported.tracks.size();
    obs.artist.resize(n);
    obs.genreLabel.resize(n);
    obs.subgenreLabel.resize(n);
    obs.releaseDay.resize(n);
    obs.durationSeconds.resize(n);
    obs.isExplicit.resize(n);
    obs.priorPopularity.resize(n);
    obs.audioFeatures.resize(n * kF);
    obs.trackNames.resize(n);
    TrackLabels out { std::vector<int>(n, -1), std::vector<int>(n, -1) };
    std::unordered_map<std::string, ArtistId> artistIndex;
    for (std::size_t t = 0; t < n; ++t) {
        const auto &in = imported.tracks[t];
        const auto [it, added] = artistIndex.emplace(in.artist, ArtistId(obs.artistNames.size()));
        if (added)
            obs.artistNames.push_back(in.artist);
        obs.artist[t] = it->second;
        if (!in.genre.empty()) {
            out.genre[t] = labels.genre.at(in.genre);
            if (!in.subgenre.empty())
                out.subgenre[t] = labels.index.at(in.genre).at(in.subgenre);
        }
        obs.genreLabel[t] = GenreId(out.genre[t]);
        obs.subgenreLabel[t] = GenreId(out.subgenre[t]);
        const std::int64_t day = in.releaseDate - imported.newestReleaseDate + params.holdbackDays;
        obs.releaseDay[t] = Day(std::clamp<std::int64_t>(
            day, std::numeric_limits<Day>::min() / 2, std::numeric_limits<Day>::max() / 2));
        obs.durationSeconds[t] = float(in.durationSeconds);
        obs.isExplicit[t] = in.isExplicit ? 1 : 0;
        obs.priorPopularity[t] = float(in.popularity);
        for (int f = 0; f < kF; ++f)
            obs.audioFeatures[t * kF + std::size_t(f)] = float(in.features[std::size_t(f)]);
        obs.trackNames[t] = in.name;
    }
    return out;
}

/// Standardised inverse-squashed features, trackCount × kF (z of catalogimport.h).
std::vector<double> standardisedFeatures(const std::vector<io::ImportedTrack> &tracks)
{
    const std::size_t n = tracks.size();
    std::vector<double> z(n * kF);
    for (int f = 0; f < kF; ++f) {
        const auto at = [&](std::size_t t) -> double & { return z[t * kF + std::size_t(f)]; };
        double mean = 0.0;
        for (std::size_t t = 0; t < n; ++t) {
            at(t) = rawFeature(f, tracks[t].features[std::size_t(f)]);
            mean += at(t);
        }
        mean /= double(n);
        double var = 0.0;
        for (std::size_t t = 0; t < n; ++t)
            var += (at(t) - mean) * (at(t) - mean);
        const double sd = std::sqrt(var / double(n));
        for (std::size_t t = 0; t < n; ++t)
            at(t) = sd > 1e-12 ? (at(t) - mean) / sd : 0.0;
    }
    return z;
}

/// Latent vectors (feature part + hashed offsets, normalised) and the true appeal.
void buildLatent(const std::vector<io::ImportedTrack> &tracks, const TrackLabels &labels,
    const LabelIndex &index, std::uint64_t seed, const ProjectionInverse &inverse, Catalog &c)
{
    const std::size_t n = tracks.size();
    const int d = c.dim;
    const auto &obs = c.observable;
    const std::vector<double> z = standardisedFeatures(tracks);
    c.latent.assign(n * std::size_t(d), 0.0f);
    double sumSquares = 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        float *v = c.latent.data() + t * std::size_t(d);
        inverse.minimumNorm(z.data() + t * kF, v);
        sumSquares += double(dot(v, v, d));
    }
    const float featureScale
        = sumSquares > 0.0 ? float(kFeatureWeight / std::sqrt(sumSquares / double(n))) : 0.0f;

    const std::size_t genres = obs.genreNames.size();
    const std::size_t subgenres = obs.subgenreNames.size();
    const std::size_t artists = obs.artistCount();
    std::vector<float> genreDir(genres * std::size_t(d)), subDir(subgenres * std::size_t(d)),
        artistDir(artists * std::size_t(d));
    for (std::size_t g = 0; g < genres; ++g)
        hashedDirection(inverse, seed, Purpose::CatalogGenres, keyOf("genre", obs.genreNames[g]),
            genreDir.data() + g * d);
    for (std::size_t s = 0; s < subgenres; ++s)
        hashedDirection(inverse, seed, Purpose::CatalogGenres,
            keyOf("subgenre", obs.genreNames[std::size_t(index.subgenreGenre[s])],
                obs.subgenreNames[s]),
            subDir.data() + s * d);
    for (std::size_t a = 0; a < artists; ++a)
        hashedDirection(inverse, seed, Purpose::CatalogArtists, keyOf("artist", obs.artistNames[a]),
            artistDir.data() + a * d);

    std::vector<float> jitter(static_cast<std::size_t>(d));
    std::vector<double> logAppeal(n);
    for (std::size_t t = 0; t < n; ++t) {
        float *v = c.latent.data() + t * std::size_t(d);
        for (int i = 0; i < d; ++i)
            v[i] *= featureScale;
        if (labels.genre[t] >= 0)
            axpy(v, kGenreWeight, genreDir.data() + std::size_t(labels.genre[t]) * d, d);
        if (labels.subgenre[t] >= 0)
            axpy(v, kSubgenreWeight, subDir.data() + std::size_t(labels.subgenre[t]) * d, d);
        axpy(v, kArtistWeight, artistDir.data() + std::size_t(obs.artist[t]) * d, d);
        Rng rng(seed, Purpose::CatalogTracks, keyOf("track", tracks[t].id), 0);
        gaussianOffset(rng, jitter.data(), d, kTrackJitter);
        inverse.toNullSpace(jitter.data());
        axpy(v, 1.0f, jitter.data(), d);
        if (norm(v, d) < 1e-6f) // degenerate (all parts cancel): any unit vector will do
            randomUnit(rng, v, d);
        normalize(v, d);
        logAppeal[t]
            = kAppealPerPopularity * tracks[t].popularity / 100.0 + kAppealNoise * rng.normal();
    }
    setAppeal(c, logAppeal);
}

/// True genre / sub-genre of every track and the genre and sub-genre centres. A labelled
/// track keeps its label; an unlabelled one takes the nearest genre centre, then the nearest
/// labelled sub-genre of that genre (or the genre's own sub-genre when it has none).
void assignTrueLabels(const LabelIndex &index, TrackLabels labels, Catalog &c)
{
    const std::size_t n = c.trackCount();
    const int d = c.dim;
    const std::size_t genres = c.observable.genreNames.size();
    const std::size_t subgenres = c.observable.subgenreNames.size();
    if (!index.anyGenre)
        std::fill(labels.genre.begin(), labels.genre.end(), 0);
    std::vector<int> allGenres(genres);
    std::iota(allGenres.begin(), allGenres.end(), 0);
    c.genreCenters = groupCentres(c.latent, d, labels.genre, genres);
    c.trueGenre.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
        if (labels.genre[t] < 0)
            labels.genre[t] = nearestCentre(c.track(TrackId(t)), c.genreCenters, d, allGenres);
        c.trueGenre[t] = GenreId(labels.genre[t]);
    }
    std::vector<std::vector<int>> subsOfGenre(genres);
    for (std::size_t s = 0; s < subgenres; ++s)
        subsOfGenre[std::size_t(index.subgenreGenre[s])].push_back(int(s));
    c.subgenreCenters = groupCentres(c.latent, d, labels.subgenre, subgenres);
    c.trueSubgenre.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
        if (labels.subgenre[t] < 0) {
            const auto &candidates = subsOfGenre[std::size_t(labels.genre[t])];
            labels.subgenre[t] = index.synthetic[std::size_t(candidates.front())]
                ? candidates.front()
                : nearestCentre(c.track(TrackId(t)), c.subgenreCenters, d, candidates);
        }
        c.trueSubgenre[t] = GenreId(labels.subgenre[t]);
    }
    // Final centres: means over every track of the genre / sub-genre, labelled or not.
    c.subgenreCenters = groupCentres(c.latent, d, labels.subgenre, subgenres);
    c.genreCenters = groupCentres(c.latent, d, labels.genre, genres);
}

[[noreturn]] void rethrowForScenario(const io::DataFileError &e, bool fileMissing)
{
    std::string message = std::string("world.catalog.path: ") + e.what();
    if (fileMissing)
        message += ". Give the catalogue's location with --set world.catalog.path=FILE "
                   "(relative paths start at the scenario file's folder)";
    else if (std::string(e.what()).find("missing required column") != std::string::npos)
        message += ". Map the columns with --set world.catalog.columns.<field>=NAME, or set a "
                   "field to \"\" if the file has no such column";
    throw io::DataFileError(message);
}

} // namespace

std::string resolveScenarioPath(const std::string &baseDirectory, const std::string &path)
{
    if (path.empty() || path.front() == '/' || baseDirectory.empty())
        return path;
    return baseDirectory.back() == '/' ? baseDirectory + path : baseDirectory + "/" + path;
}

io::CatalogColumns catalogColumns(const CatalogParams &params)
{
    const CatalogColumnParams &c = params.columns;
    io::CatalogColumns columns;
    columns.trackId = c.trackId;
    columns.trackName = c.trackName;
    columns.artist = c.artist;
    columns.popularity = c.popularity;
    columns.releaseDate = c.releaseDate;
    columns.genre = c.genre;
    columns.subgenre = c.subgenre;
    columns.features = { c.danceability, c.energy, c.valence, c.acousticness, c.instrumentalness,
        c.speechiness, c.liveness, c.tempo, c.loudness };
    columns.durationMs = c.durationMs;
    columns.explicitFlag = c.explicitFlag;
    return columns;
}

Catalog buildImportedCatalog(const io::ImportedCatalog &imported, const CatalogParams &params,
    int dim, std::uint64_t seed, const AudioProjection &projection)
{
    Catalog c;
    c.dim = dim;
    const LabelIndex labels = indexLabels(imported.tracks, c.observable);
    TrackLabels trackLabels = fillObservable(imported, params, labels, c.observable);
    buildLatent(imported.tracks, trackLabels, labels, seed, ProjectionInverse(projection, dim), c);
    assignTrueLabels(labels, trackLabels, c);

    // Artists: centre of their tracks; debut = their first release.
    const auto &obs = c.observable;
    std::vector<int> trackArtist(obs.artist.begin(), obs.artist.end());
    c.artistLatent = groupCentres(c.latent, dim, trackArtist, obs.artistCount());
    c.artistDebutDay.assign(obs.artistCount(), std::numeric_limits<Day>::max());
    for (std::size_t t = 0; t < c.trackCount(); ++t)
        c.artistDebutDay[obs.artist[t]]
            = std::min(c.artistDebutDay[obs.artist[t]], obs.releaseDay[t]);
    return c;
}

Catalog importCatalog(const CatalogParams &params, const std::string &baseDirectory, int dim,
    std::uint64_t seed, const AudioProjection &projection, io::CatalogImportReport *report)
{
    const std::string path = resolveScenarioPath(baseDirectory, params.path);
    std::string text;
    try {
        text = io::readDataFile(path, "catalogue file");
    } catch (const io::DataFileError &e) {
        rethrowForScenario(e, true);
    }
    io::ImportedCatalog imported;
    try {
        imported = io::parseCatalogCsv(text, catalogColumns(params), path);
    } catch (const io::DataFileError &e) {
        rethrowForScenario(e, false);
    }
    if (report)
        *report = imported.report;
    return buildImportedCatalog(imported, params, dim, seed, projection);
}

} // namespace td::world
