// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "io/catalogcsv.h"

#include "io/csvreader.h"
#include "io/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_set>

namespace td::io {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kNoColumn = std::size_t(-1);

/// Values used when a column is not mapped at all (no median exists): neutral, like the
/// middle of the generated catalogue's ranges.
constexpr std::array<double, kCatalogFeatureCount> kFeatureFallback { 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
    0.5, 120.0, -7.5 };
constexpr double kPopularityFallback = 50.0;
constexpr double kDurationFallback = 210.0; // seconds

/// Numeric columns that get the median treatment, in report order.
enum NumericColumn : int {
    kFirstFeature = 0, // features occupy 0 .. kCatalogFeatureCount-1
    kPopularity = kCatalogFeatureCount,
    kDuration,
    kReleaseDate,
    kNumericCount
};

bool featureInRange(int f, double v)
{
    if (f == kTempoIndex)
        return v > 0.0 && v < 1000.0; // 0 = no tempo detected
    if (f == kLoudnessIndex)
        return v >= -80.0 && v <= 10.0;
    return v >= 0.0 && v <= 1.0;
}

double median(std::vector<double> values)
{
    const std::size_t n = values.size();
    const auto mid = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (n % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return 0.5 * (lower + upper);
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    return out;
}

std::string fixed(double v, int digits)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, v);
    return buffer;
}

std::string dateText(std::int64_t days)
{
    // civil_from_days (H. Hinnant), for the report only.
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld", static_cast<long long>(y),
        static_cast<long long>(m), static_cast<long long>(d));
    return buffer;
}

} // namespace

std::string CatalogImportReport::summary(std::size_t maxProblems) const
{
    std::string s = "catalogue " + path + ": " + std::to_string(rowsRead) + " rows read, "
        + std::to_string(rowsUsed) + " used";
    if (duplicateRows > 0)
        s += " (" + std::to_string(duplicateRows)
            + " repeat a track id and were merged into its first row)";
    s += ", " + std::to_string(rowsSkipped) + " skipped: " + std::to_string(tracks) + " tracks\n";
    for (std::size_t i = 0; i < problems.size() && i < maxProblems; ++i)
        s += "  skipped " + problems[i].lines() + ": " + problems[i].reason + "\n";
    if (problems.size() > maxProblems)
        s += "  ... and " + std::to_string(problems.size() - maxProblems) + " more skipped rows\n";
    if (unknownNames > 0 || unknownArtists > 0)
        s += "  " + std::to_string(unknownNames) + " tracks without a name and "
            + std::to_string(unknownArtists) + " without an artist are called \"Unknown\"\n";
    if (missingGenres > 0 || missingSubgenres > 0)
        s += "  " + std::to_string(missingGenres) + " tracks without a genre label, "
            + std::to_string(missingSubgenres) + " without a sub-genre label\n";
    for (const ColumnFill &f : fills) {
        s += "  " + f.column + ": " + std::to_string(f.missing) + " missing and "
            + std::to_string(f.invalid) + " invalid values set to the median "
            + (f.isDate ? dateText(std::int64_t(f.median)) : fixed(f.median, 4));
        for (std::size_t i = 0; i < f.examples.size(); ++i)
            s += (i ? ", " : "; invalid: ") + f.examples[i].lines() + " '" + f.examples[i].reason
                + "'";
        if (f.invalid > f.examples.size())
            s += ", ...";
        if (f.isDate && f.invalid > 0)
            s += " (dates must be YYYY, YYYY-MM or YYYY-MM-DD, years "
                + std::to_string(kFirstPlausibleYear) + "-" + std::to_string(kLastPlausibleYear)
                + ")";
        s += "\n";
    }
    return s;
}

