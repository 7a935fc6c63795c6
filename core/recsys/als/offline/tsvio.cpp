// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/tsvio.h"

#include "base/numberformat.h"
#include "recsys/als/offline/tsvscanner.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>

namespace td::recsys::offline {

namespace {

bool equalsIgnoringCase(std::string_view a, const char *b)
{
    std::size_t i = 0;
    for (; i < a.size() && b[i] != '\0'; ++i) {
        const char c = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] + 32) : a[i];
        if (c != b[i])
            return false;
    }
    return i == a.size() && b[i] == '\0';
}

std::ofstream openForWriting(const std::string &path)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw TsvError("cannot write " + path + ": " + std::strerror(errno));
    return out;
}

void finishWriting(std::ofstream &out, const std::string &path)
{
    out.flush();
    if (!out)
        throw TsvError("cannot write " + path + ": " + std::strerror(errno));
}

/// Sorts pairs by (user, item) keeping the file order of equal pairs: a counting sort by user
/// (O(n + users)), then each user's few pairs by item. Stable, so repeated pairs add up in
/// file order and the sum is reproducible.
void sortPairs(std::vector<WeightedPair> &pairs, std::size_t userCount)
{
    std::vector<std::size_t> start(userCount + 1, 0);
    for (const WeightedPair &p : pairs)
        ++start[p.user + 1];
    for (std::size_t u = 0; u < userCount; ++u)
        start[u + 1] += start[u];
    // A file that lists each user's lines together (the usual case) is already in user
    // order, since indices follow first appearance: no copy needed.
    const bool grouped = std::is_sorted(pairs.begin(), pairs.end(),
        [](const WeightedPair &a, const WeightedPair &b) { return a.user < b.user; });
    if (!grouped) {
        std::vector<WeightedPair> sorted(pairs.size());
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (const WeightedPair &p : pairs)
            sorted[next[p.user]++] = p;
        pairs.swap(sorted);
    }
    const auto byItem
        = [](const WeightedPair &a, const WeightedPair &b) { return a.item < b.item; };
    for (std::size_t u = 0; u < userCount; ++u) {
        WeightedPair *first = pairs.data() + start[u], *last = pairs.data() + start[u + 1];
        if (last - first <= 64) { // insertion sort: stable, no allocation
            for (WeightedPair *i = first + 1; i < last; ++i) {
                const WeightedPair v = *i;
                WeightedPair *j = i;
                for (; j > first && byItem(v, *(j - 1)); --j)
                    *j = *(j - 1);
                *j = v;
            }
        } else {
            std::stable_sort(first, last, byItem);
        }
    }
}

} // namespace

std::vector<WeightedPair> readInteractions(const std::string &path, IdMap &users, IdMap &items)
{
    TsvScanner scan(path, 3, "user, item, weight");
    scan.readHeader();
    if (TsvScanner::isNumber(scan.field(2)))
        scan.fail("the first line looks like data (its weight '" + std::string(scan.field(2))
            + "' is a number), not a header: the file must start with a header line such as "
              "`user<TAB>item<TAB>weight`");
    std::vector<WeightedPair> pairs;
    pairs.reserve(scan.fileBytes() / 12 + 16); // Last.fm's lines average 15 bytes
    // Files list a user's lines together: remember the last user instead of looking it up
    // (a copy: the scanner's views last one line; short ids need no allocation).
    std::string lastUser;
    std::uint32_t lastUserIndex = 0;
    while (scan.next()) {
        const double weight = scan.number(scan.field(2), "weight");
        if (weight < 0.0)
            scan.fail("weight '" + std::string(scan.field(2)) + "' is negative");
        const std::string_view user = scan.field(0);
        if (pairs.empty() || user != lastUser) {
            lastUser.assign(user);
            lastUserIndex = users.insert(user);
        }
        pairs.push_back(
            WeightedPair { lastUserIndex, items.insert(scan.field(1)), weight, scan.line() });
    }
    scan.requireData();
    sortPairs(pairs, users.size());
    // Merge repeated pairs; the stable sort keeps the file order, so the sum is reproducible.
    std::size_t out = 0;
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        const WeightedPair &p = pairs[k];
        if (out > 0 && pairs[out - 1].user == p.user && pairs[out - 1].item == p.item) {
            pairs[out - 1].weight += p.weight;
            if (!std::isfinite(pairs[out - 1].weight))
                scan.failAt(p.line,
                    "the weights of user " + users.id(p.user) + " and item " + items.id(p.item)
                        + " (repeated from line " + std::to_string(pairs[out - 1].line)
                        + ") add up beyond double precision");
        } else {
            pairs[out++] = p;
        }
    }
    pairs.resize(out);
    return pairs;
}

