// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// base::adviseHugePages: which pages it asks for, and that a table keeps its contents.
#include "base/hugepages.h"
#include "testregistry.h"

#include <QFile>
#include <QtTest>

#include <cstdint>
#include <vector>

namespace {
constexpr std::uintptr_t kMiB = std::uintptr_t(1) << 20;

/// Whether the mapping holding `address` carries the huge-page advice (VmFlags "hg").
bool mappingIsAdvised(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inside = false;
    for (QByteArray line = smaps.readLine(); !line.isEmpty(); line = smaps.readLine()) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool okBegin = false, okEnd = false;
            const auto begin = line.left(dash).toULongLong(&okBegin, 16);
            const auto end = line.mid(dash + 1, space - dash - 1).toULongLong(&okEnd, 16);
            if (okBegin && okEnd) {
                inside = address >= begin && address < end;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:"))
            return line.simplified().split(' ').contains("hg");
    }
    return false;
}
} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT
private slots:
    void spanIsTheWholeHugePagesInside()
    {
        using td::base::hugePageSpan;
        // Aligned start: 8 MiB hold four 2 MiB pages.
        auto s = hugePageSpan(64 * kMiB, 8 * kMiB);
        QCOMPARE(s.first, 64 * kMiB);
        QCOMPARE(s.length, std::size_t(8 * kMiB));
        // Start 1 MiB in: the first page begins at 66 MiB, the last ends at 72 MiB.
        s = hugePageSpan(65 * kMiB, 8 * kMiB);
        QCOMPARE(s.first, 66 * kMiB);
        QCOMPARE(s.length, std::size_t(6 * kMiB));
        // One byte short of a whole page, or under 2 MiB: nothing.
        QCOMPARE(hugePageSpan(64 * kMiB, 2 * kMiB - 1).length, std::size_t(0));
        QCOMPARE(hugePageSpan(65 * kMiB, 2 * kMiB).length, std::size_t(0));
        QCOMPARE(hugePageSpan(64 * kMiB, 2 * kMiB).length, std::size_t(2 * kMiB));
        QCOMPARE(hugePageSpan(0, 8 * kMiB).length, std::size_t(0)); // null table
    }

    void tableKeepsItsContents()
    {
        // 10 MiB of a pattern: whatever the kernel grants (0, or whole pages inside the
        // table), every value is still there afterwards.
        std::vector<std::uint32_t> table(10 * kMiB / sizeof(std::uint32_t));
        for (std::size_t i = 0; i < table.size(); ++i)
            table[i] = std::uint32_t(i * 2654435761u);
        const std::size_t granted = td::base::adviseHugePages(table);
        const auto span = td::base::hugePageSpan(
            reinterpret_cast<std::uintptr_t>(table.data()), table.size() * sizeof(std::uint32_t));
        QVERIFY(granted == 0 || granted == span.length);
        // The advice itself is observable: the kernel marks the advised mapping "hg" in
        // /proc/self/smaps. Kernels without THP have no /sys/kernel/mm/transparent_hugepage.
        if (QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            QVERIFY2(mappingIsAdvised(span.first), "the table's mapping lacks MADV_HUGEPAGE");
        bool same = true;
        for (std::size_t i = 0; i < table.size(); ++i)
            same = same && table[i] == std::uint32_t(i * 2654435761u);
        QVERIFY(same);
        QCOMPARE(td::base::adviseHugePages(nullptr, 10 * kMiB), std::size_t(0));
    }
};
TD_REGISTER_TEST(TestHugePages)
#include "tst_hugepages.moc"
