// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Tests of app/cli/cmd_als.cpp and cmd_eval.cpp (compiled into this executable): the public
// `als` / `eval` command lines on small hand-made files.
#include "cli/commands.h"
#include "testregistry.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <set>
#include <unistd.h>

namespace {

/// Redirects a file descriptor (1 = stdout, 2 = stderr) into a temporary file for the
/// lifetime of the object; text() returns what was written.
class FdCapture
{
public:
    explicit FdCapture(int fd) : m_fd(fd)
    {
        std::fflush(nullptr);
        m_file.open();
        m_saved = ::dup(fd);
        ::dup2(m_file.handle(), fd);
    }
    ~FdCapture() { restore(); }
    QString text()
    {
        restore();
        m_file.seek(0);
        return QString::fromUtf8(m_file.readAll());
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(nullptr);
        ::dup2(m_saved, m_fd);
        ::close(m_saved);
        m_saved = -1;
    }
    int m_fd;
    int m_saved = -1;
    QTemporaryFile m_file;
};

struct Result
{
    int code = 0;
    QString out;
    QString err;
};

Result runAls(const QStringList &args)
{
    FdCapture err(2), out(1);
    Result r;
    r.code = td::cli::alsCommand(args);
    r.out = out.text();
    r.err = err.text();
    return r;
}

Result runEval(const QStringList &args)
{
    FdCapture err(2), out(1);
    Result r;
    r.code = td::cli::evalCommand(args);
    r.out = out.text();
    r.err = err.text();
    return r;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test file");
    f.write(text);
    return f.fileName();
}

/// user -> ranked items, from a recommendation file.
std::map<QString, QStringList> readRecs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::map<QString, QStringList> out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split('\t');
        if (fields.size() == 4)
            out[QString::fromUtf8(fields[0])].append(QString::fromUtf8(fields[1]));
    }
    return out;
}

} // namespace

