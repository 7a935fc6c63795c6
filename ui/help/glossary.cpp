// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "help/glossary.h"

#include "metrics/metriccatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace td::ui {

namespace {

QString inlineMarkdown(const QString &text)
{
    QString html = text.toHtmlEscaped();
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression strong(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    static const QRegularExpression em(QStringLiteral("(^|[^*\\w])\\*([^*]+)\\*"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)]+)\\)"));
    html.replace(code, QStringLiteral("<code>\\1</code>"));
    html.replace(strong, QStringLiteral("<b>\\1</b>"));
    html.replace(em, QStringLiteral("\\1<i>\\2</i>"));
    html.replace(link, QStringLiteral("\\1"));
    return html;
}

QString blockToHtml(const QStringList &lines)
{
    QString html;
    QStringList paragraph;
    bool inList = false;
    const auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>") + inlineMarkdown(paragraph.join(QLatin1Char(' ')))
                + QStringLiteral("</p>");
        paragraph.clear();
    };
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const bool item
            = line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "));
        if (line.isEmpty() || item || (inList && !item)) {
            flushParagraph();
            if (inList && !item && !line.isEmpty()) {
                html += QStringLiteral("</ul>");
                inList = false;
            }
        }
        if (item) {
            if (!inList)
                html += QStringLiteral("<ul>");
            inList = true;
            html += QStringLiteral("<li>") + inlineMarkdown(line.mid(2)) + QStringLiteral("</li>");
        } else if (!line.isEmpty()) {
            paragraph << line;
        }
    }
    flushParagraph();
    if (inList)
        html += QStringLiteral("</ul>");
    return html;
}

} // namespace

QList<QPair<QString, QString>> markdownSections(const QString &markdown)
{
    QList<QPair<QString, QString>> sections;
    QString heading;
    QStringList body;
    bool inCode = false;
    const auto flush = [&] {
        if (!heading.isEmpty())
            sections.append({ heading, blockToHtml(body) });
        body.clear();
    };
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inCode = !inCode;
            continue;
        }
        if (!inCode && line.startsWith(QLatin1String("### "))) {
            flush();
            heading = line.mid(4).trimmed();
            heading.remove(QLatin1Char('`'));
            continue;
        }
        if (!inCode && line.startsWith(QLatin1Char('#'))) { // a higher-level heading ends it
            flush();
            heading.clear();
            continue;
        }
        if (!heading.isEmpty())
            body << line;
    }
    flush();
    return sections;
}

QList<GlossaryEntry> glossaryEntries(const QString &markdown)
{
    const QList<QPair<QString, QString>> sections = markdownSections(markdown);
    QList<GlossaryEntry> entries;
    for (const metrics::MetricInfo &info : metrics::metricCatalog()) {
        GlossaryEntry entry;
        entry.name = QString::fromUtf8(info.name.data(), qsizetype(info.name.size()));
        entry.unit = QString::fromUtf8(info.unit.data(), qsizetype(info.unit.size()));
        entry.summary
            = QString::fromUtf8(info.description.data(), qsizetype(info.description.size()));
        for (const auto &section : sections) {
            // "### skip_rate" or "### skip_rate — Skip rate": the first word is the column.
            if (section.first.section(QLatin1Char(' '), 0, 0) == entry.name) {
                entry.details = section.second;
                break;
            }
        }
        entries << entry;
    }
    return entries;
}

QString embeddedMetricsDocument()
{
    QFile file(QStringLiteral(":/docs/metrics.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace td::ui
