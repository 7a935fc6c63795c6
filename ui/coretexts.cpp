// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "coretexts.h"

#include "metrics/metriccatalog.h"
#include "sim/scenario/scenarioschema.h"
#include "sim/translatabletexts.h"

#include <QCoreApplication>
#include <QStringList>

namespace td::ui {

namespace {

QString translated(const char *context, const std::string &text)
{
    return QCoreApplication::translate(context, text.c_str());
}

QString scenarioText(const std::string &text)
{
    return translated(sim::kScenarioTextContext, text);
}

} // namespace

QString CoreTexts::fieldLabel(const sim::FieldInfo &field)
{
    const std::size_t dot = field.path.rfind('.');
    return scenarioText(sim::humanizeIdentifier(
        dot == std::string::npos ? field.path : field.path.substr(dot + 1)));
}

QString CoreTexts::fieldDescription(const sim::FieldInfo &field)
{
    return field.description.empty() ? QString() : scenarioText(field.description);
}

QString CoreTexts::sectionHeading(std::string_view section)
{
    QStringList parts = QString::fromUtf8(section.data(), qsizetype(section.size()))
                            .split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (parts.size() > 1)
        parts.removeFirst(); // "world", "recommender": the group already says it
    QStringList human;
    for (const QString &part : parts)
        human << scenarioText(sim::humanizeIdentifier(part.toStdString()));
    return human.join(QStringLiteral(" › "));
}

QString CoreTexts::metricDescription(const metrics::MetricInfo &metric)
{
    return metricDescription(metric.description);
}

QString CoreTexts::metricDescription(std::string_view description)
{
    return translated(sim::kMetricTextContext, std::string(description));
}

QString CoreTexts::presetText(const std::string &text)
{
    return text.empty() ? QString() : translated(sim::kPresetTextContext, text);
}

} // namespace td::ui
