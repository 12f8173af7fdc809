#!/usr/bin/env bash
# Installs what is missing, builds the Release tool and runs the main job on
# the bundled datasets: `shortcut info` on every one of them.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

jobs=${JOBS:-$(nproc)}
build=build/release
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSHORTCUT_BUILD_TESTS=OFF -DSHORTCUT_BUILD_APPS=ON >/dev/null
cmake --build "$build" -j "$jobs" --target shortcut_cli

bin="$build/shortcut"
for f in datasets/*/*; do
  case "$f" in
    *.md|*.xyz|*.xyz.gz|*.xyz.xz|*.co|*.co.gz|*.co.xz) continue ;;
  esac
  echo "== $f"
  "$bin" info "$f"
done
