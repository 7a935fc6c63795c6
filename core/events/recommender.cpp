// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "events/recommender.h"

namespace td::events {

Recommender::~Recommender() = default;

void Recommender::endSession(ListenerId, const Event *, std::size_t) { }

bool Recommender::tasteBeliefs(ListenerId, TasteBeliefs &out) const
{
    out = TasteBeliefs {};
    return false;
}

} // namespace td::events
