// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "events/recommender.h"

namespace td::events {

Recommender::~Recommender() = default;

void Recommender::endSession(ListenerId, const Event *, std::size_t) { }

} // namespace td::events
