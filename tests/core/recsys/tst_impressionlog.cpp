// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/impressionlog.h"
#include "recsys/pipeline/logisticranker.h"
#include "testevents.h"
#include "testregistry.h"

#include <QtTest>

#include <cmath>

using namespace td;
using namespace td::recsys;

namespace {

/// Collects the rows ImpressionLog::endDay() shows its reader, in the order shown.
struct DayRows
{
    std::vector<float> features, labels;
    ImpressionLog::RowReader reader()
    {
        return [this](const float *f, const float *y, std::size_t rows) {
            features.insert(features.end(), f, f + rows * kFeatureCount);
            labels.insert(labels.end(), y, y + rows);
        };
    }
};

} // namespace

/// The ranker's labelled rows (docs/pipeline.md, "Ranker"): a shown track becomes a row once
/// its session ends, labelled by whether it was streamed at the position it was shown at.
class TestImpressionLog : public QObject
{
    Q_OBJECT

private slots:
    // Issue 18 item 5: over many days the log holds only the training window, and the
    // per-listener buffers give their memory back at the end of each day (a busy first day
    // must not be paid for the rest of the run); the rows it trains on are those of a
    // reference that keeps every day and reads the last window_days of them.
    void staysBoundedAndKeepsTheWindowsRows()
    {
        constexpr int kWindow = 7;
        constexpr int kListeners = 3;
        ImpressionLog log;
        log.resize(kListeners);
        struct Row
        {
            Day day;
            float cf;
            float label;
        };
        std::vector<Row> every; // the unbounded reference: every row of the run
        for (Day day = 0; day < 40; ++day) {
            for (ListenerId l = 0; l < kListeners; ++l) {
                // Listener 0 is busy on day 0 (600 impressions, a long radio session's worth),
                // then light; the others vary from day to day, some days not at all.
                const int shown = l == 0 ? (day == 0 ? 600 : 2) : int((day * 7 + l * 3) % 5);
                std::vector<events::Event> session;
                for (int p = 0; p < shown; ++p) {
                    ImpressionLog::Shown s;
                    s.track = TrackId(100 + p);
                    s.position = std::uint16_t(p);
                    s.features[kFeatCf] = float(day * 1000 + int(l) * 100 + p);
                    log.addShown(l, s);
                    events::Event e = test::homeEventAt(s.track, events::Action::Impression, p);
                    e.listener = l;
                    session.push_back(e);
                    if ((p + day) % 3 == 0) {
                        e.action = events::Action::Stream;
                        session.push_back(e);
                    }
                    every.push_back({ day, s.features[kFeatCf], (p + day) % 3 == 0 ? 1.0f : 0.0f });
                }
                log.labelSession(l, session.data(), session.size());
            }
            log.endDay(day, kWindow, 1 << 20); // a budget no day reaches: every row kept
            QVERIFY(log.windowDayCount() <= std::size_t(kWindow));
            QCOMPARE(log.bufferedCapacity(), std::size_t(0));

            std::vector<float> features, labels;
            log.trainingRows(1 << 20, features, labels);
            std::vector<float> wantCf, wantLabels;
            for (const Row &r : every) {
                if (r.day > day - kWindow) {
                    wantCf.push_back(r.cf);
                    wantLabels.push_back(r.label);
                }
            }
            QCOMPARE(labels, wantLabels);
            QCOMPARE(features.size(), wantCf.size() * kFeatureCount);
            for (std::size_t r = 0; r < wantCf.size(); ++r)
                QCOMPARE(features[r * kFeatureCount + kFeatCf], wantCf[r]);
        }
        QCOMPARE(log.windowDayCount(), std::size_t(kWindow));
    }

