# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
# Every dependency comes from Debian packages; scripts/install-deps.sh installs them.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Test Concurrent)
if(TD_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Charts Svg LinguistTools)
endif()
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(Boost 1.74 REQUIRED)
find_package(Threads REQUIRED)

# hnswlib ships no CMake config: wrap it, SYSTEM so its headers do not trip -Wextra.
find_path(HNSWLIB_INCLUDE_DIR hnswlib/hnswlib.h REQUIRED)
add_library(hnswlib INTERFACE)
target_include_directories(hnswlib SYSTEM INTERFACE ${HNSWLIB_INCLUDE_DIR})
add_library(TasteDrift::hnswlib ALIAS hnswlib)

qt_standard_project_setup()
