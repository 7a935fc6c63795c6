// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "plugin/pluginrecommender.h"

#include "plugin/pluginerror.h"

#include <algorithm>
#include <cstring>

namespace td::plugin {

namespace {

static_assert(events::kAudioFeatureCount == int(TASTEDRIFT_AUDIO_FEATURES));
static_assert(events::SessionSoFar::kRecent == int(TASTEDRIFT_SESSION_RECENT));
static_assert(kNoTrack == TASTEDRIFT_NO_TRACK);
static_assert(events::kStreamThresholdMs == TASTEDRIFT_STREAM_MS);
static_assert(sizeof(ArtistId) == sizeof(std::uint32_t) && sizeof(Day) == sizeof(std::int32_t));

/// The plugin's message, NUL-terminated even if it filled the whole buffer.
std::string messageOf(const tastedrift_error &error)
{
    const char *end
        = static_cast<const char *>(std::memchr(error.message, '\0', sizeof error.message));
    const std::size_t n = end ? std::size_t(end - error.message) : sizeof error.message;
    return n == 0 ? std::string("no message") : std::string(error.message, n);
}

std::vector<const char *> cStrings(const std::vector<std::string> &names)
{
    std::vector<const char *> out;
    out.reserve(names.size());
    for (const auto &n : names)
        out.push_back(n.c_str());
    return out;
}

} // namespace

std::uint64_t externalSeed(std::uint64_t runSeed, ListenerId listener, Day day)
{
    return base::streamSeed(runSeed, base::Purpose::External, listener, day);
}

void CatalogView::build(const events::ObservableCatalog &catalog)
{
    m_source = &catalog;
    m_genreNames = cStrings(catalog.genreNames);
    m_artistNames = cStrings(catalog.artistNames);
    m_trackNames = cStrings(catalog.trackNames);
    m_view = tastedrift_catalog {};
    m_view.track_count = std::uint32_t(catalog.trackCount());
    m_view.artist_count = std::uint32_t(catalog.artistCount());
    m_view.genre_count = std::uint32_t(catalog.genreNames.size());
    m_view.artist = catalog.artist.data();
    // The catalogue's labels are 32-bit (up to 100,000 sub-genres); interface version 1 has
    // 16-bit ones, and the factory lets only catalogues whose labels fit reach a plugin.
    m_genre16.assign(catalog.genreLabel.begin(), catalog.genreLabel.end());
    m_subgenre16.assign(catalog.subgenreLabel.begin(), catalog.subgenreLabel.end());
    m_view.genre = m_genre16.data();
    m_view.subgenre = m_subgenre16.data();
    m_view.release_day = catalog.releaseDay.data();
    m_view.duration_seconds = catalog.durationSeconds.data();
    m_view.is_explicit = catalog.isExplicit.data();
    m_view.prior_popularity = catalog.priorPopularity.data();
    m_view.audio_features = catalog.audioFeatures.data();
    m_view.genre_names = m_genreNames.data();
    m_view.artist_names = m_artistNames.data();
    // A CSV catalogue may leave titles empty: the view then offers none rather than a short
    // array.
    m_view.track_names
        = m_trackNames.size() == catalog.trackCount() ? m_trackNames.data() : nullptr;
}

tastedrift_event toPluginEvent(const events::Event &e)
{
    tastedrift_event out {};
    out.day = e.day;
    out.hour = e.hour;
    out.listener = e.listener;
    out.track = e.track;
    out.listen_ms = e.listenMs;
    out.propensity = e.propensity;
    out.surface = std::uint8_t(e.surface);
    out.device = std::uint8_t(e.device);
    out.action = std::uint8_t(e.action);
    out.source = std::uint8_t(e.source);
    out.position = e.position;
    out.policy = e.policy;
    out.explored = e.explored;
    return out;
}

PluginRecommender::PluginRecommender(const Config &config)
    : m_library(std::make_unique<PluginLibrary>(config.path)), m_table(&m_library->table()),
      m_name(m_table->name), m_runSeed(config.runSeed), m_check(m_library->who())
{
    tastedrift_config c {};
    c.run_seed = config.runSeed;
    c.slate_size = std::uint32_t(std::max(0, config.slateSize));
    c.options = config.options.c_str();
    c.plugin_path = m_library->path().c_str();
    tastedrift_error error {};
    m_instance = m_table->create(&c, &error);
    if (!m_instance)
        throw PluginError(m_library->who() + ": create failed: " + messageOf(error));
}

PluginRecommender::~PluginRecommender()
{
    if (m_instance)
        m_table->destroy(m_instance);
}

void PluginRecommender::checkStatus(
    int status, const char *what, const tastedrift_error &error) const
{
    if (status != 0)
        throw PluginError(m_library->who() + ": " + what + " failed (status "
            + std::to_string(status) + "): " + messageOf(error));
}

void PluginRecommender::beginDay(
    Day day, const events::ObservableCatalog &catalog, const events::PopulationView &population)
{
    if (!m_catalog.builtFor(catalog))
        m_catalog.build(catalog);
    m_check.beginDay(day, catalog);
    tastedrift_error error {};
    checkStatus(m_table->begin_day(m_instance, day, &m_catalog.view(),
                    std::uint32_t(population.listenerCount), &error),
        "begin_day", error);
}

void PluginRecommender::recommend(
    const events::RecRequest &req, base::Rng &, events::Slate &out, events::RequestTrace *trace)
{
    out.clear();
    tastedrift_request r {};
    r.listener = req.listener;
    r.day = req.day;
    r.weekday = req.weekday;
    r.hour = req.hour;
    r.surface = std::uint32_t(req.surface);
    r.device = std::uint32_t(req.device);
    r.k = std::uint32_t(std::max(0, req.k));
    r.explicit_allowed = req.explicitAllowed ? 1 : 0;
    r.last_played = req.lastPlayed;
    r.request_index = req.requestIndex;
    r.session_index = req.sessionIndex;
    r.position_in_session = req.positionInSession;
    r.session_plays = req.session.plays;
    r.session_skips = req.session.skips;
    r.session_recent_count
        = std::min<std::uint32_t>(req.session.recentCount, TASTEDRIFT_SESSION_RECENT);
    for (std::uint32_t i = 0; i < r.session_recent_count; ++i) {
        const auto &p = req.session.recent[i];
        r.session_recent[i] = { p.track, p.listenSeconds, p.skipped ? 1u : 0u };
    }
    r.inspect_only = req.inspectOnly ? 1 : 0;
    r.seed = externalSeed(m_runSeed, req.listener, req.day);

    // One buffer per worker thread, reused from request to request.
    thread_local std::vector<tastedrift_slate_entry> answer;
    answer.assign(r.k, tastedrift_slate_entry {});
    std::uint32_t count = 0;
    tastedrift_error error {};
    checkStatus(
        m_table->recommend(m_instance, &r, answer.data(), r.k, &count, &error), "recommend", error);
    if (count > r.k)
        throw PluginError(m_library->who() + ": recommend for listener "
            + std::to_string(req.listener) + " on day " + std::to_string(req.day) + " answered "
            + std::to_string(count) + " tracks, more than the " + std::to_string(r.k)
            + " asked for");
    out.policy = kExternalPolicyId;
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto &a = answer[i];
        out.items.push_back(
            { a.track, a.score, a.propensity, 0, std::uint8_t(a.explored ? 1 : 0) });
    }
    m_check.check(req, out);
    if (trace) {
        trace->recommender = m_name;
        trace->policy = "plugin";
        trace->stages.push_back({ "plugin", 0, int(out.items.size()), m_library->path() });
        events::traceShownSlate(out, "plugin", *trace);
    }
}

void PluginRecommender::endSession(
    ListenerId listener, const events::Event *events, std::size_t count)
{
    thread_local std::vector<tastedrift_event> converted;
    converted.clear();
    for (std::size_t i = 0; i < count; ++i)
        converted.push_back(toPluginEvent(events[i]));
    tastedrift_error error {};
    checkStatus(m_table->observe(m_instance, listener, converted.data(), converted.size(), &error),
        "observe", error);
}

void PluginRecommender::endDay(Day day, const std::vector<events::Event> &events)
{
    m_dayEvents.clear();
    m_dayEvents.reserve(events.size());
    for (const auto &e : events)
        m_dayEvents.push_back(toPluginEvent(e));
    tastedrift_error error {};
    checkStatus(m_table->end_day(m_instance, day, m_dayEvents.data(), m_dayEvents.size(), &error),
        "end_day", error);
}

} // namespace td::plugin
