// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/sources/candidatesource.h"

#include <algorithm>
#include <cmath>

namespace td::recsys {

CandidateSource::~CandidateSource() = default;

int sourceQuota(int poolSize, double share)
{
    if (!(share > 0.0) || poolSize <= 0)
        return 0;
    return std::max(1, int(std::floor(double(poolSize) * share + 1e-9)));
}

} // namespace td::recsys
