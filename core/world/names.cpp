// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#include "world/names.h"

#include <array>
#include <cctype>

namespace td::world {

std::string inventName(base::Rng &rng, int words)
{
    static constexpr std::array<const char *, 24> kSyllables { "ka", "lo", "mi", "ra", "ve", "no",
        "sa", "ti", "lu", "be", "do", "ne", "ro", "zi", "fa", "el", "an", "or", "mo", "ri", "ta",
        "su", "le", "ko" };
    std::string name;
    for (int w = 0; w < words; ++w) {
        if (w > 0)
            name += ' ';
        const int syllables = 2 + int(rng.below(2));
        std::string word;
        for (int s = 0; s < syllables; ++s)
            word += kSyllables[rng.below(std::uint32_t(kSyllables.size()))];
        word[0] = char(std::toupper(static_cast<unsigned char>(word[0])));
        name += word;
    }
    return name;
}

std::string genreName(int g)
{
    static constexpr std::array<const char *, 12> kNames { "pop", "rock", "hip hop", "electronic",
        "r&b", "latin", "jazz", "classical", "country", "metal", "indie", "ambient" };
    if (g >= 0 && g < int(kNames.size()))
        return kNames[std::size_t(g)];
    return "genre " + std::to_string(g + 1);
}

} // namespace td::world
