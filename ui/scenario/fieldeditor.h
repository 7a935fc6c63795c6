// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sim/scenario/scenarioschema.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace td::ui {

/// The editor of one scenario leaf, chosen by its schema type: a spin box with the leaf's
/// range and unit (Int, Double), a combo box (Enum), a check box (Bool), a line edit (String,
/// UInt64; file paths get a browse button). Emits edited() with the value's text form when
/// the user commits a change (not on every keystroke). GUI thread only.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const sim::FieldInfo &field, QWidget *parent = nullptr);

    const sim::FieldInfo &field() const { return m_field; }
    QString path() const { return QString::fromStdString(m_field.path); }
    /// Shows `text` (the leaf's text form) without emitting edited().
    void setValueText(const QString &text);
    QString valueText() const;
    /// Marks the editor as holding a rejected value (red frame, reason in the tooltip).
    void setError(const QString &message);
    /// The tooltip: description, range, unit, default, path and whether it is a live knob.
    QString toolTipText() const;
    /// Base directory for the browse button of file-path leaves.
    void setBaseDirectory(const QString &directory) { m_baseDirectory = directory; }
    void retranslateUi();

signals:
    void edited(const QString &path, const QString &text);

private:
    void commit();
    void browse();

    const sim::FieldInfo &m_field;
    QSpinBox *m_int = nullptr;
    QDoubleSpinBox *m_double = nullptr;
    QComboBox *m_choice = nullptr;
    QCheckBox *m_check = nullptr;
    QLineEdit *m_text = nullptr;
    QString m_baseDirectory;
    QString m_error;
    bool m_updating = false;
};

} // namespace td::ui
