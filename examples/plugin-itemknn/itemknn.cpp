// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// An item-kNN recommender with epsilon-exploration as a TasteDrift plugin (docs/extending.md).
// It uses nothing of TasteDrift but the C header include/tastedrift/plugin.h, like a plugin
// built outside the tree would.
//
// Model: item-item cosine similarity of co-streams, cos(a, b) = c(a, b) / sqrt(n(a) n(b)),
// where c counts how often a listener streamed b after a within their last `window` streams and
// n counts streams; each track keeps its `neighbours` most similar tracks. Retrained at the end
// of every day from that day's events (engine thread, alone).
//
// Serving: a listener's score for track t is sum over their last `history` streams h (newest
// weighs 1, each older one `recency` times less) of cos(h, t); tracks they played recently are
// left out; the greedy list G is the top k, topped up from the chart (streams so far plus a
// hundredth of the prior popularity). Exploration: each slot i independently shows G[i] with
// probability 1 - epsilon, or else a track drawn uniformly from the eligible tracks outside G
// (without repeating an earlier draw). The marginals are exact and simple:
//   P(G[i] at slot i) = 1 - epsilon;  P(t at slot i) = epsilon / |E| for t in E = eligible \ G,
// because, whatever earlier slots drew, a track still undrawn is drawn with probability
// 1/(remaining) and is still undrawn with probability remaining/|E|. With |E| < k it does not
// explore (every propensity 1).
//
// State: per listener (their recent streams and plays), changed only in observe() for that
// listener; shared (counts, neighbours, chart), changed only in begin_day/end_day.
#include "tastedrift/plugin.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

struct Options
{
    double epsilon = 0.1; ///< exploration probability per slot
    std::size_t neighbours = 40; ///< neighbours kept per track
    std::size_t history = 20; ///< a listener's recent streams that score candidates
    std::size_t window = 8; ///< co-stream window when counting c(a, b)
    std::size_t heard = 50; ///< recent plays left out of slates
    double recency = 0.9; ///< weight ratio of consecutive history entries
};

void setError(tastedrift_error *error, const std::string &message)
{
    if (!error)
        return;
    std::snprintf(error->message, sizeof error->message, "%s", message.c_str());
}

/// "epsilon=0.2 neighbours=30" (spaces or commas between); unknown keys are errors.
bool parseOptions(const char *text, Options &o, std::string &problem)
{
    std::string s = text ? text : "";
    std::replace(s.begin(), s.end(), ',', ' ');
    std::istringstream in(s);
    std::string item;
    while (in >> item) {
        const auto eq = item.find('=');
        if (eq == std::string::npos) {
            problem = "option '" + item + "' is not key=value";
            return false;
        }
        const std::string key = item.substr(0, eq), value = item.substr(eq + 1);
        char *end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0' || !std::isfinite(v)) {
            problem = "option " + key + ": '" + value + "' is not a number";
            return false;
        }
        const bool count = v >= 1 && v <= 1e6 && v == std::floor(v);
        if (key == "epsilon" && v >= 0 && v < 1)
            o.epsilon = v;
        else if (key == "recency" && v > 0 && v <= 1)
            o.recency = v;
        else if (key == "neighbours" && count)
            o.neighbours = std::size_t(v);
        else if (key == "history" && count)
            o.history = std::size_t(v);
        else if (key == "window" && count)
            o.window = std::size_t(v);
        else if (key == "heard" && v >= 0 && v <= 1e6 && v == std::floor(v))
            o.heard = std::size_t(v);
        else {
            problem = "option " + key + "=" + value
                + ": unknown, or out of range (epsilon in [0, 1), recency in (0, 1], "
                  "neighbours/history/window >= 1, heard >= 0)";
            return false;
        }
    }
    return true;
}

/// SplitMix64 stream: tiny, fast, and the same on every machine.
class Stream
{
public:
    explicit Stream(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next() { return tastedrift_mix64(m_state += 0x9E3779B97F4A7C15ull); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } ///< [0, 1)
    std::uint32_t below(std::uint32_t n) { return std::uint32_t(uniform() * n); }

private:
    std::uint64_t m_state;
};

struct Listener
{
    std::deque<std::uint32_t> streams; ///< newest last, at most history
    std::deque<std::uint32_t> played; ///< newest last, at most heard
    std::deque<std::uint32_t> window; ///< end_day's co-stream window (its own copy)
};

/// Per-thread scratch of one request.
struct Scratch
{
    std::vector<float> score;
    std::vector<std::uint32_t> touched;
    std::vector<std::pair<float, std::uint32_t>> ranked;
    std::vector<std::uint32_t> greedy;
};

class ItemKnn
{
public:
    explicit ItemKnn(const Options &options) : m_o(options) { }

