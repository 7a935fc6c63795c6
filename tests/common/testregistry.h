// SPDX-FileCopyrightText: 2026 TasteDrift authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace td::test {

/// Lets one test executable run many Qt Test classes (one .cpp each, mirroring the source
/// tree) from one main: compiling a Qt Test TU costs seconds, linking many executables more.
using Factory = std::function<std::unique_ptr<QObject>()>;
std::vector<Factory> &registry();

template<typename T> struct Registrar
{
    Registrar()
    {
        registry().push_back([] { return std::make_unique<T>(); });
    }
};

} // namespace td::test

/// Put after a test class definition: TD_REGISTER_TEST(TestAls)
#define TD_REGISTER_TEST(Class) static const td::test::Registrar<Class> s_registrar_##Class;
