#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
# Installs what is missing, builds everything with warnings as errors and runs the whole
# test suite (GUI tests offscreen); then builds the core with AddressSanitizer +
# UndefinedBehaviorSanitizer and runs the core tests under it, so memory errors fail too.
# TD_SKIP_SANITIZERS=1 skips the second half (quicker local runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

echo "== Release build, all tests (benchmarks excluded) ==" >&2
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DTD_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
QT_QPA_PLATFORM=offscreen ctest --test-dir build -LE bench --output-on-failure -j "$jobs"

if [ "${TD_SKIP_SANITIZERS:-0}" != "1" ]; then
  echo "== ASan + UBSan build, core tests ==" >&2
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
        -DTD_SANITIZE=ON -DTD_WERROR=ON -DTD_BUILD_GUI=OFF -DTD_BUILD_BENCH=OFF >/dev/null
  cmake --build build-asan -j "$jobs"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export DBUS_SESSION_BUS_ADDRESS=disabled:
  ctest --test-dir build-asan -L unit --output-on-failure -j "$jobs"
fi
