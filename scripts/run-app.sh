#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
# Installs what is missing, builds TasteDrift (Release) and starts the app on the default
# scenario. Extra arguments go to the app, e.g. `--scenario scenarios/filter-bubble.json`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target tastedrift tastedrift-cli
if [ $# -eq 0 ]; then
  set -- --scenario scenarios/default.json
fi
exec ./build/app/gui/tastedrift "$@"
