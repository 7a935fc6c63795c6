// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "io/listeningcounts.h"

#include "io/csvreader.h"
#include "io/text.h"

#include <algorithm>
#include <unordered_set>

namespace td::io {

namespace {

constexpr CsvDialect kTabs { '\t', false };

std::string lowerAscii(std::string_view s)
{
    std::string out(trim(s));
    for (char &c : out)
        c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    return out;
}

/// Indices of `names` in the header (any case); the first names.size() columns if the header
/// does not name them all (`named` says which).
std::vector<std::size_t> columnsOf(
    const CsvRecord &header, const std::vector<std::string> &names, bool &named)
{
    named = false;
    std::vector<std::size_t> found;
    for (const std::string &name : names) {
        const auto it = std::find_if(header.fields.begin(), header.fields.end(),
            [&](const std::string &f) { return lowerAscii(f) == name; });
        if (it == header.fields.end())
            break;
        found.push_back(std::size_t(it - header.fields.begin()));
    }
    named = found.size() == names.size();
    if (named)
        return found;
    found.clear();
    for (std::size_t i = 0; i < names.size(); ++i)
        found.push_back(i);
    return found;
}

CsvRecord readHeader(CsvReader &reader, const std::string &sourceName, const std::string &expected)
{
    CsvRecord header;
    if (!reader.next(header))
        throw DataFileError(
            sourceName + ": the file is empty (expected a header row: " + expected + ")");
    return header;
}

/// A header that names no column and whose fields read as a data row is a missing header:
/// treating it as one would silently drop that row (the shared rule of docs/cli.md).
[[noreturn]] void missingHeader(
    const std::string &sourceName, const CsvRecord &header, const std::string &expected)
{
    throw DataFileError(sourceName + ":" + std::to_string(header.line)
        + ": the first line looks like data, not a header: the file must start with a header "
          "row such as `"
        + expected + "`");
}

/// Header-only file: refused like the offline readers do (no silent empty result).
void requireRows(const std::string &sourceName, const CsvRecord &header, std::size_t rowsRead,
    const std::string &expected)
{
    if (rowsRead == 0)
        throw DataFileError(sourceName + ":" + std::to_string(header.line)
            + ": no data rows after the header (expected rows of " + expected + ")");
}

[[noreturn]] void noUsableRows(
    const std::string &sourceName, std::size_t rowsRead, const std::vector<RowProblem> &problems)
{
    std::string first;
    if (!problems.empty())
        first = "; first problem: line " + std::to_string(problems.front().line) + ": "
            + problems.front().reason;
    throw DataFileError(sourceName + ": no usable rows (" + std::to_string(rowsRead)
        + " rows read, " + std::to_string(problems.size()) + " skipped" + first + ")");
}

} // namespace

ListeningCounts parseListeningCounts(std::string_view text, const std::string &sourceName)
{
    ListeningCounts out;
    out.path = sourceName;
    CsvReader reader(text, kTabs);
    const CsvRecord header = readHeader(reader, sourceName, "userID, artistID, weight");
    bool named = false;
    const std::vector<std::size_t> col
        = columnsOf(header, { "userid", "artistid", "weight" }, named);
    const std::size_t needed = *std::max_element(col.begin(), col.end()) + 1;
    if (!named && header.fields.size() >= needed && parseInteger(header.fields[0])
        && parseInteger(header.fields[1]) && parseNumber(header.fields[2]))
        missingHeader(sourceName, header, "userID<TAB>artistID<TAB>weight");
    CsvRecord row;
    while (reader.next(row)) {
        ++out.rowsRead;
        const auto skip = [&](std::string reason) {
            out.problems.push_back({ row.line, std::move(reason) });
        };
        if (!row.problem.empty()) {
            skip(row.problem);
            continue;
        }
        if (row.fields.size() < needed) {
            skip(std::to_string(row.fields.size()) + " fields, expected at least "
                + std::to_string(needed));
            continue;
        }
        const auto user = parseInteger(row.fields[col[0]]);
        const auto artist = parseInteger(row.fields[col[1]]);
        const auto weight = parseNumber(row.fields[col[2]]);
        if (!user || !artist) {
            skip(std::string(!user ? "user" : "artist") + " id is not an integer");
            continue;
        }
        if (!weight || *weight <= 0.0) {
            skip("weight is not a number > 0");
            continue;
        }
        out.rows.push_back({ *user, *artist, *weight });
    }
    requireRows(sourceName, header, out.rowsRead, "userID, artistID, weight");
    if (out.rows.empty())
        noUsableRows(sourceName, out.rowsRead, out.problems);
    return out;
}

ListeningCounts readListeningCounts(const std::string &path)
{
    return parseListeningCounts(readDataFile(path, "listening-count file"), path);
}

ArtistNames parseArtistNames(std::string_view text, const std::string &sourceName)
{
    ArtistNames out;
    out.path = sourceName;
    CsvReader reader(text, kTabs);
    const CsvRecord header = readHeader(reader, sourceName, "id, name");
    bool named = false;
    const std::vector<std::size_t> col = columnsOf(header, { "id", "name" }, named);
    const std::size_t needed = std::max(col[0], col[1]) + 1;
    if (!named && header.fields.size() >= needed && parseInteger(header.fields[0]))
        missingHeader(sourceName, header, "id<TAB>name<TAB>url<TAB>pictureURL");
    std::unordered_set<std::int64_t> seen;
    CsvRecord row;
    while (reader.next(row)) {
        ++out.rowsRead;
        const auto skip = [&](std::string reason) {
            out.problems.push_back({ row.line, std::move(reason) });
        };
        if (!row.problem.empty()) {
            skip(row.problem);
            continue;
        }
        if (row.fields.size() < needed) {
            skip(std::to_string(row.fields.size()) + " fields, expected at least "
                + std::to_string(needed));
            continue;
        }
        const auto id = parseInteger(row.fields[col[0]]);
        const std::string_view name = trim(row.fields[col[1]]);
        if (!id) {
            skip("artist id is not an integer");
            continue;
        }
        if (name.empty()) {
            skip("empty artist name");
            continue;
        }
        if (!seen.insert(*id).second) {
            skip("artist id " + std::to_string(*id) + " appears again (the first row is kept)");
            continue;
        }
        out.artists.push_back({ *id, std::string(name) });
    }
    requireRows(sourceName, header, out.rowsRead, "id, name");
    if (out.artists.empty())
        noUsableRows(sourceName, out.rowsRead, out.problems);
    return out;
}

ArtistNames readArtistNames(const std::string &path)
{
    return parseArtistNames(readDataFile(path, "artist-names file"), path);
}

} // namespace td::io
