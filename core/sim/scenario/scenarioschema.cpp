// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "sim/scenario/scenarioschema.h"

#include "sim/scenario/jsonscan.h"
#include "sim/scenario/scenarioio.h"
#include "sim/scenario/textformat.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <type_traits>

namespace td::sim {

namespace {

// A leaf's member, as a function pointer: `TD_LEAF(world.listeners.count)`. The unary `+`
// turns the capture-less lambda into a plain function pointer (one FieldRef alternative).
#define TD_LEAF(member)                                                                            \
    +[](Scenario & s) -> auto &                                                                    \
    {                                                                                              \
        return s.member;                                                                           \
    }

// An enum member: `TD_ENUM(recommender.kind)`, read and written as its value's index.
#define TD_ENUM(member)                                                                            \
    EnumAccess                                                                                     \
    {                                                                                              \
        +[](const Scenario &s) { return int(s.member); },                                          \
            +[](Scenario &s, int v) { s.member = decltype(s.member)(v); }                          \
    }

// A surface's own policy kind (recommender.surfaces.<surface>.policy.kind): index 0 is
// "inherit" (SurfacePolicy::own = false: recommender.policy serves it), then the policy kinds.
#define TD_SURFACE_POLICY_KIND(i)                                                                  \
    EnumAccess                                                                                     \
    {                                                                                              \
        +[](const Scenario &s) {                                                                   \
            const auto &p = s.recommender.surfacePolicies[i];                                      \
            return p.own ? int(p.policy.kind) + 1 : 0;                                             \
        },                                                                                         \
            +[](Scenario &s, int v) {                                                              \
                auto &p = s.recommender.surfacePolicies[i];                                        \
                p.own = v > 0;                                                                     \
                p.policy.kind                                                                      \
                    = v > 0 ? recsys::policy::PolicyKind(v - 1) : recsys::PolicyParams {}.kind;    \
            }                                                                                      \
    }

template<std::size_t N> std::vector<std::string> names(const std::array<const char *, N> &a)
{
    return std::vector<std::string>(a.begin(), a.end());
}

FieldInfo leaf(std::string path, EnumAccess ref, std::string_view group, std::string unit,
    std::string description)
{
    FieldInfo f;
    f.path = std::move(path);
    f.ref = ref;
    f.group = std::string(group);
    f.unit = std::move(unit);
    f.description = std::move(description);
    f.type = FieldType::Enum;
    return f;
}

template<typename T>
FieldInfo leaf(std::string path, T &(*ref)(Scenario &), std::string_view group, std::string unit,
    std::string description)
{
    FieldInfo f;
    f.path = std::move(path);
    f.ref = ref;
    f.group = std::string(group);
    f.unit = std::move(unit);
    f.description = std::move(description);
    if constexpr (std::is_same_v<T, int>)
        f.type = FieldType::Int;
    else if constexpr (std::is_same_v<T, std::uint64_t>)
        f.type = FieldType::UInt64;
    else if constexpr (std::is_same_v<T, double>)
        f.type = FieldType::Double;
    else if constexpr (std::is_same_v<T, bool>)
        f.type = FieldType::Bool;
    else
        f.type = FieldType::String;
    return f;
}

constexpr auto kRun = kGroupRun;
constexpr auto kWorld = kGroupWorld;
constexpr auto kListeners = kGroupListeners;
constexpr auto kPipeline = kGroupPipeline;
constexpr auto kExploration = kGroupExploration;

// The table. One line per leaf: path, member, GUI group, unit, description, then range,
// choices and live flag. Defaults come from the structs' member initialisers. JSON and the
// documentation follow this order, so keep each section's leaves together.
/// "inherit" and the policy kinds: the choices of recommender.surfaces.<surface>.policy.kind.
std::vector<std::string> surfacePolicyKinds()
{
    std::vector<std::string> kinds { "inherit" };
    for (const char *k : recsys::policy::kPolicyKindNames)
        kinds.emplace_back(k);
    return kinds;
}

std::vector<FieldInfo> buildSchema()
{
    std::vector<FieldInfo> t {
        // clang-format off
        leaf("title", TD_LEAF(title), kRun, "", "name shown in the GUI, the run store and the output"),
        leaf("description", TD_LEAF(description), kRun, "", "what the scenario teaches and what to watch"),
        leaf("run.days", TD_LEAF(run.days), kRun, "days", "number of simulated days").range(1, 36500),
        leaf("run.seed", TD_LEAF(run.seed), kRun, "", "seed of every random stream: same scenario + seed = same numbers (above 2^53 give it as a decimal string)"),

        leaf("world.latent_dim", TD_LEAF(world.latentDim), kWorld, "dimensions", "dimension of the latent taste space of tracks and listeners").range(2, 256),
        leaf("world.catalog.source", TD_LEAF(world.catalog.source), kWorld, "", "generated catalogue, or one read from a CSV file").oneOf({ "generated", "csv" }),
        leaf("world.catalog.path", TD_LEAF(world.catalog.path), kWorld, "", "catalogue CSV (source = csv), relative to the scenario file"),
        leaf("world.catalog.tracks", TD_LEAF(world.catalog.tracks), kWorld, "tracks", "tracks in a generated catalogue").range(1, 10'000'000),
        leaf("world.catalog.genres", TD_LEAF(world.catalog.genres), kWorld, "genres", "genre centres in the latent space").range(1, 1000),
        leaf("world.catalog.subgenres_per_genre", TD_LEAF(world.catalog.subgenresPerGenre), kWorld, "sub-genres", "sub-genre offsets around each genre centre").range(1, 100),
        leaf("world.catalog.tracks_per_artist", TD_LEAF(world.catalog.tracksPerArtist), kWorld, "tracks", "mean tracks per artist").range(1, 10000),
        leaf("world.catalog.popularity_exponent", TD_LEAF(world.catalog.popularityExponent), kWorld, "", "Pareto tail index of track and artist popularity (smaller = heavier head)").above(0).atMost(10),
        leaf("world.catalog.missing_genre_share", TD_LEAF(world.catalog.missingGenreShare), kWorld, "share", "generated catalogue: tracks whose observable genre label is missing, as in real metadata. The service's view only: the inspector and tastedrift-cli inspect show these labels; no recommender or metric reads genre labels (metrics use the true genres)").range(0, 1),
        leaf("world.catalog.noisy_genre_share", TD_LEAF(world.catalog.noisyGenreShare), kWorld, "share", "generated catalogue: tracks whose observable genre label names another genre, as in real metadata. The service's view only: the inspector and tastedrift-cli inspect show these labels; no recommender or metric reads genre labels (metrics use the true genres)").range(0, 1),
        leaf("world.catalog.new_release_share", TD_LEAF(world.catalog.newReleaseShare), kWorld, "share", "tracks released during the release horizon (new releases), spread evenly over it").range(0, 1),
        leaf("world.catalog.release_horizon_days", TD_LEAF(world.catalog.releaseHorizonDays), kWorld, "days", "days from the start over which new releases are spread (independent of run.days, so shorter runs are prefixes of longer ones)").range(2, 36500),
        leaf("world.catalog.explicit_share", TD_LEAF(world.catalog.explicitShare), kWorld, "share", "tracks flagged explicit").range(0, 1),
        leaf("world.catalog.feature_noise", TD_LEAF(world.catalog.featureNoise), kWorld, "std", "noise of audio features around their latent projection").range(0, 10),
        leaf("world.catalog.genre_spread", TD_LEAF(world.catalog.genreSpread), kWorld, "latent units", "size of sub-genre offsets around a genre centre").range(0, 10),
        leaf("world.catalog.artist_spread", TD_LEAF(world.catalog.artistSpread), kWorld, "latent units", "spread of artists around their sub-genre").range(0, 10),
        leaf("world.catalog.track_spread", TD_LEAF(world.catalog.trackSpread), kWorld, "latent units", "spread of tracks around their artist").range(0, 10),
        leaf("world.catalog.holdback_days", TD_LEAF(world.catalog.holdbackDays), kWorld, "days", "csv catalogue: releases of the file's newest N days come out during the run (days 1..N) instead of before it").range(0, 36500),
        leaf("world.catalog.columns.track_id", TD_LEAF(world.catalog.columns.trackId), kWorld, "", "csv catalogue: track id column (required; rows without one are skipped, repeated ids merged)"),
        leaf("world.catalog.columns.track_name", TD_LEAF(world.catalog.columns.trackName), kWorld, "", "csv catalogue: track title column (\"\" = none: every title is Unknown)"),
        leaf("world.catalog.columns.artist", TD_LEAF(world.catalog.columns.artist), kWorld, "", "csv catalogue: artist name column (\"\" = none: every artist is Unknown)"),
        leaf("world.catalog.columns.popularity", TD_LEAF(world.catalog.columns.popularity), kWorld, "", "csv catalogue: popularity column, 0..100: the observable prior popularity and the source of true appeal"),
        leaf("world.catalog.columns.release_date", TD_LEAF(world.catalog.columns.releaseDate), kWorld, "", "csv catalogue: release date column (YYYY-MM-DD, YYYY-MM or YYYY)"),
        leaf("world.catalog.columns.genre", TD_LEAF(world.catalog.columns.genre), kWorld, "", "csv catalogue: genre label column"),
        leaf("world.catalog.columns.subgenre", TD_LEAF(world.catalog.columns.subgenre), kWorld, "", "csv catalogue: sub-genre label column"),
        leaf("world.catalog.columns.danceability", TD_LEAF(world.catalog.columns.danceability), kWorld, "", "csv catalogue: danceability column, 0..1"),
        leaf("world.catalog.columns.energy", TD_LEAF(world.catalog.columns.energy), kWorld, "", "csv catalogue: energy column, 0..1"),
        leaf("world.catalog.columns.valence", TD_LEAF(world.catalog.columns.valence), kWorld, "", "csv catalogue: valence column, 0..1"),
        leaf("world.catalog.columns.acousticness", TD_LEAF(world.catalog.columns.acousticness), kWorld, "", "csv catalogue: acousticness column, 0..1"),
        leaf("world.catalog.columns.instrumentalness", TD_LEAF(world.catalog.columns.instrumentalness), kWorld, "", "csv catalogue: instrumentalness column, 0..1"),
        leaf("world.catalog.columns.speechiness", TD_LEAF(world.catalog.columns.speechiness), kWorld, "", "csv catalogue: speechiness column, 0..1"),
        leaf("world.catalog.columns.liveness", TD_LEAF(world.catalog.columns.liveness), kWorld, "", "csv catalogue: liveness column, 0..1"),
        leaf("world.catalog.columns.tempo", TD_LEAF(world.catalog.columns.tempo), kWorld, "", "csv catalogue: tempo column, BPM"),
        leaf("world.catalog.columns.loudness", TD_LEAF(world.catalog.columns.loudness), kWorld, "", "csv catalogue: loudness column, dB"),
        leaf("world.catalog.columns.duration_ms", TD_LEAF(world.catalog.columns.durationMs), kWorld, "", "csv catalogue: track length column, milliseconds"),
        leaf("world.catalog.columns.explicit", TD_LEAF(world.catalog.columns.explicitFlag), kWorld, "", "csv catalogue: explicit flag column (1/true/yes); \"\" = none: no track is explicit"),

        leaf("world.listeners.count", TD_LEAF(world.listeners.count), kListeners, "listeners", "listeners signed up on day 0").range(1, 10'000'000),
        leaf("world.listeners.arrivals_per_day", TD_LEAF(world.listeners.arrivalsPerDay), kListeners, "listeners/day", "mean of the Poisson number of new listeners per day (cold start)").range(0, 1'000'000),
        leaf("world.listeners.specialist_share", TD_LEAF(world.listeners.specialistShare), kListeners, "share", "listeners whose taste concentrates on one genre").range(0, 1),
        leaf("world.listeners.malleability", TD_LEAF(world.listeners.malleability), kListeners, "0..1", "population mean of how far a satisfying listen pulls taste toward the track (0 = off, 1 = every listener's taste moves onto the track); each listener's own rate, at most 1, follows an individual factor").range(0, 1).liveKnob(),
        leaf("world.listeners.premium_share", TD_LEAF(world.listeners.premiumShare), kListeners, "share", "listeners on the premium tier").range(0, 1),
        leaf("world.listeners.activity_mean", TD_LEAF(world.listeners.activityMean), kListeners, "sessions/day", "mean sessions per listener per day").range(0, 100),
        leaf("world.listeners.patience_mean", TD_LEAF(world.listeners.patienceMean), kListeners, "0..1", "mean patience (how late listeners skip)").range(0, 1),
        leaf("world.listeners.novelty_appetite_mean", TD_LEAF(world.listeners.noveltyAppetiteMean), kListeners, "0..1", "mean appetite for unheard tracks").range(0, 1),
        leaf("world.listeners.mainstreamness_mean", TD_LEAF(world.listeners.mainstreamnessMean), kListeners, "0..1", "mean liking of popular tracks").range(0, 1),
        leaf("world.listeners.churn_tendency_sd", TD_LEAF(world.listeners.churnTendencySd), kListeners, "logit", "spread of the listeners' individual churn tendency").range(0, 10),
        leaf("world.listeners.explicit_off_share", TD_LEAF(world.listeners.explicitOffShare), kListeners, "share", "listeners who turned explicit content off").range(0, 1),
        leaf("world.listeners.seed.counts_path", TD_LEAF(world.listeners.seed.countsPath), kListeners, "", "listening counts (userID artistID weight, tab-separated, like Last.fm's) whose users become the initial listeners, tastes fitted to the artists they played; replaces world.listeners.count; relative to the scenario file; \"\" = generated listeners"),
        leaf("world.listeners.seed.artists_path", TD_LEAF(world.listeners.seed.artistsPath), kListeners, "", "artist names for the counts (id name ..., tab-separated, like Last.fm's artists.dat), matched to catalogue artists by case-insensitive name; relative to the scenario file"),
        leaf("world.contexts.enabled", TD_LEAF(world.contexts.enabled), kListeners, "", "each session has a listening context (commute, focus, workout, evening, sleep) drawn from the time of day and the weekday"),
        leaf("world.contexts.strength", TD_LEAF(world.contexts.strength), kListeners, "latent units", "size of a context's taste offset").range(0, 10),
        leaf("world.contexts.blur", TD_LEAF(world.contexts.blur), kListeners, "share", "share of sessions whose context is drawn uniformly instead of from the time-of-day mix").range(0, 1),
        leaf("world.devices.noise", TD_LEAF(world.devices.noise), kListeners, "probability", "chance that a session is played on another device than the listener's habit for its context").range(0, 1),
        leaf("world.rhythm.weekend_activity", TD_LEAF(world.rhythm.weekendActivity), kListeners, "", "sessions per day on Saturdays and Sundays relative to weekdays").range(0, 10),
        leaf("world.rhythm.weekend_leisure", TD_LEAF(world.rhythm.weekendLeisure), kListeners, "share", "on weekends, the share of each time-of-day context mix that moves from commutes and work to leisure").range(0, 1),
        leaf("world.drift.ou_theta", TD_LEAF(world.drift.ouTheta), kListeners, "1/day", "mean reversion of short-term taste toward its anchor").range(0, 1),
        leaf("world.drift.ou_sigma", TD_LEAF(world.drift.ouSigma), kListeners, "latent units/day", "daily noise of short-term taste, per dimension").range(0, 5),
        leaf("world.drift.anchor_sigma", TD_LEAF(world.drift.anchorSigma), kListeners, "latent units/day", "daily random walk of the long-term taste anchor").range(0, 5),
        leaf("world.drift.regime_shift_rate", TD_LEAF(world.drift.regimeShiftRate), kListeners, "1/day", "rate at which a listener discovers a genre (per listener per day)").range(0, 1),
        leaf("world.drift.regime_shift_strength", TD_LEAF(world.drift.regimeShiftStrength), kListeners, "0..1", "how far a regime shift moves the anchor toward the new genre").range(0, 1),
        leaf("world.sessions.home_weight", TD_LEAF(world.sessions.homeWeight), kListeners, "weight", "relative frequency of Home (slate) sessions").atLeast(0),
        leaf("world.sessions.radio_weight", TD_LEAF(world.sessions.radioWeight), kListeners, "weight", "relative frequency of radio/autoplay sessions").atLeast(0),
        leaf("world.sessions.organic_weight", TD_LEAF(world.sessions.organicWeight), kListeners, "weight", "relative frequency of organic (search/library) sessions").atLeast(0),
        leaf("world.sessions.examination_decay", TD_LEAF(world.sessions.examinationDecay), kListeners, "per position", "probability of examining the next slate position (position bias)").range(0, 1),
        leaf("world.sessions.radio_quit_base", TD_LEAF(world.sessions.radioQuitBase), kListeners, "per track", "base hazard of quitting a radio session").range(0, 1),
        leaf("world.sessions.radio_quit_per_skip", TD_LEAF(world.sessions.radioQuitPerSkip), kListeners, "per skip", "added quit hazard per skip in a radio session").range(0, 1),
        leaf("world.sessions.radio_max_tracks", TD_LEAF(world.sessions.radioMaxTracks), kListeners, "tracks", "longest radio session").range(1, 1000),
        leaf("world.sessions.max_hours_per_day", TD_LEAF(world.sessions.maxHoursPerDay), kListeners, "hours", "most listening time of one listener in one day: the play that reaches it is the day's last (its session ends and no later session starts that day); 24 = a whole day").above(0).atMost(24),
        leaf("world.sessions.organic_tracks_mean", TD_LEAF(world.sessions.organicTracksMean), kListeners, "tracks", "mean plays of an organic session").range(0, 1000),
        leaf("world.sessions.search_candidates", TD_LEAF(world.sessions.searchCandidates), kListeners, "tracks", "tracks a listener considers when searching").range(1, 10000),
        leaf("world.sessions.library_share", TD_LEAF(world.sessions.libraryShare), kListeners, "share", "organic plays taken from the listener's library (rest: search)").range(0, 1),
        leaf("world.sessions.weekly_playlist_rate", TD_LEAF(world.sessions.weeklyPlaylistRate), kListeners, "1/week", "probability of listening to each weekly playlist (Discover Weekly, Release Radar)").range(0, 1),
        leaf("world.response.noise", TD_LEAF(world.response.noise), kListeners, "utility", "standard deviation of utility noise").range(0, 10),
        leaf("world.response.stream_threshold", TD_LEAF(world.response.streamThreshold), kListeners, "utility", "utility at which a play has a 50 % chance of becoming a stream").range(-10, 10),
        leaf("world.response.temperature", TD_LEAF(world.response.temperature), kListeners, "utility", "logistic scale of the stream/skip decision").above(0).atMost(10),
        leaf("world.response.patience_weight", TD_LEAF(world.response.patienceWeight), kListeners, "utility", "effect of patience on the stream decision").range(0, 10),
        leaf("world.response.familiarity_bonus", TD_LEAF(world.response.familiarityBonus), kListeners, "utility", "bonus of a known, liked track").range(0, 10),
        leaf("world.response.fatigue", TD_LEAF(world.response.fatigue), kListeners, "utility", "penalty per recent repeat of a track").range(0, 10),
        leaf("world.response.novelty_weight", TD_LEAF(world.response.noveltyWeight), kListeners, "utility", "weight of novelty appetite x novelty").range(0, 10),
        leaf("world.response.mainstream_weight", TD_LEAF(world.response.mainstreamWeight), kListeners, "utility", "weight of mainstreamness x popularity").range(0, 10),
        leaf("world.response.save_rate", TD_LEAF(world.response.saveRate), kListeners, "probability", "largest chance of saving a streamed track").range(0, 1),
        leaf("world.response.playlist_rate", TD_LEAF(world.response.playlistRate), kListeners, "probability", "largest chance of adding a streamed track to a playlist").range(0, 1),
        leaf("world.response.follow_rate", TD_LEAF(world.response.followRate), kListeners, "probability", "largest chance of following the artist of a streamed track").range(0, 1),
        leaf("world.response.replay_rate", TD_LEAF(world.response.replayRate), kListeners, "probability", "largest chance of replaying a streamed track").range(0, 1),
        leaf("world.response.block_rate", TD_LEAF(world.response.blockRate), kListeners, "probability", "chance of blocking an artist after repeated bad skips").range(0, 1),
        leaf("world.satiation.artist_weight", TD_LEAF(world.satiation.artistWeight), kListeners, "utility", "utility a listener fully tired of an artist loses on its tracks (half of it after about 6 recent plays)").range(0, 10),
        leaf("world.satiation.subgenre_weight", TD_LEAF(world.satiation.subgenreWeight), kListeners, "utility", "utility a listener fully tired of a sub-genre loses on its tracks (half of it after about 40 recent plays)").range(0, 10),
        leaf("world.satiation.half_life_days", TD_LEAF(world.satiation.halfLifeDays), kListeners, "days", "how fast boredom with an artist or sub-genre wears off (half-life)").above(0).atMost(3650),
        leaf("world.discovery.value", TD_LEAF(world.discovery.value), kListeners, "satisfaction", "the most a day of liked first streams of artists adds to the slow satisfaction's target, times the listener's novelty appetite (the first discoveries of a day count most)").range(0, 10),
        leaf("world.satisfaction.slow_half_life_days", TD_LEAF(world.satisfaction.slowHalfLifeDays), kListeners, "days", "memory (half-life) of the slow satisfaction: session quality, discovery and variety over weeks").above(0).atMost(3650),
        leaf("world.satisfaction.boredom_weight", TD_LEAF(world.satisfaction.boredomWeight), kListeners, "satisfaction", "how much a day of listening to sated artists and sub-genres lowers the slow satisfaction").range(0, 10),
        leaf("world.churn.base_logit", TD_LEAF(world.churn.baseLogit), kListeners, "logit", "daily churn logit of a free listener of average tendency at zero fast satisfaction and slow satisfaction 0.5").range(-30, 30),
        leaf("world.churn.satisfaction_weight", TD_LEAF(world.churn.satisfactionWeight), kListeners, "logit per unit", "change of the churn logit per unit of fast satisfaction, the recent sessions (negative: happier listeners stay)").range(-100, 100),
        leaf("world.churn.premium_logit", TD_LEAF(world.churn.premiumLogit), kListeners, "logit", "change of the churn logit for premium listeners").range(-30, 30),
        leaf("world.churn.winback_rate", TD_LEAF(world.churn.winbackRate), kListeners, "1/day", "chance per day that a churned listener comes back").range(0, 1),
        leaf("world.churn.satisfaction_rate", TD_LEAF(world.churn.satisfactionRate), kListeners, "per session", "weight of each session in the satisfaction moving average").above(0).atMost(1),
        leaf("world.churn.free_tier_penalty", TD_LEAF(world.churn.freeTierPenalty), kListeners, "satisfaction", "session score lost to ads on the free tier").range(0, 1),
        leaf("world.churn.slow_satisfaction_weight", TD_LEAF(world.churn.slowSatisfactionWeight), kListeners, "logit per unit", "change of the churn logit per unit of slow satisfaction above 0.5 (negative: listeners whose weeks were good stay)").range(-100, 100),

        leaf("recommender.kind", TD_ENUM(recommender.kind), kPipeline, "", "random, most popular, oracle (knows the truth), the full pipeline, or a plugin library (recommender.plugin.path)").oneOf(names(recsys::kRecommenderKindNames)),
        leaf("recommender.objective", TD_ENUM(recommender.objective), kPipeline, "", "what the ranker optimises: the stream chance (stream), the stream logit plus a constant bonus for unheard tracks (novelty), or the stream chance plus the learned long-term value of serving the track (retention)").oneOf(names(recsys::kObjectiveNames)),
        leaf("recommender.slate_size", TD_LEAF(recommender.slateSize), kPipeline, "tracks", "tracks shown on a Home slate").range(1, 1000),
        leaf("recommender.retrain_every_days", TD_LEAF(recommender.retrainEveryDays), kPipeline, "days", "days between model retrainings").range(1, 3650).liveKnob(),
        leaf("recommender.startup_days", TD_LEAF(recommender.startupDays), kPipeline, "days", "days of uniformly random slates at the start, while the recommender only watches and learns (the start-up phase of Chaney et al. 2018)").range(0, 3650),
        leaf("recommender.context_aware", TD_LEAF(recommender.contextAware), kPipeline, "", "pipeline: use the request's listening context (time of day) for content profiles; false = context-blind").liveKnob(),
        leaf("recommender.candidates.explore_share", TD_LEAF(recommender.exploreShare), kPipeline, "share", "share of the candidate pool filled with uniformly random released tracks, so that exploration reaches beyond what the models retrieve").range(0.0, 1.0).liveKnob(),
        leaf("recommender.candidates.pool_size", TD_LEAF(recommender.poolSize), kPipeline, "tracks", "candidates merged before filtering and ranking").range(1, 100'000).liveKnob(),
        leaf("recommender.candidates.mix.home.cf", TD_LEAF(recommender.candidateMix.home.cf), kPipeline, "share", "share of this surface's candidate pool from collaborative retrieval (ANN over the listener's ALS vector)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.home.similar", TD_LEAF(recommender.candidateMix.home.similar), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the track playing now").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.home.similar_history", TD_LEAF(recommender.candidateMix.home.similarHistory), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the listener's last stream, when nothing is playing").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.home.content", TD_LEAF(recommender.candidateMix.home.content), kPipeline, "share", "share of this surface's candidate pool from audio features near the listener's content profile").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.home.trending", TD_LEAF(recommender.candidateMix.home.trending), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener the model knows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.home.trending_cold_start", TD_LEAF(recommender.candidateMix.home.trendingColdStart), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener without a collaborative vector (cold start)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.home.followed", TD_LEAF(recommender.candidateMix.home.followed), kPipeline, "share", "share of this surface's candidate pool from recent releases of artists the listener follows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.home.new_release", TD_LEAF(recommender.candidateMix.home.newRelease), kPipeline, "share", "share of this surface's candidate pool from the newest releases").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.cf", TD_LEAF(recommender.candidateMix.radio.cf), kPipeline, "share", "share of this surface's candidate pool from collaborative retrieval (ANN over the listener's ALS vector)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.similar", TD_LEAF(recommender.candidateMix.radio.similar), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the track playing now").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.similar_history", TD_LEAF(recommender.candidateMix.radio.similarHistory), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the listener's last stream, when nothing is playing").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.content", TD_LEAF(recommender.candidateMix.radio.content), kPipeline, "share", "share of this surface's candidate pool from audio features near the listener's content profile").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.trending", TD_LEAF(recommender.candidateMix.radio.trending), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener the model knows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.trending_cold_start", TD_LEAF(recommender.candidateMix.radio.trendingColdStart), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener without a collaborative vector (cold start)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.followed", TD_LEAF(recommender.candidateMix.radio.followed), kPipeline, "share", "share of this surface's candidate pool from recent releases of artists the listener follows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.radio.new_release", TD_LEAF(recommender.candidateMix.radio.newRelease), kPipeline, "share", "share of this surface's candidate pool from the newest releases").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.cf", TD_LEAF(recommender.candidateMix.discoverWeekly.cf), kPipeline, "share", "share of this surface's candidate pool from collaborative retrieval (ANN over the listener's ALS vector)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.similar", TD_LEAF(recommender.candidateMix.discoverWeekly.similar), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the track playing now").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.similar_history", TD_LEAF(recommender.candidateMix.discoverWeekly.similarHistory), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the listener's last stream, when nothing is playing").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.content", TD_LEAF(recommender.candidateMix.discoverWeekly.content), kPipeline, "share", "share of this surface's candidate pool from audio features near the listener's content profile").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.trending", TD_LEAF(recommender.candidateMix.discoverWeekly.trending), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener the model knows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.trending_cold_start", TD_LEAF(recommender.candidateMix.discoverWeekly.trendingColdStart), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener without a collaborative vector (cold start)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.followed", TD_LEAF(recommender.candidateMix.discoverWeekly.followed), kPipeline, "share", "share of this surface's candidate pool from recent releases of artists the listener follows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.discover_weekly.new_release", TD_LEAF(recommender.candidateMix.discoverWeekly.newRelease), kPipeline, "share", "share of this surface's candidate pool from the newest releases").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.cf", TD_LEAF(recommender.candidateMix.releaseRadar.cf), kPipeline, "share", "share of this surface's candidate pool from collaborative retrieval (ANN over the listener's ALS vector)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.similar", TD_LEAF(recommender.candidateMix.releaseRadar.similar), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the track playing now").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.similar_history", TD_LEAF(recommender.candidateMix.releaseRadar.similarHistory), kPipeline, "share", "share of this surface's candidate pool from ALS neighbours of the listener's last stream, when nothing is playing").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.content", TD_LEAF(recommender.candidateMix.releaseRadar.content), kPipeline, "share", "share of this surface's candidate pool from audio features near the listener's content profile").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.trending", TD_LEAF(recommender.candidateMix.releaseRadar.trending), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener the model knows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.trending_cold_start", TD_LEAF(recommender.candidateMix.releaseRadar.trendingColdStart), kPipeline, "share", "share of this surface's candidate pool from the chart, for a listener without a collaborative vector (cold start)").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.followed", TD_LEAF(recommender.candidateMix.releaseRadar.followed), kPipeline, "share", "share of this surface's candidate pool from recent releases of artists the listener follows").range(0, 1).liveKnob(),
        leaf("recommender.candidates.mix.release_radar.new_release", TD_LEAF(recommender.candidateMix.releaseRadar.newRelease), kPipeline, "share", "share of this surface's candidate pool from the newest releases").range(0, 1).liveKnob(),
        leaf("recommender.ann.ef", TD_LEAF(recommender.annEf), kPipeline, "", "hnswlib search breadth per graph bucket (recall against speed), in both retrieval indexes: the ALS index (cf and similar sources) and the audio-feature index (content source). Its real floor is k·overfetch (k the source's quota, overfetch 2): a search uses max(ef, k·overfetch), so on Home (pool of 300) an ef below 300 acts as 300 for the cf source (quota 150), and one below 120 as 120 for the content source (quota 60); ann_recall and content_recall search k = 10 (floor 20). Only norm buckets of at least 8,000 tracks use a graph; smaller ones are scanned exactly and ignore ef").range(1, 100'000),
        leaf("recommender.ann.m", TD_LEAF(recommender.annM), kPipeline, "links", "hnswlib links per node, in both retrieval indexes: the ALS index takes it at each build (after a retrain), the audio-feature index at its one build on the first day (audio features never change). Set before the run, not a live knob").range(2, 128),
        leaf("recommender.index_lag_days", TD_LEAF(recommender.indexLagDays), kPipeline, "days", "days after a retrained model's first day until its ALS retrieval index serves: the index is built in the background meanwhile, and searches use the previous index and its item factors (0 = rebuilt at once at the start of the day)").range(0, 30).liveKnob(),
        leaf("recommender.confidence.alpha", TD_LEAF(recommender.confidence.alpha), kPipeline, "", "ALS confidence c = 1 + alpha * |net evidence| of a (listener, track) pair").range(0, 1000),
        leaf("recommender.confidence.stream", TD_LEAF(recommender.confidence.stream), kPipeline, "evidence", "positive evidence of a stream (>= 30 s)").range(0, 100),
        leaf("recommender.confidence.replay", TD_LEAF(recommender.confidence.replay), kPipeline, "evidence", "positive evidence of a replay").range(0, 100),
        leaf("recommender.confidence.save", TD_LEAF(recommender.confidence.save), kPipeline, "evidence", "positive evidence of a save (explicit action)").range(0, 100),
        leaf("recommender.confidence.playlist_add", TD_LEAF(recommender.confidence.playlistAdd), kPipeline, "evidence", "positive evidence of a playlist add (explicit action)").range(0, 100),
        leaf("recommender.confidence.follow", TD_LEAF(recommender.confidence.follow), kPipeline, "evidence", "positive evidence for the track that led to an artist follow").range(0, 100),
        leaf("recommender.confidence.skip_browse", TD_LEAF(recommender.confidence.skipBrowse), kPipeline, "evidence", "negative evidence of a skip on Home or a weekly playlist (browsing: weak)").range(0, 100),
        leaf("recommender.confidence.skip_radio", TD_LEAF(recommender.confidence.skipRadio), kPipeline, "evidence", "negative evidence of a skip on Radio").range(0, 100),
        leaf("recommender.confidence.skip_focus", TD_LEAF(recommender.confidence.skipFocus), kPipeline, "evidence", "negative evidence of a skip in a focus session (strong)").range(0, 100),
        leaf("recommender.confidence.skip_organic", TD_LEAF(recommender.confidence.skipOrganic), kPipeline, "evidence", "negative evidence of a skip of a searched or library track").range(0, 100),
        leaf("recommender.confidence.half_life_days", TD_LEAF(recommender.confidence.halfLifeDays), kPipeline, "days", "half-life of the exponential decay of all evidence").above(0).atMost(36500),
        leaf("recommender.confidence.window_days", TD_LEAF(recommender.confidence.windowDays), kPipeline, "days", "evidence window: a (listener, track) pair with no event for more than this many days is forgotten at the end of each day, by ALS, the ranker and Discover Weekly alike (a pair the skip or heard filter still reads stays until that filter's window passes); bounds the memory and the retrain at the cost of what the listener did before. 0: no window, a pair goes when its decayed mass falls below 0.01 (about 200 days at the default half-life)").range(0, 36500),
        leaf("recommender.als.factors", TD_LEAF(recommender.als.factors), kPipeline, "factors", "latent factors of the implicit ALS model").range(1, 512),
        leaf("recommender.als.reg", TD_LEAF(recommender.als.regularization), kPipeline, "", "L2 regularisation lambda of ALS (also the prior precision of the certainty)").above(0).atMost(1e6),
        leaf("recommender.als.iterations", TD_LEAF(recommender.als.iterations), kPipeline, "iterations", "ALS iterations per retrain, warm-started from the previous factors").range(1, 100),
        leaf("recommender.als.cg_steps", TD_LEAF(recommender.als.cgSteps), kPipeline, "steps", "conjugate-gradient steps per row and half-step").range(1, 100),
        leaf("recommender.ranker.kind", TD_ENUM(recommender.ranker.kind), kPipeline, "", "logistic ranker trained on logged impressions, or order by CF score only (ablation)").oneOf(names(recsys::kRankerKindNames)),
        leaf("recommender.ranker.window_days", TD_LEAF(recommender.ranker.windowDays), kPipeline, "days", "days of logged impressions the ranker trains on").range(1, 365),
        leaf("recommender.ranker.l2", TD_LEAF(recommender.ranker.l2), kPipeline, "", "L2 regularisation of the ranker's logistic regression").range(0, 1e6),
        leaf("recommender.ranker.max_rows", TD_LEAF(recommender.ranker.maxRows), kPipeline, "rows", "most training rows per retrain (a deterministic subsample above)").range(100, 100'000'000),
        leaf("recommender.ranker.ips_weighting", TD_LEAF(recommender.ranker.ipsWeighting), kPipeline, "", "counterfactual training: each logged row weighs min(1/propensity, ips_clip), so tracks the policy rarely shows stand in for those it never showed (off: every row weighs 1). Greedy logging has propensity 1 everywhere, where it changes nothing"),
        leaf("recommender.ranker.ips_clip", TD_LEAF(recommender.ranker.ipsClip), kPipeline, "rows", "largest inverse-propensity weight of one row, >= 1 (1 = every weight 1); only with ranker.ips_weighting = true. Larger: less bias, more variance").range(1, 1e6),
        leaf("recommender.filters.artist_cap", TD_LEAF(recommender.filters.artistCap), kPipeline, "tracks", "most tracks of one artist per slate").range(1, 1000),
        leaf("recommender.filters.skip_window_days", TD_LEAF(recommender.filters.skipWindowDays), kPipeline, "days", "a track the listener skipped this recently is not recommended").range(0, 3650),
        leaf("recommender.filters.heard_window_days", TD_LEAF(recommender.filters.heardWindowDays), kPipeline, "days", "Home and Radio leave out tracks heard this recently (discovery surfaces: ever)").range(0, 3650),
        leaf("recommender.objective_novelty_weight", TD_LEAF(recommender.objectiveNoveltyWeight), kPipeline, "", "objective = novelty: constant bonus added to the ranker's logit for a track the listener has no evidence on").range(0, 10),
        leaf("recommender.objective_weight", TD_LEAF(recommender.objectiveWeight), kPipeline, "", "objective = retention: weight of the value model's uplift (the learned change in the listener's chance to be active in the next 7 days without cancelling) against the stream probability; refused with any other objective").range(0, 100).liveKnob(),
        leaf("recommender.popular.half_life_days", TD_LEAF(recommender.popularHalfLifeDays), kPipeline, "days", "half-life of the play counts of the most-popular chart").above(0).atMost(3650),
        leaf("recommender.plugin.path", TD_LEAF(recommender.pluginPath), kPipeline, "", "kind = plugin: the plugin library (a shared library with the C interface of include/tastedrift/plugin.h), relative to the scenario file"),
        leaf("recommender.plugin.options", TD_LEAF(recommender.pluginOptions), kPipeline, "", "kind = plugin: text handed verbatim to the plugin when it is created (its own settings)"),
        leaf("recommender.policy.kind", TD_ENUM(recommender.policy.kind), kExploration, "", "how scores become a slate (exploration policy)").oneOf(names(recsys::policy::kPolicyKindNames)).liveKnob(),
        leaf("recommender.policy.epsilon", TD_LEAF(recommender.policy.epsilon), kExploration, "probability", "epsilon_greedy: chance of a random candidate per slot").range(0, 1).liveKnob(),
        leaf("recommender.policy.temperature", TD_LEAF(recommender.policy.temperature), kExploration, "score", "softmax: temperature of the Plackett-Luce sampling").above(0).atMost(100).liveKnob(),
        leaf("recommender.policy.ucb_beta", TD_LEAF(recommender.policy.ucbBeta), kExploration, "std", "ucb: weight of the model's uncertainty").range(0, 100).liveKnob(),
        leaf("recommender.policy.linucb_alpha", TD_LEAF(recommender.policy.linucbAlpha), kExploration, "std", "linucb: width of the confidence bound on ranker features").range(0, 100).liveKnob(),
        leaf("recommender.policy.propensity_samples", TD_LEAF(recommender.policy.propensitySamples), kExploration, "draws", "Monte Carlo draws per slate for the propensities of Thompson sampling and of stochastic policies followed by MMR (exact elsewhere). Cost grows linearly: each draw re-ranks the candidate pool, about 2.5 microseconds per draw per Home slate on one core at the default pool size (10,000 draws: ~25 s of CPU for 300 listeners over 3 days; 100,000: ~4 minutes); the default 32 costs little").range(1, 100000),
        leaf("recommender.surfaces.home.policy.kind", TD_SURFACE_POLICY_KIND(0), kExploration, "", "this surface's own exploration policy, or inherit: recommender.policy serves it. The other fields of this object apply only when it is not inherit").oneOf(surfacePolicyKinds()),
        leaf("recommender.surfaces.home.policy.epsilon", TD_LEAF(recommender.surfacePolicies[0].policy.epsilon), kExploration, "probability", "this surface's own policy: epsilon_greedy's chance of a random candidate per slot").range(0, 1),
        leaf("recommender.surfaces.home.policy.temperature", TD_LEAF(recommender.surfacePolicies[0].policy.temperature), kExploration, "score", "this surface's own policy: softmax temperature").above(0).atMost(100),
        leaf("recommender.surfaces.home.policy.ucb_beta", TD_LEAF(recommender.surfacePolicies[0].policy.ucbBeta), kExploration, "std", "this surface's own policy: ucb weight of the model's uncertainty").range(0, 100),
        leaf("recommender.surfaces.home.policy.linucb_alpha", TD_LEAF(recommender.surfacePolicies[0].policy.linucbAlpha), kExploration, "std", "this surface's own policy: linucb width of the confidence bound").range(0, 100),
        leaf("recommender.surfaces.home.policy.propensity_samples", TD_LEAF(recommender.surfacePolicies[0].policy.propensitySamples), kExploration, "draws", "this surface's own policy: Monte Carlo draws per slate where propensities are not exact (cost grows linearly, like policy.propensity_samples)").range(1, 100000),
        leaf("recommender.surfaces.radio.policy.kind", TD_SURFACE_POLICY_KIND(1), kExploration, "", "this surface's own exploration policy, or inherit: recommender.policy serves it. The other fields of this object apply only when it is not inherit").oneOf(surfacePolicyKinds()),
        leaf("recommender.surfaces.radio.policy.epsilon", TD_LEAF(recommender.surfacePolicies[1].policy.epsilon), kExploration, "probability", "this surface's own policy: epsilon_greedy's chance of a random candidate per slot").range(0, 1),
        leaf("recommender.surfaces.radio.policy.temperature", TD_LEAF(recommender.surfacePolicies[1].policy.temperature), kExploration, "score", "this surface's own policy: softmax temperature").above(0).atMost(100),
        leaf("recommender.surfaces.radio.policy.ucb_beta", TD_LEAF(recommender.surfacePolicies[1].policy.ucbBeta), kExploration, "std", "this surface's own policy: ucb weight of the model's uncertainty").range(0, 100),
        leaf("recommender.surfaces.radio.policy.linucb_alpha", TD_LEAF(recommender.surfacePolicies[1].policy.linucbAlpha), kExploration, "std", "this surface's own policy: linucb width of the confidence bound").range(0, 100),
        leaf("recommender.surfaces.radio.policy.propensity_samples", TD_LEAF(recommender.surfacePolicies[1].policy.propensitySamples), kExploration, "draws", "this surface's own policy: Monte Carlo draws per slate where propensities are not exact (cost grows linearly, like policy.propensity_samples)").range(1, 100000),
        leaf("recommender.surfaces.discover_weekly.policy.kind", TD_SURFACE_POLICY_KIND(2), kExploration, "", "this surface's own exploration policy, or inherit: recommender.policy serves it. The other fields of this object apply only when it is not inherit").oneOf(surfacePolicyKinds()),
        leaf("recommender.surfaces.discover_weekly.policy.epsilon", TD_LEAF(recommender.surfacePolicies[2].policy.epsilon), kExploration, "probability", "this surface's own policy: epsilon_greedy's chance of a random candidate per slot").range(0, 1),
        leaf("recommender.surfaces.discover_weekly.policy.temperature", TD_LEAF(recommender.surfacePolicies[2].policy.temperature), kExploration, "score", "this surface's own policy: softmax temperature").above(0).atMost(100),
        leaf("recommender.surfaces.discover_weekly.policy.ucb_beta", TD_LEAF(recommender.surfacePolicies[2].policy.ucbBeta), kExploration, "std", "this surface's own policy: ucb weight of the model's uncertainty").range(0, 100),
        leaf("recommender.surfaces.discover_weekly.policy.linucb_alpha", TD_LEAF(recommender.surfacePolicies[2].policy.linucbAlpha), kExploration, "std", "this surface's own policy: linucb width of the confidence bound").range(0, 100),
        leaf("recommender.surfaces.discover_weekly.policy.propensity_samples", TD_LEAF(recommender.surfacePolicies[2].policy.propensitySamples), kExploration, "draws", "this surface's own policy: Monte Carlo draws per slate where propensities are not exact (cost grows linearly, like policy.propensity_samples)").range(1, 100000),
        leaf("recommender.surfaces.release_radar.policy.kind", TD_SURFACE_POLICY_KIND(3), kExploration, "", "this surface's own exploration policy, or inherit: recommender.policy serves it. The other fields of this object apply only when it is not inherit").oneOf(surfacePolicyKinds()),
        leaf("recommender.surfaces.release_radar.policy.epsilon", TD_LEAF(recommender.surfacePolicies[3].policy.epsilon), kExploration, "probability", "this surface's own policy: epsilon_greedy's chance of a random candidate per slot").range(0, 1),
        leaf("recommender.surfaces.release_radar.policy.temperature", TD_LEAF(recommender.surfacePolicies[3].policy.temperature), kExploration, "score", "this surface's own policy: softmax temperature").above(0).atMost(100),
        leaf("recommender.surfaces.release_radar.policy.ucb_beta", TD_LEAF(recommender.surfacePolicies[3].policy.ucbBeta), kExploration, "std", "this surface's own policy: ucb weight of the model's uncertainty").range(0, 100),
        leaf("recommender.surfaces.release_radar.policy.linucb_alpha", TD_LEAF(recommender.surfacePolicies[3].policy.linucbAlpha), kExploration, "std", "this surface's own policy: linucb width of the confidence bound").range(0, 100),
        leaf("recommender.surfaces.release_radar.policy.propensity_samples", TD_LEAF(recommender.surfacePolicies[3].policy.propensitySamples), kExploration, "draws", "this surface's own policy: Monte Carlo draws per slate where propensities are not exact (cost grows linearly, like policy.propensity_samples)").range(1, 100000),
        leaf("metrics.ope.target.kind", TD_ENUM(recommender.opeTarget.kind), kExploration, "", "off-policy evaluation: the policy whose Home stream rate ope_ips/ope_snips estimate from this run's logs").oneOf(names(recsys::policy::kPolicyKindNames)),
        leaf("metrics.ope.target.epsilon", TD_LEAF(recommender.opeTarget.epsilon), kExploration, "probability", "off-policy target: epsilon_greedy's epsilon").range(0, 1),
        leaf("metrics.ope.target.temperature", TD_LEAF(recommender.opeTarget.temperature), kExploration, "score", "off-policy target: softmax temperature").above(0).atMost(100),
        leaf("metrics.ope.target.ucb_beta", TD_LEAF(recommender.opeTarget.ucbBeta), kExploration, "std", "off-policy target: ucb weight of uncertainty").range(0, 100),
        leaf("metrics.ope.target.linucb_alpha", TD_LEAF(recommender.opeTarget.linucbAlpha), kExploration, "std", "off-policy target: linucb width").range(0, 100),
        leaf("metrics.ope.target.propensity_samples", TD_LEAF(recommender.opeTarget.propensitySamples), kExploration, "draws", "off-policy target: Monte Carlo draws for its marginals where they are not exact (cost grows linearly, like policy.propensity_samples)").range(1, 100000),
        leaf("recommender.diversity.mmr_lambda", TD_LEAF(recommender.mmrLambda), kExploration, "0..1", "MMR re-ranking after any policy: weight of diversity (0 = off)").range(0, 1).liveKnob(),

        leaf("events.sample_rate", TD_LEAF(events.sampleRate), kRun, "share", "share of events kept in the run store's event log").range(0, 1),
        // clang-format on
    };
    const Scenario defaults;
    for (FieldInfo &f : t)
        f.defaultValue = f.valueText(defaults);
    return t;
}

#undef TD_LEAF
#undef TD_ENUM

[[noreturn]] void fail(const FieldInfo &f, const std::string &what)
{
    throw ScenarioError(f.path + ": " + what);
}

std::string expectedText(const FieldInfo &f)
{
    switch (f.type) {
    case FieldType::Int:
        return "an integer";
    case FieldType::UInt64:
        return "an unsigned 64-bit integer";
    case FieldType::Double:
        return "a number";
    case FieldType::Bool:
        return "true or false";
    case FieldType::String:
        return "a string";
    case FieldType::Enum: {
        std::string s = "one of ";
        for (std::size_t i = 0; i < f.choices.size(); ++i)
            s += (i ? ", " : "") + f.choices[i];
        return s;
    }
    }
    return {};
}

void checkRange(const FieldInfo &f, double value, const std::string &shown)
{
    using text::shortestNumber;
    if (f.minimum) {
        if (f.minimumExclusive && !(value > *f.minimum))
            fail(f, "must be > " + shortestNumber(*f.minimum) + ", got " + shown);
        if (!f.minimumExclusive && !(value >= *f.minimum))
            fail(f, "must be >= " + shortestNumber(*f.minimum) + ", got " + shown);
    }
    if (f.maximum && !(value <= *f.maximum))
        fail(f, "must be <= " + shortestNumber(*f.maximum) + ", got " + shown);
}

void checkInt(const FieldInfo &f, long long value)
{
    checkRange(f, double(value), std::to_string(value));
    if (value < INT_MIN)
        fail(f, "must be >= " + std::to_string(INT_MIN) + ", got " + std::to_string(value));
    if (value > INT_MAX)
        fail(f, "must be <= " + std::to_string(INT_MAX) + ", got " + std::to_string(value));
}

void checkChoice(const FieldInfo &f, const std::string &value)
{
    if (std::find(f.choices.begin(), f.choices.end(), value) == f.choices.end())
        fail(f, "expected " + expectedText(f) + "; got " + text::jsonQuote(value));
}

template<typename T> T &member(const FieldInfo &f, Scenario &s)
{
    auto *ref = std::get_if<T &(*)(Scenario &)>(&f.ref);
    if (!ref) // only reachable by calling a typed setter of another type
        fail(f, "expected " + expectedText(f));
    return (*ref)(s);
}

} // namespace

std::string FieldInfo::valueText(const Scenario &scenario) const
{
    if (const auto *e = std::get_if<EnumAccess>(&ref)) {
        const int v = e->get(scenario);
        return v >= 0 && std::size_t(v) < choices.size() ? choices[std::size_t(v)]
                                                         : std::to_string(v);
    }
    // The accessors take a mutable Scenario; reading through them does not modify it.
    auto &s = const_cast<Scenario &>(scenario);
    return std::visit(
        [&](auto r) -> std::string {
            if constexpr (std::is_same_v<decltype(r), EnumAccess>) {
                return {}; // handled above
            } else {
                const auto &v = r(s);
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::string>)
                    return v;
                else if constexpr (std::is_same_v<T, bool>)
                    return v ? "true" : "false";
                else if constexpr (std::is_same_v<T, double>)
                    return text::shortestNumber(v);
                else
                    return std::to_string(v);
            }
        },
        ref);
}

void FieldInfo::setFromText(Scenario &scenario, std::string_view value) const
{
    const std::string shown = text::jsonQuote(value);
    switch (type) {
    case FieldType::Int: {
        const auto v = text::parseInteger(value);
        if (!v)
            fail(*this, "expected an integer, got " + shown);
        setInt(scenario, *v);
        return;
    }
    case FieldType::UInt64: {
        const auto v = text::parseUnsigned(value);
        if (!v) {
            const bool digits = !value.empty()
                && std::all_of(
                    value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (digits)
                fail(*this, "must be <= 18446744073709551615, got " + std::string(value));
            fail(*this, "expected an unsigned 64-bit integer, got " + shown);
        }
        setUInt64(scenario, *v);
        return;
    }
    case FieldType::Double: {
        const auto v = text::parseFinite(value);
        if (!v) {
            if (const std::string range = numberRangeProblem(value); !range.empty())
                fail(*this, range);
            fail(*this, "expected a number, got " + shown);
        }
        setDouble(scenario, *v);
        return;
    }
    case FieldType::Bool:
        if (value == "true")
            setBool(scenario, true);
        else if (value == "false")
            setBool(scenario, false);
        else
            fail(*this, "expected true or false, got " + shown);
        return;
    case FieldType::String:
    case FieldType::Enum:
        setString(scenario, std::string(value));
        return;
    }
}

void FieldInfo::setInt(Scenario &scenario, long long value) const
{
    int &m = member<int>(*this, scenario);
    checkInt(*this, value);
    m = int(value);
}

void FieldInfo::setUInt64(Scenario &scenario, std::uint64_t value) const
{
    member<std::uint64_t>(*this, scenario) = value;
}

void FieldInfo::setDouble(Scenario &scenario, double value) const
{
    double &m = member<double>(*this, scenario);
    if (!std::isfinite(value))
        fail(*this, "expected a finite number");
    checkRange(*this, value, text::shortestNumber(value));
    m = value;
}

void FieldInfo::setBool(Scenario &scenario, bool value) const
{
    member<bool>(*this, scenario) = value;
}

void FieldInfo::setString(Scenario &scenario, const std::string &value) const
{
    if (const auto *e = std::get_if<EnumAccess>(&ref)) {
        checkChoice(*this, value);
        const auto it = std::find(choices.begin(), choices.end(), value);
        e->set(scenario, int(it - choices.begin()));
        return;
    }
    std::string &m = member<std::string>(*this, scenario);
    if (type == FieldType::Enum)
        checkChoice(*this, value);
    m = value;
}

void FieldInfo::check(const Scenario &scenario) const
{
    Scenario copy; // validate through the setters: one code path for every rule
    auto &s = const_cast<Scenario &>(scenario);
    std::visit(
        [&](auto r) {
            if constexpr (std::is_same_v<decltype(r), EnumAccess>) {
                const int v = r.get(scenario);
                if (v < 0 || std::size_t(v) >= choices.size())
                    fail(*this, "expected " + expectedText(*this) + "; got " + std::to_string(v));
            } else {
                const auto &v = r(s);
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, int>)
                    setInt(copy, v);
                else if constexpr (std::is_same_v<T, double>)
                    setDouble(copy, v);
                else if constexpr (std::is_same_v<T, std::string>)
                    setString(copy, v);
            }
        },
        ref);
}

std::string FieldInfo::rangeText() const
{
    using text::shortestNumber;
    if (type == FieldType::Enum) {
        std::string s;
        for (std::size_t i = 0; i < choices.size(); ++i)
            s += (i ? ", " : "") + choices[i];
        return s;
    }
    if (minimum && maximum)
        return (minimumExclusive ? "(" : "[") + shortestNumber(*minimum) + ", "
            + shortestNumber(*maximum) + "]";
    if (minimum)
        return (minimumExclusive ? "> " : ">= ") + shortestNumber(*minimum);
    if (maximum)
        return "<= " + shortestNumber(*maximum);
    return {};
}

FieldInfo &FieldInfo::range(double lo, double hi)
{
    minimum = lo;
    minimumExclusive = false;
    maximum = hi;
    return *this;
}

FieldInfo &FieldInfo::atLeast(double lo)
{
    minimum = lo;
    minimumExclusive = false;
    return *this;
}

FieldInfo &FieldInfo::atMost(double hi)
{
    maximum = hi;
    return *this;
}

FieldInfo &FieldInfo::above(double lo)
{
    minimum = lo;
    minimumExclusive = true;
    return *this;
}

FieldInfo &FieldInfo::oneOf(std::vector<std::string> values)
{
    type = FieldType::Enum;
    choices = std::move(values);
    return *this;
}

FieldInfo &FieldInfo::liveKnob()
{
    live = true;
    return *this;
}

const std::vector<FieldInfo> &scenarioSchema()
{
    static const std::vector<FieldInfo> schema = buildSchema();
    return schema;
}

const FieldInfo *findScenarioField(std::string_view path)
{
    const auto &schema = scenarioSchema();
    const auto it = std::find_if(
        schema.begin(), schema.end(), [&](const FieldInfo &f) { return f.path == path; });
    return it == schema.end() ? nullptr : &*it;
}

bool isScenarioSection(std::string_view path)
{
    if (path.empty())
        return true;
    for (const FieldInfo &f : scenarioSchema()) {
        if (f.path.size() > path.size() && f.path.compare(0, path.size(), path) == 0
            && f.path[path.size()] == '.')
            return true;
    }
    return false;
}

std::string unknownFieldMessage(std::string_view path)
{
    const std::string p(path);
    if (!p.empty() && isScenarioSection(p)) {
        for (const FieldInfo &f : scenarioSchema()) {
            if (f.path.compare(0, p.size() + 1, p + ".") == 0)
                return p + ": is a section, not a field (e.g. " + f.path + ")";
        }
    }
    // Suggest the closest sibling under the same parent section, if the typo is small.
    const std::size_t dot = p.rfind('.');
    const std::string parent = dot == std::string::npos ? std::string() : p.substr(0, dot);
    const std::string name = dot == std::string::npos ? p : p.substr(dot + 1);
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 3) + 1;
    if (parent.empty()) {
        for (const char *list : { "schedule", "lesson" }) { // top-level keys outside the table
            if (text::editDistance(name, list) < bestDistance) {
                bestDistance = text::editDistance(name, list);
                best = list;
            }
        }
    }
    if (isScenarioSection(parent)) {
        const std::string prefix = parent.empty() ? std::string() : parent + ".";
        for (const FieldInfo &f : scenarioSchema()) {
            if (f.path.compare(0, prefix.size(), prefix) != 0)
                continue;
            const std::string rest = f.path.substr(prefix.size());
            const std::string child = rest.substr(0, rest.find('.'));
            const std::size_t d = text::editDistance(name, child);
            if (d < bestDistance) {
                bestDistance = d;
                best = child;
            }
        }
    }
    // `schedule` is a list, not a leaf: no --set or --grid can replace it, and suggesting
    // 'schedule' for 'schedule' helps no one.
    if (p == "schedule")
        return p
            + ": is the list of dated events, not a field: it cannot be set from the "
              "command line; write it in the scenario file (docs/scenario.md, Schedule)";
    std::string message = p + ": unknown field";
    if (!best.empty())
        message += " (did you mean '" + best + "'?)";
    return message;
}

const std::vector<std::string> &scenarioGroups()
{
    static const std::vector<std::string> groups { std::string(kGroupRun), std::string(kGroupWorld),
        std::string(kGroupListeners), std::string(kGroupPipeline), std::string(kGroupExploration),
        std::string(kGroupSchedule) };
    return groups;
}

std::string_view fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Int:
        return "integer";
    case FieldType::UInt64:
        return "unsigned 64-bit integer";
    case FieldType::Double:
        return "number";
    case FieldType::Bool:
        return "boolean";
    case FieldType::String:
        return "string";
    case FieldType::Enum:
        return "enum";
    }
    return {};
}

} // namespace td::sim
