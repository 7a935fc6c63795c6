// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// The A/B window with replicates and the Trade-offs window, offscreen: replicates run on the
// pool and show means with bands, intervals and the correction; a cancel keeps whole pairs and
// a rerun completes the comparison; a comparison reopens from the workspace; the export
// writes the issue's CSV columns and both charts; the frontier draws a grid, a click opens a
// setting in the main window, and a sweep of tastedrift-cli opens into the same picture.
#include "charts/frontierchart.h"
#include "charts/timechart.h"
#include "compare/comparewindow.h"
#include "mainwindow.h"
#include "metrics/metriccatalog.h"
#include "run/tradeoff/replicatereport.h"
#include "runtesthelpers.h"
#include "session/batchsession.h"
#include "stats/multipletesting.h"
#include "testregistry.h"
#include "tradeoffs/statisticeditor.h"
#include "tradeoffs/tradeoffwindow.h"

#include <QtTest>

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>

using td::test::kSignalTimeoutMs;
using td::ui::CompareWindow;
using td::ui::TradeoffWindow;

namespace {

/// Long enough for a dozen runs of the small world on a loaded machine.
constexpr int kBatchTimeoutMs = 120000;

QString firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

td::sim::Scenario smallWorld(int days)
{
    td::sim::Scenario s = td::test::smallScenario(days);
    s.world.listeners.count = 120;
    s.world.catalog.tracks = 300;
    return s;
}

} // namespace

