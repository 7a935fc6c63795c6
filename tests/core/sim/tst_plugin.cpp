// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Plugins (core/plugin, include/tastedrift/plugin.h): loading, the checks of every answer, the
// per-(listener, day) seeds, and the example item-kNN plugin's propensities. The contract every
// recommender keeps is in tst_recommendercontract.cpp (TestPluginContract).
#include "plugin/filedigest.h"
#include "plugin/pluginerror.h"
#include "plugin/pluginrecommender.h"
#include "sim/engine.h"
#include "sim/recommenderfactory.h"
#include "sim/scenario/scenarioio.h"
#include "testregistry.h"
#include "world/world.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace td;

namespace {

std::string pluginFile(const char *name)
{
    return std::string(TD_BINARY_DIR "/plugins/lib") + name + ".so";
}

sim::Scenario pluginScenario(const std::string &path, int days = 3)
{
    sim::Scenario s;
    s.run.days = days;
    s.run.seed = 4;
    s.world.catalog.tracks = 400;
    s.world.catalog.newReleaseShare = 0.2;
    s.world.listeners.count = 150;
    s.recommender.kind = recsys::RecommenderKind::Plugin;
    s.recommender.slateSize = 10;
    s.recommender.pluginPath = path;
    return s;
}

/// Runs the scenario to its end; returns the message of the exception that stopped it, or ""
/// when it ran through. `kind` receives "plugin", "scenario" or "other".
std::string failureOf(const sim::Scenario &s, std::string *kind = nullptr)
{
    try {
        sim::Engine engine(s, 2);
        while (!engine.finished())
            engine.stepDay();
    } catch (const plugin::PluginError &e) {
        if (kind)
            *kind = "plugin";
        return e.what();
    } catch (const sim::ScenarioError &e) {
        if (kind)
            *kind = "scenario";
        return e.what();
    } catch (const std::exception &e) {
        if (kind)
            *kind = "other";
        return e.what();
    }
    return {};
}

} // namespace

class TestPlugin : public QObject
{
    Q_OBJECT
private slots:
    void aWellBehavedPluginRuns()
    {
        QCOMPARE(QString::fromStdString(failureOf(pluginScenario(pluginFile("faulty_none")))),
            QString());
    }

    void brokenContractsStopTheRun_data()
    {
        QTest::addColumn<QString>("plugin");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown track") << "faulty_unknown_track"
                                       << "is not in the catalogue";
        QTest::newRow("duplicate") << "faulty_duplicate"
                                   << "appears twice in one slate";
        QTest::newRow("propensity 0") << "faulty_zero_propensity"
                                      << "propensity 0 of track";
        QTest::newRow("propensity 1.5") << "faulty_propensity_above_one"
                                        << "propensity 1.5 of track";
        QTest::newRow("too many") << "faulty_too_many"
                                  << "tracks, more than the ";
        QTest::newRow("unreleased") << "faulty_unreleased"
                                    << "is not released yet";
        QTest::newRow("nan score") << "faulty_nan_score"
                                   << "is not a finite number";
        QTest::newRow("empty") << "faulty_empty"
                               << "answered no track although";
        QTest::newRow("recommend status")
            << "faulty_recommend_fails"
            << "recommend failed (status 3): model not ready for listener";
        QTest::newRow("end_day status") << "faulty_end_day_fails"
                                        << "end_day failed (status 1): out of disk on day 1";
        QTest::newRow("create fails") << "faulty_create_fails"
                                      << "create failed: cannot create";
        QTest::newRow("wrong version") << "faulty_wrong_version"
                                       << "implements plugin interface version 99";
        QTest::newRow("no symbol") << "faulty_no_symbol"
                                   << "has no entry symbol";
    }

    void brokenContractsStopTheRun()
    {
        QFETCH(QString, plugin);
        QFETCH(QString, message);
        const std::string path = pluginFile(plugin.toUtf8().constData());
        std::string kind;
        const QString what = QString::fromStdString(failureOf(pluginScenario(path), &kind));
        QCOMPARE(QString::fromStdString(kind), QStringLiteral("plugin"));
        QVERIFY2(what.contains(message), qPrintable(what));
        QVERIFY2(what.startsWith(QStringLiteral("plugin '%1'").arg(QString::fromStdString(path))),
            qPrintable(what));
    }

    void aMissingFileIsBadInput()
    {
        std::string kind;
        auto s = pluginScenario("no/such/libplugin.so");
        s.baseDirectory = "/tmp/scenarios";
        const QString what = QString::fromStdString(failureOf(s, &kind));
        QCOMPARE(QString::fromStdString(kind), QStringLiteral("scenario"));
        QVERIFY2(what.contains(QStringLiteral(
                     "recommender.plugin.path: no file '/tmp/scenarios/no/such/libplugin.so'")),
            qPrintable(what));
        s.recommender.pluginPath.clear();
        QVERIFY(QString::fromStdString(failureOf(s, &kind)).contains(QStringLiteral("required")));
        QCOMPARE(QString::fromStdString(kind), QStringLiteral("scenario"));
    }

