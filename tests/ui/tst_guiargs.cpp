// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The GUI executable's command line (app/gui/main.cpp): bad arguments are refused with one
// clear line and exit status 2, like the CLI's (issue 16, items 11 and 13).
#include "testregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Exit
{
    int code = -1;
    QByteArray lastErrorLine;
};

/// Runs the GUI offscreen; the error is the last line of stderr (Qt may print notes first).
Exit runGui(const QStringList &args)
{
    QProcess gui;
    gui.start(QStringLiteral(TD_GUI_PATH), args);
    Exit e;
    if (!gui.waitForFinished(120000)) {
        gui.kill();
        gui.waitForFinished();
        return e;
    }
    if (gui.exitStatus() == QProcess::NormalExit)
        e.code = gui.exitCode();
    const QByteArray err = gui.readAllStandardError().trimmed();
    e.lastErrorLine = err.mid(err.lastIndexOf('\n') + 1);
    return e;
}

} // namespace

class TestGuiArguments : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    void write(const QString &file, const QByteArray &text)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void initTestCase()
    {
        write(path("closed.json"),
            R"({"run": {"days": 2}, "world": {"listeners": {"count": 50, "arrivals_per_day": 0},
                "catalog": {"tracks": 200}}})");
        write(path("open.json"),
            R"({"run": {"days": 2}, "world": {"listeners": {"count": 50, "arrivals_per_day": 1},
                "catalog": {"tracks": 200}}})");
        write(path("notes.sqlite"), QByteArray(4096, 'x'));
    }

    void refusedBeforeTheWindowOpens_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString closed = path("closed.json");
        // clang-format off
        // Issue 16, item 11: reported as 1215752191 with exit 1.
        QTest::newRow("days beyond int") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--days"), QStringLiteral("99999999999") }
            << "tastedrift: --days: must be <= 36500, got 99999999999";
        QTest::newRow("days 0") << QStringList { QStringLiteral("--days"), QStringLiteral("0") }
            << "tastedrift: --days: must be >= 1, got 0";
        // Item 13: all four were accepted silently.
        QTest::newRow("language") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--language"), QStringLiteral("xx") }
            << "tastedrift: --language: expected one of en, de, es, got 'xx'";
        QTest::newRow("metric") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--compare"), QStringLiteral("recommender.slate_size=5"), QStringLiteral("--metric"), QStringLiteral("nope") }
            << "tastedrift: --metric: unknown metric 'nope' (the columns of 'tastedrift-cli metrics', e.g. skip_rate)";
        QTest::newRow("metric without compare") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--metric"), QStringLiteral("skip_rate") }
            << "tastedrift: --metric chooses the metric of the A/B window: it needs --compare";
        QTest::newRow("listener beyond a closed population") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--listener"), QStringLiteral("999999") }
            << "tastedrift: --listener: no listener 999999 in this scenario (50 listeners, ids 0 to 49, and no arrivals)";
        QTest::newRow("overlay without workspace") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--overlay"), QStringLiteral("99"), QStringLiteral("--screenshot"), path("x.png") }
            << "tastedrift: --overlay: a screenshot opens no workspace of its own; give --workspace FILE";
        // clang-format on
    }
    void refusedBeforeTheWindowOpens()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Exit e = runGui(args);
        QCOMPARE(e.code, 2);
        QCOMPARE(QString::fromUtf8(e.lastErrorLine), message);
    }

    void screenshotStopsOnWhatItFindsLater_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message"); // the start of the last line
        const QString closed = path("closed.json");
        // clang-format off
        // Item 13: a refused --workspace in screenshot mode exited 0 with nothing recorded.
        QTest::newRow("workspace not a database") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--workspace"), path("notes.sqlite") }
            << QStringLiteral("tastedrift: --workspace %1: '%1' is not a database").arg(path("notes.sqlite"));
        QTest::newRow("overlay run missing") << QStringList { QStringLiteral("--scenario"), closed, QStringLiteral("--workspace"), path("empty.sqlite"), QStringLiteral("--overlay"), QStringLiteral("99") }
            << "tastedrift: --overlay 99: ";
        QTest::newRow("listener who never arrives") << QStringList { QStringLiteral("--scenario"), path("open.json"), QStringLiteral("--listener"), QStringLiteral("999999") }
            << "tastedrift: --listener 999999: no such listener in this run";
        // clang-format on
    }
    void screenshotStopsOnWhatItFindsLater()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString shot = path("shot.png");
        QFile::remove(shot);
        const Exit e = runGui(args + QStringList { QStringLiteral("--screenshot"), shot });
        QCOMPARE(e.code, 2);
        QVERIFY2(
            QString::fromUtf8(e.lastErrorLine).startsWith(message), e.lastErrorLine.constData());
        QVERIFY(!QFileInfo::exists(shot));
    }
};

TD_REGISTER_TEST(TestGuiArguments)
#include "tst_guiargs.moc"
