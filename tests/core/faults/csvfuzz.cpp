// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "csvfuzz.h"

#include "base/rng.h"
#include "io/catalogcsv.h"
#include "io/dataerror.h"
#include "io/text.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace td::faults {

namespace {

const char *const kHeader = "track_id,track_name,track_artist,track_popularity,"
                            "track_album_release_date,playlist_genre,playlist_subgenre,"
                            "danceability,energy,key,loudness,mode,speechiness,acousticness,"
                            "instrumentalness,liveness,valence,tempo,duration_ms";
constexpr int kColumns = 19;
constexpr int kRows = 40;
// Column indices in kHeader.
constexpr int kId = 0, kName = 1, kArtist = 2, kDate = 4, kDance = 7, kEnergy = 8, kTempo = 17;
const char *const kGenres[] = { "pop", "rock", "rap", "edm" };

std::vector<std::string> split(const std::string &line)
{
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, ','))
        out.push_back(field);
    if (!line.empty() && line.back() == ',')
        out.emplace_back();
    return out;
}

std::string join(const std::vector<std::string> &fields)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + fields[i];
    return out;
}

std::string number(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", v);
    return buffer;
}

std::vector<std::vector<std::string>> baseRows(base::Rng &rng)
{
    std::vector<std::vector<std::string>> rows;
    for (int r = 0; r < kRows; ++r) {
        char date[16];
        std::snprintf(date, sizeof date, "%04u-%02u-%02u", 2000 + rng.below(21), 1 + rng.below(12),
            1 + rng.below(28));
        rows.push_back({ "t" + std::to_string(r + 1), "Song " + std::to_string(r + 1),
            "Artist " + std::to_string(rng.below(12)), std::to_string(rng.below(101)), date,
            kGenres[rng.below(4)], "sub" + std::to_string(rng.below(3)), number(rng.uniform()),
            number(rng.uniform()), std::to_string(rng.below(12)), number(rng.uniform(-30, -2)),
            std::to_string(rng.below(2)), number(rng.uniform(0, 0.5)), number(rng.uniform()),
            number(rng.uniform()), number(rng.uniform()), number(rng.uniform()),
            number(rng.uniform(60, 200)), std::to_string(120000 + rng.below(200000)) });
    }
    return rows;
}

} // namespace

std::vector<FuzzedCsv> fuzzCsvs(std::uint64_t seed, int count)
{
    base::Rng rng(seed);
    std::vector<FuzzedCsv> out;
    for (int n = 0; n < count; ++n) {
        std::vector<std::string> header = split(kHeader);
        std::vector<std::vector<std::string>> rows = baseRows(rng);
        FuzzedCsv csv;
        std::vector<int> brokenRows; // row indices whose line is broken
        bool crOnly = false, bom = false;
        std::vector<int> blankAfter; // blank line after row index
        std::vector<std::pair<int, std::string>> junkAfter; // a junk line after row index
        const int kinds = 1 + int(rng.below(3));
        for (int k = 0; k < kinds; ++k) {
            const int r = int(rng.below(kRows));
            const std::uint32_t kind = rng.below(18);
            switch (kind) {
            case 0:
                rows[std::size_t(r)][kName] = "\"Broken " + rows[std::size_t(r)][kName];
                brokenRows.push_back(r);
                csv.mutation += "unterminated quote; ";
                break;
            case 1:
                rows[std::size_t(r)].pop_back();
                brokenRows.push_back(r);
                csv.mutation += "a field missing; ";
                break;
            case 2:
                rows[std::size_t(r)].push_back("extra");
                brokenRows.push_back(r);
                csv.mutation += "a field too many; ";
                break;
            case 3:
                rows[std::size_t(r)][kArtist] += "\xff\xfe";
                brokenRows.push_back(r);
                csv.mutation += "invalid UTF-8; ";
                break;
            case 4:
                rows[std::size_t(r)][kId] = rng.bernoulli(0.5) ? "" : "NA";
                brokenRows.push_back(r);
                csv.mutation += "no track id; ";
                break;
            case 5:
                for (int c : { 7, 8, 10, 12, 13, 14, 15, 16, 17 })
                    rows[std::size_t(r)][std::size_t(c)] = "NA";
                brokenRows.push_back(r);
                csv.mutation += "no audio feature; ";
                break;
            case 6:
                rows[std::size_t(r)][kDance] = rng.bernoulli(0.5) ? "" : "NA";
                csv.mutation += "a missing value; ";
                break;
            case 7:
                rows[std::size_t(r)][kDance] = "7";
                rows[std::size_t(r)][kTempo] = "0";
                csv.mutation += "values out of range; ";
                break;
            case 8:
                rows[std::size_t(r)][kDate] = rng.bernoulli(0.5) ? "9999-12-31" : "0042-01-01";
                csv.mutation += "an implausible date; ";
                break;
            case 9:
                rows[std::size_t(r)][kDate] = rng.bernoulli(0.5) ? "2019-13-45" : "yesterday";
                csv.mutation += "a malformed date; ";
                break;
            case 10:
                rows[std::size_t(r)][kId] = rows[std::size_t(rng.below(kRows))][kId];
                csv.mutation += "a repeated id; ";
                break;
            case 11:
                header.push_back("tempo");
                for (auto &row : rows)
                    row.push_back("6");
                csv.mustRefuse = true;
                csv.mutation += "tempo twice in the header; ";
                break;
            case 12:
                header.push_back("notes");
                header.push_back("notes");
                for (auto &row : rows) {
                    row.push_back("a");
                    row.push_back("b");
                }
                csv.mutation += "an unmapped column twice; ";
                break;
            case 13:
                header.erase(header.begin() + kEnergy);
                for (auto &row : rows)
                    row.erase(row.begin() + std::min<std::ptrdiff_t>(kEnergy, row.size() - 1));
                csv.mustRefuse = true;
                csv.mutation += "a mapped column missing; ";
                break;
            case 14:
                crOnly = true;
                csv.mutation += "CR line endings; ";
                break;
            case 15:
                bom = true;
                blankAfter.push_back(r);
                csv.mutation += "BOM and a blank line; ";
                break;
            case 16: {
                std::string junk;
                const int length = 1 + int(rng.below(40));
                for (int i = 0; i < length; ++i) {
                    char c = char(1 + rng.below(255));
                    if (c == '"' || c == ',' || c == '\n' || c == '\r')
                        c = '#';
                    junk += c;
                }
                junkAfter.emplace_back(r, junk);
                csv.mutation += "a junk line; ";
                break;
            }
            default:
                rows[std::size_t(r)][kName] = "\"Song\"x";
                brokenRows.push_back(r);
                csv.mutation += "text after a closing quote; ";
            }
        }
        // Whole-file damage now and then: nothing, or a header alone.
        const std::uint32_t whole = rng.below(20);
        std::string text;
        std::size_t line = 1;
        text += join(header) + "\n";
        if (whole == 0) {
            text.clear();
            csv.mustRefuse = true;
            csv.mutation = "empty file";
        } else if (whole == 1) {
            csv.mustRefuse = true;
            csv.mutation = "header only";
        } else {
            for (int r = 0; r < kRows; ++r) {
                text += join(rows[std::size_t(r)]) + "\n";
                ++line;
                if (std::find(brokenRows.begin(), brokenRows.end(), r) != brokenRows.end())
                    csv.brokenLines.push_back(line);
                for (const auto &[after, junk] : junkAfter) {
                    if (after == r) {
                        text += junk + "\n";
                        csv.brokenLines.push_back(++line);
                    }
                }
                if (std::find(blankAfter.begin(), blankAfter.end(), r) != blankAfter.end()) {
                    text += "\n";
                    csv.blankLines.push_back(++line);
                }
            }
        }
        if (crOnly)
            std::replace(text.begin(), text.end(), '\n', '\r');
        if (bom)
            text = "\xEF\xBB\xBF" + text;
        csv.text = text;
        out.push_back(std::move(csv));
    }
    return out;
}

