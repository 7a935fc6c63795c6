// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "help/glossarydialog.h"

#include "coretexts.h"
#include "vocabulary.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td::ui {

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent), m_entries(glossaryEntries(embeddedMetricsDocument()))
{
    setObjectName(QStringLiteral("glossaryDialog"));
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("glossaryList"));
    m_text = new QTextBrowser(splitter);
    m_text->setObjectName(QStringLiteral("glossaryText"));
    m_text->setOpenExternalLinks(true);
    splitter->addWidget(m_list);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    layout->addWidget(m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (int i = 0; i < int(m_entries.size()); ++i) {
        auto *item = new QListWidgetItem(m_entries[i].name, m_list);
        item->setData(Qt::UserRole, i);
    }
    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_list->item(row))
            showEntry(item->data(Qt::UserRole).toInt());
    });
    retranslateUi();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void GlossaryDialog::retranslateUi()
{
    setWindowTitle(tr("Metric Glossary"));
    m_search->setPlaceholderText(tr("Search metrics…"));
    m_source->setText(tr("Column names are those of the CSV export and of tastedrift-cli. "
                         "The full definitions come from docs/metrics.md and are in English."));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setToolTip(summary(item->data(Qt::UserRole).toInt()));
    }
    if (QListWidgetItem *item = m_list->currentItem())
        showEntry(item->data(Qt::UserRole).toInt());
}

void GlossaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GlossaryDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const GlossaryEntry &e = m_entries[item->data(Qt::UserRole).toInt()];
        item->setHidden(!needle.isEmpty() && !e.name.contains(needle, Qt::CaseInsensitive)
            && !e.summary.contains(needle, Qt::CaseInsensitive)
            && !summary(item->data(Qt::UserRole).toInt()).contains(needle, Qt::CaseInsensitive)
            && !e.details.contains(needle, Qt::CaseInsensitive));
    }
}

void GlossaryDialog::showEntry(int index)
{
    if (index < 0 || index >= int(m_entries.size()))
        return;
    const GlossaryEntry &e = m_entries[index];
    QString html = QStringLiteral("<h2><code>%1</code></h2>").arg(e.name.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Unit:"), Vocabulary::unitName(e.unit.toStdString()).toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(summary(index).toHtmlEscaped());
    html += e.details.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(tr("No longer definition in this build's documentation."))
        : e.details;
    m_text->setHtml(html);
}

QString GlossaryDialog::summary(int index) const
{
    return CoreTexts::metricDescription(m_entries[index].summary.toStdString());
}

QString GlossaryDialog::currentHtml() const
{
    return m_text->toHtml();
}

void GlossaryDialog::showMetric(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

} // namespace td::ui
