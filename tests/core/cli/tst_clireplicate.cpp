// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli replicate` end to end at each protocol's CI size: exit code and verdict
// agree, the JSON has its documented fields, and the per-seed measure the command prints
// equals what the protocol's library function (the one tst_metrics_replication asserts on)
// computes for the same seed and size, at another thread count. Bad input exits 2.
#include "clirun.h"
#include "testregistry.h"

#include "run/replicate/protocol.h"
#include "run/replicate/verdict.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace td::run::replicate;

namespace {

using Run = td::clirun::Result;
using td::clirun::runCli;

QStringList sizeArgs(const Size &s)
{
    return { QStringLiteral("--listeners"), QString::number(s.listeners),
        QStringLiteral("--tracks"), QString::number(s.tracks), QStringLiteral("--days"),
        QString::number(s.days) };
}

} // namespace

class TestCliReplicate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void protocolAtCiSize_data()
    {
        QTest::addColumn<QString>("name");
        for (const Protocol &p : protocols())
            QTest::newRow(p.name.c_str()) << QString::fromStdString(p.name);
    }

    void protocolAtCiSize()
    {
        QFETCH(QString, name);
        const Protocol *p = findProtocol(name.toStdString());
        QVERIFY(p);
        const QString json = m_dir.filePath(name + QStringLiteral(".json"));
        const Run r
            = runCli(QStringList { QStringLiteral("replicate"), name, QStringLiteral("--seeds"),
                         QStringLiteral("1..2"), QStringLiteral("--threads"), QStringLiteral("2"),
                         QStringLiteral("-q"), QStringLiteral("--json"), json }
                + sizeArgs(p->ciSize));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, r.err.constData());
        QVERIFY(r.out.contains("seed 1: " + QByteArray::fromStdString(p->measures[0].name)));
        QVERIFY(r.out.contains("seed 2: "));
        QVERIFY(r.out.contains("claim: "));

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("protocol")).toString(), name);
        QCOMPARE(o.value(QStringLiteral("claim")).toString(), QString::fromStdString(p->claim));
        QCOMPARE(o.value(QStringLiteral("seeds")).toArray(), (QJsonArray { 1, 2 }));
        const QString verdict = o.value(QStringLiteral("verdict")).toString();
        QCOMPARE(r.exitCode, verdict == QLatin1String("reproduced") ? 0 : 3);
        QVERIFY(
            verdict == QLatin1String("reproduced") || verdict == QLatin1String("not reproduced"));
        QVERIFY(r.out.contains("verdict: " + verdict.toUtf8() + "\n"));

        // The per-seed measures, their mean and interval, and the verdict they imply.
        const QJsonArray perSeed = o.value(QStringLiteral("per_seed")).toArray();
        QCOMPARE(perSeed.size(), 2);
        std::vector<std::vector<double>> values;
        for (const auto &seed : perSeed) {
            auto &row = values.emplace_back();
            for (const Measure &m : p->measures) {
                const QJsonValue v = seed.toObject().value(QString::fromStdString(m.name));
                QVERIFY2(v.isDouble(), m.name.c_str());
                row.push_back(v.toDouble());
            }
        }
        const Verdict v = judge(*p, {});
        QVERIFY(!v.reproduced); // no seeds, no verdict
        std::vector<Expect> expects;
        for (const Measure &m : p->measures)
            expects.push_back(m.expect);
        const Verdict fromJson = judge(expects, values);
        QCOMPARE(fromJson.reproduced, verdict == QLatin1String("reproduced"));
        const double mean = o.value(QStringLiteral("mean")).toDouble();
        QVERIFY(std::abs(mean - fromJson.measures[0].interval.mean) <= 1e-8 * (1 + std::abs(mean)));
        const QJsonArray ci = o.value(QStringLiteral("ci")).toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(ci[0].toDouble() <= mean && mean <= ci[1].toDouble());
        QCOMPARE(o.value(QStringLiteral("measures")).toArray().size(), int(p->measures.size()));

        // Seed 1 through the library at another thread count: the same measures.
        const SeedResult direct = runSeed(*p, 1, p->ciSize, 1);
        for (std::size_t i = 0; i < p->measures.size(); ++i)
            QVERIFY2(std::abs(direct.values[i] - values[0][i])
                    <= 1e-8 * (1.0 + std::abs(direct.values[i])),
                qPrintable(QString::fromStdString(p->measures[i].name) + QStringLiteral(": ")
                    + QString::number(direct.values[i], 'g', 17) + QStringLiteral(" vs ")
                    + QString::number(values[0][i], 'g', 17)));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *tag, QStringList args, const char *message) {
            QTest::newRow(tag) << (QStringList { QStringLiteral("replicate") } + args)
                               << QString::fromUtf8(message);
        };
        row("unknown protocol", { QStringLiteral("hosanagar") }, "unknown protocol 'hosanagar'");
        row("no protocol", {}, "NAME");
        row("one seed", { QStringLiteral("ope"), QStringLiteral("--seeds"), QStringLiteral("7") },
            "at least two seeds");
        row("bad seeds",
            { QStringLiteral("ope"), QStringLiteral("--seeds"), QStringLiteral("3..1") },
            "--seeds");
        row("days below the protocol's windows",
            { QStringLiteral("chaney"), QStringLiteral("--days"), QStringLiteral("21") },
            "--days: chaney needs at least 22");
        row("no listeners",
            { QStringLiteral("ope"), QStringLiteral("--listeners"), QStringLiteral("0") },
            "--listeners");
        row("tracks not a number",
            { QStringLiteral("ope"), QStringLiteral("--tracks"), QStringLiteral("many") },
            "--tracks");
        row("negative threads",
            { QStringLiteral("ope"), QStringLiteral("--threads"), QStringLiteral("-1") },
            "--threads");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    /// An output that cannot be written is a runtime failure (1), after the seeds ran.
    void unwritableJson()
    {
        const Protocol *p = findProtocol("ope");
        const Run r = runCli(
            QStringList { QStringLiteral("replicate"), QStringLiteral("ope"),
                QStringLiteral("--seeds"), QStringLiteral("1,2"), QStringLiteral("-q"),
                QStringLiteral("--json"), m_dir.filePath(QStringLiteral("missing/dir/out.json")) }
            + sizeArgs(p->ciSize));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot write"), r.err.constData());
        QVERIFY(r.out.contains("verdict: "));
    }
};

TD_REGISTER_TEST(TestCliReplicate)
#include "tst_clireplicate.moc"
