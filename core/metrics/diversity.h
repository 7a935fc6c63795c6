// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "base/ids.h"

#include <cstddef>
#include <vector>

namespace td::metrics {

/// Intra-list diversity (Ziegler et al. 2005, "Improving recommendation lists through topic
/// diversification") of one slate: the mean pairwise cosine distance of its items,
///
///     ILD = 1 − mean_{i≠j} cos(v_i, v_j),
///
/// with `vectors[i]` the i-th item's vector of dimension `dim` (intra_list_diversity uses the
/// TRUE latent vectors). 0 for identical items, 1 for orthogonal ones, up to 2. NaN with fewer
/// than two items.
double intraListDiversity(const std::vector<const float *> &vectors, int dim);

/// Gini coefficient of non-negative values (exposure_gini: impression counts per released
/// track). With x sorted ascending, i = 1..n:
///
///     G = Σ_i (2i − n − 1) x_(i) / (n Σ_i x_i),
///
/// 0 when all are equal, (n − 1)/n when one item has everything. NaN when n = 0 or Σx = 0.
double gini(std::vector<double> values);

/// The same Gini coefficient for `zeros` zero values plus the values in `nonZero` (any
/// order, all > 0): O(m log m) in the m non-zero values, which is what makes exposure over a
/// large catalogue cheap (most tracks are not shown on a given day).
double giniWithZeros(std::vector<double> nonZero, std::size_t zeros);

/// Shannon entropy in bits of the distribution proportional to `counts` (non-negative):
/// H = −Σ p_i log₂ p_i. 0 for one category; log₂ k for k equal categories. NaN if Σ = 0.
double entropyBits(const std::vector<double> &counts);

/// Generalist–specialist score of one listener (Anderson, Maystre, Mehrotra, Anderson,
/// Lalmas 2020, "Algorithmic effects on the diversity of consumption on Spotify", WWW):
///
///     μ = Σ_i w_i v_i / Σ_i w_i,     GS = Σ_i w_i cos(v_i, μ) / Σ_i w_i,
///
/// over the distinct items i the listener consumed, w_i = their play counts, v_i = item
/// vectors of dimension `dim` (gs_score uses the TRUE latent vectors). Close to 1 = a
/// specialist (everything in one direction); lower = a generalist. NaN without items or when
/// μ = 0.
double gsScore(
    const std::vector<const float *> &vectors, const std::vector<double> &weights, int dim);

/// Which tracks were shown recently, for coverage: the share of the released catalogue shown
/// at least once in the last `windowDays` days (today included). O(catalogue) per query.
class ExposureWindow
{
public:
    explicit ExposureWindow(std::size_t tracks) : m_lastShown(tracks, kNever) { }
    void markShown(TrackId t, Day day) { m_lastShown[t] = day; }
    /// Released tracks (releaseDay ≤ day) with a showing in [day − windowDays + 1, day],
    /// divided by the released tracks. NaN with an empty catalogue.
    double coverage(Day day, int windowDays, const std::vector<Day> &releaseDay) const;

private:
    static constexpr Day kNever = -2'000'000'000;
    std::vector<Day> m_lastShown;
};

} // namespace td::metrics
