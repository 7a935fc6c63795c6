// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// `tastedrift-cli als`: fits implicit ALS (or the most-popular baseline) on a TSV of
// (user, item, weight) and writes top-K recommendations. The work is done by the offline
// library in core/recsys/als; this file only parses flags and reports.
#include "commands.h"

#include "base/atomicfile.h"
#include "base/numberformat.h"
#include "base/threadpool.h"
#include "recsys/als/implicitals.h"
#include "recsys/als/offline/confidence.h"
#include "recsys/als/offline/topk.h"
#include "recsys/als/offline/tsvio.h"

#include <QFile>
#include <QHash>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace td::cli {

namespace {

using namespace td::recsys;

// A printf format: the defaults are filled in from AlsParams and offline/confidence.h.
const char kUsage[] = R"(Usage: tastedrift-cli als --train FILE --topk K --out RECS.tsv [options]

Fits implicit-feedback ALS (Hu, Koren & Volinsky 2008) on FILE and writes the top K items
per user that the user does not already have in FILE.

  --train FILE           tab-separated `user item weight` with a header line (ids: any text)
  --topk K               recommendations per user (>= 1)
  --out RECS.tsv         output: header `user item rank score`, then K rows per user
  --factors F            latent dimensions (default %d)
  --reg L                regularisation lambda >= 0 (default %g)
  --alpha A              confidence scale >= 0 (default %g)
  --confidence log|linear  c = 1 + A*log(1 + weight) or c = 1 + A*weight (default %s)
  --iterations N         ALS iterations, >= 1 (default %d)
  --cg-steps S           conjugate-gradient steps per row and half-step (default %d)
  --threads T            worker threads, 0 = all cores (default 0); never changes results
  --seed S               seed of the initial factors (default 0)
  --baseline popular     write the most-popular baseline instead (by number of users,
                         ties by id); the ALS options are then ignored
  --help                 this text

Progress (time and training loss per iteration) goes to stderr. Exit status: 0 success,
1 cannot write the output, 2 bad input (message on stderr).
)";

void printError(const QString &message)
{
    std::fprintf(stderr, "tastedrift-cli als: %s\n", message.toLocal8Bit().constData());
}

std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

/// Writes the lists in the format of offline::writeRecommendations() (`user item rank
/// score`, users in index order, ranks from 1, %.9g scores) through base::AtomicFile, so a
/// full disk leaves no partial file. False with `file.error()` set on failure.
bool writeRecommendationFile(base::AtomicFile &file, const offline::IdMap &users,
    const offline::IdMap &items, const offline::RecommendationLists &lists)
{
    if (!file.write("user\titem\trank\tscore\n"))
        return false;
    std::string rows;
    for (std::size_t u = 0; u < lists.size(); ++u) {
        rows.clear();
        for (std::size_t r = 0; r < lists[u].size(); ++r)
            rows += users.id(std::uint32_t(u)) + '\t' + items.id(lists[u][r].item) + '\t'
                + std::to_string(r + 1) + '\t' + base::formatNumber(lists[u][r].score) + '\n';
        if (!file.write(rows))
            return false;
    }
    return file.commit();
}

/// Parses `--name value` / `--name=value` pairs; returns an error message or an empty string.
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

/// Reads an integer flag in [lo, hi]; false with an error message otherwise.
bool intFlag(const QHash<QString, QString> &flags, const char *name, long long lo, long long hi,
    long long &value, QString &error)
{
    const QString key = QLatin1String(name);
    if (!flags.contains(key))
        return true;
    bool ok = false;
    value = flags.value(key).toLongLong(&ok);
    if (!ok || value < lo || value > hi) {
        error = QStringLiteral("--%1 expects an integer in [%2, %3], got '%4'")
                    .arg(key)
                    .arg(lo)
                    .arg(hi)
                    .arg(flags.value(key));
        return false;
    }
    return true;
}

bool doubleFlag(
    const QHash<QString, QString> &flags, const char *name, double &value, QString &error)
{
    const QString key = QLatin1String(name);
    if (!flags.contains(key))
        return true;
    bool ok = false;
    value = flags.value(key).toDouble(&ok); // C locale, whatever the environment says
    if (!ok || !(value >= 0.0) || !std::isfinite(value)) {
        error = QStringLiteral("--%1 expects a number >= 0, got '%2'").arg(key, flags.value(key));
        return false;
    }
    return true;
}

} // namespace