Outcome checkImport(const FuzzedCsv &csv, QString &detail)
{
    io::ImportedCatalog c;
    try {
        c = io::parseCatalogCsv(csv.text, io::CatalogColumns(), "fuzz.csv");
    } catch (const io::DataFileError &e) {
        const std::string what = e.what();
        const bool clear = what.rfind("fuzz.csv:", 0) == 0 && what.find('\n') == std::string::npos;
        detail = QString::fromStdString(csv.mutation + " -> refused: " + what);
        return clear ? Outcome::Refused : Outcome::Silent;
    } catch (const std::exception &e) {
        detail = QString::fromStdString(csv.mutation + " -> exception: " + e.what());
        return Outcome::Crash;
    }
    const io::CatalogImportReport &r = c.report;
    std::string problem;
    if (csv.mustRefuse)
        problem = "imported although the file must be refused";
    if (r.rowsRead != r.rowsUsed + r.rowsSkipped)
        problem += "rows read != used + skipped; ";
    if (r.tracks + r.duplicateRows != r.rowsUsed)
        problem += "tracks + merged != used; ";
    // Every physical data line is a used row (generated rows are one line each) or inside a
    // reported skipped range: no line vanishes without a word.
    std::size_t lines = std::size_t(std::count(csv.text.begin(), csv.text.end(), '\n')
        + std::count(csv.text.begin(), csv.text.end(), '\r'));
    const auto reported = [&](std::size_t line) {
        return std::any_of(r.problems.begin(), r.problems.end(), [&](const io::RowProblem &p) {
            return line >= p.line && line <= std::max(p.line, p.lastLine);
        });
    };
    lines -= 1; // the header
    for (std::size_t blank : csv.blankLines)
        lines -= reported(blank) ? 0 : 1; // skipped without a word, as it should be
    std::size_t covered = r.rowsUsed;
    for (const io::RowProblem &p : r.problems)
        covered += p.lastLine > p.line ? p.lastLine - p.line + 1 : 1;
    if (covered != lines)
        problem
            += "lines covered " + std::to_string(covered) + " of " + std::to_string(lines) + "; ";
    for (std::size_t broken : csv.brokenLines) {
        if (!reported(broken))
            problem += "broken line " + std::to_string(broken) + " not reported; ";
    }
    if (c.newestReleaseDate > io::daysFromCivil(io::kLastPlausibleYear, 12, 31)
        || c.newestReleaseDate < io::daysFromCivil(io::kFirstPlausibleYear, 1, 1))
        problem += "an implausible newest release date; ";
    if (!problem.empty()) {
        detail = QString::fromStdString(csv.mutation + " -> " + problem);
        return Outcome::Silent;
    }
    return Outcome::Handled;
}

} // namespace td::faults
