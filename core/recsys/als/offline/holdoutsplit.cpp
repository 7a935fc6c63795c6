// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "recsys/als/offline/holdoutsplit.h"

#include "base/rng.h"

#include <algorithm>
#include <cmath>

namespace td::recsys::offline {

namespace {

std::uint64_t fnv1a64(const std::string &s)
{
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001B3ull;
    }
    return h;
}

} // namespace

HoldoutSplit holdoutSplit(
    const InteractionTable &table, double fraction, std::size_t minItems, std::uint64_t seed)
{
    HoldoutSplit split;
    const std::vector<WeightedPair> &pairs = table.pairs;
    struct Keyed
    {
        std::uint64_t hash;
        const WeightedPair *pair;
    };
    std::vector<Keyed> keyed;
    std::vector<WeightedPair> userTest;
    for (std::size_t begin = 0; begin < pairs.size();) {
        std::size_t end = begin;
        while (end < pairs.size() && pairs[end].user == pairs[begin].user)
            ++end;
        const std::size_t n = end - begin;
        std::size_t testCount = 0;
        if (n >= minItems)
            testCount = std::min(n, std::size_t(std::floor(fraction * double(n) + 0.5)));
        keyed.clear();
        const std::uint64_t userHash
            = base::mix64(seed ^ fnv1a64(table.users.id(pairs[begin].user)));
        for (std::size_t k = begin; k < end; ++k)
            keyed.push_back(Keyed {
                base::mix64(userHash ^ fnv1a64(table.items.id(pairs[k].item))), &pairs[k] });
        std::sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
            return a.hash != b.hash
                ? a.hash < b.hash
                : idLess(table.items.id(a.pair->item), table.items.id(b.pair->item));
        });
        userTest.clear();
        for (std::size_t k = 0; k < testCount; ++k)
            userTest.push_back(*keyed[k].pair);
        std::sort(userTest.begin(), userTest.end(),
            [](const WeightedPair &a, const WeightedPair &b) { return a.item < b.item; });
        std::size_t t = 0;
        for (std::size_t k = begin; k < end; ++k) {
            if (t < userTest.size() && userTest[t].item == pairs[k].item) {
                split.test.push_back(pairs[k]);
                ++t;
            } else {
                split.train.push_back(pairs[k]);
            }
        }
        begin = end;
    }
    return split;
}

std::vector<std::vector<std::uint32_t>> itemsByUser(
    const std::vector<WeightedPair> &pairs, std::size_t users)
{
    std::vector<std::vector<std::uint32_t>> out(users);
    for (const WeightedPair &p : pairs) {
        if (p.user >= out.size())
            out.resize(p.user + 1);
        out[p.user].push_back(p.item);
    }
    for (auto &items : out) {
        std::sort(items.begin(), items.end());
        items.erase(std::unique(items.begin(), items.end()), items.end());
    }
    return out;
}

} // namespace td::recsys::offline
