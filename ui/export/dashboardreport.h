// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace td::ui {

class Dashboard;

/// Renders every chart tab of `dashboard` into one tall PNG-ready image: a header (title and
/// `facts`, one per line), then each tab's title and a picture of the tab, in tab order.
/// Switches tabs to lay them out and restores the current tab; runs the event loop briefly
/// (layout only), so call it from a user action, not from a slot of the run. GUI thread only.
QImage renderDashboardReport(Dashboard *dashboard, const QString &title, const QStringList &facts);

/// Shows the tab with key `key` and makes sure its charts are laid out and drawn with the
/// latest data (screenshots). Returns the page widget, or nullptr for an unknown key.
QWidget *prepareDashboardTab(Dashboard *dashboard, const QString &key);

} // namespace td::ui
