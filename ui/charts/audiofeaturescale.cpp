// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "charts/audiofeaturescale.h"

#include "events/types.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace td::ui {

double AudioFeatureScale::normalised(int feature, double raw)
{
    if (!std::isfinite(raw))
        return 0.0;
    double v = raw;
    if (feature == int(events::AudioFeature::Tempo))
        v = (raw - kTempoMin) / (kTempoMax - kTempoMin);
    else if (feature == int(events::AudioFeature::Loudness))
        v = (raw - kLoudnessMin) / (kLoudnessMax - kLoudnessMin);
    return std::clamp(v, 0.0, 1.0);
}

QString AudioFeatureScale::rawText(int feature, double raw)
{
    const QLocale locale;
    if (!std::isfinite(raw))
        return QCoreApplication::translate("td::ui::AudioFeatureScale", "n/a");
    if (feature == int(events::AudioFeature::Tempo))
        return QCoreApplication::translate("td::ui::AudioFeatureScale", "%1 BPM")
            .arg(locale.toString(raw, 'f', 0));
    if (feature == int(events::AudioFeature::Loudness))
        return QCoreApplication::translate("td::ui::AudioFeatureScale", "%1 dB")
            .arg(locale.toString(raw, 'f', 1));
    return locale.toString(raw, 'f', 2);
}

QString AudioFeatureScale::axisNote()
{
    return QCoreApplication::translate(
        "td::ui::AudioFeatureScale", "0..1 (tempo 55–210 BPM, loudness −40–0 dB)");
}

} // namespace td::ui