    // Interface version 1 carries 16-bit genre labels; the world numbers sub-genres up to
    // 99,999 (1000 genres x 100). A catalogue whose labels do not fit is refused as bad input
    // before the plugin sees a wrapped label; 32,768 sub-genres still run, labels intact.
    void sixteenBitLabelsAreCheckedBeforeAPluginSeesThem()
    {
        auto s = pluginScenario(pluginFile("faulty_none"), 1);
        s.world.catalog.genres = 1000;
        s.world.catalog.subgenresPerGenre = 33; // 33,000 sub-genres
        std::string kind;
        const QString what = QString::fromStdString(failureOf(s, &kind));
        QCOMPARE(QString::fromStdString(kind), QStringLiteral("scenario"));
        QVERIFY2(what.contains(QStringLiteral("at most 32768 sub-genres"))
                && what.contains(QStringLiteral("33000")),
            qPrintable(what));
        s.world.catalog.genres = 512;
        s.world.catalog.subgenresPerGenre = 64; // exactly 32,768: ids 0..32767 fit
        QCOMPARE(QString::fromStdString(failureOf(s, &kind)), QString());
        sim::Engine engine(s, 1);
        const auto &labels = engine.catalog().subgenreLabel;
        plugin::CatalogView view;
        view.build(engine.catalog());
        for (std::size_t t = 0; t < labels.size(); ++t)
            QCOMPARE(int(view.view().subgenre[t]), int(labels[t]));
    }

    void aFileThatIsNoLibraryIsARuntimeFailure()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("libfake.so"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an ELF file\n");
        f.close();
        std::string kind;
        const QString what
            = QString::fromStdString(failureOf(pluginScenario(file.toStdString()), &kind));
        QCOMPARE(QString::fromStdString(kind), QStringLiteral("plugin"));
        QVERIFY2(what.contains(QStringLiteral("cannot be loaded as a shared library")),
            qPrintable(what));
    }

    void pluginPathsResolveAgainstTheScenarioFile()
    {
        // A scenario file next to the plugin names it by a relative path.
        QTemporaryDir dir;
        const QString scenarioFile = dir.filePath(QStringLiteral("s.json"));
        QFile::copy(QString::fromStdString(pluginFile("itemknn")),
            dir.filePath(QStringLiteral("libmine.so")));
        QFile f(scenarioFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"recommender": {"kind": "plugin", "plugin": {"path": "libmine.so"}}})");
        f.close();
        const sim::Scenario s = sim::loadScenarioFile(scenarioFile.toStdString());
        QCOMPARE(QString::fromStdString(sim::pluginLibraryPath(s)),
            dir.filePath(QStringLiteral("libmine.so")));
    }

    void sha256OfAFile()
    {
        // FIPS 180-2's test vectors: "abc" and the empty message.
        QTemporaryDir dir;
        const QString abc = dir.filePath(QStringLiteral("abc"));
        QFile f(abc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        QCOMPARE(plugin::fileSha256(abc.toStdString()).value_or(""),
            std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QFile e(dir.filePath(QStringLiteral("empty")));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        QCOMPARE(plugin::fileSha256(e.fileName().toStdString()).value_or(""),
            std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(!plugin::fileSha256(dir.filePath(QStringLiteral("none")).toStdString()));
    }

    void seedsDifferByListenerDayAndRunSeed()
    {
        const auto a = plugin::externalSeed(1, 5, 2);
        QCOMPARE(plugin::externalSeed(1, 5, 2), a);
        QVERIFY(plugin::externalSeed(1, 6, 2) != a);
        QVERIFY(plugin::externalSeed(1, 5, 3) != a);
        QVERIFY(plugin::externalSeed(2, 5, 2) != a);
        // Its own purpose: not the policy stream of the same listener and day.
        QVERIFY(a != base::streamSeed(1, base::Purpose::Policy, 5, 2));
    }

    void badOptionsFailCreate()
    {
        auto s = pluginScenario(pluginFile("itemknn"));
        s.recommender.pluginOptions = "epsilon=2";
        const QString what = QString::fromStdString(failureOf(s));
        QVERIFY2(what.contains(QStringLiteral("create failed: recommender.plugin.options: option "
                                              "epsilon=2: unknown, or out of range")),
            qPrintable(what));
    }

    /// The item-kNN example logs exact epsilon-greedy marginals: every greedy slot 1 - epsilon,
    /// every explored slot epsilon / |E|; and its draws follow them.
    void itemKnnLogsItsMarginals()
    {
        auto s = pluginScenario(pluginFile("itemknn"), 4);
        s.recommender.pluginOptions = "epsilon=0.25";
        sim::Engine engine(s, 1);
        int explored = 0, greedy = 0;
        while (!engine.finished()) {
            engine.stepDay();
            for (const events::Event &e : engine.lastDayEvents()) {
                if (e.action != events::Action::Impression || e.surface != events::Surface::Home)
                    continue;
                QCOMPARE(int(e.policy), int(plugin::kExternalPolicyId));
                if (e.explored) {
                    ++explored;
                    QVERIFY(e.propensity > 0.0f && e.propensity < 0.01f); // 0.25 / |E|
                } else {
                    ++greedy;
                    QCOMPARE(e.propensity, 0.75f);
                }
            }
        }
        // Explored share of the slots: 0.25 in expectation (binomial, 4 sigma).
        const double n = explored + greedy;
        QVERIFY(n > 2000);
        const double share = explored / n;
        QVERIFY2(std::abs(share - 0.25) < 4.0 * std::sqrt(0.25 * 0.75 / n),
            qPrintable(QString::number(share)));
    }
};
TD_REGISTER_TEST(TestPlugin)

#include "tst_plugin.moc"
