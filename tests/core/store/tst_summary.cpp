// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Summaries over a window of days and paired differences (core/store/sweep/summary.h,
// pairedsummary.h) on databases of hand-made runs whose every number is known, and the
// refusals of bad days and bad reference points. The one-day summary and merged shards:
// tst_merge.cpp; through the CLI: tst_storecli.cpp.
#include "testregistry.h"

#include "store/runrecorder.h"
#include "store/sweep/summary.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace td;

namespace {

/// t(0.975, 2) by hand: Student's t with ν = 2 has the CDF F(t) = ½ + t / (2 √(t² + 2)).
/// F(t) = 0.975 gives t / √(t² + 2) = 0.95, t² = 0.9025 (t² + 2), t² = 1.805 / 0.0975, so
/// t = √18.512820513 = 4.30265273.
const double kT2 = std::sqrt(1.805 / 0.0975);

/// One hand-made run: a grid point of sweep "s", a seed, and a value per metric and day
/// (NaN = undefined that day).
struct HandRun
{
    std::string gridPoint; ///< canonical JSON; empty = a run outside sweeps
    std::uint64_t seed = 1;
    int days = 4;
    std::function<double(const std::string &metric, int day)> value;
};

/// Writes the runs into a new store at `file` (through RunRecorder, as a sweep would).
void writeRuns(const std::string &file, const std::vector<HandRun> &runs)
{
    store::RunStore db(file);
    long long item = 0;
    for (const HandRun &h : runs) {
        store::NewRun run;
        run.name = "hand";
        run.scenarioJson = "{}";
        run.seed = h.seed;
        run.daysTotal = h.days;
        run.modelVersion = 1;
        if (!h.gridPoint.empty()) {
            run.sweepId = "s";
            run.sweepDefinition = "{}";
            run.sweepItem = item++;
            run.gridPoint = h.gridPoint;
        }
        store::RunRecorder recorder(db, run);
        for (int d = 0; d < h.days; ++d) {
            store::DayRecord record;
            record.metrics.day = d;
            for (const char *m : { "streams", "skip_rate" })
                record.metrics.set(m, h.value(m, d));
            recorder.writeDay(record);
        }
        recorder.finish();
    }
}

/// Point a, seed s, day d: streams 10 s + d; point b: the same + δ(s), δ = 2, 4, 9 for seeds
/// 1, 2, 3; skip_rate 0.1 s + 0.01 d, undefined on day 2 of (a, seed 2).
double handValue(char point, std::uint64_t seed, const std::string &metric, int day)
{
    const double s = double(seed);
    if (metric == "skip_rate")
        return point == 'a' && seed == 2 && day == 2 ? std::nan("") : 0.1 * s + 0.01 * day;
    const double delta = seed == 1 ? 2.0 : seed == 2 ? 4.0 : 9.0;
    return 10.0 * s + day + (point == 'b' ? delta : 0.0);
}

const std::string kPointA = R"({"k":"a","x":0.5})";
const std::string kPointB = R"({"k":"b","x":0.5})";

std::vector<HandRun> handSweep(int daysOfB3 = 4)
{
    std::vector<HandRun> runs;
    for (char point : { 'a', 'b' })
        for (std::uint64_t seed : { 1, 2, 3 }) {
            HandRun h;
            h.gridPoint = point == 'a' ? kPointA : kPointB;
            h.seed = seed;
            h.days = point == 'b' && seed == 3 ? daysOfB3 : 4;
            h.value = [point, seed](
                          const std::string &m, int d) { return handValue(point, seed, m, d); };
            runs.push_back(h);
        }
    return runs;
}

/// The summary as rows of cells by column name (no cell of these holds a comma except the
/// reference, which the paired tests read by position).
struct Table
{
    QStringList header;
    std::vector<QStringList> rows;
    double at(std::size_t row, const char *column) const
    {
        const int i = int(header.indexOf(QLatin1String(column)));
        return i < 0 ? std::nan("") : rows.at(row).at(i).toDouble();
    }
    QString cell(std::size_t row, const char *column) const
    {
        const int i = int(header.indexOf(QLatin1String(column)));
        return i < 0 ? QStringLiteral("<no column>") : rows.at(row).at(i);
    }
};

Table parse(const std::string &csv)
{
    // The reference cell is "{""k"":""a"",""x"":0.5}": fold it into one cell.
    QString text = QString::fromStdString(csv);
    text.replace(QRegularExpression(QStringLiteral("\"\\{[^\\n]*?\\}\"")), QStringLiteral("REF"));
    Table t;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    t.header = lines.value(0).split(QLatin1Char(','));
    for (int i = 1; i < lines.size(); ++i) {
        t.rows.push_back(lines[i].split(QLatin1Char(',')));
        if (t.rows.back().size() != t.header.size())
            qWarning("row %d has %lld cells, the header %lld", i, (long long)t.rows.back().size(),
                (long long)t.header.size());
    }
    return t;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string file(const char *name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }
    std::string summarize(const char *db, const store::SummaryOptions &options,
        std::vector<std::string> *notes = nullptr) const
    {
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        const store::RunStore store(file(db), readOnly);
        return store::summaryCsv(store, options, notes);
    }
    /// The message of the StoreError summaryCsv throws (BadRequest), or "" if none.
    QString refusal(const char *db, const store::SummaryOptions &options) const
    {
        try {
            summarize(db, options);
        } catch (const store::StoreError &e) {
            if (!e.isBadInput())
                return QStringLiteral("not bad input: ") + QString::fromUtf8(e.what());
            return QString::fromUtf8(e.what());
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeRuns(file("hand.sqlite"), handSweep());
        writeRuns(file("short.sqlite"), handSweep(3)); // (b, seed 3) stops after day 2
    }

    /// Window 1..3. Point a, seed s: Σ streams = 30 s + 6 = 36, 66, 96: mean 66, sd 30, half
    /// width t(0.975, 2)·30/√3; mean per day 10 s + 2 = 12, 22, 32: mean 22, sd 10. skip_rate
    /// is undefined on one day of seed 2: its sum counts 2 runs, its mean per day 3.
    void windowSumsAndMeansByHand()
    {
        store::SummaryOptions options;
        options.metrics = { "streams", "skip_rate" };
        options.fromDay = 1;
        options.toDay = 3;
        const Table t = parse(summarize("hand.sqlite", options));
        QCOMPARE(t.header.mid(0, 5),
            QStringList({ QStringLiteral("sweep"), QStringLiteral("k"), QStringLiteral("x"),
                QStringLiteral("from_day"), QStringLiteral("to_day") }));
        QCOMPARE(t.header.mid(5, 7),
            QStringList({ QStringLiteral("runs"), QStringLiteral("streams_sum_n"),
                QStringLiteral("streams_sum_mean"), QStringLiteral("streams_sum_sd"),
                QStringLiteral("streams_sum_ci95_low"), QStringLiteral("streams_sum_ci95_high"),
                QStringLiteral("streams_daymean_n") }));
        QCOMPARE(t.rows.size(), std::size_t(2));
        QCOMPARE(t.cell(0, "k"), QStringLiteral("a"));
        QCOMPARE(t.cell(0, "from_day"), QStringLiteral("1"));
        QCOMPARE(t.cell(0, "to_day"), QStringLiteral("3"));
        QCOMPARE(t.at(0, "streams_sum_n"), 3.0);
        QCOMPARE(t.at(0, "streams_sum_mean"), 66.0);
        QCOMPARE(t.at(0, "streams_sum_sd"), 30.0);
        const double half = kT2 * 30.0 / std::sqrt(3.0);
        QVERIFY(near(t.at(0, "streams_sum_ci95_low"), 66.0 - half));
        QVERIFY(near(t.at(0, "streams_sum_ci95_high"), 66.0 + half));
        QCOMPARE(t.at(0, "streams_daymean_mean"), 22.0);
        QCOMPARE(t.at(0, "streams_daymean_sd"), 10.0);
        QVERIFY(near(t.at(0, "streams_daymean_ci95_high"), 22.0 + kT2 * 10.0 / std::sqrt(3.0)));
        QCOMPARE(t.at(0, "skip_rate_sum_n"), 2.0);
        QCOMPARE(t.at(0, "skip_rate_daymean_n"), 3.0);
        // Seeds 1 and 3: Σ over days 1..3 of 0.1 s + 0.01 d = 0.3 s + 0.06 = 0.36, 0.96.
        QVERIFY(near(t.at(0, "skip_rate_sum_mean"), (0.36 + 0.96) / 2.0));
        // Point b: Σ streams = 30 s + 6 + 3 δ = 42, 78, 123.
        QVERIFY(near(t.at(1, "streams_sum_mean"), (42.0 + 78.0 + 123.0) / 3.0));

        // --from-day alone ends on the last stored day; --to-day alone starts at day 0.
        options.toDay.reset();
        options.fromDay = 2;
        Table part = parse(summarize("hand.sqlite", options));
        QCOMPARE(part.cell(0, "to_day"), QStringLiteral("3"));
        QCOMPARE(part.at(0, "streams_sum_mean"), 20.0 * 2.0 + 5.0); // mean of 20 s + 5
        options.fromDay.reset();
        options.toDay = 0;
        part = parse(summarize("hand.sqlite", options));
        QCOMPARE(part.cell(0, "from_day"), QStringLiteral("0"));
        QCOMPARE(part.at(0, "streams_sum_mean"), 20.0); // day 0 alone: 10 s
    }

    /// Paired against point a, seed by seed. The difference b − a is δ = 2, 4, 9 on every day:
    /// mean 5, deviations −3, −1, 4, sd = √(26/2) = √13, half width t(0.975, 2)·√13/√3. Over
    /// the window 1..3 the sums differ by 3δ (mean 15, sd 3√13) and the means per day by δ.
    void pairedDifferencesByHand()
    {
        store::SummaryOptions options;
        options.metrics = { "streams" };
        options.paired = "k=a,x=0.50"; // 0.50 matches the stored 0.5 as a number
        Table t = parse(summarize("hand.sqlite", options));
        QCOMPARE(t.header,
            QStringList({ QStringLiteral("sweep"), QStringLiteral("k"), QStringLiteral("x"),
                QStringLiteral("reference"), QStringLiteral("day"), QStringLiteral("runs"),
                QStringLiteral("streams_diff_n"), QStringLiteral("streams_diff_mean"),
                QStringLiteral("streams_diff_sd"), QStringLiteral("streams_diff_ci95_low"),
                QStringLiteral("streams_diff_ci95_high") }));
        QCOMPARE(t.rows.size(), std::size_t(1)); // b only: the reference has no row
        QCOMPARE(t.cell(0, "k"), QStringLiteral("b"));
        QCOMPARE(t.cell(0, "day"), QStringLiteral("3"));
        QCOMPARE(t.at(0, "streams_diff_n"), 3.0);
        QCOMPARE(t.at(0, "streams_diff_mean"), 5.0);
        QVERIFY(near(t.at(0, "streams_diff_sd"), std::sqrt(13.0)));
        const double half = kT2 * std::sqrt(13.0) / std::sqrt(3.0);
        QVERIFY(near(t.at(0, "streams_diff_ci95_low"), 5.0 - half));
        QVERIFY(near(t.at(0, "streams_diff_ci95_high"), 5.0 + half));
        // The reference column is the canonical grid point, quoted (RFC 4180).
        QVERIFY(summarize("hand.sqlite", options).find(R"("{""k"":""a"",""x"":0.5}")")
            != std::string::npos);

        options.fromDay = 1;
        options.toDay = 3;
        t = parse(summarize("hand.sqlite", options));
        QCOMPARE(t.at(0, "streams_sum_diff_mean"), 15.0);
        QVERIFY(near(t.at(0, "streams_sum_diff_sd"), 3.0 * std::sqrt(13.0)));
        QVERIFY(near(t.at(0, "streams_sum_diff_ci95_high"), 15.0 + 3.0 * half));
        QCOMPARE(t.at(0, "streams_daymean_diff_mean"), 5.0);
        QVERIFY(near(t.at(0, "streams_daymean_diff_ci95_low"), 5.0 - half));

        // Against b, the differences change sign.
        options.paired = "k=b";
        t = parse(summarize("hand.sqlite", options));
        QCOMPARE(t.cell(0, "k"), QStringLiteral("a"));
        QCOMPARE(t.at(0, "streams_daymean_diff_mean"), -5.0);
    }

    /// A run that stops early takes its pair out of every statistic of the days it lacks.
    void shortRunsLeaveTheirPairOut()
    {
        store::SummaryOptions options;
        options.metrics = { "streams" };
        options.paired = "k=a";
        Table t = parse(summarize("short.sqlite", options));
        QCOMPARE(t.cell(0, "day"), QStringLiteral("3"));
        QCOMPARE(t.at(0, "runs"), 3.0);
        QCOMPARE(t.at(0, "streams_diff_n"), 2.0); // seeds 1, 2: δ = 2, 4
        QCOMPARE(t.at(0, "streams_diff_mean"), 3.0);
        options.day = 2; // seed 3 reached day 2
        t = parse(summarize("short.sqlite", options));
        QCOMPARE(t.at(0, "streams_diff_n"), 3.0);
        options.day.reset();
        options.paired.clear();
        options.fromDay = 1;
        t = parse(summarize("short.sqlite", options));
        QCOMPARE(t.at(1, "streams_sum_n"), 2.0);
    }

    void badDaysAreRefused_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("fromDay"); // -2 = not given
        QTest::addColumn<int>("toDay");
        QTest::addColumn<QString>("message");
        QTest::newRow("window backwards")
            << -2 << 3 << 1
            << "--from-day: day 3 is after --to-day 1 (the window is from-day .. to-day, both "
               "included)";
        QTest::newRow("to-day beyond") << -2 << 0 << 4 << "--to-day: day 4 is beyond the runs";
        QTest::newRow("from-day beyond") << -2 << 9 << -2 << "--from-day: day 9 is beyond";
        QTest::newRow("day beyond") << 4 << -2 << -2 << "--day: day 4 is beyond the runs";
        QTest::newRow("day and window") << 1 << 0 << -2 << "--day and --from-day/--to-day";
        QTest::newRow("negative") << -2 << -1 << -2 << "--from-day: expected a day number >= 0";
    }
    void badDaysAreRefused()
    {
        QFETCH(int, day);
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        QFETCH(QString, message);
        store::SummaryOptions options;
        if (day != -2)
            options.day = day;
        if (fromDay != -2)
            options.fromDay = fromDay;
        if (toDay != -2)
            options.toDay = toDay;
        const QString got = refusal("hand.sqlite", options);
        QVERIFY2(got.startsWith(message), qPrintable(got));
    }

    void badReferencesAreRefused_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such value")
            << "k=c"
            << R"(--paired: no grid point in '*' matches 'k=c'; its grid points: {"k":"a","x":0.5}, {"k":"b","x":0.5})";
        QTest::newRow("ambiguous")
            << "x=0.5"
            << R"(--paired: 'x=0.5' matches 2 grid points of sweep s: {"k":"a","x":0.5}, {"k":"b","x":0.5}; give a value for every grid field that differs)";
        QTest::newRow("unknown field")
            << "kind=a"
            << "--paired: 'kind' is not a grid field of the sweeps in '*' (grid fields: k, x)";
        QTest::newRow("no =")
            << "k"
            << "--paired: expected PATH=VALUE[,PATH=VALUE...] over the grid fields (k, x), got 'k'";
        QTest::newRow("twice") << "k=a,k=b"
                               << "--paired: 'k' is given twice in 'k=a,k=b'";
    }
    void badReferencesAreRefused()
    {
        QFETCH(QString, point);
        QFETCH(QString, message);
        store::SummaryOptions options;
        options.paired = point.toStdString();
        message.replace(QLatin1Char('*'), QString::fromStdString(file("hand.sqlite")));
        QCOMPARE(refusal("hand.sqlite", options), message);
    }

