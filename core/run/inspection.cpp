// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "run/inspection.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace td::run {

void FeatureProfile::add(events::Context context, const float *features)
{
    const auto c = std::size_t(context);
    for (int f = 0; f < events::kAudioFeatureCount; ++f)
        sum[c][std::size_t(f)] += double(features[f]);
    ++count[c];
}

void FeatureProfile::add(const FeatureProfile &other)
{
    for (std::size_t c = 0; c < sum.size(); ++c) {
        for (std::size_t f = 0; f < sum[c].size(); ++f)
            sum[c][f] += other.sum[c][f];
        count[c] += other.count[c];
    }
}

double FeatureProfile::mean(events::Context context, int feature) const
{
    const auto c = std::size_t(context);
    return count[c] > 0 ? sum[c][std::size_t(feature)] / count[c]
                        : std::numeric_limits<double>::quiet_NaN();
}

double FeatureProfile::meanAll(int feature) const
{
    double s = 0.0;
    for (const auto &row : sum)
        s += row[std::size_t(feature)];
    const int n = total();
    return n > 0 ? s / n : std::numeric_limits<double>::quiet_NaN();
}

int FeatureProfile::total() const
{
    int n = 0;
    for (const int c : count)
        n += c;
    return n;
}

std::vector<TrackLabel> traceLabels(
    const events::RequestTrace &trace, const events::ObservableCatalog &catalog)
{
    std::vector<TrackLabel> labels;
    labels.reserve(trace.candidates.size());
    for (const events::TraceCandidate &candidate : trace.candidates) {
        TrackLabel label;
        label.track = candidate.track;
        const TrackId t = candidate.track;
        if (t != kNoTrack && t < catalog.trackCount()) {
            if (t < catalog.trackNames.size())
                label.title = catalog.trackNames[t];
            const ArtistId a = catalog.artist[t];
            if (a < catalog.artistNames.size())
                label.artist = catalog.artistNames[a];
            const int g = catalog.genreLabel[t];
            if (g >= 0 && std::size_t(g) < catalog.genreNames.size())
                label.genre = catalog.genreNames[std::size_t(g)];
            label.priorPopularity = catalog.priorPopularity[t];
            label.releaseDay = catalog.releaseDay[t];
        }
        labels.push_back(std::move(label));
    }
    return labels;
}

ListenerDay summarizeListenerDay(ListenerId listener, Day day,
    const std::vector<events::Event> &events, const std::vector<events::Context> &contexts,
    const events::ObservableCatalog &catalog)
{
    ListenerDay out;
    out.day = day;
    out.listener = listener;
    out.genreNames = catalog.genreNames;
    out.genreStreams.assign(catalog.genreNames.size() + 1, 0);
    const std::size_t missingGenre = catalog.genreNames.size();
    const bool haveFeatures
        = catalog.audioFeatures.size() >= catalog.trackCount() * events::kAudioFeatureCount;

    for (std::size_t i = 0; i < events.size(); ++i) {
        const events::Event &e = events[i];
        if (e.listener != listener || e.day != day)
            continue;
        const events::Context context = i < contexts.size() ? contexts[i] : events::Context::None;
        const bool knownTrack = e.track != kNoTrack && e.track < catalog.trackCount();
        switch (e.action) {
        case events::Action::Impression:
            if (e.source == events::Source::Recommended) {
                ++out.impressions;
                if (knownTrack && haveFeatures)
                    out.shown.add(context, catalog.features(e.track));
            }
            break;
        case events::Action::Stream: {
            ++out.plays;
            ++out.streams;
            if (e.source == events::Source::Recommended)
                ++out.recStreams;
            else
                ++out.organicStreams;
            if (!knownTrack)
                break;
            const int g = catalog.genreLabel[e.track];
            ++out.genreStreams[g >= 0 && std::size_t(g) < missingGenre ? std::size_t(g)
                                                                       : missingGenre];
            if (haveFeatures)
                out.streamed.add(context, catalog.features(e.track));
            break;
        }
        case events::Action::Skip:
            ++out.plays;
            ++out.skips;
            break;
        case events::Action::Save:
            ++out.saves;
            break;
        default:
            break;
        }
    }
    return out;
}

ListenerLists listenerLists(
    Day day, const std::vector<events::Event> &events, std::size_t knownListeners, int limit)
{
    ListenerLists lists;
    lists.day = day;
    lists.knownListeners = knownListeners;
    // Listener ids are dense, but a day's events touch only the active ones: a hash map keeps
    // the cost proportional to the events, not to the population.
    std::unordered_map<ListenerId, std::pair<int, int>> counts; // streams, skips
    for (const events::Event &e : events) {
        if (e.day != day)
            continue;
        lists.knownListeners = std::max(lists.knownListeners, std::size_t(e.listener) + 1);
        auto &c = counts[e.listener];
        if (e.action == events::Action::Stream)
            ++c.first;
        else if (e.action == events::Action::Skip)
            ++c.second;
    }
    const std::size_t n = std::size_t(std::max(0, limit));
    const auto top = [&](auto field) {
        std::vector<std::pair<ListenerId, int>> rows;
        rows.reserve(counts.size());
        for (const auto &[listener, c] : counts) {
            if (field(c) > 0)
                rows.emplace_back(listener, field(c));
        }
        // Descending count, then ascending id: a total order, so the list is deterministic.
        const auto before = [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        };
        const std::size_t keep = std::min(n, rows.size());
        std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(keep), rows.end(), before);
        rows.resize(keep);
        return rows;
    };
    lists.mostStreams = top([](const std::pair<int, int> &c) { return c.first; });
    lists.mostSkips = top([](const std::pair<int, int> &c) { return c.second; });

    lists.newest.reserve(counts.size());
    for (const auto &entry : counts)
        lists.newest.push_back(entry.first);
    const std::size_t keep = std::min(n, lists.newest.size());
    std::partial_sort(lists.newest.begin(), lists.newest.begin() + std::ptrdiff_t(keep),
        lists.newest.end(), std::greater<>());
    lists.newest.resize(keep);
    return lists;
}

} // namespace td::run