InteractionTable readInteractionTable(const std::string &path)
{
    InteractionTable t;
    t.pairs = readInteractions(path, t.users, t.items);
    return t;
}

void writeInteractions(const std::string &path, const IdMap &users, const IdMap &items,
    const std::vector<WeightedPair> &pairs)
{
    std::ofstream out = openForWriting(path);
    out << "user\titem\tweight\n";
    for (const WeightedPair &p : pairs)
        out << users.id(p.user) << '\t' << items.id(p.item) << '\t' << base::formatNumber(p.weight)
            << '\n';
    finishWriting(out, path);
}

void writeRecommendations(const std::string &path, const IdMap &users, const IdMap &items,
    const RecommendationLists &lists)
{
    std::ofstream out = openForWriting(path);
    out << "user\titem\trank\tscore\n";
    for (std::size_t u = 0; u < lists.size(); ++u) {
        for (std::size_t r = 0; r < lists[u].size(); ++r)
            out << users.id(std::uint32_t(u)) << '\t' << items.id(lists[u][r].item) << '\t'
                << (r + 1) << '\t' << base::formatNumber(lists[u][r].score) << '\n';
    }
    finishWriting(out, path);
}

RecommendationLists readRecommendations(const std::string &path, IdMap &users, IdMap &items)
{
    struct Row
    {
        std::uint32_t user;
        long long rank;
        ScoredItem item;
    };
    TsvScanner scan(path, 4, "user, item, rank, score");
    scan.readHeader();
    if (TsvScanner::isNumber(scan.field(2)) && TsvScanner::isNumber(scan.field(3)))
        scan.fail("the first line looks like data (rank and score are numbers), not a header: "
                  "the file must start with the header line `user<TAB>item<TAB>rank<TAB>score`");
    static const char *const kNames[] = { "user", "item", "rank", "score" };
    for (std::size_t i = 0; i < 4; ++i) {
        if (!equalsIgnoringCase(scan.field(i), kNames[i]))
            scan.fail("header field " + std::to_string(i + 1) + " is '" + std::string(scan.field(i))
                + "', expected the header `user<TAB>item<TAB>rank<TAB>score` (any case) that "
                  "`tastedrift-cli als` writes");
    }
    std::vector<Row> rows;
    rows.reserve(scan.fileBytes() / 16 + 16);
    while (scan.next()) {
        const std::string_view rankText = scan.field(2);
        long long rank = 0;
        const auto [ptr, ec]
            = std::from_chars(rankText.data(), rankText.data() + rankText.size(), rank);
        if (ec != std::errc() || ptr != rankText.data() + rankText.size() || rank < 1)
            scan.fail("rank '" + std::string(rankText) + "' is not a positive integer");
        const double score = scan.number(scan.field(3), "score");
        rows.push_back(Row {
            users.insert(scan.field(0)), rank, ScoredItem { items.insert(scan.field(1)), score } });
    }
    scan.requireData();
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.user != b.user ? a.user < b.user : a.rank < b.rank;
    });
    RecommendationLists lists(users.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        if (k > 0 && rows[k - 1].user == rows[k].user && rows[k - 1].rank == rows[k].rank)
            throw TsvError(path + ": user " + users.id(rows[k].user) + " has rank "
                + std::to_string(rows[k].rank) + " twice");
        lists[rows[k].user].push_back(rows[k].item);
    }
    return lists;
}

} // namespace td::recsys::offline
