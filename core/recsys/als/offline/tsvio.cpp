// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/tsvio.h"

#include "base/numberformat.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>

namespace td::recsys::offline {

namespace {

/// Reads a TSV file line by line: skips the header (checking its field count) and blank lines,
/// hands each data line's fields to `onRow`, and prefixes errors with FILE:LINE.
class TsvLines
{
public:
    TsvLines(const std::string &path, std::size_t fields, const char *what)
        : m_path(path), m_fields(fields), m_what(what), m_in(path)
    {
        if (!m_in)
            throw TsvError("cannot open " + path + ": " + std::strerror(errno));
    }

    [[noreturn]] void fail(const std::string &message) const
    {
        throw TsvError(m_path + ":" + std::to_string(m_lineNumber) + ": " + message);
    }

    template<typename Fn> void forEachRow(Fn onRow)
    {
        std::string line;
        bool header = true;
        while (std::getline(m_in, line)) {
            ++m_lineNumber;
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (line.empty())
                continue;
            split(line);
            if (m_parts.size() != m_fields)
                fail("expected " + std::to_string(m_fields) + " tab-separated fields (" + m_what
                    + "), found " + std::to_string(m_parts.size()));
            if (header) {
                header = false;
                continue;
            }
            for (const std::string &p : m_parts) {
                if (p.empty())
                    fail("empty field");
            }
            onRow(m_parts);
        }
        if (m_in.bad())
            throw TsvError("cannot read " + m_path);
        if (header)
            throw TsvError(m_path + ": empty file (expected a header line: " + m_what + ")");
    }

    double number(const std::string &text, const char *name) const
    {
        double value = 0.0;
        const char *first = text.data();
        const char *last = text.data() + text.size();
        if (first != last && *first == '+')
            ++first;
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec != std::errc() || ptr != last || !std::isfinite(value))
            fail(std::string(name) + " '" + text + "' is not a finite number");
        return value;
    }

private:
    void split(const std::string &line)
    {
        m_parts.clear();
        std::size_t start = 0;
        for (;;) {
            const std::size_t tab = line.find('\t', start);
            m_parts.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos)
                break;
            start = tab + 1;
        }
    }

    std::string m_path;
    std::size_t m_fields;
    const char *m_what;
    std::ifstream m_in;
    std::size_t m_lineNumber = 0;
    std::vector<std::string> m_parts;
};

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

} // namespace

std::vector<WeightedPair> readInteractions(const std::string &path, IdMap &users, IdMap &items)
{
    TsvLines lines(path, 3, "user, item, weight");
    std::vector<WeightedPair> pairs;
    lines.forEachRow([&](const std::vector<std::string> &f) {
        const double weight = lines.number(f[2], "weight");
        if (weight < 0.0)
            lines.fail("weight '" + f[2] + "' is negative");
        pairs.push_back(WeightedPair { users.insert(f[0]), items.insert(f[1]), weight });
    });
    std::stable_sort(pairs.begin(), pairs.end(), [](const WeightedPair &a, const WeightedPair &b) {
        return a.user != b.user ? a.user < b.user : a.item < b.item;
    });
    // Merge repeated pairs; the stable sort keeps the file order, so the sum is reproducible.
    std::vector<WeightedPair> merged;
    merged.reserve(pairs.size());
    for (const WeightedPair &p : pairs) {
        if (!merged.empty() && merged.back().user == p.user && merged.back().item == p.item)
            merged.back().weight += p.weight;
        else
            merged.push_back(p);
    }
    return merged;
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
    TsvLines lines(path, 4, "user, item, rank, score");
    std::vector<Row> rows;
    lines.forEachRow([&](const std::vector<std::string> &f) {
        long long rank = 0;
        const auto [ptr, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), rank);
        if (ec != std::errc() || ptr != f[2].data() + f[2].size() || rank < 1)
            lines.fail("rank '" + f[2] + "' is not a positive integer");
        const double score = lines.number(f[3], "score");
        rows.push_back(Row { users.insert(f[0]), rank, ScoredItem { items.insert(f[1]), score } });
    });
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
