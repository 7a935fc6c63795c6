// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Plugins that break the contract of include/tastedrift/plugin.h on purpose, one way each
// (TD_FAULT, see tests/plugins/CMakeLists.txt), for tst_plugin and the CLI tests: the engine
// must stop the run with a clear message, never crash. Fault 0 is a well-behaved plugin (the
// most popular released tracks by prior popularity, propensity 1).
#include "tastedrift/plugin.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <vector>

#ifndef TD_FAULT
#define TD_FAULT 0
#endif

namespace {

enum Fault {
    None = 0,
    UnknownTrack = 1,
    Duplicate = 2,
    ZeroPropensity = 3,
    PropensityAboveOne = 4,
    TooMany = 5,
    RecommendFails = 6,
    WrongVersion = 7,
    NoSymbol = 8,
    CreateFails = 9,
    Unreleased = 10,
    EndDayFails = 11,
    NanScore = 12,
    Empty = 13,
};

struct Instance
{
    const tastedrift_catalog *catalog = nullptr;
    std::int32_t day = 0;
    std::vector<std::uint32_t> chart; ///< released, by prior popularity
};

void *create(const tastedrift_config *, tastedrift_error *error)
{
    if (TD_FAULT == CreateFails) {
        std::snprintf(error->message, sizeof error->message, "cannot create: told to fail");
        return nullptr;
    }
    return new Instance;
}

void destroy(void *instance)
{
    delete static_cast<Instance *>(instance);
}

int beginDay(void *instance, std::int32_t day, const tastedrift_catalog *catalog, std::uint32_t,
    tastedrift_error *)
{
    auto *self = static_cast<Instance *>(instance);
    self->catalog = catalog;
    self->day = day;
    self->chart.clear();
    for (std::uint32_t t = 0; t < catalog->track_count; ++t)
        if (catalog->release_day[t] <= day)
            self->chart.push_back(t);
    std::stable_sort(self->chart.begin(), self->chart.end(), [&](std::uint32_t a, std::uint32_t b) {
        return catalog->prior_popularity[a] > catalog->prior_popularity[b];
    });
    return 0;
}

int recommend(void *instance, const tastedrift_request *r, tastedrift_slate_entry *out,
    std::uint32_t capacity, std::uint32_t *count, tastedrift_error *error)
{
    auto *self = static_cast<Instance *>(instance);
    if (TD_FAULT == RecommendFails) {
        std::snprintf(error->message, sizeof error->message, "model not ready for listener %u",
            unsigned(r->listener));
        return 3;
    }
    *count = 0;
    for (std::uint32_t t : self->chart) {
        if (*count == capacity)
            break;
        if (!r->explicit_allowed && self->catalog->is_explicit[t])
            continue;
        out[(*count)++] = { t, 1.0f, 1.0f, 0 };
    }
    if (*count < 2)
        return 0;
    switch (TD_FAULT) {
    case UnknownTrack:
        out[1].track = self->catalog->track_count + 7;
        break;
    case Duplicate:
        out[1].track = out[0].track;
        break;
    case ZeroPropensity:
        out[1].propensity = 0.0f;
        break;
    case PropensityAboveOne:
        out[1].propensity = 1.5f;
        break;
    case TooMany:
        *count = capacity + 1; // claims more than it may write
        break;
    case Unreleased:
        for (std::uint32_t t = 0; t < self->catalog->track_count; ++t)
            if (self->catalog->release_day[t] > self->day)
                out[1].track = t;
        break;
    case NanScore:
        out[1].score = std::numeric_limits<float>::quiet_NaN();
        break;
    case Empty:
        *count = 0;
        break;
    default:
        break;
    }
    return 0;
}

int observe(void *, std::uint32_t, const tastedrift_event *, std::size_t, tastedrift_error *)
{
    return 0;
}

int endDay(void *, std::int32_t day, const tastedrift_event *, std::size_t, tastedrift_error *error)
{
    if (TD_FAULT == EndDayFails && day >= 1) {
        std::snprintf(error->message, sizeof error->message, "out of disk on day %d", int(day));
        return 1;
    }
    return 0;
}

const tastedrift_recommender_table_v1 kTable = {
    TD_FAULT == WrongVersion ? 99u : TASTEDRIFT_PLUGIN_ABI_VERSION,
    sizeof(tastedrift_recommender_table_v1),
    "faulty",
    create,
    destroy,
    beginDay,
    recommend,
    observe,
    endDay,
};

} // namespace

#if TD_FAULT == 8
extern "C" TASTEDRIFT_EXPORT const tastedrift_recommender_table_v1 *tastedrift_recommender_v2(void)
#else
extern "C" TASTEDRIFT_EXPORT const tastedrift_recommender_table_v1 *tastedrift_recommender_v1(void)
#endif
{
    return &kTable;
}
