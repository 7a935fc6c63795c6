/* SPDX-FileCopyrightText: 2026 TasteDrift authors
 * SPDX-License-Identifier: MIT */
/*
 * TasteDrift's most-popular baseline (core/recsys/baselines/popularrecommender.cpp) as a
 * plugin in plain C99, against nothing but include/tastedrift/plugin.h (docs/extending.md).
 *
 * It computes exactly what the in-tree `popular` recommender computes, so a run served by it
 * gives the same numbers, bit for bit, as `recommender.kind = popular` with the same half-life
 * (tests/core/cli/tst_cliplugin.cpp): whatever differs in time is what the C interface costs
 * (docs/extending.md, "What it costs").
 *
 * Model: a chart of the released tracks by play counts decayed with a half-life of
 * `half_life_days` (option, default 7), ties by track id; before any play the counts are a
 * hundredth of the prior popularity. A slate is the top of the chart without explicit tracks
 * for listeners who turned them off and without the listener's last 32 plays; radio continues
 * down the chart with each request of the day. Deterministic: every propensity is 1.
 *
 * State: per listener a ring of their last plays, changed only in observe() for that listener
 * (observe and recommend run concurrently for different listeners); the counts and the chart,
 * changed only in begin_day/end_day (engine thread, alone).
 */
#include "tastedrift/plugin.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RECENT_SLOTS 32

typedef struct popular
{
    double decay_per_day; /* 0.5^(1 / half_life_days) */
    double *counts; /* per track: decayed stream count */
    uint32_t track_count;
    uint32_t *chart; /* released tracks by decreasing count, frozen per day */
    uint32_t chart_size;
    const uint8_t *is_explicit; /* the catalogue's, valid until destroy */
    uint32_t *recent; /* listener_count x RECENT_SLOTS, TASTEDRIFT_NO_TRACK when empty */
    uint8_t *recent_next; /* per listener: the ring's next slot */
    uint32_t listener_count;
} popular;

typedef struct ranked
{
    double count;
    uint32_t track;
} ranked;

static void set_error(tastedrift_error *error, const char *message)
{
    if (error)
        snprintf(error->message, sizeof error->message, "%s", message);
}

/* Decreasing count, then increasing track id: the in-tree stable sort of ids by count. */
static int by_count(const void *a, const void *b)
{
    const ranked *x = (const ranked *)a, *y = (const ranked *)b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return x->track < y->track ? -1 : (x->track > y->track ? 1 : 0);
}

/* Options: empty, or "half_life_days=D" with D in (0, 3650] like the scenario's field. */
static int parse_options(const char *text, double *half_life, tastedrift_error *error)
{
    const char *key = "half_life_days=";
    char *end = NULL;
    double v;
    while (text && *text == ' ')
        ++text;
    if (!text || *text == '\0')
        return 1;
    if (strncmp(text, key, strlen(key)) != 0) {
        set_error(error, "recommender.plugin.options: only half_life_days=D is known");
        return 0;
    }
    v = strtod(text + strlen(key), &end);
    while (end && *end == ' ')
        ++end;
    if (end == text + strlen(key) || *end != '\0' || !(v > 0.0 && v <= 3650.0)) {
        set_error(
            error, "recommender.plugin.options: half_life_days must be a number in (0, 3650]");
        return 0;
    }
    *half_life = v;
    return 1;
}

static void *create(const tastedrift_config *config, tastedrift_error *error)
{
    double half_life = 7.0;
    popular *p;
    if (!parse_options(config->options, &half_life, error))
        return NULL;
    p = (popular *)calloc(1, sizeof *p);
    if (!p) {
        set_error(error, "out of memory");
        return NULL;
    }
    p->decay_per_day = pow(0.5, 1.0 / fmax(half_life, 1e-6));
    return p;
}

static void destroy(void *instance)
{
    popular *p = (popular *)instance;
    free(p->counts);
    free(p->chart);
    free(p->recent);
    free(p->recent_next);
    free(p);
}

