// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace td::ui {

/// The dashboard's pages and charts, declared by metric NAME (dashboardpages.cpp). Texts are
/// untranslated (QT_TRANSLATE_NOOP, context td::ui::Dashboard); Dashboard translates them.
namespace DashboardPages {

struct LineDecl
{
    const char *metric;
    const char *name;
    bool complement = false;
};

struct ChartDecl
{
    const char *title;
    const char *unit; ///< y-axis title
    std::vector<LineDecl> lines;
    bool includeZero = false;
    /// Share of the value axis kept free between the data and the plot's frame
    /// (TimeChart::setEdgeRoom): for a chart whose line often lies on its limit or flat at 0.
    double edgeRoom = 0.0;
    bool wholeNumbers = false; ///< value ticks at whole numbers only (counts of days)
};

struct PageDecl
{
    const char *key;
    const char *title;
    std::vector<ChartDecl> charts;
    bool retention = false; ///< the retention-by-cohort chart closes the page
};

/// Every chart page in tab order. A line whose metric is not in the catalogue is dropped by
/// the dashboard; a chart without lines is dropped; so this table may run ahead of the engine.
const std::vector<PageDecl> &pages();

} // namespace DashboardPages

} // namespace td::ui
