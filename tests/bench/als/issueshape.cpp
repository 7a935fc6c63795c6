// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "issueshape.h"

#include "base/rng.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace td::bench {

std::size_t writeIssueShapeTsv(const IssueShape &shape, const std::string &path)
{
    std::vector<double> cdf(shape.items);
    double total = 0.0;
    for (std::size_t i = 0; i < shape.items; ++i) {
        total += 1.0 / std::pow(double(i + 1), 0.9);
        cdf[i] = total;
    }
    // Item id of popularity rank r: a multiplicative permutation of 0..items-1 (the multiplier
    // is prime and does not divide 50,000), so neighbouring ranks get distant ids.
    auto idOfRank = [&](std::size_t r) { return (r * 7919 + 13) % shape.items; };

    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(
        std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!file)
        throw std::runtime_error("cannot write " + path);
    std::fputs("user\titem\tweight\n", file.get());
    std::size_t lines = 1;
    std::vector<std::uint32_t> chosen;
    char line[64];
    for (std::size_t u = 0; u < shape.users; ++u) {
        td::base::Rng rng(shape.seed, td::base::Purpose::Model, u, 0);
        chosen.clear();
        while (chosen.size() < shape.perUser && chosen.size() < shape.items) {
            const double x = rng.uniform() * total;
            const auto rank
                = std::uint32_t(std::lower_bound(cdf.begin(), cdf.end(), x) - cdf.begin());
            if (rank < shape.items && std::find(chosen.begin(), chosen.end(), rank) == chosen.end())
                chosen.push_back(rank);
        }
        for (std::uint32_t rank : chosen) {
            const int n = std::snprintf(line, sizeof line, "%zu\t%zu\t%u\n", u, idOfRank(rank),
                unsigned(1 + rng.below(100)));
            std::fwrite(line, 1, std::size_t(n), file.get());
            ++lines;
        }
    }
    if (std::fflush(file.get()) != 0 || std::ferror(file.get()))
        throw std::runtime_error("cannot write " + path);
    return lines;
}

} // namespace td::bench