static int begin_day(void *instance, int32_t day, const tastedrift_catalog *catalog,
    uint32_t listener_count, tastedrift_error *error)
{
    popular *p = (popular *)instance;
    uint32_t t, l, n = catalog->track_count;
    ranked *order;
    if (listener_count > p->listener_count) {
        uint32_t *recent = (uint32_t *)realloc(
            p->recent, (size_t)listener_count * RECENT_SLOTS * sizeof *recent);
        uint8_t *next = (uint8_t *)realloc(p->recent_next, listener_count);
        if (recent)
            p->recent = recent;
        if (next)
            p->recent_next = next;
        if (!recent || !next) {
            set_error(error, "out of memory");
            return 1;
        }
        for (l = p->listener_count; l < listener_count; ++l) {
            for (t = 0; t < RECENT_SLOTS; ++t)
                p->recent[(size_t)l * RECENT_SLOTS + t] = TASTEDRIFT_NO_TRACK;
            p->recent_next[l] = 0;
        }
        p->listener_count = listener_count;
    }
    if (n > p->track_count) {
        /* Cold start: a hundredth of a play per point of prior popularity. */
        double *counts = (double *)realloc(p->counts, (size_t)n * sizeof *counts);
        uint32_t *chart = (uint32_t *)realloc(p->chart, (size_t)n * sizeof *chart);
        if (counts)
            p->counts = counts;
        if (chart)
            p->chart = chart;
        if (!counts || !chart) {
            set_error(error, "out of memory");
            return 1;
        }
        for (t = p->track_count; t < n; ++t)
            p->counts[t] = 0.01 * catalog->prior_popularity[t];
        p->track_count = n;
    }
    p->is_explicit = catalog->is_explicit;
    order = (ranked *)malloc((size_t)(n ? n : 1) * sizeof *order);
    if (!order) {
        set_error(error, "out of memory");
        return 1;
    }
    p->chart_size = 0;
    for (t = 0; t < n; ++t) {
        if (catalog->release_day[t] <= day) {
            order[p->chart_size].count = p->counts[t];
            order[p->chart_size].track = t;
            ++p->chart_size;
        }
    }
    qsort(order, p->chart_size, sizeof *order, by_count);
    for (t = 0; t < p->chart_size; ++t)
        p->chart[t] = order[t].track;
    free(order);
    return 0;
}

static int recommend(void *instance, const tastedrift_request *request, tastedrift_slate_entry *out,
    uint32_t capacity, uint32_t *count, tastedrift_error *error)
{
    const popular *p = (const popular *)instance;
    const uint32_t *recent = p->recent + (size_t)request->listener * RECENT_SLOTS;
    /* Radio asks for one track at a time: continue down the chart with each request. */
    uint32_t skip = request->surface == TASTEDRIFT_SURFACE_RADIO ? request->request_index : 0;
    uint32_t i, j, n = 0;
    if (request->listener >= p->listener_count) {
        set_error(error, "a listener the plugin was not told about in begin_day");
        return 1;
    }
    for (i = 0; i < p->chart_size && n < capacity; ++i) {
        const uint32_t t = p->chart[i];
        int heard = 0;
        if (!request->explicit_allowed && p->is_explicit[t])
            continue;
        for (j = 0; j < RECENT_SLOTS && !heard; ++j)
            heard = recent[j] == t;
        if (heard)
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        out[n].track = t;
        out[n].propensity = 1.0f;
        out[n].score = (float)p->counts[t];
        out[n].explored = 0;
        ++n;
    }
    *count = n;
    return 0;
}

static int observe(void *instance, uint32_t listener, const tastedrift_event *events, size_t count,
    tastedrift_error *error)
{
    popular *p = (popular *)instance;
    size_t i;
    uint32_t *recent;
    uint8_t *next;
    if (listener >= p->listener_count) {
        set_error(error, "a listener the plugin was not told about in begin_day");
        return 1;
    }
    recent = p->recent + (size_t)listener * RECENT_SLOTS;
    next = p->recent_next + listener;
    for (i = 0; i < count; ++i) {
        if (events[i].action != TASTEDRIFT_ACTION_STREAM
            && events[i].action != TASTEDRIFT_ACTION_SKIP)
            continue;
        recent[*next] = events[i].track;
        *next = (uint8_t)((*next + 1) % RECENT_SLOTS);
    }
    return 0;
}

static int end_day(void *instance, int32_t day, const tastedrift_event *events, size_t count,
    tastedrift_error *error)
{
    popular *p = (popular *)instance;
    size_t i;
    uint32_t t;
    (void)day;
    (void)error;
    for (t = 0; t < p->track_count; ++t)
        p->counts[t] *= p->decay_per_day;
    for (i = 0; i < count; ++i) {
        if (events[i].action == TASTEDRIFT_ACTION_STREAM && events[i].track < p->track_count)
            p->counts[events[i].track] += 1.0;
    }
    return 0;
}

static const tastedrift_recommender_table_v1 table = {
    TASTEDRIFT_PLUGIN_ABI_VERSION,
    sizeof(tastedrift_recommender_table_v1),
    "popular-c",
    create,
    destroy,
    begin_day,
    recommend,
    observe,
    end_day,
};

TASTEDRIFT_EXPORT const tastedrift_recommender_table_v1 *tastedrift_recommender_v1(void)
{
    return &table;
}
