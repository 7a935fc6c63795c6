// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// tastedrift-cli as a user runs it (docs/cli.md): exit codes, one-line errors, outputs.
#include "clirun.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using td::clirun::Result;
using td::clirun::runCli;

QStringList args(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_tiny;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    /// "@tiny" -> the path of tiny.json in the test folder (also inside messages).
    QString resolve(QString text) const
    {
        for (const char *name : { "tiny", "broken", "range", "dupkey", "underflow", "overflow" })
            text.replace(QLatin1Char('@') + QLatin1String(name),
                m_dir.filePath(QLatin1String(name) + QLatin1String(".json")));
        return text;
    }
    void write(const QString &file, const QByteArray &text)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tiny = path("tiny.json");
        write(m_tiny,
            R"({"title": "tiny", "run": {"days": 5},
                "world": {"listeners": {"count": 600, "arrivals_per_day": 1},
                          "catalog": {"tracks": 300, "genres": 4}}})");
        write(path("broken.json"), "{\n  \"run\": {\"days\": 3,}\n}\n");
        write(path("range.json"), R"({"world": {"listeners": {"count": -5}}})");
        write(path("dupkey.json"),
            "{\"world\": {\n  \"listeners\": {\"count\": 50},\n  \"catalog\": {}, "
            "\"listeners\": {\"arrivals_per_day\": 0}}}\n");
        write(path("underflow.json"), R"({"world": {"sessions": {"home_weight": 1e-400}}})");
        write(path("overflow.json"), R"({"world": {"sessions": {"home_weight": 2.5e400}}})");
    }

    void usageErrors_data()
    {
        // Arguments "@tiny" and "@broken" stand for files written by initTestCase().
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message"); // all of stderr, one line
        // clang-format off
        QTest::newRow("no command") << args({}) << QString();
        QTest::newRow("unknown command") << args({ "fly" }) << "tastedrift-cli: unknown command 'fly'; commands: run, schema*";
        QTest::newRow("missing scenario") << args({ "run" }) << "tastedrift-cli run: missing SCENARIO.json (see 'tastedrift-cli run --help')";
        QTest::newRow("missing file") << args({ "run", "/nonexistent/s.json" }) << "tastedrift-cli run: cannot open scenario file '/nonexistent/s.json': No such file or directory";
        QTest::newRow("malformed JSON") << args({ "run", "@broken" }) << "tastedrift-cli run: @broken:2:";
        QTest::newRow("invalid field") << args({ "run", "@range" }) << "tastedrift-cli run: @range: world.listeners.count: must be >= 1, got -5";
        QTest::newRow("unknown flag") << args({ "run", "@tiny", "--bogus" }) << "tastedrift-cli run: unknown option '--bogus' (see 'tastedrift-cli run --help')";
        QTest::newRow("missing flag value") << args({ "run", "@tiny", "--days" }) << "tastedrift-cli run: option '--days' needs a value (N) (see 'tastedrift-cli run --help')";
        QTest::newRow("flag given twice") << args({ "run", "@tiny", "--days", "2", "--days", "3" }) << "tastedrift-cli run: option '--days' given twice (see 'tastedrift-cli run --help')";
        QTest::newRow("days 0") << args({ "run", "@tiny", "--days", "0" }) << "tastedrift-cli run: --days: must be >= 1, got 0";
        QTest::newRow("days abc") << args({ "run", "@tiny", "--days=abc" }) << "tastedrift-cli run: --days: expected an integer, got \"abc\"";
        QTest::newRow("seed negative") << args({ "run", "@tiny", "--seed", "-3" }) << "tastedrift-cli run: --seed: expected an unsigned 64-bit integer, got \"-3\"";
        QTest::newRow("threads -1") << args({ "run", "@tiny", "--threads", "-1" }) << "tastedrift-cli run: --threads: expected a whole number from 0 (all cores) to 1024, got '-1'";
        QTest::newRow("threads x") << args({ "run", "@tiny", "--threads", "x" }) << "tastedrift-cli run: --threads: expected a whole number from 0 (all cores) to 1024, got 'x'";
        QTest::newRow("set unknown field") << args({ "run", "@tiny", "--set", "world.listeners.colour=red" }) << "tastedrift-cli run: --set: world.listeners.colour: unknown field";
        QTest::newRow("set bad value") << args({ "run", "@tiny", "--set", "world.listeners.count=-5" }) << "tastedrift-cli run: --set: world.listeners.count: must be >= 1, got -5";
        QTest::newRow("set without =") << args({ "run", "@tiny", "--set", "world.listeners.count" }) << "tastedrift-cli run: --set: expected PATH=VALUE, got 'world.listeners.count'";
        QTest::newRow("cross rule after overrides") << args({ "run", "@tiny", "--set", "recommender.slate_size=301" }) << "tastedrift-cli run: @tiny with the command-line overrides: world.catalog.tracks: must be >= recommender.slate_size (301), got 300";
        // Issue 16, item 7: a repeated key silently dropped the first object's settings.
        QTest::newRow("duplicate key") << args({ "run", "@dupkey" }) << "tastedrift-cli run: @dupkey:3:18: world.listeners: given twice (first on line 2); each key may appear only once in an object";
        // Item 14: 1e-400 is a number, only too small for a double.
        QTest::newRow("underflowing number") << args({ "run", "@tiny", "--set", "world.sessions.home_weight=1e-400" }) << "tastedrift-cli run: --set: world.sessions.home_weight: 1e-400 is too close to 0 for a number: a double underflows to 0 below about 4.9e-324 (write 0 if 0 is meant)";
        QTest::newRow("underflowing number in the file") << args({ "run", "@underflow" }) << "tastedrift-cli run: @underflow:1:40: 1e-400 is too close to 0 for a number: a double underflows to 0 below about 4.9e-324 (write 0 if 0 is meant)";
        QTest::newRow("overflowing number in the file") << args({ "run", "@overflow" }) << "tastedrift-cli run: @overflow:1:40: 2.5e400 is too large for a number: a double holds at most about 1.8e308";
        // Item 14: no "did you mean 'schedule'?" for schedule itself.
        QTest::newRow("set schedule") << args({ "run", "@tiny", "--set", "schedule=[]" }) << "tastedrift-cli run: --set: schedule: is the list of dated events, not a field: it cannot be set from the command line; write it in the scenario file (docs/scenario.md, Schedule)";
        // Item 14: two outputs naming one file overwrote each other.
        QTest::newRow("csv and json one file") << args({ "run", "@tiny", "--csv", "same.out", "--json", "./same.out" }) << "tastedrift-cli run: --csv and --json name the same file './same.out'; give each output its own file";
        QTest::newRow("cohorts and csv one file") << args({ "run", "@tiny", "--csv", "same.out", "--cohorts", "same.out" }) << "tastedrift-cli run: --csv and --cohorts name the same file 'same.out'; give each output its own file";
        // Item 5: /dev/zero was read until the process was killed.
        QTest::newRow("endless scenario file") << args({ "run", "/dev/zero" }) << "tastedrift-cli run: scenario file '/dev/zero' is larger than 16 MiB; a scenario is a few KiB of JSON (is this the right file?)";
        QTest::newRow("extra argument") << args({ "run", "@tiny", "other.json" }) << "tastedrift-cli run: unexpected argument 'other.json' (see 'tastedrift-cli run --help')";
        QTest::newRow("both to stdout") << args({ "run", "@tiny", "--csv", "-", "--json", "-" }) << "tastedrift-cli run: --csv and --json cannot both write to standard output";
        QTest::newRow("quiet takes no value") << args({ "run", "@tiny", "--quiet=yes" }) << "tastedrift-cli run: option '--quiet' takes no value (see 'tastedrift-cli run --help')";
        QTest::newRow("cohort-by unknown") << args({ "run", "@tiny", "--cohorts", "c.csv", "--cohort-by", "nope" }) << "tastedrift-cli run: --cohort-by: expected 'signup' or 'novelty_appetite', got 'nope'";
        QTest::newRow("cohort-by without cohorts") << args({ "run", "@tiny", "--cohort-by", "novelty_appetite" }) << "tastedrift-cli run: --cohort-by needs --cohorts FILE";
        QTest::newRow("schema bad flag") << args({ "schema", "--md" }) << "tastedrift-cli schema: unknown option '--md' (see 'tastedrift-cli schema --help')";
        QTest::newRow("schema two outputs") << args({ "schema", "--markdown", "--qt-strings" }) << "tastedrift-cli schema: --markdown, --qt-strings and --qt-preset-strings exclude each other";
        QTest::newRow("schema presets: no folder") << args({ "schema", "--qt-preset-strings", "/nonexistent/presets" }) << "tastedrift-cli schema: --qt-preset-strings: no folder '/nonexistent/presets'";
        // clang-format on
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &a : args)
            a = resolve(a);
        message = resolve(message);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        if (message.isEmpty()) { // usage text
            QVERIFY(err.contains(QLatin1String("Usage: tastedrift-cli")));
            return;
        }
        QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1,
            qPrintable(err)); // exactly one line
        if (message.endsWith(QLatin1Char(':'))) // malformed JSON: Qt's own wording follows
            QVERIFY2(err.startsWith(message), qPrintable(err));
        else if (message.endsWith(QLatin1Char('*'))) // more commands may be built in
            QVERIFY2(err.startsWith(message.chopped(1)), qPrintable(err));
        else
            QCOMPARE(err.trimmed(), message);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top") << args({ "--help" }) << "schema";
        QTest::newRow("run") << args({ "run", "--help" }) << "--threads T";
        QTest::newRow("help run") << args({ "help", "run" }) << "--set PATH=VALUE";
        QTest::newRow("schema") << args({ "schema", "-h" }) << "--markdown";
    }
    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(mentions), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }

    void schemaPrintsTheDefaultScenario()
    {
        const Result r = runCli({ QStringLiteral("schema") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.toStdString(), td::sim::scenarioToJson(td::sim::Scenario()));
        const Result md = runCli({ QStringLiteral("schema"), QStringLiteral("--markdown") });
        QCOMPARE(md.exitCode, 0);
        QCOMPARE(md.out, readAll(QStringLiteral(TD_SOURCE_DIR "/docs/scenario.md")));
        // The GUI's translation source (tst_ui checks that the checked-in file is this output).
        const Result qt = runCli({ QStringLiteral("schema"), QStringLiteral("--qt-strings") });
        QCOMPARE(qt.exitCode, 0);
        QVERIFY(qt.out.contains(
            R"({ "td::ScenarioSchema", QT_TRANSLATE_NOOP("td::ScenarioSchema", "Arrivals per day") },)"));
        QVERIFY(
            qt.out.contains(R"(QT_TRANSLATE_NOOP("td::MetricCatalog", "mean plays per session"))"));
        // The presets' titles and lesson steps (tst_ui compares ui/presettextstable.cpp).
        const Result presets = runCli({ QStringLiteral("schema"),
            QStringLiteral("--qt-preset-strings"), QStringLiteral(TD_SOURCE_DIR "/scenarios") });
        QCOMPARE(presets.exitCode, 0);
        QCOMPARE(presets.out, readAll(QStringLiteral(TD_SOURCE_DIR "/ui/presettextstable.cpp")));
        QVERIFY(presets.out.contains(R"(QT_TRANSLATE_NOOP("td::Presets", "Filter bubble"))"));
    }

    void runWritesCsvAndJson()
    {
        const QString csv = path("out.csv"), json = path("out.json");
        const Result r = runCli({ QStringLiteral("run"), m_tiny, QStringLiteral("--days"),
            QStringLiteral("3"), QStringLiteral("--csv"), csv, QStringLiteral("--json"), json,
            QStringLiteral("--threads"), QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        // One progress line per day, then the files written.
        QCOMPARE(r.err.count("\nday ") + (r.err.startsWith("day ") ? 1 : 0), 3);
        QVERIFY(r.err.contains("day 3/3  active "));

        const QList<QByteArray> lines = readAll(csv).split('\n');
        QCOMPARE(lines.size(), 5); // header, 3 days, "" after the last newline
        QVERIFY(lines[0].startsWith("day,active_listeners,"));
        QVERIFY(lines[1].startsWith("0,"));
        QVERIFY(lines[3].startsWith("2,"));
        QVERIFY(lines[4].isEmpty());

        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(readAll(json), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QLatin1String("days")).toArray().size(), 3);
        QCOMPARE(doc.value(QLatin1String("seed")).toInteger(), 1);
        QCOMPARE(doc.value(QLatin1String("scenario"))
                     .toObject()
                     .value(QLatin1String("run"))
                     .toObject()
                     .value(QLatin1String("days"))
                     .toInteger(),
            3);
        QCOMPARE(
            doc.value(QLatin1String("summary")).toObject().value(QLatin1String("days")).toInteger(),
            3);
    }

    /// `--cohort-by novelty_appetite`: the header exactly, one row per tercile and day in the
    /// order low, middle, high, and tallies that add up to the day's active_listeners, streams
    /// and churned. `--cohort-by signup` is the default format, byte for byte.
    void cohortsByNoveltyAppetite()
    {
        const QString csv = path("nov-metrics.csv"), cohorts = path("nov-cohorts.csv");
        Result r = runCli({ QStringLiteral("run"), m_tiny, QStringLiteral("--days"),
            QStringLiteral("3"), QStringLiteral("--quiet"), QStringLiteral("--csv"), csv,
            QStringLiteral("--cohorts"), cohorts, QStringLiteral("--cohort-by"),
            QStringLiteral("novelty_appetite") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = readAll(cohorts).split('\n');
        QCOMPARE(lines.size(), 1 + 9 + 1); // header, 3 terciles x 3 days, "" after the last
        QCOMPARE(lines[0],
            QByteArray("cohort,day,active,satisfaction,churned,streams,slow_satisfaction"));
        const QList<QByteArray> metricLines = readAll(csv).split('\n');
        const QList<QByteArray> header = metricLines[0].split(',');
        for (int day = 0; day < 3; ++day) {
            const QList<QByteArray> metrics = metricLines[1 + day].split(',');
            double active = 0, streams = 0, churned = 0;
            for (int t = 0; t < 3; ++t) {
                const QList<QByteArray> cells = lines[1 + 3 * day + t].split(',');
                QCOMPARE(cells.size(), 7);
                QCOMPARE(cells[0], QByteArray(t == 0 ? "low" : t == 1 ? "middle" : "high"));
                QCOMPARE(cells[1].toInt(), day);
                const double satisfaction = cells[3].toDouble();
                QVERIFY(satisfaction > 0.0 && satisfaction < 1.0);
                const double slow = cells[6].toDouble();
                QVERIFY(slow > 0.0 && slow < 1.0);
                active += cells[2].toDouble();
                churned += cells[4].toDouble();
                streams += cells[5].toDouble();
            }
            QCOMPARE(active, metrics[int(header.indexOf("active_listeners"))].toDouble());
            QCOMPARE(streams, metrics[int(header.indexOf("streams"))].toDouble());
            QCOMPARE(churned, metrics[int(header.indexOf("churned"))].toDouble());
        }

        const QString byDefault = path("signup-default.csv"), bySignup = path("signup.csv");
        for (const QString &file : { byDefault, bySignup }) {
            QStringList arguments { QStringLiteral("run"), m_tiny, QStringLiteral("--days"),
                QStringLiteral("3"), QStringLiteral("--quiet"), QStringLiteral("--cohorts"), file,
                QStringLiteral("--csv"), file + QStringLiteral(".metrics") };
            if (file == bySignup)
                arguments << QStringLiteral("--cohort-by") << QStringLiteral("signup");
            r = runCli(arguments);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QVERIFY(readAll(byDefault).startsWith("cohort_day,days_since_signup,share_active\n"));
        QCOMPARE(readAll(bySignup), readAll(byDefault));
    }

    void sameRunSameBytesForAnyThreadCount()
    {
        QByteArray first;
        for (const char *threads : { "1", "2", "0" }) {
            const QString json
                = m_dir.filePath(QStringLiteral("det-%1.json").arg(QLatin1String(threads)));
            const Result r = runCli({ QStringLiteral("run"), m_tiny, QStringLiteral("--quiet"),
                QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--threads"),
                QLatin1String(threads), QStringLiteral("--json"), json });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.err.isEmpty()); // --quiet
            const QByteArray bytes = readAll(json);
            QVERIFY(!bytes.isEmpty());
            if (first.isEmpty())
                first = bytes;
            QCOMPARE(bytes, first);
        }
    }

    void csvToStdoutByDefault()
    {
        const Result r = runCli({ QStringLiteral("run"), m_tiny, QStringLiteral("-q"),
            QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--set"),
            QStringLiteral("recommender.kind=random") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("day,active_listeners,"));
        QCOMPARE(r.out.count('\n'), 3);
    }

    void unwritableOutputFailsBeforeTheRun()
    {
        const Result r = runCli({ QStringLiteral("run"), m_tiny, QStringLiteral("--csv"),
            path("no-such-dir/out.csv") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("tastedrift-cli run: cannot write '"), r.err.constData());
        QVERIFY(!r.err.contains("day 1/")); // nothing simulated
        QCOMPARE(r.err.count('\n'), 1);
    }

    void tasteShockGenreIsCheckedAgainstTheLoadedCatalogue()
    {
        // Issue 16, item 4: validated against world.catalog.genres (12) but applied modulo
        // the CSV file's genre count, so genre 7 silently meant genre 1.
        QVERIFY(QFile::copy(QStringLiteral(TD_SOURCE_DIR "/tests/fixtures/io/good.csv"),
            path("shock-catalogue.csv")));
        write(path("shock.json"),
            R"({"run": {"days": 3}, "world": {"listeners": {"count": 20},
                "catalog": {"source": "csv", "path": "shock-catalogue.csv", "genres": 12}},
                "recommender": {"slate_size": 2, "candidates": {"pool_size": 5}},
                "schedule": [{"day": 1, "kind": "taste_shock", "share": 0.5, "genre": 7}]})");
        const Result r
            = runCli({ QStringLiteral("run"), path("shock.json"), QStringLiteral("-q") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
            QStringLiteral(
                "tastedrift-cli run: %1: schedule[0].genre: must be -1 (a random genre "
                "per listener) or a genre 0..2 of the catalogue file "
                "'shock-catalogue.csv', which has 3 genres (0 pop, 1 rap, 2 rock); got 7")
                .arg(path("shock.json")));
        // A genre the file has runs.
        write(path("shock2.json"),
            readAll(path("shock.json")).replace("\"genre\": 7", "\"genre\": 2"));
        const Result ok
            = runCli({ QStringLiteral("run"), path("shock2.json"), QStringLiteral("-q") });
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
    }

    void gridOverSeedsIsRefused()
    {
        // Issue 16, item 3: --grid run.seed=1,2 ran seed 1 twice under two labels.
        const Result r = runCli({ QStringLiteral("sweep"), m_tiny, QStringLiteral("--grid"),
            QStringLiteral("run.seed=1,2"), QStringLiteral("--db"), path("seeds.sqlite") });
        if (r.err.contains("unknown command"))
            QSKIP("this build has no run store (sweep)");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
            QStringLiteral("tastedrift-cli sweep: --grid run.seed: seeds are not a grid axis; give "
                           "them with --seeds (e.g. --seeds 1,2): every grid point runs every "
                           "seed"));
        QVERIFY(!QFileInfo::exists(path("seeds.sqlite")));
    }

    void dryRunPrintsTheMemoryEstimate()
    {
        // Issue 16, item 5: a scenario that cannot fit is refused before set-up, with the
        // estimate; --dry-run prints it and simulates nothing.
        const Result fits = runCli({ QStringLiteral("run"), m_tiny, QStringLiteral("--dry-run"),
            QStringLiteral("--csv"), path("dry.csv") });
        QVERIFY2(fits.exitCode == 0, fits.err.constData());
        QVERIFY2(fits.out.startsWith("memory: about "), fits.out.constData());
        QVERIFY(fits.out.contains("\navailable: "));
        QVERIFY(fits.err.isEmpty());
        QVERIFY(!QFileInfo::exists(path("dry.csv"))); // nothing written

        const QStringList oneGiB { QStringLiteral("TD_MEMORY_AVAILABLE=1073741824") };
        const QStringList huge { QStringLiteral("run"), m_tiny, QStringLiteral("--set"),
            QStringLiteral("world.listeners.count=10000000") };
        const Result dry = runCli(huge + QStringList { QStringLiteral("--dry-run") }, oneGiB);
        QCOMPARE(dry.exitCode, 1);
        QVERIFY2(dry.err.startsWith("tastedrift-cli run: this scenario needs about "),
            dry.err.constData());
        const Result refused = runCli(huge + QStringList { QStringLiteral("-q") }, oneGiB);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("but only 1.00 GiB is available (TD_MEMORY_AVAILABLE)"),
            refused.err.constData());
        QCOMPARE(refused.err.count('\n'), 1);
    }

    void missingCatalogueIsBadInput()
    {
        write(path("csvcat.json"),
            R"({"world": {"catalog": {"source": "csv", "path": "missing.csv"}}})");
        const Result r = runCli({ QStringLiteral("run"), path("csvcat.json") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("tastedrift-cli run: " + path("csvcat.json").toUtf8()
                     + ": world.catalog.path: cannot open catalogue file '" + m_dir.path().toUtf8()
                     + "/missing.csv'"),
            r.err.constData());
    }
};

TD_REGISTER_TEST(TestCli)
#include "tst_cli.moc"
