// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::base {
class ThreadPool;
}

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

    /// Takes compressed rows as they are: `rowStart` holds rows + 1 offsets into `entries`,
    /// from 0 to entries.size(), never decreasing; within a row, columns strictly increase.
    /// Throws std::invalid_argument on offsets that break that, a column out of range, or what
    /// fromTriplets refuses. For callers that fill rows in parallel, each at its offset (the
    /// recommender's nightly matrix of the evidence, already sorted by listener and track).
    static InteractionMatrix fromRows(
        std::size_t columns, std::vector<std::size_t> rowStart, std::vector<Entry> entries);

    std::size_t rows() const { return m_rowStart.size() - 1; }
    std::size_t columns() const { return m_columns; }
    std::size_t nonZeros() const { return m_entries.size(); }

    EntrySpan row(std::size_t r) const
    {
        return { m_entries.data() + m_rowStart[r], m_rowStart[r + 1] - m_rowStart[r] };
    }

    /// The column-major twin (items × users), built by a stable counting sort: rows of the
    /// result list users in increasing order. O(nnz + rows + columns); with `pool`, each
    /// thread sorts a range of columns (the same result).
    InteractionMatrix transposed(base::ThreadPool *pool = nullptr) const;

    /// The same entries in a larger shape (extra rows are empty). Throws
    /// std::invalid_argument if either dimension would shrink.
    InteractionMatrix padded(std::size_t rows, std::size_t columns) const;

    /// Sum of all stored confidences (for the loss normalisation).
    double confidenceSum() const;

private:
    std::size_t m_columns = 0;
    std::vector<std::size_t> m_rowStart { 0 }; ///< rows() + 1 offsets into m_entries
    std::vector<Entry> m_entries;
};

} // namespace td::recsys::als
