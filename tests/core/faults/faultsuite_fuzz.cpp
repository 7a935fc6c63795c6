// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Fuzzed scenarios and catalogue CSVs: parsed in-process (fast, hundreds of cases), a share
// simulated for two days, and a few through the CLI to check its exit statuses.
#include "clirunner.h"
#include "csvfuzz.h"
#include "faultsuite.h"
#include "io/dataerror.h"
#include "scenariofuzz.h"
#include "sim/engine.h"
#include "sim/memoryestimate.h"
#include "sim/scenario/scenarioio.h"

#include <QtTest>

using namespace td::faults;

namespace {

constexpr int kScenarios = 400;
constexpr int kSimulated = 60;
constexpr int kScenariosThroughCli = 30;
constexpr int kCsvs = 300;
constexpr int kCsvsThroughCli = 12;

} // namespace

void TestFaults::simulate(
    const td::sim::Scenario &scenario, const std::string &family, const QString &what)
{
    // The sizes shrunk so that two days take a moment; every other field as fuzzed.
    Outcome outcome = Outcome::Handled;
    QString why;
    try {
        td::sim::Engine engine(shrinkForRun(scenario), 1);
        engine.stepDay();
        engine.stepDay();
    } catch (const td::sim::ScenarioError &e) {
        outcome = Outcome::Refused; // a rule across fields, e.g. with the shrunk sizes
        why = QString::fromUtf8(e.what());
    } catch (const td::sim::InsufficientMemoryError &e) {
        outcome = Outcome::Refused;
        why = QString::fromUtf8(e.what());
    } catch (const std::exception &e) {
        outcome = Outcome::Crash; // an internal error escaped: no clear message for anyone
        why = QString::fromUtf8(e.what());
    }
    m_tally.add(family, outcome, what + QStringLiteral(": ") + why);
}

void TestFaults::fuzzedScenarios()
{
    const std::string parsed = "fuzzed scenarios: parsed";
    const std::string simulated = "fuzzed scenarios: simulated 2 days";
    const std::string cli = "fuzzed scenarios: CLI";
    const std::vector<FuzzedScenario> cases = fuzzScenarios(0x5CE7'A210ull, kScenarios);
    std::vector<Outcome> verdicts;
    int runs = 0;
    for (const FuzzedScenario &f : cases) {
        QString detail = QString::fromStdString(f.mutation);
        Outcome outcome = Outcome::Handled;
        try {
            const td::sim::Scenario s = td::sim::parseScenario(f.text);
            if (f.expect == FuzzedScenario::Expect::Invalid) {
                outcome = Outcome::Silent;
                detail += QStringLiteral(" -> accepted");
            } else if (runs < kSimulated) {
                ++runs;
                simulate(s, simulated, detail);
            }
        } catch (const td::sim::ScenarioError &e) {
            // Clear: one line that names the field the mutation touched.
            const std::string message = e.what();
            const bool clear = !message.empty() && message.find('\n') == std::string::npos
                && (f.field.empty() || message.find(f.field) != std::string::npos);
            outcome = clear ? Outcome::Refused : Outcome::Silent;
            detail += QStringLiteral(" -> ") + QString::fromStdString(message);
        } catch (const std::exception &e) {
            outcome = Outcome::Crash;
            detail += QStringLiteral(" -> ") + QString::fromUtf8(e.what());
        }
        m_tally.add(parsed, outcome, detail);
        verdicts.push_back(outcome);
    }

    // Through the CLI: the same verdicts, with its exit statuses (0 ran, 2 bad input).
    for (int i = 0; i < kScenariosThroughCli; ++i) {
        const QString file = path(QStringLiteral("fuzz-%1.json").arg(i));
        writeFile(file, QByteArray::fromStdString(cases[std::size_t(i)].text));
        const QStringList args { QStringLiteral("run"), file, QStringLiteral("--dry-run") };
        // A fixed memory limit: what is refused for its size must not depend on the machine.
        const RunResult r = runCli(args, { QStringLiteral("TD_MEMORY_AVAILABLE=4294967296") });
        const QString detail = QString::fromStdString(cases[std::size_t(i)].mutation)
            + QStringLiteral(": ") + r.describe(args);
        if (isCrash(r)) {
            m_tally.add(cli, Outcome::Crash, detail);
        } else if (r.exitCode == 1 && isClearRefusal(r)
            && lastLine(r.err).contains("this scenario needs about")) {
            m_tally.add(cli, Outcome::Refused, detail); // too big for 4 GiB: said so
        } else if (verdicts[std::size_t(i)] == Outcome::Refused) {
            m_tally.add(cli,
                isClearRefusal(r) && r.exitCode == 2 && lastLine(r.err).contains(file.toUtf8())
                    ? Outcome::Refused
                    : Outcome::Silent,
                detail);
        } else {
            m_tally.add(cli, r.exitCode == 0 ? Outcome::Handled : Outcome::Silent, detail);
        }
    }
    for (const std::string &family : { parsed, simulated, cli })
        QVERIFY2(failuresOf(family).isEmpty(), qPrintable(failuresOf(family)));
    ++m_familiesDone;
}

void TestFaults::fuzzedCsvs()
{
    const std::string imported = "fuzzed catalogue CSVs: imported";
    const std::string cli = "fuzzed catalogue CSVs: CLI";
    const std::vector<FuzzedCsv> cases = fuzzCsvs(0xC5F0'22ull, kCsvs);
    std::vector<Outcome> verdicts;
    for (const FuzzedCsv &csv : cases) {
        QString detail;
        const Outcome outcome = checkImport(csv, detail);
        m_tally.add(imported, outcome, detail);
        verdicts.push_back(outcome);
    }
    for (int i = 0; i < kCsvsThroughCli; ++i) {
        const QString file = path(QStringLiteral("fuzz-%1.csv").arg(i));
        writeFile(file, QByteArray::fromStdString(cases[std::size_t(i)].text));
        const QString scenario = path(QStringLiteral("fuzz-csv-%1.json").arg(i));
        writeFile(scenario,
            QStringLiteral(R"({"run": {"days": 1}, "world": {"listeners": {"count": 30},
                "catalog": {"source": "csv", "path": "fuzz-%1.csv"}},
                "recommender": {"slate_size": 3, "candidates": {"pool_size": 5}}})")
                .arg(i)
                .toUtf8());
        const QStringList args { QStringLiteral("run"), scenario, QStringLiteral("-q"),
            QStringLiteral("--csv"), path(QStringLiteral("fuzz-csv-%1.out").arg(i)) };
        const RunResult r = runCli(args);
        const QString detail = QString::fromStdString(cases[std::size_t(i)].mutation)
            + QStringLiteral(": ") + r.describe(args);
        if (isCrash(r))
            m_tally.add(cli, Outcome::Crash, detail);
        else if (verdicts[std::size_t(i)] == Outcome::Refused)
            m_tally.add(cli,
                isClearRefusal(r) && r.exitCode == 2 ? Outcome::Refused : Outcome::Silent, detail);
        else
            m_tally.add(cli, r.exitCode == 0 ? Outcome::Handled : Outcome::Silent, detail);
    }
    for (const std::string &family : { imported, cli })
        QVERIFY2(failuresOf(family).isEmpty(), qPrintable(failuresOf(family)));
    ++m_familiesDone;
}