    // Issue 18 item 5: the window keeps a sample of each day, maxRows / window_days rows at
    // most (every stride-th row of the day, stride = ceil(rows / budget)), so a full window
    // never holds more than the ranker reads and the ranker reads all of it. The policies'
    // daily learning still sees every row of the day until it is released.
    void windowKeepsAnEvenSampleOfEachDay()
    {
        constexpr int kWindow = 7;
        constexpr int kMaxRows = 70; // budget: 10 rows a day
        QCOMPARE(ImpressionLog::dailyRowBudget(kMaxRows, kWindow), std::size_t(10));
        QCOMPARE(ImpressionLog::dailyRowBudget(3, kWindow), std::size_t(1));
        ImpressionLog log;
        log.resize(1);
        // rows per day -> rows kept (cf feature = the row's index in its day)
        const std::vector<std::pair<int, std::vector<float>>> days {
            { 35, { 0, 4, 8, 12, 16, 20, 24, 28, 32 } }, // stride 4
            { 10, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 } }, // within budget: all
            { 11, { 0, 2, 4, 6, 8, 10 } }, // stride 2
            { 0, {} },
        };
        std::vector<float> wantWindow;
        for (Day day = 0; day < 20; ++day) {
            const auto &[rows, kept] = days[std::size_t(day) % days.size()];
            std::vector<events::Event> session;
            for (int r = 0; r < rows; ++r) {
                ImpressionLog::Shown s;
                s.track = TrackId(r);
                s.position = std::uint16_t(r);
                s.features[kFeatCf] = float(r);
                log.addShown(0, s);
                session.push_back(test::homeEventAt(s.track, events::Action::Impression, r));
            }
            log.labelSession(0, session.data(), session.size());
            DayRows read;
            log.endDay(day, kWindow, kMaxRows, read.reader());
            QCOMPARE(read.labels.size(), std::size_t(rows));
            QCOMPARE(read.features.size(), std::size_t(rows) * kFeatureCount);

            // The reference: the kept rows of the last kWindow days, oldest first.
            wantWindow.clear();
            for (Day d = std::max<Day>(0, day - kWindow + 1); d <= day; ++d) {
                const auto &dayKept = days[std::size_t(d) % days.size()].second;
                wantWindow.insert(wantWindow.end(), dayKept.begin(), dayKept.end());
            }
            QCOMPARE(log.windowRowCount(), wantWindow.size());
            QVERIFY(log.windowRowCount() <= std::size_t(kMaxRows));
            std::vector<float> features, labels;
            log.trainingRows(kMaxRows, features, labels);
            QCOMPARE(labels.size(), wantWindow.size()); // all of it: no second subsample
            for (std::size_t r = 0; r < wantWindow.size(); ++r)
                QCOMPARE(features[r * kFeatureCount + kFeatCf], wantWindow[r]);
        }
    }

    // The day's rows are read per listener, in listener order, and the window's sample takes
    // every stride-th row of the whole day, counted across listeners (hand-computed: 5 + 0 + 7
    // rows, budget 3 a day, stride ceil(12 / 3) = 4: the day's rows 0, 4 and 8, i.e. listener
    // 0's rows 0 and 4 and listener 2's row 3).
    void theDailySampleStridesAcrossListeners()
    {
        ImpressionLog log;
        log.resize(3);
        const std::array<int, 3> rowsOf { 5, 0, 7 };
        for (ListenerId l = 0; l < 3; ++l) {
            std::vector<events::Event> session;
            for (int r = 0; r < rowsOf[l]; ++r) {
                ImpressionLog::Shown s;
                s.track = TrackId(r);
                s.position = std::uint16_t(r);
                s.features[kFeatCf] = float(100 * int(l) + r); // listener and row
                log.addShown(l, s);
                session.push_back(test::homeEventAt(s.track, events::Action::Impression, r));
            }
            log.labelSession(l, session.data(), session.size());
        }
        std::vector<std::size_t> readSizes;
        std::vector<float> readCf;
        log.endDay(0, 1, 3, [&](const float *features, const float *, std::size_t rows) {
            readSizes.push_back(rows);
            for (std::size_t r = 0; r < rows; ++r)
                readCf.push_back(features[r * kFeatureCount + kFeatCf]);
        });
        QCOMPARE(readSizes, (std::vector<std::size_t> { 5, 7 })); // empty listeners skipped
        QCOMPARE(readCf, (std::vector<float> { 0, 1, 2, 3, 4, 200, 201, 202, 203, 204, 205, 206 }));
        std::vector<float> features, labels;
        log.trainingRows(1000, features, labels);
        std::vector<float> sampled;
        for (std::size_t r = 0; r < labels.size(); ++r)
            sampled.push_back(features[r * kFeatureCount + kFeatCf]);
        QCOMPARE(sampled, (std::vector<float> { 0, 4, 203 }));
        QCOMPARE(log.bufferedCapacity(), std::size_t(0));
    }

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
        const std::vector<events::Event> session { test::homeEventAt(
                                                       5, events::Action::Impression, 0),
            test::homeEventAt(6, events::Action::Impression, 1),
            test::homeEventAt(5, events::Action::Stream, 0),
            test::homeEventAt(6, events::Action::Skip, 1),
            test::homeEventAt(6, events::Action::Stream, 4) };
        log.labelSession(0, session.data(), session.size());
        DayRows read;
        log.endDay(3, 7, 1000, read.reader());
        QCOMPARE(read.labels, (std::vector<float> { 1.0f, 0.0f }));
        const auto &rows = read.features;
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
            session.push_back(
                test::homeEventAt(TrackId(position), events::Action::Impression, position));
            session.push_back(
                test::homeEventAt(TrackId(position), events::Action::Stream, position));
        }
        log.labelSession(0, session.data(), session.size());
        DayRows read;
        log.endDay(3, 7, 1000, read.reader());
        QCOMPARE(read.labels, std::vector<float>(5, 1.0f));
        QCOMPARE(read.features[4 * kFeatureCount + kFeatPosition], std::log1p(999.0f));
    }

    void ipsWeightsAreClippedInversePropensities()
    {
        std::vector<float> w;
        ipsWeights({ 1.0f, 0.5f, 0.25f, 0.01f, 0.0f }, 10.0, w);
        QCOMPARE(w, (std::vector<float> { 1.0f, 2.0f, 4.0f, 10.0f, 10.0f }));
        ipsWeights({ 0.01f }, 1000.0, w);
        QCOMPARE(w, (std::vector<float> { 100.0f }));
        ipsWeights({ 0.01f, 0.5f }, 1.0, w); // clip 1: every row weighs 1 (unweighted)
        QCOMPARE(w, (std::vector<float> { 1.0f, 1.0f }));
    }

    // Counterfactual training end to end on a hand-computable log: one binary feature
    // (novel), l2 = 0. The weighted maximum-likelihood logistic fit with an intercept and one
    // binary feature predicts, in each feature group, the weighted share of positives, so
    //   novel = 0: streamed at p = 0.01 (weight min(100, 10) = 10), skipped at p = 0.5 (2) and
    //              p = 1 (1): logit = log(10 / 3)   (unweighted: log(1 / 2))
    //   novel = 1: streamed at p = 1 (1), skipped at p = 0.25 (4): logit = log(1 / 4)
    //              (unweighted: log(1 / 1) = 0).
    void rankerFitsTheClippedIpsWeightedLikelihood()
    {
        ImpressionLog log;
        log.resize(1);
        struct Row
        {
            TrackId track;
            float novel;
            float propensity;
            bool streamed;
        };
        const std::vector<Row> rows { { 1, 0.0f, 0.01f, true }, { 2, 0.0f, 0.5f, false },
            { 3, 0.0f, 1.0f, false }, { 4, 1.0f, 1.0f, true }, { 5, 1.0f, 0.25f, false } };
        std::vector<events::Event> session;
        for (const Row &r : rows) {
            ImpressionLog::Shown s;
            s.track = r.track;
            s.position = 0; // the position feature stays constant (log1p 0)
            s.features[kFeatNovel] = r.novel;
            s.propensity = r.propensity;
            log.addShown(0, s);
            session.push_back(test::homeEventAt(r.track, events::Action::Impression, 0));
            if (r.streamed)
                session.push_back(test::homeEventAt(r.track, events::Action::Stream, 0));
        }
        log.labelSession(0, session.data(), session.size());
        log.endDay(3, 7, 1000);
        std::vector<float> features, labels, propensities, weights;
        log.trainingRows(1000, features, labels, &propensities);
        QCOMPARE(propensities, (std::vector<float> { 0.01f, 0.5f, 1.0f, 1.0f, 0.25f }));
        ipsWeights(propensities, 10.0, weights);
        QCOMPARE(weights, (std::vector<float> { 10.0f, 2.0f, 1.0f, 1.0f, 4.0f }));
        std::array<float, kFeatureCount> old {}, fresh {};
        fresh[kFeatNovel] = 1.0f;

        LogisticRanker weighted;
        QVERIFY(weighted.train(features, kFeatureCount, labels, weights, 0.0, 50));
        QVERIFY(std::abs(weighted.logit(old.data()) - std::log(10.0 / 3.0)) < 1e-6);
        QVERIFY(std::abs(weighted.logit(fresh.data()) - std::log(1.0 / 4.0)) < 1e-6);
        LogisticRanker plain;
        QVERIFY(plain.train(features, kFeatureCount, labels, {}, 0.0, 50));
        QVERIFY(std::abs(plain.logit(old.data()) - std::log(1.0 / 2.0)) < 1e-6);
        QVERIFY(std::abs(plain.logit(fresh.data())) < 1e-6);
    }
};
TD_REGISTER_TEST(TestImpressionLog)

#include "tst_impressionlog.moc"
