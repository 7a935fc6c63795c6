// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/interactionmatrix.h"

#include <algorithm>
#include <cmath>
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

MatrixRowBuilder::MatrixRowBuilder(
    std::size_t rows, std::size_t columns, std::size_t reserveEntries)
    : m_rows(rows)
{
    m_matrix.m_columns = columns;
    m_matrix.m_rowStart.assign(rows + 1, 0);
    m_matrix.m_entries.reserve(reserveEntries);
}

void MatrixRowBuilder::add(
    std::size_t row, std::uint32_t column, float confidence, float preference)
{
    auto &entries = m_matrix.m_entries;
    const auto where = [&] { return std::to_string(row) + ", " + std::to_string(column); };
    if (row >= m_rows || column >= m_matrix.m_columns)
        throw std::invalid_argument("InteractionMatrix: entry (" + where() + ") outside "
            + std::to_string(m_rows) + " x " + std::to_string(m_matrix.m_columns));
    if (!std::isfinite(confidence) || !(confidence > 0.0f))
        throw std::invalid_argument("InteractionMatrix: confidence must be finite and > 0");
    if (!(preference >= 0.0f && preference <= 1.0f))
        throw std::invalid_argument("InteractionMatrix: preference must be in [0, 1]");
    if (!entries.empty()
        && (row < m_lastRow || (row == m_lastRow && column <= entries.back().index)))
        throw std::invalid_argument("InteractionMatrix: entry (" + where()
            + ") out of order: rows increasing, columns strictly increasing within a row");
    // Rows between the last one and this one are empty: their ends equal the last row's.
    for (std::size_t r = m_lastRow + 1; r <= row; ++r)
        m_matrix.m_rowStart[r] = entries.size();
    m_lastRow = row;
    entries.push_back(Entry { column, confidence, preference });
    m_matrix.m_rowStart[row + 1] = entries.size();
}

InteractionMatrix MatrixRowBuilder::finish()
{
    auto &rowStart = m_matrix.m_rowStart;
    for (std::size_t r = m_lastRow + 1; r <= m_rows; ++r)
        rowStart[r] = std::max(rowStart[r], m_matrix.m_entries.size());
    InteractionMatrix out = std::move(m_matrix);
    m_matrix = InteractionMatrix();
    m_rows = 0;
    m_lastRow = 0;
    return out;
}

InteractionMatrix InteractionMatrix::transposed() const
{
    InteractionMatrix t;
    t.m_columns = rows();
    t.m_rowStart.assign(m_columns + 1, 0);
    for (const Entry &e : m_entries)
        ++t.m_rowStart[e.index + 1];
    for (std::size_t c = 0; c < m_columns; ++c)
        t.m_rowStart[c + 1] += t.m_rowStart[c];
    t.m_entries.resize(m_entries.size());
    std::vector<std::size_t> next(t.m_rowStart.begin(), t.m_rowStart.end() - 1);
    for (std::size_t r = 0; r < rows(); ++r) {
        for (const Entry &e : row(r))
            t.m_entries[next[e.index]++]
                = Entry { static_cast<std::uint32_t>(r), e.confidence, e.preference };
    }
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
