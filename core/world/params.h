// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace td::world {

/// Parameters of the ground-truth world (docs/architecture.md §2). Scenario paths are given in the
/// comments (`world.` prefix omitted); units and ranges live in the schema table
/// (sim/scenario/scenarioschema.cpp), which is the single source for validation and documentation.

/// Which column of a catalogue CSV holds which field (catalog.columns.*, csv only). Defaults
/// are the column names of the Spotify Songs file; "" means the file has no such column and
/// every track takes the field's missing-value rule (docs/real-data.md).
struct CatalogColumnParams
{
    std::string trackId = "track_id"; ///< columns.track_id (required)
    std::string trackName = "track_name"; ///< columns.track_name
    std::string artist = "track_artist"; ///< columns.artist
    std::string popularity = "track_popularity"; ///< columns.popularity (0..100)
    std::string releaseDate = "track_album_release_date"; ///< columns.release_date
    std::string genre = "playlist_genre"; ///< columns.genre
    std::string subgenre = "playlist_subgenre"; ///< columns.subgenre
    std::string danceability = "danceability"; ///< columns.danceability
    std::string energy = "energy"; ///< columns.energy
    std::string valence = "valence"; ///< columns.valence
    std::string acousticness = "acousticness"; ///< columns.acousticness
    std::string instrumentalness = "instrumentalness"; ///< columns.instrumentalness
    std::string speechiness = "speechiness"; ///< columns.speechiness
    std::string liveness = "liveness"; ///< columns.liveness
    std::string tempo = "tempo"; ///< columns.tempo (BPM)
    std::string loudness = "loudness"; ///< columns.loudness (dB)
    std::string durationMs = "duration_ms"; ///< columns.duration_ms (milliseconds)
    std::string explicitFlag; ///< columns.explicit (none in the Spotify file)
};

struct CatalogParams
{
    std::string source = "generated"; ///< catalog.source: generated | csv
    std::string path; ///< catalog.path (csv), relative to the scenario file
    int tracks = 5000; ///< catalog.tracks
    int genres = 12; ///< catalog.genres
    int subgenresPerGenre = 4; ///< catalog.subgenres_per_genre
    double tracksPerArtist = 8.0; ///< catalog.tracks_per_artist (mean)
    double popularityExponent = 1.2; ///< catalog.popularity_exponent (Pareto tail index)
    double missingGenreShare = 0.08; ///< catalog.missing_genre_share
    double noisyGenreShare = 0.04; ///< catalog.noisy_genre_share
    double newReleaseShare = 0.10; ///< catalog.new_release_share (released in the horizon)
    int releaseHorizonDays = 365; ///< catalog.release_horizon_days
    double explicitShare = 0.15; ///< catalog.explicit_share
    double featureNoise = 0.35; ///< catalog.feature_noise (std of audio-feature noise)
    double genreSpread = 0.55; ///< catalog.genre_spread (sub-genre offset size)
    double artistSpread = 0.40; ///< catalog.artist_spread
    double trackSpread = 0.35; ///< catalog.track_spread
    int holdbackDays = 0; ///< catalog.holdback_days (csv: newest days released in the run)
    CatalogColumnParams columns; ///< catalog.columns.* (csv)
};

/// Real listeners (listeners.seed.*): when counts_path is set, every user of the listening-
/// count file becomes a listener whose initial taste is fitted to the artists they played.
struct ListenerSeedParams
{
    std::string countsPath; ///< listeners.seed.counts_path (userID artistID weight, TSV)
    std::string artistsPath; ///< listeners.seed.artists_path (id name ..., TSV)
};

struct ListenerParams
{
    int count = 2000; ///< listeners.count
    double arrivalsPerDay = 4.0; ///< listeners.arrivals_per_day (Poisson mean)
    double specialistShare = 0.4; ///< listeners.specialist_share
    double malleability = 0.01; ///< listeners.malleability (population mean; live knob)
    double premiumShare = 0.4; ///< listeners.premium_share
    double activityMean = 0.8; ///< listeners.activity_mean (sessions per day)
    double patienceMean = 0.5; ///< listeners.patience_mean in [0,1]
    double noveltyAppetiteMean = 0.5; ///< listeners.novelty_appetite_mean in [0,1]
    double mainstreamnessMean = 0.5; ///< listeners.mainstreamness_mean in [0,1]
    double churnTendencySd = 0.5; ///< listeners.churn_tendency_sd (logit scale)
    double explicitOffShare = 0.1; ///< listeners.explicit_off_share
    ListenerSeedParams seed; ///< listeners.seed.*
};

/// Listening contexts (docs/world.md, "Contexts"): each session's context is drawn from a mix
/// that depends on the time of day and on weekday or weekend; the context shifts taste.
struct ContextParams
{
    bool enabled = true; ///< contexts.enabled
    double strength = 0.6; ///< contexts.strength (size of the taste offset)
    /// contexts.blur: share of sessions whose context is drawn uniformly from the five
    /// instead of from the time-of-day mix (life does not follow a timetable)
    double blur = 0.1;
};

/// Devices (docs/world.md, "Devices"): every listener has a habitual device per context;
/// a session is played on it except with probability devices.noise.
struct DeviceParams
{
    double noise = 0.15; ///< devices.noise: P(session's device is not the habitual one)
};

