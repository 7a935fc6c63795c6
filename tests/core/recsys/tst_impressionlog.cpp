// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/impressionlog.h"
#include "testevents.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::recsys;

/// The ranker's labelled rows (docs/pipeline.md, "Ranker"): a shown track becomes a row once
/// its session ends, labelled by whether it was streamed at the position it was shown at.
class TestImpressionLog : public QObject
{
    Q_OBJECT

    static events::Event at(TrackId t, events::Action a, int position)
    {
        events::Event e = test::makeEvent(0, t, a, 3, events::Surface::Home);
        e.position = std::uint16_t(position);
        return e;
    }

private slots:
    void labelsByTrackAndPosition()
    {
        ImpressionLog log;
        log.resize(1);
        for (TrackId t : { 5u, 6u, 7u }) {
            ImpressionLog::Shown s;
            s.track = t;
            s.position = std::uint16_t(t - 5);
            s.features[kFeatCf] = float(t);
            log.addShown(0, s);
        }
        // Track 5 shown and streamed; 6 shown, skipped; 7 queued but never shown (no row);
        // a stream of 6 at another position does not label the impression at position 1.
        const std::vector<events::Event> session { at(5, events::Action::Impression, 0),
            at(6, events::Action::Impression, 1), at(5, events::Action::Stream, 0),
            at(6, events::Action::Skip, 1), at(6, events::Action::Stream, 4) };
        log.labelSession(0, session.data(), session.size());
        log.endDay(3, 7);
        QCOMPARE(log.lastDayLabels(), (std::vector<float> { 1.0f, 0.0f }));
        const auto &rows = log.lastDayFeatures();
        QCOMPARE(rows.size(), std::size_t(2 * kFeatureCount));
        QCOMPARE(rows[kFeatCf], 5.0f);
        QCOMPARE(rows[kFeatureCount + kFeatCf], 6.0f);
        QCOMPARE(rows[kFeatureCount + kFeatPosition], std::log1p(1.0f));
    }

    // Slates and radio sessions reach position 999 (recommender.slate_size and
    // world.sessions.radio_max_tracks go to 1000). Issue 16: positions were kept in 8 bits,
    // clamped to 255, so every impression past 255 matched no event and the ranker lost it.
    void positionsPast255AreLabelled()
    {
        ImpressionLog log;
        log.resize(1);
        std::vector<events::Event> session;
        for (int position : { 254, 255, 256, 300, 999 }) {
            ImpressionLog::Shown s;
            s.track = TrackId(position);
            s.position = std::uint16_t(position);
            log.addShown(0, s);
            session.push_back(at(TrackId(position), events::Action::Impression, position));
            session.push_back(at(TrackId(position), events::Action::Stream, position));
        }
        log.labelSession(0, session.data(), session.size());
        log.endDay(3, 7);
        QCOMPARE(log.lastDayLabels(), std::vector<float>(5, 1.0f));
        QCOMPARE(log.lastDayFeatures()[4 * kFeatureCount + kFeatPosition], std::log1p(999.0f));
    }
};
TD_REGISTER_TEST(TestImpressionLog)

#include "tst_impressionlog.moc"
