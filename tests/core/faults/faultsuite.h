// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "faulttally.h"
#include "sim/scenario/scenario.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

/// The fault-injection suite of docs/reliability.md (issue 16): full disks for every writer,
/// damaged run databases, kill -9 of a recording run, fuzzed scenarios and catalogue CSVs,
/// all drawn from fixed seeds. A crash or a silent result fails; the counts become the
/// table of docs/reliability.md, which cleanupTestCase() compares with the checked-in one.
/// One test function per family; the bodies live in faultsuite_*.cpp.
class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDisk(); // faultsuite_disk.cpp
    void realFullDisk(); // faultsuite_disk.cpp (root only; not in the table)
    void databaseDamage(); // faultsuite_db.cpp
    void killRecording(); // faultsuite_db.cpp
    void fuzzedScenarios(); // faultsuite_fuzz.cpp
    void fuzzedCsvs(); // faultsuite_fuzz.cpp
    void cleanupTestCase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromLatin1(name)); }
    void writeFile(const QString &file, const QByteArray &bytes);
    /// Simulates two days of `scenario` made small (shrinkForRun) and records the outcome.
    void simulate(
        const td::sim::Scenario &scenario, const std::string &family, const QString &what);
    /// The failures of `family` so far, for QVERIFY2 at the end of its test function.
    QString failuresOf(const std::string &family) const;

    QTemporaryDir m_dir;
    td::faults::Tally m_tally;
    QString m_tiny; ///< a small scenario: a few hundred listeners, a few days
    QString m_database; ///< a recorded run database (pristine), for summarize and damage
    QString m_train; ///< an ALS training file
    int m_familiesDone = 0; ///< the table is compared only after every family ran
};
