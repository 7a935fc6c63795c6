// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QList>
#include <QString>

class QAction;

namespace td::ui {

/// Keyboard mnemonics ("&File") for texts that come without one: preset titles, language
/// names, smoothing choices. GUI thread only.
namespace Mnemonics {

/// The mnemonic letter of `text` (lower case), or a null QChar; "&&" is a literal '&'.
QChar of(const QString &text);
/// `text` without mnemonic markers ("&Run" -> "Run", "A && B" -> "A & B").
QString stripped(const QString &text);
/// Gives each action without a mnemonic the first letter or digit of its text that no other
/// action of `actions` uses (none if every one is taken); existing mnemonics stay.
void assign(const QList<QAction *> &actions);

} // namespace Mnemonics

} // namespace td::ui
