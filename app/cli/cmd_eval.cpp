// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli eval`: ranking metrics of a recommendation file against held-out pairs.
// Definitions in docs/als.md and core/recsys/als/offline/rankingmetrics.h.
#include "commands.h"

#include "base/numberformat.h"
#include "recsys/als/offline/holdoutsplit.h"
#include "recsys/als/offline/rankingmetrics.h"
#include "recsys/als/offline/tsvio.h"

#include <QFile>
#include <QHash>

#include <cstdio>
#include <limits>
#include <string>

namespace td::cli {

namespace {

using namespace td::recsys;

const char kUsage[]
    = R"(Usage: tastedrift-cli eval --recs RECS.tsv --test TEST.tsv --k K [--train FILE]

Prints recall@K, precision@K, NDCG@K and MAP@K of RECS.tsv (header `user item rank score`)
against the held-out pairs of TEST.tsv (header `user item weight`; weights are ignored),
macro-averaged over the users with at least one test item (definitions: docs/als.md).

  --recs RECS.tsv   recommendations, e.g. from `tastedrift-cli als`
  --test TEST.tsv   held-out (user, item) pairs
  --k K             cut-off (>= 1); lists longer than K are cut, shorter ones kept
  --train FILE      optional: adds a line `known_items` that ignores test items absent
                    from FILE (items no collaborative model can recommend)
  --help            this text

Output (stdout, tab-separated): a header, then the line `all` (and `known_items`).
Exit status: 0 success, 2 bad input (message on stderr).
)";

void printError(const QString &message)
{
    std::fprintf(stderr, "tastedrift-cli eval: %s\n", message.toLocal8Bit().constData());
}

std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString parseFlags(
    const QStringList &args, const QStringList &known, QHash<QString, QString> &out, bool &help)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (!name.startsWith(QLatin1String("--")))
            return QStringLiteral("unexpected argument '%1'").arg(name);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return QStringLiteral("%1 needs a value").arg(name);
        }
        if (!known.contains(name.mid(2)))
            return QStringLiteral("unknown option %1").arg(name);
        out.insert(name.mid(2), value);
    }
    return {};
}

void printLine(const char *subset, const offline::RankingScores &s)
{
    std::printf("%s\t%zu\t%s\t%s\t%s\t%s\n", subset, s.users, base::formatNumber(s.recall).c_str(),
        base::formatNumber(s.precision).c_str(), base::formatNumber(s.ndcg).c_str(),
        base::formatNumber(s.map).c_str());
}

} // namespace

int evalCommand(const QStringList &args)
{
    const QStringList known { QStringLiteral("recs"), QStringLiteral("test"), QStringLiteral("k"),
        QStringLiteral("train") };
    QHash<QString, QString> flags;
    bool help = false;
    QString error = parseFlags(args, known, flags, help);
    if (help) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    for (const char *required : { "recs", "test", "k" }) {
        if (error.isEmpty() && !flags.contains(QLatin1String(required)))
            error = QStringLiteral("missing --%1 (see --help)").arg(QLatin1String(required));
    }
    long long k = 0;
    if (error.isEmpty()) {
        bool ok = false;
        k = flags.value(QStringLiteral("k")).toLongLong(&ok);
        if (!ok || k < 1 || k > std::numeric_limits<int>::max())
            error = QStringLiteral("--k expects an integer >= 1, got '%1'")
                        .arg(flags.value(QStringLiteral("k")));
    }
    if (!error.isEmpty()) {
        printError(error);
        return 2;
    }

    offline::IdMap users, items;
    std::vector<char> knownItem;
    const bool withTrain = flags.contains(QStringLiteral("train"));
    offline::RecommendationLists lists;
    std::vector<offline::WeightedPair> test;
    try {
        if (withTrain) {
            for (const offline::WeightedPair &p : offline::readInteractions(
                     localPath(flags.value(QStringLiteral("train"))), users, items)) {
                if (p.item >= knownItem.size())
                    knownItem.resize(p.item + 1, 0);
                knownItem[p.item] = 1;
            }
        }
        lists = offline::readRecommendations(
            localPath(flags.value(QStringLiteral("recs"))), users, items);
        test = offline::readInteractions(
            localPath(flags.value(QStringLiteral("test"))), users, items);
    } catch (const std::exception &e) {
        printError(QString::fromLocal8Bit(e.what()));
        return 2;
    }

    std::printf("subset\tusers\trecall@%lld\tprecision@%lld\tndcg@%lld\tmap@%lld\n", k, k, k, k);
    const auto relevant = offline::itemsByUser(test, users.size());
    printLine("all", offline::evaluateRanking(lists, relevant, std::size_t(k)));
    if (withTrain) {
        std::vector<offline::WeightedPair> knownTest;
        for (const offline::WeightedPair &p : test) {
            if (p.item < knownItem.size() && knownItem[p.item])
                knownTest.push_back(p);
        }
        printLine("known_items",
            offline::evaluateRanking(
                lists, offline::itemsByUser(knownTest, users.size()), std::size_t(k)));
    }
    std::fflush(stdout);
    return 0;
}

} // namespace td::cli
