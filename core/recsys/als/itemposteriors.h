// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "recsys/als/implicitals.h"
#include "recsys/als/interactionmatrix.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td::base {
class ThreadPool;
}

namespace td::recsys::als {

/// The item side of the ALS posterior (docs/policies.md, "UCB and Thompson"): for every item
/// the precision of its factor vector in the final item half-step of a fit,
///
///     A_i = Σ_u c_ui x_u x_uᵀ + λI = XᵀX + Σ_{u observed} (c_ui − 1) x_u x_uᵀ + λI
///
/// (the user factors X frozen, as the half-step solved it), kept as its Cholesky factor
/// A_i = L_i L_iᵀ, so the variance of a listener's score x_uᵀ y_i along the item's
/// uncertainty is x_uᵀ A_i⁻¹ x_u = ‖L_i⁻¹ x_u‖² (one forward substitution, O(f²/2)). Items
/// without evidence share one factor of XᵀX + λI. Like Posterior, unit noise variance: only
/// relative certainty means something (more or more confident listeners → smaller variance).
///
/// Cost: build O(nnz·f² + items_with_evidence·f³/3), memory f(f+1)/2 floats per item with
/// evidence (2.1 KB at f = 32). Deterministic: each item's factor depends on its own evidence
/// only, in the matrix's user order, whatever the thread count. Immutable after build();
/// queries may run from many threads.
class ItemPosteriors
{
public:
    /// `itemUsers`: items × users (the fitted matrix transposed); `als` the fitted model.
    void build(const ImplicitAls &als, const InteractionMatrix &itemUsers,
        base::ThreadPool *pool = nullptr);
    void clear();
    bool empty() const { return m_factors == 0; }

    /// x_uᵀ A_i⁻¹ x_u for item `item` and the listener's vector x (factors() values); the
    /// shared no-evidence factor for an item built without evidence or beyond the matrix.
    double variance(std::size_t item, const float *x) const;
    int factors() const { return m_factors; }
    /// Items that carry a factor of their own.
    std::size_t itemsWithEvidence() const { return m_packed.size() / packedSize(); }

private:
    std::size_t packedSize() const { return std::size_t(m_factors) * (m_factors + 1) / 2; }
    double forwardSquaredNorm(const float *packed, const float *x) const;

    int m_factors = 0;
    std::vector<std::uint32_t> m_slot; ///< per item: index into m_packed, or kShared
    std::vector<float> m_packed; ///< row-major packed lower-triangular L_i, per item with evidence
    std::vector<float> m_shared; ///< L of XᵀX + λI
};

} // namespace td::recsys::als
