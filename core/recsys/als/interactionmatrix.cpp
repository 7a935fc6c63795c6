// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/interactionmatrix.h"

#include "base/threadpool.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>

namespace td::recsys::als {

InteractionMatrix InteractionMatrix::fromTriplets(
    std::size_t rows, std::size_t columns, std::vector<Triplet> triplets)
{
    for (const Triplet &t : triplets) {
        if (t.row >= rows || t.column >= columns)
            throw std::invalid_argument("InteractionMatrix: entry (" + std::to_string(t.row) + ", "
                + std::to_string(t.column) + ") outside " + std::to_string(rows) + " x "
                + std::to_string(columns));
        if (!std::isfinite(t.confidence) || !(t.confidence > 0.0f))
            throw std::invalid_argument("InteractionMatrix: confidence must be finite and > 0");
        if (!(t.preference >= 0.0f && t.preference <= 1.0f))
            throw std::invalid_argument("InteractionMatrix: preference must be in [0, 1]");
    }
    // A full (row, column) sort makes the result independent of the input order. Readers
    // usually hand over sorted triplets: checking costs one pass, sorting 5M costs ~0.5 s.
    const auto before = [](const Triplet &a, const Triplet &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    };
    if (!std::is_sorted(triplets.begin(), triplets.end(), before))
        std::sort(triplets.begin(), triplets.end(), before);
    InteractionMatrix m;
    m.m_columns = columns;
    m.m_rowStart.assign(rows + 1, 0);
    m.m_entries.reserve(triplets.size());
    for (std::size_t k = 0; k < triplets.size(); ++k) {
        const Triplet &t = triplets[k];
        if (k > 0 && triplets[k - 1].row == t.row && triplets[k - 1].column == t.column)
            throw std::invalid_argument("InteractionMatrix: duplicate entry ("
                + std::to_string(t.row) + ", " + std::to_string(t.column) + ")");
        m.m_entries.push_back(Entry { t.column, t.confidence, t.preference });
        ++m.m_rowStart[t.row + 1];
    }
    for (std::size_t r = 0; r < rows; ++r)
        m.m_rowStart[r + 1] += m.m_rowStart[r];
    return m;
}

InteractionMatrix InteractionMatrix::fromRows(
    std::size_t columns, std::vector<std::size_t> rowStart, std::vector<Entry> entries)
{
    if (rowStart.empty() || rowStart.front() != 0 || rowStart.back() != entries.size())
        throw std::invalid_argument("InteractionMatrix: row offsets must run from 0 to the "
                                    "entry count");
    for (std::size_t r = 0; r + 1 < rowStart.size(); ++r) {
        if (rowStart[r + 1] < rowStart[r])
            throw std::invalid_argument(
                "InteractionMatrix: row offsets decrease at row " + std::to_string(r));
        for (std::size_t k = rowStart[r]; k < rowStart[r + 1]; ++k) {
            const Entry &e = entries[k];
            const auto where = [&] { return std::to_string(r) + ", " + std::to_string(e.index); };
            if (e.index >= columns)
                throw std::invalid_argument("InteractionMatrix: entry (" + where() + ") outside "
                    + std::to_string(rowStart.size() - 1) + " x " + std::to_string(columns));
            if (k > rowStart[r] && e.index <= entries[k - 1].index)
                throw std::invalid_argument("InteractionMatrix: entry (" + where()
                    + ") out of order: columns strictly increasing within a row");
            if (!std::isfinite(e.confidence) || !(e.confidence > 0.0f))
                throw std::invalid_argument("InteractionMatrix: confidence must be finite and > 0");
            if (!(e.preference >= 0.0f && e.preference <= 1.0f))
                throw std::invalid_argument("InteractionMatrix: preference must be in [0, 1]");
        }
    }
    InteractionMatrix m;
    m.m_columns = columns;
    m.m_rowStart = std::move(rowStart);
    m.m_entries = std::move(entries);
    return m;
}

InteractionMatrix InteractionMatrix::transposed(base::ThreadPool *pool) const
{
    InteractionMatrix t;
    t.m_columns = rows();
    t.m_rowStart.assign(m_columns + 1, 0);
    // One range of columns per thread: each part reads every entry but counts, then places,
    // only those of its own columns. Within a column the entries still come in row order (a
    // stable counting sort), so the result is the same for any split, and for any thread count.
    const std::size_t parts = pool
        ? std::max<std::size_t>(1, std::min<std::size_t>(pool->threadCount(), m_columns))
        : 1;
    const auto firstColumnOf = [&](std::size_t part) { return m_columns * part / parts; };
    const auto forEachPart = [&](const std::function<void(std::size_t, std::size_t)> &fn) {
        const auto run
            = [&](std::size_t part) { fn(firstColumnOf(part), firstColumnOf(part + 1)); };
        if (parts > 1) {
            pool->forEachChunk(parts, run);
        } else {
            run(0);
        }
    };
    forEachPart([&](std::size_t lo, std::size_t hi) {
        for (const Entry &e : m_entries)
            if (e.index >= lo && e.index < hi)
                ++t.m_rowStart[e.index + 1];
    });
    for (std::size_t c = 0; c < m_columns; ++c)
        t.m_rowStart[c + 1] += t.m_rowStart[c];
    t.m_entries.resize(m_entries.size());
    forEachPart([&](std::size_t lo, std::size_t hi) {
        std::vector<std::size_t> next(
            t.m_rowStart.begin() + std::ptrdiff_t(lo), t.m_rowStart.begin() + std::ptrdiff_t(hi));
        for (std::size_t r = 0; r < rows(); ++r) {
            for (const Entry &e : row(r))
                if (e.index >= lo && e.index < hi)
                    t.m_entries[next[e.index - lo]++]
                        = Entry { static_cast<std::uint32_t>(r), e.confidence, e.preference };
        }
    });
    return t;
}

InteractionMatrix InteractionMatrix::padded(std::size_t rows, std::size_t columns) const
{
    if (rows < this->rows() || columns < m_columns)
        throw std::invalid_argument("InteractionMatrix::padded: cannot shrink");
    InteractionMatrix m = *this;
    m.m_columns = columns;
    m.m_rowStart.resize(rows + 1, m_entries.size());
    return m;
}

double InteractionMatrix::confidenceSum() const
{
    double sum = 0.0;
    for (const Entry &e : m_entries)
        sum += e.confidence;
    return sum;
}

} // namespace td::recsys::als
