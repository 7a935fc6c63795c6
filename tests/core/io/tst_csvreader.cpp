// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "io/catalogcsv.h"
#include "io/csvreader.h"
#include "io/listeningcounts.h"
#include "io/text.h"
#include "testregistry.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace td::io;

namespace {

std::vector<CsvRecord> readAll(std::string_view text, CsvDialect dialect = {})
{
    CsvReader reader(text, dialect);
    std::vector<CsvRecord> out;
    CsvRecord r;
    while (reader.next(r))
        out.push_back(r);
    return out;
}

std::string fixture(const char *name)
{
    return std::string(TD_SOURCE_DIR "/tests/fixtures/io/") + name;
}

} // namespace

/// RFC 4180 records, the text helpers and the tab-separated readers.
class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void quotedFieldsWithCommasQuotesAndLineBreaks()
    {
        const auto records = readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                     "plain,,\"\"\n");
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(
            records[1].fields, (std::vector<std::string> { "x, y", "say \"hi\"", "two\r\nlines" }));
        QCOMPARE(records[1].line, std::size_t(2));
        // The quoted line break moved the line count on: the next record starts on line 4.
        QCOMPARE(records[2].line, std::size_t(4));
        QCOMPARE(records[2].fields, (std::vector<std::string> { "plain", "", "" }));
        for (const auto &r : records)
            QVERIFY(r.problem.empty());
    }
    void lineEndingsAndBom_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("LF") << QByteArray("h1,h2\n1,2\n3,4\n");
        QTest::newRow("CRLF") << QByteArray("h1,h2\r\n1,2\r\n3,4\r\n");
        QTest::newRow("CR") << QByteArray("h1,h2\r1,2\r3,4\r");
        QTest::newRow("no final newline") << QByteArray("h1,h2\n1,2\n3,4");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFh1,h2\n1,2\n3,4\n");
        QTest::newRow("blank lines") << QByteArray("h1,h2\n\n1,2\n\r\n3,4\n\n");
    }
    void lineEndingsAndBom()
    {
        QFETCH(QByteArray, text);
        const auto records = readAll(text.toStdString());
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].fields, (std::vector<std::string> { "h1", "h2" }));
        QCOMPARE(records[2].fields, (std::vector<std::string> { "3", "4" }));
    }
    void malformedRecordsAreFlagged()
    {
        const auto records = readAll("a,b\n\"x\"y,1\n\"ok\",2\n\"open,3\n4,5\n");
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[1].problem, std::string("text after the closing quote of field 1"));
        QVERIFY(records[2].problem.empty());
        // An unterminated quote runs to the end of the text, as RFC 4180 reads it.
        QCOMPARE(records[3].problem,
            std::string("unterminated quoted field (opened on line 4); it swallowed line 5, the "
                        "rest of the file"));
        QCOMPARE(records[3].line, std::size_t(4));
        QCOMPARE(records[3].lastLine, std::size_t(5));
        QCOMPARE(records[1].lastLine, std::size_t(2));
    }
    void swallowedLinesAreNamed()
    {
        // Issue 16, item 8: a quote opened on line 3 and closed by the first quote of line 6
        // swallowed lines 4-6 but was reported as one skipped row on line 3.
        const auto records
            = readAll("id,title,n\n1,ok,1\n2,\"broken,2\n3,a,3\n4,b,4\n5,\"quoted\",5\n6,c,6\n");
        QCOMPARE(records.size(), std::size_t(4)); // header, 1, the swallowing record, 6
        QCOMPARE(records[2].line, std::size_t(3));
        QCOMPARE(records[2].lastLine, std::size_t(6));
        QCOMPARE(records[2].problem,
            std::string("text after the closing quote of field 2 (the quoted field opened on "
                        "line 3 runs to line 6: a missing closing quote swallowed lines 4-6)"));
        QCOMPARE(records[3].fields.front(), std::string("6"));
        QCOMPARE(records[3].lastLine, std::size_t(7));
        // A legal multi-line field spans lines too, without a problem.
        const auto legal = readAll("a,b\n\"two\nlines\",1\n");
        QVERIFY(legal[1].problem.empty());
        QCOMPARE(legal[1].line, std::size_t(2));
        QCOMPARE(legal[1].lastLine, std::size_t(3));
    }
    void invalidUtf8IsFlagged()
    {
        const auto records = readAll("a,b\nok,\xC3\xA9t\xC3\xA9\nbad,\xFF\n");
        QVERIFY(records[1].problem.empty());
        QCOMPARE(records[1].fields[1], std::string("\xC3\xA9t\xC3\xA9"));
        QCOMPARE(
            records[2].problem, std::string("not valid UTF-8 (the file must be UTF-8 encoded)"));
    }
    void tabsWithoutQuoting()
    {
        const auto records = readAll("id\tname\n1\t\"Weird\" Al\n", { '\t', false });
        QCOMPARE(records[1].fields, (std::vector<std::string> { "1", "\"Weird\" Al" }));
        QVERIFY(records[1].problem.empty());
    }
    void numbersAreLocaleFree()
    {
        QCOMPARE(parseNumber(" 0.25 ").value(), 0.25);
        QCOMPARE(parseNumber("+3").value(), 3.0);
        QCOMPARE(parseNumber("-7.5e1").value(), -75.0);
        QVERIFY(!parseNumber("0,5"));
        QVERIFY(!parseNumber("NaN"));
        QVERIFY(!parseNumber("inf"));
        QVERIFY(!parseNumber(""));
        QVERIFY(!parseNumber("1.2.3"));
        QCOMPARE(parseInteger("42").value(), std::int64_t(42));
        QVERIFY(!parseInteger("4.2"));
        QVERIFY(isMissing("NA") && isMissing(" ") && isMissing("") && !isMissing("na"));
    }
    void releaseDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days"); // since 1970-01-01; -1 = invalid
        QTest::newRow("epoch") << "1970-01-01" << 0;
        QTest::newRow("full") << "2020-01-29" << 18290;
        QTest::newRow("month") << "2019-12" << 18231; // 2019-12-01
        QTest::newRow("year") << "2019" << 17897; // 2019-01-01
        QTest::newRow("leap day") << "2016-02-29" << 16860;
        QTest::newRow("before 1970") << "1957-06-01" << -4597;
        QTest::newRow("no leap day") << "2019-02-29" << -1;
        QTest::newRow("month 13") << "2019-13" << -1;
        QTest::newRow("slashes") << "2019/01/01" << -1;
        QTest::newRow("two-digit year") << "19" << -1;
    }
    void releaseDates()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        const auto parsed = parseReleaseDate(text.toStdString());
        if (days == -1) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, std::int64_t(days));
        }
    }
    void caseFolding()
    {
        QCOMPARE(foldCase("MICHEL TELÓ"), std::string("michel teló"));
        QCOMPARE(foldCase("CRASHDÏET"), std::string("crashdïet"));
        QCOMPARE(foldCase("КИНО"), std::string("кино"));
        QCOMPARE(foldCase("ŁÓDŹ"), std::string("łódź"));
        QCOMPARE(foldCase("ΣΙΓΜΑ"), std::string("σιγμα"));
        QCOMPARE(foldCase("×"), std::string("×")); // the multiplication sign has no case
        QCOMPARE(foldCase("日本"), std::string("日本"));
    }
    void listeningCountsFixture()
    {
        const ListeningCounts counts = readListeningCounts(fixture("counts.tsv"));
        QCOMPARE(counts.rowsRead, std::size_t(6));
        QCOMPARE(counts.rows.size(), std::size_t(4));
        QCOMPARE(counts.rows[1].user, std::int64_t(10));
        QCOMPARE(counts.rows[1].artist, std::int64_t(2));
        QCOMPARE(counts.rows[1].weight, 5.0);
        QCOMPARE(counts.problems.size(), std::size_t(2));
        QCOMPARE(counts.problems[0].line, std::size_t(6));
        QCOMPARE(counts.problems[0].reason, std::string("artist id is not an integer"));
        QCOMPARE(counts.problems[1].line, std::size_t(7));
        QCOMPARE(counts.problems[1].reason, std::string("weight is not a number > 0"));
    }
    void countColumnsByHeaderName()
    {
        // Columns in another order are found by name.
        const auto counts = parseListeningCounts("weight\tartistID\tuserID\n7\t3\t2\n", "x");
        QCOMPARE(counts.rows.size(), std::size_t(1));
        QCOMPARE(counts.rows[0].user, std::int64_t(2));
        QCOMPARE(counts.rows[0].artist, std::int64_t(3));
        QCOMPARE(counts.rows[0].weight, 7.0);
    }
    void missingHeaderIsRefused()
    {
        // Issue 16 item 9: the first data row used to be taken for a header and lost.
        auto message = [](auto parse) {
            try {
                parse();
            } catch (const DataFileError &e) {
                return std::string(e.what());
            }
            return std::string();
        };
        QCOMPARE(message([] { parseListeningCounts("2\t51\t13883\n2\t52\t11690\n", "c.tsv"); }),
            std::string("c.tsv:1: the first line looks like data, not a header: the file must "
                        "start with a header row such as `userID<TAB>artistID<TAB>weight`"));
        QCOMPARE(
            message([] { parseArtistNames("1\tMALICE MIZER\n2\tDiary of Dreams\n", "a.dat"); }),
            std::string("a.dat:1: the first line looks like data, not a header: the file must "
                        "start with a header row such as `id<TAB>name<TAB>url<TAB>pictureURL`"));
        QCOMPARE(message([] { parseListeningCounts("\r\nuserID\tartistID\tweight\r\n", "h.tsv"); }),
            std::string("h.tsv:2: no data rows after the header (expected rows of userID, "
                        "artistID, weight)"));
        QCOMPARE(message([] { parseArtistNames("id\tname\n", "n.dat"); }),
            std::string("n.dat:1: no data rows after the header (expected rows of id, name)"));
        // Unnamed columns with a non-numeric header are still a header (positional columns).
        QCOMPARE(parseListeningCounts("u\ta\tw\n2\t51\t3\n", "p.tsv").rows.size(), std::size_t(1));
    }

    void crOnlyLineEndsReadLikeLf()
    {
        // The offline TSV readers (als, eval) accept CR-only files too: one rule for all.
        const auto lf = parseListeningCounts("userID\tartistID\tweight\n2\t51\t3\n2\t52\t4\n", "x");
        const auto cr = parseListeningCounts("userID\tartistID\tweight\r2\t51\t3\r2\t52\t4\r", "x");
        QCOMPARE(cr.rows.size(), lf.rows.size());
        QCOMPARE(cr.rows[1].artist, std::int64_t(52));
        QCOMPARE(cr.rows[1].weight, 4.0);
    }

    void artistNamesFixture()
    {
        const ArtistNames names = readArtistNames(fixture("artists.dat"));
        QCOMPARE(names.rowsRead, std::size_t(6));
        QCOMPARE(names.artists.size(), std::size_t(5));
        QCOMPARE(names.artists[2].id, std::int64_t(3));
        QCOMPARE(names.artists[2].name, std::string("BOB")); // trimmed
        QCOMPARE(names.problems.size(), std::size_t(1));
        QCOMPARE(names.problems[0].line, std::size_t(7));
        QCOMPARE(names.problems[0].reason,
            std::string("artist id 3 appears again (the first row is kept)"));
    }
    void emptyAndMissingFiles()
    {
        try {
            parseListeningCounts("", "counts.tsv");
            QFAIL("an empty file must throw");
        } catch (const DataFileError &e) {
            QCOMPARE(std::string(e.what()),
                std::string("counts.tsv: the file is empty (expected a header row: userID, "
                            "artistID, weight)"));
        }
        try {
            parseArtistNames("id\tname\nx\tA\n", "a.dat");
            QFAIL("no usable rows must throw");
        } catch (const DataFileError &e) {
            QCOMPARE(std::string(e.what()),
                std::string("a.dat: no usable rows (1 rows read, 1 skipped; first problem: line "
                            "2: artist id is not an integer)"));
        }
        try {
            readListeningCounts(fixture("no-such-file.tsv"));
            QFAIL("a missing file must throw");
        } catch (const DataFileError &e) {
            QCOMPARE(std::string(e.what()),
                "cannot open listening-count file '" + fixture("no-such-file.tsv")
                    + "': No such file or directory");
        }
        try {
            readDataFile(TD_SOURCE_DIR "/tests/fixtures/io", "catalogue file");
            QFAIL("a directory must throw");
        } catch (const DataFileError &e) {
            QVERIFY2(std::string(e.what()).find("Is a directory") != std::string::npos, e.what());
        }
    }
};
TD_REGISTER_TEST(TestCsvReader)

#include "tst_csvreader.moc"
