// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
// Runs every registered test class. Pass `-class Name` to run one class only; other
// arguments go to QTest::qExec (e.g. a test function name).
#include "testregistry.h"

#include <QtTest>

#ifdef TD_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

namespace td::test {
std::vector<Factory> &registry()
{
    static std::vector<Factory> r;
    return r;
}
} // namespace td::test

int main(int argc, char **argv)
{
    TestApplication app(argc, argv);
    QStringList args = app.arguments();
    QString only;
    const int classFlag = int(args.indexOf(QStringLiteral("-class")));
    if (classFlag >= 0 && classFlag + 1 < args.size()) {
        only = args.at(classFlag + 1);
        args.remove(classFlag, 2);
    }
    int failures = 0;
    for (const auto &make : td::test::registry()) {
        auto object = make();
        if (!only.isEmpty() && QString::fromLatin1(object->metaObject()->className()) != only)
            continue;
        failures += QTest::qExec(object.get(), args);
    }
    return failures == 0 ? 0 : 1;
}