    void beginDay(std::int32_t day, const tastedrift_catalog *catalog, std::uint32_t listeners)
    {
        m_catalog = catalog;
        m_day = day;
        const std::size_t n = catalog->track_count;
        if (m_streams.size() < n) {
            m_streams.resize(n, 0.0);
            m_co.resize(n);
            m_neighbours.resize(n);
        }
        if (m_listeners.size() < listeners)
            m_listeners.resize(listeners);
        // The eligible tracks of the day and the chart, for everyone and for listeners who
        // turned explicit content off.
        m_eligible.clear();
        m_eligibleClean.clear();
        for (std::uint32_t t = 0; t < n; ++t) {
            if (catalog->release_day[t] > day)
                continue;
            m_eligible.push_back(t);
            if (!catalog->is_explicit[t])
                m_eligibleClean.push_back(t);
        }
        auto chartOf = [&](std::vector<std::uint32_t> tracks) {
            std::sort(tracks.begin(), tracks.end(), [&](std::uint32_t a, std::uint32_t b) {
                const double pa = chartScore(a), pb = chartScore(b);
                return pa != pb ? pa > pb : a < b;
            });
            return tracks;
        };
        m_chart = chartOf(m_eligible);
        m_chartClean = chartOf(m_eligibleClean);
    }

