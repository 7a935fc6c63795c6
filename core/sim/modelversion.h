// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

namespace td::sim {

/// The version of the simulation model: what numbers a scenario + seed produce. Every stored
/// run records it (`runs.model_version`, docs/store.md), and `replay` of a run recorded by
/// another model version says so instead of reporting a mismatch.
///
/// Bump it in the same change as anything that changes a simulation number for the same
/// scenario and seed (a new random draw, a reordered computation, a changed default, a fixed
/// bug in the world, the recommender or a metric). Changes that leave every number identical
/// (speed, refactoring, new metrics appended to the catalogue) keep it.
///
/// History: 1 = the first recorded model; 2 = the state trap (contexts drawn from a weekly
/// rhythm with blur, devices, cancellations, the recommender infers the context); 3 = the
/// world v2 (satiation, discovery, slow satisfaction in the churn hazard, cold start without
/// a zero collaborative vector); 4 = no cap on sessions per day (it was 12, and bound a few
/// listener-days per run on the default scenario), a daily listening-time budget
/// (world.sessions.max_hours_per_day, not binding on the presets); 5 = UCB and Thompson read
/// the item-side uncertainty from the ALS item posterior (was κ‖x_u‖/sqrt(1 + n_i)); every
/// other policy gives the numbers of 4; 6 = recommender.objective = retention is the learned
/// long-term value (it was the constant novelty bonus, now `novelty`): a scenario that says
/// retention ranks differently, every other number is as in 5 (5 and 6 were built side by
/// side; 6 is the merge of both); 7 = the ALS retrieval index holds only the tracks the last
/// fit trained (an untrained track's factors are decayed noise, ~1e-12) and an untrained
/// radio seed offers no "similar" candidates (its neighbours were arbitrary), and the ranker's
/// training window keeps a sample of ranker.max_rows / ranker.window_days rows per day (it
/// kept every row and subsampled the whole window at training time); 8 = the audio-feature
/// index starts each graph walk from 32 seeds instead of 256 (its recall is unchanged, its
/// searches are cheaper; docs/retrieval.md); 9 = the context model trains its prior on the
/// window's rows merged by observation (the same Newton iterations, summed in another order:
/// only the rounding differs; docs/pipeline.md, "Inferring the context").
inline constexpr int kModelVersion = 9;

} // namespace td::sim
