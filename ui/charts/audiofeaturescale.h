// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace td::ui {

/// Puts the nine audio features on one 0..1 axis (docs/gui.md): unit features as they are,
/// tempo over 55..210 BPM and loudness over −40..0 dB (the generated catalogue's ranges,
/// world/audioprojection.cpp); values outside are clamped. GUI thread or any (pure functions).
struct AudioFeatureScale
{
    static constexpr double kTempoMin = 55.0; ///< BPM
    static constexpr double kTempoMax = 210.0;
    static constexpr double kLoudnessMin = -40.0; ///< dB
    static constexpr double kLoudnessMax = 0.0;

    /// `raw` of AudioFeature `feature` mapped to [0, 1].
    static double normalised(int feature, double raw);
    /// The raw value with its unit for people, e.g. "0.62", "128 BPM", "−7.4 dB".
    static QString rawText(int feature, double raw);
    /// One line describing the scale (axis titles, tooltips).
    static QString axisNote();
};

} // namespace td::ui
