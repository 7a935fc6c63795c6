// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "help/glossary.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace td::ui {

/// Help → Metric Glossary: every metric column of the catalogue with its unit, one-line
/// summary (translated) and the full definition from docs/metrics.md (embedded in the
/// program, English only), searchable.
/// Non-modal; GUI thread only.
class GlossaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GlossaryDialog(QWidget *parent = nullptr);

    /// Shows the entry of metric `name` (e.g. "skip_rate").
    void showMetric(const QString &name);
    int entryCount() const { return int(m_entries.size()); }
    /// HTML of the entry shown now.
    QString currentHtml() const;
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void filter(const QString &text);
    void showEntry(int index);
    /// The one-line summary of entry `index` in the current language.
    QString summary(int index) const;

    QList<GlossaryEntry> m_entries;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace td::ui