    /// Seeds must pair up: the missing ones are named, either way round; two runs of one seed
    /// in a point cannot pair.
    void mismatchedSeedsAreRefused()
    {
        std::vector<HandRun> runs = handSweep();
        runs.erase(runs.begin() + 5); // (b, seed 3)
        writeRuns(file("lacks.sqlite"), runs);
        store::SummaryOptions options;
        options.paired = "k=a";
        QCOMPARE(refusal("lacks.sqlite", options),
            QStringLiteral(
                R"(--paired: seeds do not match: grid point {"k":"b","x":0.5} of sweep s has no run of seed 3, which the reference {"k":"a","x":0.5} has (run the missing seeds, or merge their shard))"));
        options.paired = "k=b";
        QCOMPARE(refusal("lacks.sqlite", options),
            QStringLiteral(
                R"(--paired: seeds do not match: the reference {"k":"b","x":0.5} has no run of seed 3, which grid point {"k":"a","x":0.5} of sweep s has (run the missing seeds, or merge their shard))"));

        runs = handSweep();
        runs[5].seed = 2; // b has seed 2 twice
        writeRuns(file("twice.sqlite"), runs);
        options.paired = "k=a";
        QCOMPARE(refusal("twice.sqlite", options),
            QStringLiteral(
                R"(--paired: grid point {"k":"b","x":0.5} of sweep s has more than one run of seed 2: pairing needs one run per seed)"));
    }

    /// Runs outside sweeps have no grid point to pair with: left out, with a note; the paired
    /// rows are unchanged by them.
    void runsWithoutTheReferenceAreLeftOutWithANote()
    {
        std::vector<HandRun> runs = handSweep();
        HandRun plain;
        plain.value = [](const std::string &, int d) { return double(d); };
        runs.push_back(plain);
        writeRuns(file("mixed.sqlite"), runs);
        store::SummaryOptions options;
        options.metrics = { "streams" };
        options.paired = "k=a";
        std::vector<std::string> notes;
        const std::string mixed = summarize("mixed.sqlite", options, &notes);
        QCOMPARE(notes.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(notes[0]),
            QStringLiteral("the runs outside sweeps are left out of the paired summary (they "
                           "have no grid point to pair with)"));
        QCOMPARE(mixed, summarize("hand.sqlite", options));
    }
};

TD_REGISTER_TEST(TestSummary)
#include "tst_summary.moc"