class TestTradeoffWindows : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void replicatesShowMeansBandsAndTheCorrection()
    {
        CompareWindow window;
        window.setWorkspace(m_dir.filePath(QStringLiteral("ab.sqlite")));
        window.setBaseScenario(smallWorld(3));
        QVERIFY(window.setValueB(QStringLiteral("recommender.kind"), QStringLiteral("random")));
        window.setMetric(QStringLiteral("streams"));
        QSignalSpy shown(&window, &CompareWindow::replicatesShown);
        QVERIFY(window.runReplicates(3));
        QVERIFY(window.replicatesRunning());
        QVERIFY(shown.wait(kBatchTimeoutMs));
        QVERIFY(!window.replicatesRunning());
        QVERIFY(window.showsReplicates());
        const auto &report = window.replicateReport();
        QVERIFY(report);
        QCOMPARE(report->pairedSeeds().size(), std::size_t(3));
        QCOMPARE(report->days(), 3);

        // Each arm's mean lies inside its band, day by day; the difference chart likewise.
        td::ui::TimeChart *overlay = window.overlayChart();
        QCOMPARE(overlay->pointCount(0), 3);
        for (int band = 0; band < 2; ++band) {
            const QList<QPointF> low = overlay->bandLower(band);
            const QList<QPointF> high = overlay->bandUpper(band);
            QCOMPARE(low.size(), 3);
            const int m = td::metrics::metricIndex("streams");
            for (int day = 0; day < 3; ++day) {
                const auto interval = report->mean(band, m, day);
                QCOMPARE(low[day].y(), interval.low);
                QCOMPARE(high[day].y(), interval.high);
                QVERIFY(low[day].y() <= interval.mean && interval.mean <= high[day].y());
            }
        }
        QCOMPARE(window.differenceChart()->bandLower(0).size(), 3);

        // The table: interval columns shown, significance as Benjamini-Hochberg marks it.
        QTableWidget *table = window.findChild<QTableWidget *>(QStringLiteral("summaryTable"));
        QVERIFY(table && !table->isColumnHidden(4) && !table->isColumnHidden(5));
        QVERIFY(table->horizontalHeaderItem(5)->text().contains(QStringLiteral("q = 0.05")));
        int tested = 0;
        const auto rows = report->table(2, &tested);
        std::vector<double> p;
        for (const auto &r : rows)
            p.push_back(r.p);
        const std::vector<bool> bh = td::stats::benjaminiHochberg(p, 0.05);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString mark = table->item(row, 5)->text();
            if (std::isnan(p[std::size_t(row)]))
                QCOMPARE(mark, QStringLiteral("—"));
            else
                QCOMPARE(mark == QStringLiteral("significant"), bool(bh[std::size_t(row)]));
        }
        const int streams = td::metrics::metricIndex("streams");
        QVERIFY(table->item(streams, 4)->text().contains(QStringLiteral("…")));
        QVERIFY(table->item(streams, 1)->text().contains(QStringLiteral("±")));

        // The hint names the seeds a paired test would need.
        QVERIFY2(
            window.powerHint().contains(QStringLiteral("seeds")), qPrintable(window.powerHint()));

        // Back to the live runs and again.
        window.setShowReplicates(false);
        QVERIFY(table->isColumnHidden(4));
        QCOMPARE(overlay->bandLower(0).size(), 0);
        window.setShowReplicates(true);

        // The export: the issue's columns, both charts as PNG and SVG.
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(out));
        QString error;
        QVERIFY2(window.exportReplicates(out, &error), qPrintable(error));
        QCOMPARE(firstLine(out + QStringLiteral("/ab-values.csv")),
            QStringLiteral("metric,day,seed,arm,value"));
        QCOMPARE(firstLine(out + QStringLiteral("/ab-summary.csv")),
            QStringLiteral("metric,mean_a,mean_b,diff,ci_low,ci_high,significant"));
        const QStringList pictures
            = QDir(out).entryList({ QStringLiteral("*.png"), QStringLiteral("*.svg") });
        QCOMPARE(pictures.size(), 4);

        // Reopened from the workspace by another window: the same numbers.
        CompareWindow again;
        again.setWorkspace(m_dir.filePath(QStringLiteral("ab.sqlite")));
        again.setBaseScenario(smallWorld(3));
        QSignalSpy reopened(&again, &CompareWindow::replicatesShown);
        again.openComparison(report->results()->sweep.id);
        QVERIFY(reopened.wait(kSignalTimeoutMs));
        QCOMPARE(again.replicateReport()->pairedSeeds(), report->pairedSeeds());
        QCOMPARE(again.replicateReport()->difference(streams, 2).mean,
            report->difference(streams, 2).mean);
    }

    void cancelKeepsWholePairsAndARerunCompletes()
    {
        CompareWindow window;
        window.setWorkspace(m_dir.filePath(QStringLiteral("cancel.sqlite")));
        window.setBaseScenario(smallWorld(40));
        QVERIFY(window.setValueB(QStringLiteral("recommender.kind"), QStringLiteral("random")));
        QSignalSpy finished(window.batchSession(), &td::ui::BatchSession::batchFinished);
        QVERIFY(window.runReplicates(4));
        QTRY_VERIFY_WITH_TIMEOUT(window.replicateProgress()->value() > 0, kBatchTimeoutMs);
        window.cancelReplicates();
        QVERIFY(finished.wait(kBatchTimeoutMs));
        QCOMPARE(finished.last().at(2).toBool(), true); // cancelled
        QVERIFY(!window.replicatesRunning());
        // Pressing Run Replicates again finishes the comparison: interrupted runs run anew,
        // complete ones are kept.
        QSignalSpy shown(&window, &CompareWindow::replicatesShown);
        QVERIFY(window.runReplicates(4));
        QVERIFY(shown.wait(kBatchTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.replicateReport() && window.replicateReport()->pairedSeeds().size() == 4,
            kSignalTimeoutMs);
        QCOMPARE(finished.last().at(0).value<std::size_t>(), std::size_t(8));
        QCOMPARE(window.replicateReport()->results()->incomplete, 0);
        QCOMPARE(window.replicateReport()->days(), 40);
    }

    void frontierDrawsTheGridAndOpensASetting()
    {
        td::ui::MainWindow main;
        main.setScenario(smallWorld(3));
        TradeoffWindow *window = main.openTradeoffWindow();
        QVERIFY(window);
        window->setWorkspace(m_dir.filePath(QStringLiteral("grid.sqlite")));
        QString error;
        QVERIFY2(window->setKnob(0, QStringLiteral("recommender.kind"),
                     QStringLiteral("random, popular"), &error),
            qPrintable(error));
        window->setSeeds(2);
        // Three-day runs: the short-term window is days 1-3.
        td::run::RunStatistic shortTerm = td::run::RunStatistic::shortTermDefault();
        shortTerm.toDay = 2;
        window->shortTermEditor()->setStatistic(shortTerm);
        QSignalSpy shown(window, &TradeoffWindow::frontierShown);
        QVERIFY2(window->runGrid(&error), qPrintable(error));
        QVERIFY(shown.wait(kBatchTimeoutMs));
        const td::run::Frontier &frontier = window->frontier();
        QCOMPARE(frontier.points.size(), std::size_t(2));
        QCOMPARE(window->pointLabel(1), QStringLiteral("kind popular"));
        td::ui::FrontierChart *chart = window->chart();
        QCOMPARE(chart->pointCount(), 2);
        QCOMPARE(chart->frontierLine().size(), qsizetype(frontier.front.size()));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(chart->point(i).x, frontier.points[std::size_t(i)].x.mean);
            QCOMPARE(chart->point(i).onFrontier, frontier.points[std::size_t(i)].onFrontier);
        }
        QVERIFY(chart->errorBarCount() > 0);
        QCOMPARE(chart->xTitle(), QStringLiteral("streams, sum over days 1–3"));
        QCOMPARE(chart->yTitle(), QStringLiteral("population on the last day"));
        QCOMPARE(window->table()->rowCount(), 2);
        // Changing a statistic redraws from the same runs, without running them again.
        window->longTermEditor()->setBetter(td::stats::Better::Lower);
        QCOMPARE(window->chart()->pointCount(), 2);

        // A click on a point opens that setting in the main window.
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy chosen(window, &TradeoffWindow::settingChosen);
        const QPointF at = chart->pointPosition(1);
        QTest::mouseClick(chart->plotViewport(), Qt::LeftButton, {}, at.toPoint());
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(main.runScenario().recommender.kind, td::recsys::RecommenderKind::Popular);
        QCOMPARE(main.runScenario().run.days, 3);
        window->choosePoint(0);
        QCOMPARE(main.runScenario().recommender.kind, td::recsys::RecommenderKind::Random);

        // A bad value is refused with the schema's message, nothing runs.
        QVERIFY(window->setKnob(
            0, QStringLiteral("recommender.policy.epsilon"), QStringLiteral("0, 7")));
        QVERIFY(!window->runGrid(&error));
        QVERIFY2(error.contains(QStringLiteral("recommender.policy.epsilon")), qPrintable(error));
        QVERIFY(!window->isRunning());
    }

    void frontierOpensACliSweep()
    {
        const QString scenario = m_dir.filePath(QStringLiteral("small.json"));
        {
            QFile out(scenario);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(R"({"world": {"listeners": {"count": 120}, "catalog": {"tracks": 300}},
                         "recommender": {"kind": "popular"}})");
        }
        const QString db = m_dir.filePath(QStringLiteral("cluster.sqlite"));
        QProcess cli;
        cli.start(QStringLiteral(TD_CLI_PATH),
            { QStringLiteral("sweep"), scenario, QStringLiteral("--grid"),
                QStringLiteral("world.listeners.malleability=0,0.5"), QStringLiteral("--grid"),
                QStringLiteral("recommender.slate_size=5,10"), QStringLiteral("--seeds"),
                QStringLiteral("1..2"), QStringLiteral("--days"), QStringLiteral("3"),
                QStringLiteral("--db"), db, QStringLiteral("--quiet") });
        QVERIFY(cli.waitForFinished(kBatchTimeoutMs));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        TradeoffWindow window;
        QSignalSpy shown(&window, &TradeoffWindow::frontierShown);
        window.openSweep(db);
        QVERIFY(shown.wait(kSignalTimeoutMs));
        QCOMPARE(window.results()->runs.size(), std::size_t(8));
        QCOMPARE(window.frontier().points.size(), std::size_t(4));
        QCOMPARE(window.pointLabel(3), QStringLiteral("slate_size 10, malleability 0.5"));
        // The default short-term window (days 1-14) is longer than these 3-day runs: no point
        // is drawn, and the window says why.
        QLabel *note = window.findChild<QLabel *>(QStringLiteral("tradeoffNote"));
        QVERIFY(note->text().contains(QStringLiteral("4 settings have no value")));
        td::run::RunStatistic shortTerm = td::run::RunStatistic::shortTermDefault();
        shortTerm.toDay = td::run::RunStatistic::kLastDay;
        window.shortTermEditor()->setStatistic(shortTerm);
        QVERIFY(!note->text().contains(QStringLiteral("have no value")));
        QVERIFY(!window.frontier().front.empty());
    }
};

TD_REGISTER_TEST(TestTradeoffWindows)
#include "tst_tradeoffs.moc"