int alsCommand(const QStringList &args)
{
    const QStringList known { QStringLiteral("train"), QStringLiteral("factors"),
        QStringLiteral("reg"), QStringLiteral("alpha"), QStringLiteral("iterations"),
        QStringLiteral("threads"), QStringLiteral("seed"), QStringLiteral("confidence"),
        QStringLiteral("topk"), QStringLiteral("out"), QStringLiteral("baseline"),
        QStringLiteral("cg-steps") };
    QHash<QString, QString> flags;
    bool help = false;
    QString error = parseFlags(args, known, flags, help);
    if (help) {
        const als::AlsParams defaults;
        std::printf(kUsage, defaults.factors, double(defaults.regularization),
            offline::kDefaultAlpha, offline::confidenceModeName(offline::kDefaultConfidenceMode),
            defaults.iterations, defaults.cgSteps);
        return 0;
    }
    for (const char *required : { "train", "topk", "out" }) {
        if (error.isEmpty() && !flags.contains(QLatin1String(required)))
            error = QStringLiteral("missing --%1 (see --help)").arg(QLatin1String(required));
    }

    als::AlsParams params;
    params.computeLoss = true;
    long long factors = params.factors, iterations = params.iterations, cgSteps = params.cgSteps;
    long long threads = 0, topk = 0;
    double reg = params.regularization, alpha = offline::kDefaultAlpha;
    offline::ConfidenceMode mode = offline::kDefaultConfidenceMode;
    bool ok = error.isEmpty() && intFlag(flags, "factors", 1, 1024, factors, error)
        && intFlag(flags, "iterations", 1, 100000, iterations, error)
        && intFlag(flags, "cg-steps", 1, 1024, cgSteps, error)
        && intFlag(flags, "threads", 0, 1024, threads, error)
        && intFlag(flags, "topk", 1, std::numeric_limits<int>::max(), topk, error)
        && doubleFlag(flags, "reg", reg, error) && doubleFlag(flags, "alpha", alpha, error);
    if (ok && flags.contains(QStringLiteral("seed"))) {
        params.seed = flags.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            error = QStringLiteral("--seed expects a non-negative integer, got '%1'")
                        .arg(flags.value(QStringLiteral("seed")));
    }
    if (ok && flags.contains(QStringLiteral("confidence"))
        && !offline::parseConfidenceMode(
            flags.value(QStringLiteral("confidence")).toStdString(), mode)) {
        ok = false;
        error = QStringLiteral("--confidence expects log or linear, got '%1'")
                    .arg(flags.value(QStringLiteral("confidence")));
    }
    const bool popular = flags.contains(QStringLiteral("baseline"));
    if (ok && popular && flags.value(QStringLiteral("baseline")) != QLatin1String("popular")) {
        ok = false;
        error = QStringLiteral("--baseline expects popular, got '%1'")
                    .arg(flags.value(QStringLiteral("baseline")));
    }
    if (!ok || !error.isEmpty()) {
        printError(error);
        return 2;
    }
    params.factors = int(factors);
    params.iterations = int(iterations);
    params.cgSteps = int(cgSteps);
    params.regularization = float(reg);

    const QString trainPath = flags.value(QStringLiteral("train"));
    const QString outPath = flags.value(QStringLiteral("out"));
    offline::InteractionTable table;
    als::InteractionMatrix matrix;
    try {
        table = offline::readInteractionTable(localPath(trainPath));
        matrix = offline::toImplicitMatrix(
            table.pairs, table.users.size(), table.items.size(), alpha, mode, localPath(trainPath));
    } catch (const std::exception &e) {
        printError(QString::fromLocal8Bit(e.what()));
        return 2;
    }
    std::fprintf(stderr, "als: %zu users, %zu items, %zu pairs from %s\n", table.users.size(),
        table.items.size(), table.pairs.size(), trainPath.toLocal8Bit().constData());

    // Opened before the fit, so a bad --out path fails in a second, not after the training.
    base::AtomicFile out(localPath(outPath));
    if (!out.open()) {
        printError(QString::fromLocal8Bit(out.error().c_str()));
        return 1;
    }

    const std::vector<std::uint32_t> tieRank = table.items.idRanks();
    offline::RecommendationLists lists;
    if (popular) {
        lists = offline::recommendPopular(matrix, std::size_t(topk), tieRank);
    } else {
        std::fprintf(stderr,
            "als: factors %d, reg %g, alpha %g, confidence %s, iterations %d, cg-steps %d, "
            "seed %llu\n",
            params.factors, double(params.regularization), alpha, offline::confidenceModeName(mode),
            params.iterations, params.cgSteps, static_cast<unsigned long long>(params.seed));
        // Σ over every (user, item) pair of its confidence: unobserved pairs weigh 1.
        const double totalWeight = double(matrix.rows()) * double(matrix.columns())
            - double(matrix.nonZeros()) + matrix.confidenceSum();
        base::ThreadPool pool(static_cast<unsigned>(threads));
        als::ImplicitAls model(params);
        double fitSeconds = 0.0;
        model.fit(matrix, &pool, [&](const als::IterationStats &s) {
            fitSeconds += s.seconds;
            std::fprintf(stderr,
                "als: iteration %d/%d  %.3f s  loss %.6e  (%.6g per unit weight)\n", s.iteration,
                params.iterations, s.seconds, s.loss, s.loss / totalWeight);
        });
        const auto start = std::chrono::steady_clock::now();
        lists = offline::recommendAls(model, matrix, std::size_t(topk), tieRank, &pool);
        const double recSeconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "als: fit %.3f s on %u threads, top-%lld in %.3f s\n", fitSeconds,
            pool.threadCount(), topk, recSeconds);
    }
    if (!writeRecommendationFile(out, table.users, table.items, lists)) {
        printError(QString::fromLocal8Bit(out.error().c_str()));
        return 1;
    }
    std::size_t rows = 0;
    for (const auto &list : lists)
        rows += list.size();
    std::fprintf(stderr, "als: wrote %zu %s recommendations to %s\n", rows,
        popular ? "most-popular" : "ALS", outPath.toLocal8Bit().constData());
    return 0;
}

} // namespace td::cli
