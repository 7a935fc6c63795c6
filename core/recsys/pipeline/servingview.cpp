// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/pipeline/servingview.h"

#include "recsys/pipeline/collaborativemodel.h"

namespace td::recsys {

const float *ItemVectors::factors(TrackId t) const
{
    return collaborative ? collaborative->itemVector(t) : nullptr;
}

} // namespace td::recsys
