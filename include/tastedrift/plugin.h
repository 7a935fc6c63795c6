/* SPDX-FileCopyrightText: 2026 TasteDrift authors
 * SPDX-License-Identifier: MIT */
/*
 * TasteDrift recommender plugins: the public C interface (docs/extending.md).
 *
 * A plugin is a shared library that exports one function,
 *
 *     const tastedrift_recommender_table_v1 *tastedrift_recommender_v1(void);
 *
 * returning a table of function pointers. The engine loads it when a scenario says
 * `"recommender": { "kind": "plugin", "plugin": { "path": "libmyrec.so" } }`.
 *
 * Plain C on purpose: a plugin built with another compiler, standard library or language
 * keeps working as long as this ABI version does. Everything here is what a streaming service
 * observes (the truth firewall of docs/architecture.md): requests, logged events and the
 * observable catalogue. No latent vector and no true listening context ever crosses it.
 *
 * Threading (the same contract as the engine's own recommenders):
 *  - create, destroy, begin_day and end_day are called on the engine thread, alone. Shared
 *    state (models, indexes, counts) may change only there.
 *  - recommend and observe are called CONCURRENTLY from several worker threads, for
 *    different listeners; never concurrently for the same listener. They may change only that
 *    listener's own state.
 *  - One process may hold several instances of one library (an A/B comparison, a test that
 *    runs two engines): keep every piece of state in the instance that create returns.
 *
 * Determinism: draw random numbers only from `tastedrift_request.seed` (the listener's stream
 * for the day, derived by the engine from the run's seed), e.g. with tastedrift_mix64 below.
 * Then the same scenario and seed give the same numbers at any thread count.
 *
 * Answers are checked: a track id outside the catalogue, a track not yet released, an explicit
 * track for a listener who turned explicit content off, a track twice in one slate, a
 * propensity outside (0, 1], a non-finite score, or more tracks than asked for stops the run
 * with a message naming the plugin. A callback that returns a non-zero status stops it too,
 * with the message the plugin wrote into `error`.
 *
 * Callbacks must not throw (C++ exceptions cannot cross a C interface) and must not keep the
 * pointers they are given beyond the call, except the catalogue, which stays valid until
 * destroy.
 */
#ifndef TASTEDRIFT_PLUGIN_H
#define TASTEDRIFT_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The interface version this header describes (tastedrift_recommender_table_v1.abi_version). */
#define TASTEDRIFT_PLUGIN_ABI_VERSION 1u

#define TASTEDRIFT_NO_TRACK 0xFFFFFFFFu /* "no track" (Cancel events, nothing playing) */
#define TASTEDRIFT_AUDIO_FEATURES 9u /* columns of tastedrift_catalog.audio_features */
#define TASTEDRIFT_SESSION_RECENT 8u /* capacity of tastedrift_request.session_recent */
#define TASTEDRIFT_ERROR_SIZE 512u /* capacity of tastedrift_error.message */
#define TASTEDRIFT_STREAM_MS 30000 /* a play this long or longer is a stream, else a skip */

/* Where a request comes from (events::Surface). */
enum {
    TASTEDRIFT_SURFACE_HOME = 0, /* a slate of k tracks */
    TASTEDRIFT_SURFACE_RADIO = 1, /* one next track (k = 1) */
    TASTEDRIFT_SURFACE_DISCOVER_WEEKLY = 2, /* weekly slate of tracks the listener never heard */
    TASTEDRIFT_SURFACE_RELEASE_RADAR = 3, /* weekly slate of new releases */
    TASTEDRIFT_SURFACE_ORGANIC = 4 /* events only: search and library plays */
};

/* The device a session is played on (events::Device). */
enum {
    TASTEDRIFT_DEVICE_PHONE = 0,
    TASTEDRIFT_DEVICE_DESKTOP = 1,
    TASTEDRIFT_DEVICE_SPEAKER = 2,
    TASTEDRIFT_DEVICE_CAR = 3
};

