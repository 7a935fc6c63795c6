// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "base/threadpool.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/offline/confidence.h"
#include "recsys/als/offline/holdoutsplit.h"
#include "recsys/als/offline/rankingmetrics.h"
#include "recsys/als/offline/topk.h"
#include "recsys/als/offline/tsvio.h"
#include "testregistry.h"

#include <QFileInfo>
#include <QtTest>

using namespace td::recsys;

/// ALS against most-popular on real listening data (Last.fm HetRec 2011, shared/data), on the
/// hold-out split of docs/validation.md (20 % of each user with >= 5 artists, seed 1).
class TestLastFm : public QObject
{
    Q_OBJECT
private slots:
    void alsBeatsPopularOnHoldout()
    {
        const QString path = QStringLiteral(TD_SOURCE_DIR)
            + QStringLiteral("/../shared/data/lastfm-2k/train_user_artists.tsv");
        if (!QFileInfo::exists(path))
            QSKIP(qPrintable(QStringLiteral("Last.fm data not found at %1 (shared/data is not "
                                            "part of the repository)")
                                 .arg(path)));
        const offline::InteractionTable table
            = offline::readInteractionTable(QFile::encodeName(path).toStdString());
        QCOMPARE(table.pairs.size(), std::size_t(74297));
        const offline::HoldoutSplit split = offline::holdoutSplit(table, 0.2, 5, 1);
        const std::size_t users = table.users.size(), items = table.items.size();
        const als::InteractionMatrix train = offline::toImplicitMatrix(
            split.train, users, items, offline::kDefaultAlpha, offline::kDefaultConfidenceMode);
        const auto relevant = offline::itemsByUser(split.test, users);
        const auto ties = table.items.idRanks();

        td::base::ThreadPool pool(2);
        als::ImplicitAls model; // the documented defaults
        model.fit(train, &pool);
        const auto alsScores = offline::evaluateRanking(
            offline::recommendAls(model, train, 10, ties, &pool), relevant, 10);
        const auto popScores
            = offline::evaluateRanking(offline::recommendPopular(train, 10, ties), relevant, 10);
        qInfo("Last.fm hold-out (%zu users): ALS recall@10 %.4f ndcg@10 %.4f; most-popular "
              "recall@10 %.4f ndcg@10 %.4f",
            alsScores.users, alsScores.recall, alsScores.ndcg, popScores.recall, popScores.ndcg);
        QVERIFY(alsScores.users > 1800);
        QVERIFY(popScores.recall > 0.05);
        QVERIFY(alsScores.recall >= 1.3 * popScores.recall);
        QVERIFY(alsScores.ndcg >= 1.3 * popScores.ndcg);
    }
};
TD_REGISTER_TEST(TestLastFm)
#include "tst_lastfm.moc"
