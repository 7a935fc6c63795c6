// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace td::ui {

/// The application's language: installs the translators of TasteDrift (embedded at
/// :/i18n/tastedrift_<code>.qm) and of Qt's own dialogs (if the system has them). Installing
/// sends QEvent::LanguageChange to every widget, which retranslates itself.
/// GUI thread only.
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::LanguageManager)
public:
    /// Codes the user can choose: "" (follow the system), "en", "de", "es".
    static QStringList choices();
    /// "Deutsch", "Español", "English" (in their own language); "" -> "System default".
    static QString displayName(const QString &code);
    /// The language used for `code`: the system's first supported language for "" (English if
    /// none), else the code itself.
    static QString resolve(const QString &code);
    /// Switches to `code` ("" = system). Returns false if its translation is missing (English
    /// is then shown). The choice itself is stored by the caller (QSettings).
    static bool apply(const QString &code);
    /// The chosen code (as given to apply()) and the language in effect.
    static QString chosen();
    static QString current();
};

} // namespace td::ui