/* What happened (events::Action). */
enum {
    TASTEDRIFT_ACTION_IMPRESSION = 0, /* shown at `position` (examined or not) */
    TASTEDRIFT_ACTION_STREAM = 1, /* played >= 30 s */
    TASTEDRIFT_ACTION_SKIP = 2, /* played < 30 s */
    TASTEDRIFT_ACTION_REPLAY = 3,
    TASTEDRIFT_ACTION_SAVE = 4,
    TASTEDRIFT_ACTION_PLAYLIST_ADD = 5,
    TASTEDRIFT_ACTION_FOLLOW_ARTIST = 6,
    TASTEDRIFT_ACTION_BLOCK_ARTIST = 7,
    TASTEDRIFT_ACTION_CANCEL = 8 /* a premium listener cancelled (track = TASTEDRIFT_NO_TRACK) */
};

/* Who caused a play (events::Source). */
enum { TASTEDRIFT_SOURCE_RECOMMENDED = 0, TASTEDRIFT_SOURCE_ORGANIC = 1 };

/* Audio feature columns, in this order (unit features in [0, 1], tempo in BPM, loudness in
 * dB): danceability, energy, valence, acousticness, instrumentalness, speechiness, liveness,
 * tempo, loudness. */

/* The observable catalogue: structure of arrays indexed by track id 0 .. track_count-1.
 * Valid from the first begin_day until destroy; it never changes during a run. */
typedef struct tastedrift_catalog
{
    uint32_t track_count;
    uint32_t artist_count;
    uint32_t genre_count;
    uint32_t reserved;
    const uint32_t *artist; /* artist id per track */
    const int16_t *genre; /* genre label per track, -1 when missing */
    const int16_t *subgenre; /* sub-genre label per track, -1 when missing */
    const int32_t *release_day; /* negative: released before the run */
    const float *duration_seconds;
    const uint8_t *is_explicit; /* 1 = explicit lyrics */
    const float *prior_popularity; /* 0..100, what the service knew before the run */
    const float *audio_features; /* track_count x TASTEDRIFT_AUDIO_FEATURES, row-major */
    const char *const *genre_names; /* genre_count UTF-8 names */
    const char *const *artist_names; /* artist_count UTF-8 names */
    const char *const *track_names; /* track_count UTF-8 titles */
} tastedrift_catalog;

/* One play earlier in the session the request belongs to. */
typedef struct tastedrift_play
{
    uint32_t track;
    float listen_seconds; /* how long it played */
    uint32_t skipped; /* 1 = stopped before 30 s */
} tastedrift_play;

/* One request: who, when, on what, where, how many. Only observable fields. */
typedef struct tastedrift_request
{
    uint32_t listener; /* ids are 0 .. listener_count-1 (new listeners are appended) */
    int32_t day; /* day 0 is a Monday */
    uint32_t weekday; /* 0 = Monday .. 6 = Sunday */
    float hour; /* local time in hours from the start of `day`: [0, 24) when a session starts;
                   its clock advances with each play, so a session that runs past midnight
                   keeps its day and reaches 24 and more (24.3 = 00:18 the next morning) */
    uint32_t surface; /* TASTEDRIFT_SURFACE_* */
    uint32_t device; /* TASTEDRIFT_DEVICE_* */
    uint32_t k; /* tracks wanted (1 on radio) */
    uint32_t explicit_allowed; /* 0: never answer an explicit track */
    uint32_t last_played; /* what the client plays now, TASTEDRIFT_NO_TRACK if nothing */
    uint32_t request_index; /* n-th request of this listener today */
    uint32_t session_index; /* n-th session of this listener today */
    uint32_t position_in_session; /* radio: n-th track of the session; 0 for slates */
    uint32_t session_plays; /* tracks played in this session before this request */
    uint32_t session_skips; /* of which skipped */
    uint32_t session_recent_count; /* valid entries of session_recent, oldest first */
    uint32_t inspect_only; /* 1: an inspection (inspector, `tastedrift-cli inspect`): answer as
                              usual but change no state */
    tastedrift_play session_recent[TASTEDRIFT_SESSION_RECENT];
    /* The listener's random stream for this day: the same for every request of the listener
     * on that day, different across listeners, days and run seeds. Mix in request_index for
     * per-request draws. */
    uint64_t seed;
} tastedrift_request;