    void recommend(const tastedrift_request &r, tastedrift_slate_entry *out, std::uint32_t &count)
    {
        count = 0;
        const std::uint32_t k = r.k;
        const bool clean = r.explicit_allowed == 0;
        const auto &eligible = clean ? m_eligibleClean : m_eligible;
        const auto &chart = clean ? m_chartClean : m_chart;
        if (k == 0 || eligible.empty())
            return;
        const Listener &me = m_listeners[r.listener];
        thread_local Scratch s;
        if (s.score.size() < m_streams.size())
            s.score.assign(m_streams.size(), 0.0f);

        // Scores from the neighbours of the listener's recent streams, newest first.
        float weight = 1.0f;
        for (auto it = me.streams.rbegin(); it != me.streams.rend(); ++it) {
            for (const auto &[track, similarity] : m_neighbours[*it]) {
                if (s.score[track] == 0.0f)
                    s.touched.push_back(track);
                s.score[track] += weight * similarity;
            }
            weight *= float(m_o.recency);
        }
        auto usable = [&](std::uint32_t t, bool allowHeard) {
            if (m_catalog->release_day[t] > m_day || (clean && m_catalog->is_explicit[t]))
                return false;
            if (t == r.last_played)
                return false;
            return allowHeard
                || std::find(me.played.begin(), me.played.end(), t) == me.played.end();
        };
        s.ranked.clear();
        for (std::uint32_t t : s.touched) {
            if (usable(t, false))
                s.ranked.emplace_back(s.score[t], t);
            s.score[t] = 0.0f;
        }
        s.touched.clear();
        std::sort(s.ranked.begin(), s.ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        s.greedy.clear();
        for (const auto &[score, t] : s.ranked) {
            if (s.greedy.size() == k)
                break;
            s.greedy.push_back(t);
        }
        // Top up from the chart: first tracks not heard recently, then any.
        for (int pass = 0; pass < 2 && s.greedy.size() < k; ++pass) {
            for (std::uint32_t t : chart) {
                if (s.greedy.size() == k)
                    break;
                if (usable(t, pass == 1)
                    && std::find(s.greedy.begin(), s.greedy.end(), t) == s.greedy.end())
                    s.greedy.push_back(t);
            }
        }

        // Epsilon-exploration over E = eligible \ G, drawn without repetition.
        const std::size_t explorable = eligible.size() - s.greedy.size();
        const bool explore = m_o.epsilon > 0.0 && explorable >= k;
        Stream stream(tastedrift_mix64(r.seed ^ (std::uint64_t(r.request_index) << 32)));
        const float exploitP = explore ? float(1.0 - m_o.epsilon) : 1.0f;
        const float exploreP = explore ? float(m_o.epsilon / double(explorable)) : 1.0f;
        for (std::uint32_t i = 0; i < s.greedy.size(); ++i) {
            tastedrift_slate_entry &e = out[count];
            if (explore && stream.uniform() < m_o.epsilon) {
                std::uint32_t t;
                do {
                    t = eligible[stream.below(std::uint32_t(eligible.size()))];
                } while (std::find(s.greedy.begin(), s.greedy.end(), t) != s.greedy.end()
                    || std::any_of(out, out + count,
                        [t](const tastedrift_slate_entry &x) { return x.track == t; }));
                e = { t, exploreP, 0.0f, 1 };
            } else {
                e = { s.greedy[i], exploitP, i < s.ranked.size() ? s.ranked[i].first : 0.0f, 0 };
            }
            ++count;
        }
    }

    void observe(std::uint32_t listener, const tastedrift_event *events, std::size_t n)
    {
        if (listener >= m_listeners.size())
            return;
        Listener &me = m_listeners[listener];
        for (std::size_t i = 0; i < n; ++i) {
            const tastedrift_event &e = events[i];
            if (e.action != TASTEDRIFT_ACTION_STREAM && e.action != TASTEDRIFT_ACTION_SKIP)
                continue;
            push(me.played, e.track, m_o.heard);
            if (e.action == TASTEDRIFT_ACTION_STREAM)
                push(me.streams, e.track, m_o.history);
        }
    }

    void endDay(const tastedrift_event *events, std::size_t n)
    {
        std::vector<std::uint32_t> dirty;
        for (std::size_t i = 0; i < n; ++i) {
            const tastedrift_event &e = events[i];
            if (e.action != TASTEDRIFT_ACTION_STREAM || e.track >= m_streams.size()
                || e.listener >= m_listeners.size())
                continue;
            m_streams[e.track] += 1.0;
            auto &window = m_listeners[e.listener].window;
            for (std::uint32_t h : window) {
                if (h == e.track)
                    continue;
                m_co[h][e.track] += 1.0f;
                m_co[e.track][h] += 1.0f;
                dirty.push_back(h);
            }
            dirty.push_back(e.track);
            push(window, e.track, m_o.window);
        }
        std::sort(dirty.begin(), dirty.end());
        dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
        std::vector<std::pair<float, std::uint32_t>> sims;
        for (std::uint32_t a : dirty) {
            sims.clear();
            for (const auto &[b, c] : m_co[a])
                sims.emplace_back(float(c / std::sqrt(m_streams[a] * m_streams[b])), b);
            const std::size_t keep = std::min(m_o.neighbours, sims.size());
            auto better = [](const auto &x, const auto &y) {
                return x.first != y.first ? x.first > y.first : x.second < y.second;
            };
            std::partial_sort(
                sims.begin(), sims.begin() + std::ptrdiff_t(keep), sims.end(), better);
            auto &list = m_neighbours[a];
            list.clear();
            for (std::size_t i = 0; i < keep; ++i)
                list.emplace_back(sims[i].second, sims[i].first);
        }
    }

private:
    static void push(std::deque<std::uint32_t> &ring, std::uint32_t t, std::size_t capacity)
    {
        if (capacity == 0)
            return;
        ring.push_back(t);
        while (ring.size() > capacity)
            ring.pop_front();
    }
    double chartScore(std::uint32_t t) const
    {
        return m_streams[t] + 0.01 * double(m_catalog->prior_popularity[t]);
    }

    Options m_o;
    const tastedrift_catalog *m_catalog = nullptr;
    std::int32_t m_day = 0;
    std::vector<double> m_streams; ///< streams per track so far
    std::vector<std::unordered_map<std::uint32_t, float>> m_co; ///< c(a, b)
    std::vector<std::vector<std::pair<std::uint32_t, float>>> m_neighbours;
    std::vector<std::uint32_t> m_eligible, m_eligibleClean, m_chart, m_chartClean;
    std::vector<Listener> m_listeners;
};

/// Runs `body`, turning a C++ exception into a status and a message (exceptions must not
/// cross the C interface).
template<typename Body> int guarded(tastedrift_error *error, const char *what, Body body)
{
    try {
        body();
        return 0;
    } catch (const std::exception &e) {
        setError(error, std::string(what) + ": " + e.what());
    } catch (...) {
        setError(error, std::string(what) + ": unknown exception");
    }
    return 1;
}

void *create(const tastedrift_config *config, tastedrift_error *error)
{
    Options options;
    std::string problem;
    if (!parseOptions(config->options, options, problem)) {
        setError(error, "recommender.plugin.options: " + problem);
        return nullptr;
    }
    ItemKnn *instance = nullptr;
    guarded(error, "create", [&] { instance = new ItemKnn(options); });
    return instance;
}

void destroy(void *instance)
{
    delete static_cast<ItemKnn *>(instance);
}

int beginDay(void *instance, std::int32_t day, const tastedrift_catalog *catalog,
    std::uint32_t listeners, tastedrift_error *error)
{
    return guarded(error, "begin_day",
        [&] { static_cast<ItemKnn *>(instance)->beginDay(day, catalog, listeners); });
}

int recommend(void *instance, const tastedrift_request *request, tastedrift_slate_entry *out,
    std::uint32_t capacity, std::uint32_t *count, tastedrift_error *error)
{
    (void)capacity; // == request->k: this plugin answers at most k tracks
    return guarded(error, "recommend",
        [&] { static_cast<ItemKnn *>(instance)->recommend(*request, out, *count); });
}

int observe(void *instance, std::uint32_t listener, const tastedrift_event *events,
    std::size_t count, tastedrift_error *error)
{
    return guarded(error, "observe",
        [&] { static_cast<ItemKnn *>(instance)->observe(listener, events, count); });
}

int endDay(void *instance, std::int32_t, const tastedrift_event *events, std::size_t count,
    tastedrift_error *error)
{
    return guarded(
        error, "end_day", [&] { static_cast<ItemKnn *>(instance)->endDay(events, count); });
}

const tastedrift_recommender_table_v1 kTable = {
    TASTEDRIFT_PLUGIN_ABI_VERSION,
    sizeof(tastedrift_recommender_table_v1),
    "itemknn",
    create,
    destroy,
    beginDay,
    recommend,
    observe,
    endDay,
};

} // namespace

extern "C" TASTEDRIFT_EXPORT const tastedrift_recommender_table_v1 *tastedrift_recommender_v1(void)
{
    return &kTable;
}