ImportedCatalog parseCatalogCsv(
    std::string_view text, const CatalogColumns &columns, const std::string &sourceName)
{
    ImportedCatalog out;
    CatalogImportReport &report = out.report;
    report.path = sourceName;

    CsvReader reader(text);
    CsvRecord header;
    if (!reader.next(header))
        throw DataFileError(sourceName
            + ": the file is empty (expected a header row naming the columns, e.g. "
            + columns.trackId + ")");
    if (!header.problem.empty())
        throw DataFileError(sourceName + ": line 1 (the header): " + header.problem);
    for (std::string &name : header.fields)
        name = std::string(trim(name));

    // Map every named column to its index; collect all that are missing for one message. A
    // mapped name the header has twice is refused: which one holds the data is a guess.
    std::vector<std::string> missingColumns;
    const auto find = [&](const std::string &name) -> std::size_t {
        if (name.empty())
            return kNoColumn;
        const auto it = std::find(header.fields.begin(), header.fields.end(), name);
        if (it == header.fields.end()) {
            missingColumns.push_back(name);
            return kNoColumn;
        }
        const auto again = std::find(it + 1, header.fields.end(), name);
        if (again != header.fields.end())
            throw DataFileError(sourceName + ": line 1 (the header): column '" + name
                + "' appears twice (columns " + std::to_string(it - header.fields.begin() + 1)
                + " and " + std::to_string(again - header.fields.begin() + 1)
                + "); rename one, so that it is clear which one holds the data");
        return std::size_t(it - header.fields.begin());
    };
    if (columns.trackId.empty())
        throw DataFileError(sourceName + ": the track id column must be named (it is required)");
    const std::size_t idCol = find(columns.trackId);
    const std::size_t nameCol = find(columns.trackName);
    const std::size_t artistCol = find(columns.artist);
    const std::size_t popularityCol = find(columns.popularity);
    const std::size_t dateCol = find(columns.releaseDate);
    const std::size_t genreCol = find(columns.genre);
    const std::size_t subgenreCol = find(columns.subgenre);
    std::array<std::size_t, kCatalogFeatureCount> featureCol {};
    for (int f = 0; f < kCatalogFeatureCount; ++f)
        featureCol[std::size_t(f)] = find(columns.features[std::size_t(f)]);
    const std::size_t durationCol = find(columns.durationMs);
    const std::size_t explicitCol = find(columns.explicitFlag);
    if (!missingColumns.empty()) {
        std::string list, present;
        for (const std::string &c : missingColumns)
            list += (list.empty() ? "" : ", ") + c;
        for (const std::string &c : header.fields)
            present += (present.empty() ? "" : ", ") + c;
        throw DataFileError(sourceName + ": missing required column"
            + (missingColumns.size() > 1 ? "s " : " ") + list + " (the header has: " + present
            + ")");
    }

    // Names in the report: the mapped column, or what the field is when it has no column.
    std::array<std::string, kNumericCount> numericName;
    for (int f = 0; f < kCatalogFeatureCount; ++f)
        numericName[std::size_t(f)] = columns.features[std::size_t(f)].empty()
            ? "audio feature " + std::to_string(f + 1)
            : columns.features[std::size_t(f)];
    numericName[kPopularity] = columns.popularity.empty() ? "popularity" : columns.popularity;
    numericName[kDuration] = columns.durationMs.empty() ? "duration" : columns.durationMs;
    numericName[kReleaseDate] = columns.releaseDate.empty() ? "release date" : columns.releaseDate;
    std::array<std::size_t, kNumericCount> missing {}, invalid {};
    std::array<std::vector<RowProblem>, kNumericCount> examples;
    constexpr std::size_t kExamples = 3;
    const std::int64_t firstPlausible = daysFromCivil(kFirstPlausibleYear, 1, 1);
    const std::int64_t lastPlausible = daysFromCivil(kLastPlausibleYear, 12, 31);
    // Per track: values before filling (NaN = to be filled), in NumericColumn order.
    std::vector<std::array<double, kNumericCount>> raw;
    std::unordered_set<std::string> seen;

    CsvRecord row;
    while (reader.next(row)) {
        ++report.rowsRead;
        const auto skip = [&](std::string reason) {
            ++report.rowsSkipped;
            report.problems.push_back({ row.line, std::move(reason), row.lastLine });
        };
        if (!row.problem.empty()) {
            skip(row.problem);
            continue;
        }
        if (row.fields.size() != header.fields.size()) {
            skip(std::to_string(row.fields.size()) + " fields, expected "
                + std::to_string(header.fields.size())
                + (row.lastLine > row.line ? " (a quoted field runs from line "
                            + std::to_string(row.line) + " to line " + std::to_string(row.lastLine)
                            + ": a missing closing quote?)"
                                           : std::string()));
            continue;
        }
        const std::string_view id = trim(row.fields[idCol]);
        if (isMissing(id)) {
            skip("no track id (" + columns.trackId + " is empty or NA)");
            continue;
        }

        std::array<double, kNumericCount> values;
        values.fill(kNaN);
        std::array<char, kNumericCount> bad {};
        int featuresPresent = 0;
        for (int f = 0; f < kCatalogFeatureCount; ++f) {
            const std::size_t col = featureCol[std::size_t(f)];
            if (col == kNoColumn || isMissing(row.fields[col]))
                continue;
            const auto v = parseNumber(row.fields[col]);
            if (v && featureInRange(f, *v)) {
                values[std::size_t(f)] = *v;
                ++featuresPresent;
            } else {
                bad[std::size_t(f)] = 1;
            }
        }
        if (featuresPresent == 0) {
            std::string list;
            for (const std::string &c : columns.features)
                list += (list.empty() || c.empty() ? "" : ", ") + c;
            skip("no audio features (" + list + " all missing or invalid)");
            continue;
        }
        ++report.rowsUsed;
        if (!seen.insert(std::string(id)).second) {
            ++report.duplicateRows;
            continue; // merged: the first row of a track id wins
        }

        const auto numeric = [&](std::size_t col, int which, double lo, double hi, double scale) {
            if (col == kNoColumn || isMissing(row.fields[col]))
                return;
            const auto v = parseNumber(row.fields[col]);
            if (v && *v >= lo && *v <= hi)
                values[std::size_t(which)] = *v * scale;
            else
                bad[std::size_t(which)] = 1;
        };
        numeric(popularityCol, kPopularity, 0.0, 100.0, 1.0);
        numeric(durationCol, kDuration, 1e-9, 1e9, 0.001);
        if (dateCol != kNoColumn && !isMissing(row.fields[dateCol])) {
            const auto date = parseReleaseDate(row.fields[dateCol]);
            if (date && *date >= firstPlausible && *date <= lastPlausible)
                values[kReleaseDate] = double(*date);
            else
                bad[kReleaseDate] = 1;
        }
        const auto columnOf = [&](int c) {
            return c < kCatalogFeatureCount ? featureCol[std::size_t(c)]
                : c == kPopularity          ? popularityCol
                : c == kDuration            ? durationCol
                                            : dateCol;
        };
        for (int c = 0; c < kNumericCount; ++c) {
            if (!std::isnan(values[std::size_t(c)]))
                continue;
            ++(bad[std::size_t(c)] ? invalid : missing)[std::size_t(c)];
            if (bad[std::size_t(c)] && examples[std::size_t(c)].size() < kExamples)
                examples[std::size_t(c)].push_back(
                    { row.line, std::string(trim(row.fields[columnOf(c)])), row.lastLine });
        }

        ImportedTrack t;
        t.line = row.line;
        t.id = std::string(id);
        const auto field = [&](std::size_t col) {
            return col == kNoColumn || isMissing(row.fields[col])
                ? std::string()
                : std::string(trim(row.fields[col]));
        };
        t.name = field(nameCol);
        if (t.name.empty()) {
            t.name = std::string(kUnknownName);
            ++report.unknownNames;
        }
        t.artist = field(artistCol);
        if (t.artist.empty()) {
            t.artist = std::string(kUnknownName);
            ++report.unknownArtists;
        }
        t.genre = field(genreCol);
        t.subgenre = field(subgenreCol);
        report.missingGenres += t.genre.empty() ? 1 : 0;
        report.missingSubgenres += t.subgenre.empty() ? 1 : 0;
        if (explicitCol != kNoColumn) {
            const std::string flag = lowerAscii(trim(row.fields[explicitCol]));
            t.isExplicit = flag == "1" || flag == "true" || flag == "yes";
        }
        out.tracks.push_back(std::move(t));
        raw.push_back(values);
    }

    if (out.tracks.empty()) {
        std::string first;
        if (!report.problems.empty())
            first = "; first problem: " + report.problems.front().lines() + ": "
                + report.problems.front().reason;
        throw DataFileError(sourceName + ": no usable rows (" + std::to_string(report.rowsRead)
            + " rows read, " + std::to_string(report.rowsSkipped) + " skipped" + first + ")");
    }
    report.tracks = out.tracks.size();

    // Fill missing values with the column median over the imported tracks.
    for (int c = 0; c < kNumericCount; ++c) {
        std::vector<double> present;
        present.reserve(raw.size());
        for (const auto &v : raw) {
            if (!std::isnan(v[std::size_t(c)]))
                present.push_back(v[std::size_t(c)]);
        }
        double fill;
        if (!present.empty())
            fill = median(std::move(present));
        else if (c < kCatalogFeatureCount)
            fill = kFeatureFallback[std::size_t(c)];
        else if (c == kPopularity)
            fill = kPopularityFallback;
        else if (c == kDuration)
            fill = kDurationFallback;
        else
            fill = 0.0; // no dates at all: every track is equally old
        if (c == kReleaseDate)
            fill = std::floor(fill);
        if (missing[std::size_t(c)] + invalid[std::size_t(c)] > 0)
            report.fills.push_back(
                { numericName[std::size_t(c)], missing[std::size_t(c)], invalid[std::size_t(c)],
                    fill, c == kReleaseDate, std::move(examples[std::size_t(c)]) });
        for (auto &v : raw) {
            if (std::isnan(v[std::size_t(c)]))
                v[std::size_t(c)] = fill;
        }
    }
    out.newestReleaseDate = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < out.tracks.size(); ++i) {
        ImportedTrack &t = out.tracks[i];
        for (int f = 0; f < kCatalogFeatureCount; ++f)
            t.features[std::size_t(f)] = raw[i][std::size_t(f)];
        t.popularity = raw[i][kPopularity];
        t.durationSeconds = raw[i][kDuration];
        t.releaseDate = std::int64_t(raw[i][kReleaseDate]);
        out.newestReleaseDate = std::max(out.newestReleaseDate, t.releaseDate);
    }
    return out;
}

ImportedCatalog readCatalogCsv(const std::string &path, const CatalogColumns &columns)
{
    const std::string text = readDataFile(path, "catalogue file");
    return parseCatalogCsv(text, columns, path);
}

} // namespace td::io
