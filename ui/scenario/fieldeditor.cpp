// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "scenario/fieldeditor.h"

#include "coretexts.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>

namespace td::ui {

namespace {

constexpr int kDoubleDecimals = 10;
constexpr double kUnbounded = 1e12;

/// Wheel events reach the editor only when it has focus; otherwise they scroll the panel, so
/// scrolling through a long form never changes a value by accident.
template<typename Base> class FocusWheel : public Base
{
public:
    explicit FocusWheel(QWidget *parent) : Base(parent) { this->setFocusPolicy(Qt::StrongFocus); }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (this->hasFocus())
            Base::wheelEvent(event);
        else
            event->ignore();
    }
};

/// A double spin box that shows the shortest text for its value ("0.3", "1500") instead of a
/// fixed number of decimals, while keeping enough decimals to hold what the user types.
class NumberSpinBox : public FocusWheel<QDoubleSpinBox>
{
public:
    using FocusWheel<QDoubleSpinBox>::FocusWheel;

protected:
    QString textFromValue(double value) const override
    {
        QLocale l = locale();
        l.setNumberOptions(QLocale::OmitGroupSeparator);
        QString text = l.toString(value, 'f', kDoubleDecimals);
        if (text.contains(l.decimalPoint())) {
            while (text.endsWith(l.zeroDigit()))
                text.chop(1);
            if (text.endsWith(l.decimalPoint()))
                text.chop(l.decimalPoint().size());
        }
        return text;
    }
};

bool isFilePath(const sim::FieldInfo &field)
{
    const std::string &p = field.path;
    return p == "world.catalog.path" || (p.size() > 5 && p.compare(p.size() - 5, 5, "_path") == 0);
}

// Spin-box step: a hundredth of the usual magnitude of the leaf.
double stepFor(const sim::FieldInfo &field, double current)
{
    double span = 0.0;
    if (field.minimum && field.maximum)
        span = *field.maximum - *field.minimum;
    else
        span = std::max(1.0, std::abs(current) * 10.0);
    if (span <= 1.0)
        return 0.01;
    if (span <= 10.0)
        return 0.1;
    return 1.0;
}

} // namespace

FieldEditor::FieldEditor(const sim::FieldInfo &field, QWidget *parent)
    : QWidget(parent), m_field(field)
{
    setObjectName(QStringLiteral("field:") + path());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    switch (field.type) {
    case sim::FieldType::Int: {
        m_int = new FocusWheel<QSpinBox>(this);
        const double lo
            = field.minimum ? *field.minimum + (field.minimumExclusive ? 1 : 0) : double(INT_MIN);
        const double hi = field.maximum ? *field.maximum : double(INT_MAX);
        m_int->setRange(int(std::clamp(lo, double(INT_MIN), double(INT_MAX))),
            int(std::clamp(hi, double(INT_MIN), double(INT_MAX))));
        m_int->setKeyboardTracking(false);
        m_int->setGroupSeparatorShown(true);
        // Without keyboard tracking, valueChanged comes on Enter, focus loss or an arrow.
        connect(m_int, &QSpinBox::valueChanged, this, &FieldEditor::commit);
        layout->addWidget(m_int, 1);
        break;
    }
    case sim::FieldType::Double: {
        m_double = new NumberSpinBox(this);
        m_double->setDecimals(kDoubleDecimals);
        double lo = field.minimum ? *field.minimum : -kUnbounded;
        if (field.minimumExclusive)
            lo += std::pow(10.0, -kDoubleDecimals);
        m_double->setRange(lo, field.maximum ? *field.maximum : kUnbounded);
        m_double->setKeyboardTracking(false);
        connect(m_double, &QDoubleSpinBox::valueChanged, this, &FieldEditor::commit);
        layout->addWidget(m_double, 1);
        break;
    }
    case sim::FieldType::Enum:
        m_choice = new FocusWheel<QComboBox>(this);
        for (const std::string &choice : field.choices)
            m_choice->addItem(Vocabulary::choiceName(choice), QString::fromStdString(choice));
        connect(m_choice, &QComboBox::activated, this, &FieldEditor::commit);
        layout->addWidget(m_choice, 1);
        break;
    case sim::FieldType::Bool:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::clicked, this, &FieldEditor::commit);
        layout->addWidget(m_check, 1);
        break;
    case sim::FieldType::UInt64:
    case sim::FieldType::String:
        m_text = new QLineEdit(this);
        if (field.type == sim::FieldType::UInt64) {
            m_text->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_text));
        }
        connect(m_text, &QLineEdit::editingFinished, this, &FieldEditor::commit);
        layout->addWidget(m_text, 1);
        if (isFilePath(field)) {
            auto *browse = new QToolButton(this);
            browse->setObjectName(QStringLiteral("browseButton"));
            browse->setText(QStringLiteral("…"));
            connect(browse, &QToolButton::clicked, this, &FieldEditor::browse);
            layout->addWidget(browse);
        }
        break;
    }
    retranslateUi();
}