/* One logged event (events::Event): an impression or an action. */
typedef struct tastedrift_event
{
    int32_t day;
    float hour; /* as in tastedrift_request: 24 and more after midnight in the same session */
    uint32_t listener;
    uint32_t track; /* TASTEDRIFT_NO_TRACK for TASTEDRIFT_ACTION_CANCEL */
    int32_t listen_ms; /* play time of a stream or skip, 0 otherwise */
    float propensity; /* the propensity the slate was logged with, 1 for organic plays */
    uint8_t surface; /* TASTEDRIFT_SURFACE_* */
    uint8_t device; /* TASTEDRIFT_DEVICE_* */
    uint8_t action; /* TASTEDRIFT_ACTION_* */
    uint8_t source; /* TASTEDRIFT_SOURCE_* */
    uint16_t position; /* slate or radio-queue position (0-based); 0 for organic */
    uint8_t policy; /* 255 for slates of a plugin */
    uint8_t explored; /* 1 if the slate marked this entry as explored */
} tastedrift_event;

/* One answered track. */
typedef struct tastedrift_slate_entry
{
    uint32_t track;
    /* Marginal probability that this track is shown at this position under the plugin's
     * policy, in (0, 1]; 1 for a deterministic choice. Logged with the impression and used by
     * off-policy evaluation. */
    float propensity;
    float score; /* any finite number (shown in traces) */
    uint32_t explored; /* 1 if an exploration draw chose it (exploration_share) */
} tastedrift_slate_entry;

/* Set up once, before the first begin_day. */
typedef struct tastedrift_config
{
    uint64_t run_seed; /* the scenario's run.seed */
    uint32_t slate_size; /* recommender.slate_size (Home) */
    uint32_t reserved;
    const char *options; /* recommender.plugin.options, verbatim ("" when unset) */
    const char *plugin_path; /* the library's resolved path */
} tastedrift_config;

/* Where a failing callback says why (UTF-8, NUL-terminated, truncated to fit). */
typedef struct tastedrift_error
{
    char message[TASTEDRIFT_ERROR_SIZE];
} tastedrift_error;

/* The function table. Every callback returns 0 on success; anything else stops the run with
 * `error->message`. */
typedef struct tastedrift_recommender_table_v1
{
    uint32_t abi_version; /* TASTEDRIFT_PLUGIN_ABI_VERSION */
    uint32_t struct_size; /* sizeof(tastedrift_recommender_table_v1) */
    const char *name; /* short name shown in traces, e.g. "itemknn" */

    /* A new instance; returns NULL (and fills error) on failure, e.g. bad options. */
    void *(*create)(const tastedrift_config *config, tastedrift_error *error);
    void (*destroy)(void *instance);

    /* Start of `day`: tracks with release_day <= day are available; listener ids are
     * 0 .. listener_count-1. Engine thread, alone. */
    int (*begin_day)(void *instance, int32_t day, const tastedrift_catalog *catalog,
        uint32_t listener_count, tastedrift_error *error);

    /* Fill out[0 .. *count-1] with up to request->k tracks (capacity = request->k) and set
     * *count. At least one track whenever a track is available. Concurrent for different
     * listeners. */
    int (*recommend)(void *instance, const tastedrift_request *request, tastedrift_slate_entry *out,
        uint32_t capacity, uint32_t *count, tastedrift_error *error);

    /* The events of one finished session of `listener`, in time order (impressions, plays,
     * explicit actions). Concurrent for different listeners. */
    int (*observe)(void *instance, uint32_t listener, const tastedrift_event *events, size_t count,
        tastedrift_error *error);

    /* End of `day`: every event of the day, in (listener, time) order. Retrain here. Engine
     * thread, alone. */
    int (*end_day)(void *instance, int32_t day, const tastedrift_event *events, size_t count,
        tastedrift_error *error);
} tastedrift_recommender_table_v1;

/* The one symbol a plugin exports. */
typedef const tastedrift_recommender_table_v1 *(*tastedrift_entry_v1)(void);
#define TASTEDRIFT_ENTRY_SYMBOL_V1 "tastedrift_recommender_v1"

/* SplitMix64's finaliser: turns (seed ^ anything) into well-mixed 64 bits. A plugin may use it
 * to derive per-request streams, e.g. tastedrift_mix64(request->seed ^ request->request_index). */
static inline uint64_t tastedrift_mix64(uint64_t z)
{
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

#if defined(_WIN32)
#define TASTEDRIFT_EXPORT __declspec(dllexport)
#else
#define TASTEDRIFT_EXPORT __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
}
#endif

#endif /* TASTEDRIFT_PLUGIN_H */