/// The weekly rhythm (docs/world.md, "Weekly rhythm"). Day 0 is a Monday.
struct RhythmParams
{
    /// rhythm.weekend_activity: sessions per day on Saturday and Sunday, relative to weekdays
    double weekendActivity = 1.15;
    /// rhythm.weekend_leisure: on weekends, the share of each time-of-day mix that moves from
    /// the weekday mix (commutes, focus at work) to the leisure mix (workouts, evenings)
    double weekendLeisure = 0.8;
};

struct DriftParams
{
    double ouTheta = 0.05; ///< drift.ou_theta (mean reversion per day)
    double ouSigma = 0.02; ///< drift.ou_sigma (per-dimension noise per day)
    double anchorSigma = 0.004; ///< drift.anchor_sigma (anchor random walk per day)
    double regimeShiftRate = 0.003; ///< drift.regime_shift_rate (per listener per day)
    double regimeShiftStrength = 0.5; ///< drift.regime_shift_strength in [0,1]
};

struct SessionParams
{
    double homeWeight = 0.45; ///< sessions.home_weight
    double radioWeight = 0.35; ///< sessions.radio_weight
    double organicWeight = 0.20; ///< sessions.organic_weight
    double examinationDecay = 0.85; ///< sessions.examination_decay (per position)
    double radioQuitBase = 0.05; ///< sessions.radio_quit_base (per track)
    double radioQuitPerSkip = 0.05; ///< sessions.radio_quit_per_skip
    int radioMaxTracks = 40; ///< sessions.radio_max_tracks
    /// sessions.max_hours_per_day: a listener's listening time in one day; the play that
    /// reaches it is the day's last. 24 (a whole day) binds on no preset.
    double maxHoursPerDay = 24.0;
    double organicTracksMean = 6.0; ///< sessions.organic_tracks_mean
    int searchCandidates = 30; ///< sessions.search_candidates
    double libraryShare = 0.5; ///< sessions.library_share (of organic plays)
    double weeklyPlaylistRate = 0.5; ///< sessions.weekly_playlist_rate (P(listen) per week)
};

struct ResponseParams
{
    double noise = 0.15; ///< response.noise (std of utility noise)
    double streamThreshold = 0.22; ///< response.stream_threshold (utility of 50 % stream)
    double temperature = 0.3; ///< response.temperature (logistic scale)
    double patienceWeight = 0.2; ///< response.patience_weight
    double familiarityBonus = 0.15; ///< response.familiarity_bonus
    double fatigue = 0.06; ///< response.fatigue (per recent repeat)
    double noveltyWeight = 0.15; ///< response.novelty_weight
    double mainstreamWeight = 0.2; ///< response.mainstream_weight
    double saveRate = 0.08; ///< response.save_rate (max P(save) per stream)
    double playlistRate = 0.04; ///< response.playlist_rate
    double followRate = 0.02; ///< response.follow_rate
    double replayRate = 0.03; ///< response.replay_rate
    double blockRate = 0.01; ///< response.block_rate (after repeated bad skips)
};

/// Satiation (docs/world.md, "Satiation"): listeners tire of an artist and of a sub-genre they
/// hear a lot, and recover over days.
struct SatiationParams
{
    /// satiation.artist_weight: utility a fully sated artist loses (half of it at 6 plays)
    double artistWeight = 0.15;
    /// satiation.subgenre_weight: utility a fully sated sub-genre loses (half at 40 plays)
    double subgenreWeight = 0.10;
    double halfLifeDays = 7.0; ///< satiation.half_life_days: recovery half-life
};

/// Discovery (docs/world.md, "Discovery"): a liked first stream of an artist.
struct DiscoveryParams
{
    /// discovery.value: the most a day of discoveries adds to the slow satisfaction's target
    /// for a listener of novelty appetite 1 (appetite a: a·value), with diminishing returns:
    /// value·a·(1 − e^(−discoveries/2))
    double value = 0.3;
};

/// The slow component of satisfaction (docs/world.md, "Two time scales").
struct SatisfactionParams
{
    /// satisfaction.slow_half_life_days: memory of the slow component
    double slowHalfLifeDays = 14.0;
    /// satisfaction.boredom_weight: how much a day of sated listening lowers its target
    double boredomWeight = 0.3;
};

struct ChurnParams
{
    double baseLogit = -4.8; ///< churn.base_logit
    double satisfactionWeight = -2.5; ///< churn.satisfaction_weight (per unit fast satisfaction)
    double premiumLogit = -0.8; ///< churn.premium_logit
    double winbackRate = 0.002; ///< churn.winback_rate (per churned listener per day)
    double satisfactionRate = 0.25; ///< churn.satisfaction_rate (EMA weight per session)
    double freeTierPenalty = 0.04; ///< churn.free_tier_penalty (ads, on session score)
    /// churn.slow_satisfaction_weight: change of the churn logit per unit of slow
    /// satisfaction above 0.5 (negative: listeners whose weeks were good stay)
    double slowSatisfactionWeight = -8.0;
};

struct WorldParams
{
    int latentDim = 16; ///< latent_dim
    CatalogParams catalog;
    ListenerParams listeners;
    ContextParams contexts;
    DeviceParams devices;
    RhythmParams rhythm;
    DriftParams drift;
    SessionParams sessions;
    ResponseParams response;
    SatiationParams satiation;
    DiscoveryParams discovery;
    SatisfactionParams satisfaction;
    ChurnParams churn;
};

} // namespace td::world
