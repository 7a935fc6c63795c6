// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::recsys::als {

/// One observed (row, column) pair of the implicit-feedback matrix, as stored in a row.
///
/// `confidence` is c_ui of Hu, Koren & Volinsky (2008), > 0: how much the loss cares about
/// this pair. Every pair that is *not* stored has c = 1 and p = 0. `preference` is p_ui in
/// [0, 1]: 1 for positive evidence (plays, saves), 0 for explicit negative evidence (a skip):
/// a stored pair with p = 0 and c > 1 pushes the score towards 0 harder than an unobserved
/// pair does. Values in between are allowed (soft preference) and the maths stays the same.
struct Entry
{
    std::uint32_t index = 0; ///< column: the item for a user row, the user for an item row
    float confidence = 1.0f; ///< c_ui > 0
    float preference = 1.0f; ///< p_ui in [0, 1]
};

/// A read-only view of contiguous entries (one row of a matrix, or a user's fresh evidence).
class EntrySpan
{
public:
    EntrySpan() = default;
    EntrySpan(const Entry *data, std::size_t size) : m_data(data), m_size(size) { }
    EntrySpan(const std::vector<Entry> &entries) // NOLINT: implicit on purpose
        : m_data(entries.data()), m_size(entries.size())
    { }
    const Entry *begin() const { return m_data; }
    const Entry *end() const { return m_data + m_size; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const Entry &operator[](std::size_t i) const { return m_data[i]; }

private:
    const Entry *m_data = nullptr;
    std::size_t m_size = 0;
};

/// A (row, column, confidence, preference) quadruple used to build an InteractionMatrix.
struct Triplet
{
    std::uint32_t row = 0;
    std::uint32_t column = 0;
    float confidence = 1.0f;
    float preference = 1.0f;
};

/// Compressed sparse rows of implicit feedback: for each row (user) its observed columns
/// (items) with confidence and preference, columns strictly increasing within a row.
///
/// This is the input of ImplicitAls: the recommender computes confidences from its event log
/// (decayed plays, saves, skips as p = 0 with extra confidence) and hands them over here.
/// Immutable after construction; safe to read from many threads.
class InteractionMatrix
{
public:
    InteractionMatrix() = default;

    /// Builds from quadruples in any order. Throws std::invalid_argument on a row/column out of
    /// range, a duplicate (row, column), a confidence that is not finite and > 0, or a
    /// preference outside [0, 1]: duplicates must be merged by the caller, because how to
    /// merge evidence (sum of weights before the confidence transform) is the caller's model.
    static InteractionMatrix fromTriplets(
        std::size_t rows, std::size_t columns, std::vector<Triplet> triplets);

    std::size_t rows() const { return m_rowStart.size() - 1; }
    std::size_t columns() const { return m_columns; }
    std::size_t nonZeros() const { return m_entries.size(); }

    EntrySpan row(std::size_t r) const
    {
        return { m_entries.data() + m_rowStart[r], m_rowStart[r + 1] - m_rowStart[r] };
    }

    /// The column-major twin (items × users), built by a stable counting sort: rows of the
    /// result list users in increasing order. O(nnz + rows + columns).
    InteractionMatrix transposed() const;

    /// The same entries in a larger shape (extra rows are empty). Throws
    /// std::invalid_argument if either dimension would shrink.
    InteractionMatrix padded(std::size_t rows, std::size_t columns) const;

    /// Sum of all stored confidences (for the loss normalisation).
    double confidenceSum() const;

private:
    friend class MatrixRowBuilder;
    std::size_t m_columns = 0;
    std::vector<std::size_t> m_rowStart { 0 }; ///< rows() + 1 offsets into m_entries
    std::vector<Entry> m_entries;
};

/// Builds row by row without a copy of the entries as triplets: the caller hands over each
/// row's entries in increasing column order, rows in increasing order (rows not named stay
/// empty). The same checks as InteractionMatrix::fromTriplets, plus the order, throw
/// std::invalid_argument.
/// For evidence already sorted by (listener, track): no triplet copy of the pairs (16 bytes
/// each, grown by doubling) next to the matrix. At 1M × 1M this lowered the run's peak only
/// slightly (docs/performance.md): the peak comes from elsewhere in the day.
class MatrixRowBuilder
{
public:
    MatrixRowBuilder(std::size_t rows, std::size_t columns, std::size_t reserveEntries = 0);
    void add(std::size_t row, std::uint32_t column, float confidence, float preference);
    std::size_t size() const { return m_matrix.m_entries.size(); }
    /// The matrix; the builder is empty afterwards.
    InteractionMatrix finish();

private:
    InteractionMatrix m_matrix;
    std::size_t m_rows = 0;
    std::size_t m_lastRow = 0;
};

} // namespace td::recsys::als
