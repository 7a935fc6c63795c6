// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storetesthelpers.h"

#include <QFile>
#include <QMetaType>
#include <QString>

#include <cstdint>

/// Damaged databases, as issue 16 reproduced them: reusable by the fault-injection suite. Each
/// damage is deterministic (fixed offsets, a fixed seed), so a failure reproduces exactly.
namespace td::storetest {

enum class Damage {
    FlipMiddle64, ///< invert 64 bytes starting at the middle of the file
    ZeroPage500, ///< overwrite page 500 with zeros
    FlipRandomBits200, ///< flip 200 bits at positions drawn from SplitMix64(seed)
};

inline const char *damageName(Damage how)
{
    switch (how) {
    case Damage::FlipMiddle64:
        return "64 bytes flipped at the midpoint";
    case Damage::ZeroPage500:
        return "page 500 zeroed";
    case Damage::FlipRandomBits200:
        return "200 random bits flipped";
    }
    return "";
}

/// A store of a few megabytes (page 500 exists), one self-contained file (DELETE journal):
/// three complete runs of 4 days with every event kept. Returns false if it could not be made.
inline bool makeLargeStore(const QString &path, int runs = 3)
{
    store::OpenOptions options;
    options.journal = store::JournalMode::Delete;
    store::RunStore db(path.toStdString(), options);
    for (int r = 0; r < runs; ++r)
        recordRun(db, smallScenario(4, std::uint64_t(r + 1), 1.0));
    const QByteArray bytes = fileBytes(path);
    return bytes.size() > 600 * 4096;
}

/// SplitMix64: a fixed, portable sequence (std:: distributions differ between libraries).
inline std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/// Damages the database file at `path` in place. Returns false if the file is too small for
/// the damage asked for or cannot be rewritten. The database must not be open.
inline bool damage(const QString &path, Damage how, std::uint64_t seed = 1)
{
    QByteArray bytes = fileBytes(path);
    if (bytes.size() < 100)
        return false;
    // Page size: header bytes 16..17, big-endian; 1 means 65536.
    const int raw = (std::uint8_t(bytes[16]) << 8) | std::uint8_t(bytes[17]);
    const qsizetype pageSize = raw == 1 ? 65536 : raw;
    switch (how) {
    case Damage::FlipMiddle64: {
        const qsizetype middle = bytes.size() / 2;
        for (qsizetype i = 0; i < 64; ++i)
            bytes[middle + i] = char(~std::uint8_t(bytes[middle + i]));
        break;
    }
    case Damage::ZeroPage500: {
        if (bytes.size() < 500 * pageSize)
            return false;
        std::fill(bytes.begin() + 499 * pageSize, bytes.begin() + 500 * pageSize, '\0');
        break;
    }
    case Damage::FlipRandomBits200: {
        std::uint64_t state = seed;
        const std::uint64_t bits = std::uint64_t(bytes.size()) * 8;
        for (int i = 0; i < 200; ++i) {
            const std::uint64_t bit = splitMix64(state) % bits;
            bytes[qsizetype(bit / 8)]
                = char(std::uint8_t(bytes[qsizetype(bit / 8)]) ^ (1u << (bit % 8)));
        }
        break;
    }
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace td::storetest

Q_DECLARE_METATYPE(td::storetest::Damage)