class TestCmdAls : public QObject
{
    Q_OBJECT
private slots:
    void recoversPlantedNeighbours()
    {
        // Two taste groups of 8 users; group A plays artists a0..a5, group B b0..b5. Each
        // user misses two artists of their group: those are the planted neighbours that ALS
        // must recommend with --topk 2 (and never the other group's artists).
        QTemporaryDir dir;
        QByteArray text = "user\tartist\tplays\n";
        std::map<QString, std::set<QString>> missing;
        for (const char group : { 'a', 'b' }) {
            for (int k = 0; k < 8; ++k) {
                const QString user = QStringLiteral("%1-user%2").arg(QLatin1Char(group)).arg(k);
                for (int i = 0; i < 6; ++i) {
                    const QString item = QStringLiteral("%1%2").arg(QLatin1Char(group)).arg(i);
                    if (i == k % 6 || i == (k + 3) % 6)
                        missing[user].insert(item);
                    else
                        text += (user + QLatin1Char('\t') + item + QLatin1Char('\t')
                            + QString::number(10 + 7 * i + k) + QLatin1Char('\n'))
                                    .toUtf8();
                }
            }
        }
        const QString train = write(dir, QStringLiteral("train.tsv"), text);
        const QString out = dir.filePath(QStringLiteral("recs.tsv"));
        const Result r = runAls(
            { QStringLiteral("--train"), train, QStringLiteral("--factors"), QStringLiteral("4"),
                QStringLiteral("--reg"), QStringLiteral("0.05"), QStringLiteral("--iterations"),
                QStringLiteral("20"), QStringLiteral("--topk"), QStringLiteral("2"),
                QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--out"), out });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("iteration 20/20")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("loss")));
        const auto recs = readRecs(out);
        QCOMPARE(int(recs.size()), 16);
        for (const auto &[user, items] : recs) {
            QCOMPARE(items.size(), 2);
            for (const QString &item : items)
                QVERIFY2(missing[user].count(item) == 1,
                    qPrintable(user + QStringLiteral(" got ") + item));
        }
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine(), QByteArray("user\titem\trank\tscore\n"));
    }

    void popularBaseline()
    {
        QTemporaryDir dir;
        // Users per item: 10 → 3, 7 → 2, 3 → 2, 5 → 1. Ties by id (numeric): 3 before 7.
        const QString train = write(dir, QStringLiteral("t.tsv"),
            "u\ti\tw\n1\t10\t1\n2\t10\t1\n3\t10\t1\n1\t7\t1\n2\t3\t1\n3\t7\t5\n4\t3\t1\n4\t5\t9\n");
        const QString out = dir.filePath(QStringLiteral("p.tsv"));
        const Result r = runAls({ QStringLiteral("--train"), train, QStringLiteral("--topk"),
            QStringLiteral("2"), QStringLiteral("--out"), out, QStringLiteral("--baseline"),
            QStringLiteral("popular") });
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
            QByteArray("user\titem\trank\tscore\n"
                       "1\t3\t1\t2\n1\t5\t2\t1\n"
                       "2\t7\t1\t2\n2\t5\t2\t1\n"
                       "3\t3\t1\t2\n3\t5\t2\t1\n"
                       "4\t10\t1\t3\n4\t7\t2\t2\n"));
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString good = QStringLiteral("GOOD"), bad = QStringLiteral("BAD");
        const QString out = QStringLiteral("OUT");
        QTest::newRow("missing file")
            << QStringList { QStringLiteral("--train"), QStringLiteral("/nonexistent/x.tsv"),
                   QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out }
            << QStringLiteral("cannot open /nonexistent/x.tsv");
        QTest::newRow("malformed line") << QStringList { QStringLiteral("--train"), bad,
            QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out }
                                        << QStringLiteral(":3: weight 'x' is not a finite number");
        QTest::newRow("missing --out") << QStringList { QStringLiteral("--train"), good,
            QStringLiteral("--topk"), QStringLiteral("5") }
                                       << QStringLiteral("missing --out");
        QTest::newRow("missing --topk")
            << QStringList { QStringLiteral("--train"), good, QStringLiteral("--out"), out }
            << QStringLiteral("missing --topk");
        QTest::newRow("non-numeric factors") << QStringList { QStringLiteral("--train"), good,
            QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out,
            QStringLiteral("--factors"), QStringLiteral("many") }
                                             << QStringLiteral("--factors expects an integer");
        QTest::newRow("negative reg") << QStringList { QStringLiteral("--train"), good,
            QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out,
            QStringLiteral("--reg"), QStringLiteral("-1") }
                                      << QStringLiteral("--reg expects");
        QTest::newRow("bad confidence") << QStringList { QStringLiteral("--train"), good,
            QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out,
            QStringLiteral("--confidence"), QStringLiteral("sqrt") }
                                        << QStringLiteral("--confidence expects log or linear");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--train"), good,
            QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out,
            QStringLiteral("--colour"), QStringLiteral("red") }
                                        << QStringLiteral("unknown option --colour");
        QTest::newRow("value missing")
            << QStringList { QStringLiteral("--train") } << QStringLiteral("--train needs a value");
        // Issue 16 item 9: each of these used to exit 0 with a silent or empty result.
        QTest::newRow("header-only file")
            << QStringList { QStringLiteral("--train"), QStringLiteral("HEADERONLY"),
                   QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out }
            << QStringLiteral("headeronly.tsv:1: no data rows after the header");
        QTest::newRow("file without a header")
            << QStringList { QStringLiteral("--train"), QStringLiteral("NOHEADER"),
                   QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out }
            << QStringLiteral("noheader.tsv:1: the first line looks like data");
        QTest::newRow("zero iterations") << QStringList { QStringLiteral("--train"), good,
            QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out,
            QStringLiteral("--iterations"),
            QStringLiteral("0") } << QStringLiteral("--iterations expects an integer in [1,");
        QTest::newRow("overflowing confidence")
            << QStringList { QStringLiteral("--train"), QStringLiteral("HUGE"),
                   QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out,
                   QStringLiteral("--confidence"), QStringLiteral("linear"),
                   QStringLiteral("--alpha"), QStringLiteral("1e30") }
            << QStringLiteral("huge.tsv:3: weight 1e+10 gives the confidence 1 + 1e+30 * weight "
                              "= infinity");
        QTest::newRow("weights adding up beyond double")
            << QStringList { QStringLiteral("--train"), QStringLiteral("SUM"),
                   QStringLiteral("--topk"), QStringLiteral("5"), QStringLiteral("--out"), out }
            << QStringLiteral("sum.tsv:4: the weights of user 1 and item 2 (repeated from line 2) "
                              "add up beyond double precision");
    }
    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString good = write(dir, QStringLiteral("good.tsv"), "u\ti\tw\n1\t2\t3\n");
        const QString bad = write(dir, QStringLiteral("bad.tsv"), "u\ti\tw\n1\t2\t3\n1\t3\tx\n");
        args.replaceInStrings(QStringLiteral("GOOD"), good);
        args.replaceInStrings(QStringLiteral("BAD"), bad);
        args.replaceInStrings(QStringLiteral("HEADERONLY"),
            write(dir, QStringLiteral("headeronly.tsv"), "user\titem\tweight\n"));
        args.replaceInStrings(QStringLiteral("NOHEADER"),
            write(dir, QStringLiteral("noheader.tsv"), "1\t2\t3\n1\t3\t4\n"));
        args.replaceInStrings(QStringLiteral("HUGE"),
            write(dir, QStringLiteral("huge.tsv"), "u\ti\tw\n1\t2\t3\n1\t3\t1e10\n"));
        args.replaceInStrings(QStringLiteral("SUM"),
            write(dir, QStringLiteral("sum.tsv"), "u\ti\tw\n1\t2\t1e308\n1\t3\t1\n1\t2\t1e308\n"));
        args.replaceInStrings(QStringLiteral("OUT"), dir.filePath(QStringLiteral("o.tsv")));
        const Result r = runAls(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(r.err.startsWith(QStringLiteral("tastedrift-cli als: ")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("o.tsv"))));
    }

    void evalPrintsHandComputedMetrics()
    {
        QTemporaryDir dir;
        // The case of TestRankingMetrics::handComputedCase, as files (K = 3).
        const QString recs = write(dir, QStringLiteral("r.tsv"),
            "user\titem\trank\tscore\nA\t4\t1\t0.9\nA\t7\t3\t0.7\nA\t2\t2\t0.8\n"
            "B\t1\t1\t2\nB\t9\t2\t1\nC\t3\t1\t1\n");
        const QString test = write(dir, QStringLiteral("t.tsv"),
            "user\titem\tweight\nA\t1\t1\nA\t4\t1\nA\t7\t1\nB\t9\t1\nD\t5\t1\nD\t6\t1\nD\t8\t1\n"
            "D\t10\t1\n");
        // Known items: 7, 8 and 10 never occur in training.
        const QString train = write(dir, QStringLiteral("tr.tsv"),
            "user\titem\tweight\nA\t2\t1\nB\t1\t1\nC\t4\t1\nC\t5\t1\nC\t6\t1\nC\t9\t1\nD\t1\t1\n");
        const Result r = runEval({ QStringLiteral("--recs"), recs, QStringLiteral("--test"), test,
            QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--train"), train });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("subset\tusers\trecall@3\tprecision@3\tndcg@3\tmap@3"));
        auto numbers = [](const QString &line) {
            QList<double> out;
            for (const QString &f : line.split(QLatin1Char('\t')).mid(1))
                out.append(f.toDouble());
            return out;
        };
        const double l3 = 1.0 / std::log2(3.0);
        const QList<double> all = numbers(lines[1]);
        QVERIFY(lines[1].startsWith(QStringLiteral("all\t3\t")));
        QVERIFY(std::abs(all[1] - (2.0 / 3.0 + 1.0) / 3.0) < 1e-8);
        QVERIFY(std::abs(all[2] - (1.0 / 3.0)) < 1e-8);
        QVERIFY(std::abs(all[3] - (1.5 / (1.5 + l3) + l3) / 3.0) < 1e-8);
        QVERIFY(std::abs(all[4] - (5.0 / 9.0 + 0.5) / 3.0) < 1e-8);
        // known_items: A {1, 4} (hit at rank 1 of m = 2), B {9}, D {5, 6} (no list).
        const QList<double> known = numbers(lines[2]);
        QVERIFY(lines[2].startsWith(QStringLiteral("known_items\t3\t")));
        QVERIFY(std::abs(known[1] - 0.5) < 1e-8);
        QVERIFY(std::abs(known[2] - 2.0 / 9.0) < 1e-8);
        QVERIFY(std::abs(known[3] - (1.0 / (1.0 + l3) + l3) / 3.0) < 1e-8);
        QVERIFY(std::abs(known[4] - 1.0 / 3.0) < 1e-8);

        // Without --train: one line. Bad input: exit 2.
        QCOMPARE(runEval({ QStringLiteral("--recs"), recs, QStringLiteral("--test"), test,
                             QStringLiteral("--k"), QStringLiteral("3") })
                     .out.count(QLatin1Char('\n')),
            2);
        const Result missing = runEval(
            { QStringLiteral("--recs"), recs, QStringLiteral("--k"), QStringLiteral("3") });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("missing --test")));
        const Result badK = runEval({ QStringLiteral("--recs"), recs, QStringLiteral("--test"),
            test, QStringLiteral("--k"), QStringLiteral("ten") });
        QCOMPARE(badK.code, 2);
        const Result badRecs = runEval({ QStringLiteral("--recs"), test, QStringLiteral("--test"),
            test, QStringLiteral("--k"), QStringLiteral("3") });
        QCOMPARE(badRecs.code, 2);
        QVERIFY(badRecs.err.contains(QStringLiteral(":1: expected 4 tab-separated fields")));
    }

    void evalRefusesSilentInputs_data()
    {
        // Issue 16 item 9: each file used to give all-zero metrics, or lose a row, with exit 0.
        QTest::addColumn<QString>("which"); // the flag whose file is replaced
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("header-only --test")
            << QStringLiteral("test") << QByteArray("user\titem\tweight\n")
            << QStringLiteral("x.tsv:1: no data rows after the header");
        QTest::newRow("header-only --train")
            << QStringLiteral("train") << QByteArray("user\titem\tweight\r\n\r\n")
            << QStringLiteral("x.tsv:1: no data rows after the header");
        QTest::newRow("header-only --recs")
            << QStringLiteral("recs") << QByteArray("user\titem\trank\tscore\n")
            << QStringLiteral("x.tsv:1: no data rows after the header");
        QTest::newRow("--recs without a header")
            << QStringLiteral("recs") << QByteArray("A\t4\t1\t0.9\nA\t7\t2\t0.7\n")
            << QStringLiteral("x.tsv:1: the first line looks like data");
        QTest::newRow("--recs with other header names")
            << QStringLiteral("recs") << QByteArray("a\tb\tc\td\nA\t4\t1\t0.9\n")
            << QStringLiteral("x.tsv:1: header field 1 is 'a', expected the header "
                              "`user<TAB>item<TAB>rank<TAB>score`");
        QTest::newRow("--test without a header")
            << QStringLiteral("test") << QByteArray("A\t4\t1\nB\t9\t1\n")
            << QStringLiteral("x.tsv:1: the first line looks like data");
    }
    void evalRefusesSilentInputs()
    {
        QFETCH(QString, which);
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QHash<QString, QString> files {
            { QStringLiteral("recs"),
                write(dir, QStringLiteral("r.tsv"), "user\titem\trank\tscore\nA\t4\t1\t0.9\n") },
            { QStringLiteral("test"),
                write(dir, QStringLiteral("t.tsv"), "user\titem\tweight\nA\t4\t1\n") },
            { QStringLiteral("train"),
                write(dir, QStringLiteral("tr.tsv"), "user\titem\tweight\nA\t2\t1\n") },
        };
        // The good files pass.
        QStringList args { QStringLiteral("--k"), QStringLiteral("3") };
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            args << QStringLiteral("--") + it.key() << it.value();
        QCOMPARE(runEval(args).code, 0);
        files[which] = write(dir, QStringLiteral("x.tsv"), text);
        args = QStringList { QStringLiteral("--k"), QStringLiteral("3") };
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            args << QStringLiteral("--") + it.key() << it.value();
        const Result r = runEval(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // no metrics printed
    }
};
TD_REGISTER_TEST(TestCmdAls)
#include "tst_cmdals.moc"