void FieldEditor::retranslateUi()
{
    // Units as spin-box suffixes, in the current language ("share" and "0..1" need none).
    const QString unit = m_field.unit.empty() || m_field.unit == "share" || m_field.unit == "0..1"
        ? QString()
        : QStringLiteral(" ") + Vocabulary::unitName(m_field.unit);
    if (m_int)
        m_int->setSuffix(unit);
    if (m_double)
        m_double->setSuffix(unit);
    const QString tip = toolTipText();
    setToolTip(tip);
    for (QWidget *child : findChildren<QWidget *>())
        child->setToolTip(tip);
    if (auto *browse = findChild<QToolButton *>(QStringLiteral("browseButton")))
        browse->setToolTip(tr("Choose a file…"));
    if (m_choice) {
        for (int i = 0; i < m_choice->count(); ++i)
            m_choice->setItemText(
                i, Vocabulary::choiceName(m_choice->itemData(i).toString().toStdString()));
    }
}

QString FieldEditor::toolTipText() const
{
    QString tip = QStringLiteral("<b>%1</b>").arg(path().toHtmlEscaped());
    if (!m_field.description.empty())
        tip += QStringLiteral("<br>") + CoreTexts::fieldDescription(m_field).toHtmlEscaped();
    QStringList facts;
    if (const std::string range = m_field.rangeText();
        !range.empty() && m_field.type != sim::FieldType::Enum)
        facts << tr("Range: %1").arg(QString::fromStdString(range).toHtmlEscaped());
    if (!m_field.unit.empty())
        facts << tr("Unit: %1").arg(Vocabulary::unitName(m_field.unit).toHtmlEscaped());
    facts << tr("Default: %1")
                 .arg(m_field.defaultValue.empty()
                         ? tr("(empty)")
                         : QString::fromStdString(m_field.defaultValue).toHtmlEscaped());
    tip += QStringLiteral("<br>") + facts.join(QStringLiteral(" · "));
    tip += QStringLiteral("<br><i>")
        + (m_field.live ? tr("Live knob: a change applies from the next simulated day and is "
                             "marked on every chart.")
                        : tr("Applies when the run is reset."))
        + QStringLiteral("</i>");
    if (!m_error.isEmpty())
        tip += QStringLiteral("<br><span style='color:#b00020'>%1</span>")
                   .arg(m_error.toHtmlEscaped());
    return tip;
}

void FieldEditor::setValueText(const QString &text)
{
    m_updating = true;
    if (m_int) {
        m_int->setValue(text.toInt());
    } else if (m_double) {
        m_double->setValue(text.toDouble());
        m_double->setSingleStep(stepFor(m_field, m_double->value()));
    } else if (m_choice) {
        const int index = m_choice->findData(text);
        m_choice->setCurrentIndex(std::max(0, index));
    } else if (m_check) {
        m_check->setChecked(text == QLatin1String("true"));
    } else if (m_text) {
        m_text->setText(text);
    }
    m_updating = false;
    setError({});
}

QString FieldEditor::valueText() const
{
    if (m_int)
        return QString::number(m_int->value());
    if (m_double)
        return QString::number(m_double->value(), 'g', 12); // C locale: the scenario's form
    if (m_choice)
        return m_choice->currentData().toString();
    if (m_check)
        return m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (m_text)
        return m_text->text();
    return {};
}

void FieldEditor::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    // A red frame on the inner editor; cleared with an empty style sheet.
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        child->setStyleSheet(message.isEmpty()
                ? QString()
                : QStringLiteral("border: 1px solid #b00020; border-radius: 2px;"));
    }
    retranslateUi();
}

void FieldEditor::commit()
{
    if (m_updating)
        return;
    emit edited(path(), valueText());
}

void FieldEditor::browse()
{
    const QDir base(m_baseDirectory.isEmpty() ? QDir::currentPath() : m_baseDirectory);
    const QString current = m_text->text().isEmpty() ? base.path() : base.filePath(m_text->text());
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a File"), current);
    if (file.isEmpty())
        return;
    // Scenario paths are relative to the scenario file, so it can move with its data.
    m_text->setText(m_baseDirectory.isEmpty() ? file : base.relativeFilePath(file));
    commit();
}

} // namespace td::ui
