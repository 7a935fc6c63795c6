#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
# Installs the Debian/Ubuntu packages TasteDrift builds and tests with, if any is missing.
# Run as root (or with sudo). Safe to run again: it does nothing when all are present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev
  qt6-l10n-tools qt6-svg-dev libgl-dev
  libeigen3-dev libboost-dev libhnswlib-dev libbenchmark-dev
  fonts-dejavu-core xvfb xauth
  # The Python module (python/, docs/extending.md) and its tests. pandas only backs
  # Simulation.metrics_frame(); ~37 MiB installed with its dependencies, worth it so that the
  # tests cover it.
  pybind11-dev python3-dev python3-numpy python3-pandas
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# Another apt process may hold the lock on a fresh machine: wait for it.
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
