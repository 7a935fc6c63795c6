// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace td::ui {

/// One metric column explained: from metricCatalog() (name, unit, one line) and, when the
/// documentation has it, the full paragraph of docs/metrics.md (its `### name` section).
struct GlossaryEntry
{
    QString name;
    QString unit;
    QString summary; ///< the catalogue's one-line description (English: see CoreTexts)
    QString details; ///< the documentation's section as simple HTML; may be empty
};

/// Splits docs/metrics.md-style Markdown into `### heading` sections: heading -> HTML of the
/// text below it (paragraphs, `code`, *emphasis*, **strong**, lists), up to the next heading.
QList<QPair<QString, QString>> markdownSections(const QString &markdown);

/// Every metric of the catalogue, in catalogue order, with the documentation's sections
/// (`markdown`, usually :/docs/metrics.md) merged in by column name.
QList<GlossaryEntry> glossaryEntries(const QString &markdown);

/// The embedded docs/metrics.md (empty if the build had none).
QString embeddedMetricsDocument();

} // namespace td::ui
