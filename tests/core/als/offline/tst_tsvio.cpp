// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/holdoutsplit.h"
#include "recsys/als/offline/idmap.h"
#include "recsys/als/offline/tsvio.h"
#include "testregistry.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace td::recsys::offline;

namespace {

std::string writeFile(const QTemporaryDir &dir, const char *name, const std::string &text)
{
    const std::string path = dir.filePath(QLatin1String(name)).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

class TestTsvIo : public QObject
{
    Q_OBJECT
private slots:
    void readsGoodFile()
    {
        QTemporaryDir dir;
        // Header, CRLF line, blank line, string ids, a repeated pair (weights add).
        const std::string path = writeFile(dir, "good.tsv",
            "userID\tartistID\tweight\n"
            "2\t52\t11690\r\n"
            "2\tabc\t0.5\n"
            "\n"
            "10\t52\t3\n"
            "2\t52\t10\n");
        const InteractionTable t = readInteractionTable(path);
        QCOMPARE(t.users.size(), std::size_t(2));
        QCOMPARE(t.items.size(), std::size_t(2));
        QCOMPARE(t.users.id(0), std::string("2"));
        QCOMPARE(t.items.id(1), std::string("abc"));
        QCOMPARE(t.items.find("52"), 0u);
        QCOMPARE(t.items.find("53"), IdMap::kAbsent);
        QCOMPARE(t.pairs.size(), std::size_t(3));
        QCOMPARE(t.pairs[0].user, 0u);
        QCOMPARE(t.pairs[0].item, 0u);
        QCOMPARE(t.pairs[0].weight, 11700.0);
        QCOMPARE(t.pairs[1].weight, 0.5);
        QCOMPARE(t.pairs[2].user, 1u);
    }

    void malformedLineNamesItsLine_data()
    {
        QTest::addColumn<QString>("line3");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two fields") << "5\t6"
                                    << "expected 3 tab-separated fields";
        QTest::newRow("four fields") << "5\t6\t7\t8"
                                     << "found 4";
        QTest::newRow("not a number") << "5\t6\tmany"
                                      << "weight 'many' is not a finite number";
        QTest::newRow("trailing junk") << "5\t6\t7x"
                                       << "not a finite number";
        QTest::newRow("negative") << "5\t6\t-1"
                                  << "negative";
        QTest::newRow("nan") << "5\t6\tnan"
                             << "not a finite number";
        QTest::newRow("empty id") << "\t6\t7"
                                  << "empty field";
        QTest::newRow("spaces") << "5 6 7"
                                << "found 1";
    }
    void malformedLineNamesItsLine()
    {
        QFETCH(QString, line3);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path
            = writeFile(dir, "bad.tsv", "u\ti\tw\n1\t2\t3\n" + line3.toStdString() + "\n4\t5\t6\n");
        try {
            readInteractionTable(path);
            QFAIL("no error");
        } catch (const TsvError &e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.startsWith(QString::fromStdString(path) + QStringLiteral(":3: ")),
                qPrintable(message));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void missingAndEmptyFiles()
    {
        QTemporaryDir dir;
        const std::string missing = dir.filePath(QStringLiteral("nope.tsv")).toStdString();
        try {
            readInteractionTable(missing);
            QFAIL("no error");
        } catch (const TsvError &e) {
            QCOMPARE(QString::fromStdString(e.what()),
                QStringLiteral("cannot open %1: No such file or directory")
                    .arg(QString::fromStdString(missing)));
        }
        QVERIFY_THROWS_EXCEPTION(TsvError, readInteractionTable(writeFile(dir, "empty.tsv", "")));
        // A header with the wrong number of columns is caught on line 1.
        try {
            readInteractionTable(writeFile(dir, "hdr.tsv", "user item weight\n1\t2\t3\n"));
            QFAIL("no error");
        } catch (const TsvError &e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("hdr.tsv:1: ")));
        }
    }

    void lineEndsAndByteOrderMark()
    {
        // LF, CRLF and CR-only files (with a BOM and blank lines) read the same; errors count
        // lone CRs as line breaks, as an editor does (the rule of io::CsvReader too).
        QTemporaryDir dir;
        const std::string lf = "user\titem\tweight\n1\t2\t3\n\n1\t3\t4\n2\t2\t1\n";
        auto withEnds = [&](const std::string &end) {
            std::string t = "\xEF\xBB\xBF";
            for (const char c : lf)
                t += c == '\n' ? end : std::string(1, c);
            return t;
        };
        const InteractionTable a = readInteractionTable(writeFile(dir, "lf.tsv", lf));
        for (const std::string end : { "\r\n", "\r" }) {
            const InteractionTable b = readInteractionTable(writeFile(dir, "x.tsv", withEnds(end)));
            QCOMPARE(b.users.size(), a.users.size());
            QCOMPARE(b.items.size(), a.items.size());
            QCOMPARE(b.users.id(0), std::string("1")); // the BOM is not part of an id
            QCOMPARE(b.pairs.size(), a.pairs.size());
            for (std::size_t k = 0; k < a.pairs.size(); ++k) {
                QCOMPARE(b.pairs[k].user, a.pairs[k].user);
                QCOMPARE(b.pairs[k].weight, a.pairs[k].weight);
                QCOMPARE(b.pairs[k].line, a.pairs[k].line);
            }
        }
        QCOMPARE(a.pairs[1].line, std::size_t(4)); // line 3 is blank
        try {
            readInteractionTable(writeFile(dir, "bad.tsv", "u\ti\tw\r1\t2\t3\r\r1\t2\tx\r"));
            QFAIL("no error");
        } catch (const TsvError &e) {
            QVERIFY2(
                std::string(e.what()).find("bad.tsv:4: weight 'x'") != std::string::npos, e.what());
        }
    }

    void largeFileAcrossBufferRefills()
    {
        // More than the scanner's 1 MiB buffer, with CRLF pairs and long ids landing on
        // buffer boundaries somewhere: every line must come through intact.
        QTemporaryDir dir;
        std::string text = "user\titem\tweight\r\n";
        const std::string longId(300, 'x');
        for (int i = 0; i < 150000; ++i)
            text += std::to_string(i / 7) + "\t" + (i % 1000 == 0 ? longId : std::string("i"))
                + std::to_string(i % 13) + "\t" + std::to_string(i % 5 + 1) + "\r\n";
        const InteractionTable t = readInteractionTable(writeFile(dir, "big.tsv", text));
        double total = 0.0;
        for (const WeightedPair &p : t.pairs)
            total += p.weight;
        QCOMPARE(total, 150000.0 / 5 * (1 + 2 + 3 + 4 + 5));
        QCOMPARE(t.users.size(), std::size_t(150000 / 7 + 1));
        QVERIFY(t.items.find(longId + "0") != IdMap::kAbsent);
    }

    void missingHeaderAndHeaderOnly()
    {
        QTemporaryDir dir;
        auto message = [&](const char *name, const std::string &text, bool recs) {
            try {
                IdMap u, i;
                if (recs)
                    readRecommendations(writeFile(dir, name, text), u, i);
                else
                    readInteractionTable(writeFile(dir, name, text));
            } catch (const TsvError &e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        QVERIFY(message("a.tsv", "1\t2\t3\n4\t5\t6\n", false)
                    .contains(QStringLiteral("a.tsv:1: the first line looks like data")));
        QVERIFY(message("b.tsv", "\n\nuser\titem\tweight\n\n", false)
                    .contains(QStringLiteral("b.tsv:3: no data rows after the header")));
        QVERIFY(message("c.tsv", "u\ti\t1\t0.5\n", true)
                    .contains(QStringLiteral("c.tsv:1: the first line looks like data")));
        QVERIFY(message("d.tsv", "USER\tItem\tRank\tScore\n", true)
                    .contains(QStringLiteral("d.tsv:1: no data rows after the header")));
        QVERIFY(message("e.tsv", "user\titem\tpos\tscore\nu\ti\t1\t1\n", true)
                    .contains(QStringLiteral("e.tsv:1: header field 3 is 'pos'")));
        QVERIFY(message("f.tsv", "u\ti\tw\n1\t2\t1e999\n", false)
                    .contains(QStringLiteral("f.tsv:2: weight '1e999' is out of the range")));
        // A header whose weight column is named by a word is a header, whatever the names.
        QCOMPARE(message("g.tsv", "a\tb\tc\n1\t2\t3\n", false), QString());
    }

    void recommendationsRoundTrip()
    {
        QTemporaryDir dir;
        IdMap users, items;
        users.insert("alice");
        users.insert("7");
        items.insert("x");
        items.insert("y");
        items.insert("z");
        const RecommendationLists lists { { ScoredItem { 2, 0.5 }, ScoredItem { 0, 0.25 } },
            { ScoredItem { 1, 1.0 / 3.0 } } };
        const std::string path = dir.filePath(QStringLiteral("r.tsv")).toStdString();
        writeRecommendations(path, users, items, lists);
        std::ifstream in(path);
        const std::string text(
            (std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QCOMPARE(text,
            std::string("user\titem\trank\tscore\nalice\tz\t1\t0.5\nalice\tx\t2\t0.25\n"
                        "7\ty\t1\t0.333333333\n"));
        IdMap users2, items2;
        const RecommendationLists back = readRecommendations(path, users2, items2);
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(items2.id(back[0][0].item), std::string("z"));
        QCOMPARE(items2.id(back[0][1].item), std::string("x"));
        QCOMPARE(back[1][0].score, 0.333333333);
        // Row order does not matter, rank does; a repeated rank is an error.
        const std::string shuffled
            = writeFile(dir, "s.tsv", "user\titem\trank\tscore\nu\tb\t2\t1\nu\ta\t1\t2\n");
        IdMap u3, i3;
        const RecommendationLists s = readRecommendations(shuffled, u3, i3);
        QCOMPARE(i3.id(s[0][0].item), std::string("a"));
        QVERIFY_THROWS_EXCEPTION(TsvError,
            readRecommendations(
                writeFile(dir, "d.tsv", "user\titem\trank\tscore\nu\tb\t1\t1\nu\ta\t1\t2\n"), u3,
                i3));
        QVERIFY_THROWS_EXCEPTION(TsvError,
            readRecommendations(
                writeFile(dir, "z.tsv", "user\titem\trank\tscore\nu\tb\t0\t1\n"), u3, i3));
    }

    void idMapKeepsSpellingsApart()
    {
        // Canonical small numbers take the direct table, everything else the hash table: the
        // two must never merge ids that are spelled differently.
        IdMap m;
        const std::vector<std::string> ids { "7", "07", "+7", "-7", "abc", "12345678", "0",
            "4194303", "4194304", "", "7 " };
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(m.insert(ids[i]), std::uint32_t(i));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            QCOMPARE(m.insert(ids[i]), std::uint32_t(i));
            QCOMPARE(m.find(ids[i]), std::uint32_t(i));
            QCOMPARE(m.id(std::uint32_t(i)), ids[i]);
        }
        QCOMPARE(m.find("8"), IdMap::kAbsent);
        QCOMPARE(m.find("007"), IdMap::kAbsent);
        QCOMPARE(m.find("abd"), IdMap::kAbsent);
        // Many ids (table growth on both paths).
        IdMap big;
        for (int i = 0; i < 20000; ++i) {
            QCOMPARE(big.insert(std::to_string(i * 3)), std::uint32_t(2 * i));
            QCOMPARE(big.insert("x" + std::to_string(i)), std::uint32_t(2 * i + 1));
        }
        QCOMPARE(big.find("x19999"), 39999u);
        QCOMPARE(big.find("59997"), 39998u);
        QCOMPARE(big.find("59998"), IdMap::kAbsent);
    }

    void idOrder()
    {
        QVERIFY(idLess("2", "10"));
        QVERIFY(!idLess("10", "2"));
        QVERIFY(idLess("-3", "2"));
        QVERIFY(idLess("99", "a"));
        QVERIFY(idLess("a10", "a2")); // non-numeric ids compare as bytes
        QVERIFY(idLess("07", "7")); // same number: bytes decide, so the order is total
        IdMap m;
        m.insert("10");
        m.insert("b");
        m.insert("2");
        const std::vector<std::uint32_t> ranks = m.idRanks();
        QCOMPARE(ranks, (std::vector<std::uint32_t> { 1, 2, 0 }));
    }

    void holdoutSplitIsDeterministic()
    {
        InteractionTable t;
        std::string text = "u\ti\tw\n";
        for (int u = 0; u < 30; ++u) {
            const int n = 1 + u % 12; // 1..12 items
            for (int i = 0; i < n; ++i)
                text += std::to_string(100 + u) + "\t" + std::to_string(i * 7 + u) + "\t1\n";
        }
        QTemporaryDir dir;
        const InteractionTable a = readInteractionTable(writeFile(dir, "a.tsv", text));
        const HoldoutSplit s = holdoutSplit(a, 0.2, 5, 42);
        QCOMPARE(s.train.size() + s.test.size(), a.pairs.size());
        const auto testItems = itemsByUser(s.test, a.users.size());
        for (std::uint32_t u = 0; u < a.users.size(); ++u) {
            std::size_t n = 0;
            for (const WeightedPair &p : a.pairs)
                n += p.user == u ? 1 : 0;
            const std::size_t expected
                = n >= 5 ? std::size_t(std::floor(0.2 * double(n) + 0.5)) : 0;
            QCOMPARE(testItems[u].size(), expected);
        }
        // Same split when the file lists the lines in another order (ids, not positions).
        std::vector<std::string> lines;
        std::size_t start = text.find('\n') + 1;
        while (start < text.size()) {
            const std::size_t end = text.find('\n', start);
            lines.push_back(text.substr(start, end - start + 1));
            start = end + 1;
        }
        std::reverse(lines.begin(), lines.end());
        std::string reversed = "u\ti\tw\n";
        for (const std::string &l : lines)
            reversed += l;
        const InteractionTable b = readInteractionTable(writeFile(dir, "b.tsv", reversed));
        const HoldoutSplit r = holdoutSplit(b, 0.2, 5, 42);
        auto named = [](const InteractionTable &table, const std::vector<WeightedPair> &pairs) {
            std::vector<std::pair<std::string, std::string>> out;
            for (const WeightedPair &p : pairs)
                out.emplace_back(table.users.id(p.user), table.items.id(p.item));
            std::sort(out.begin(), out.end());
            return out;
        };
        QVERIFY(named(a, s.test) == named(b, r.test));
        // Another seed picks other pairs.
        QVERIFY(named(a, holdoutSplit(a, 0.2, 5, 43).test) != named(a, s.test));
    }
};
TD_REGISTER_TEST(TestTsvIo)
#include "tst_tsvio.moc"
