#!/usr/bin/env bash
# Installs the Debian 12 packages shortcut needs, if any are missing.
# As root it runs apt-get; otherwise it prints the exact command and fails.
# Usage: scripts/deps.sh [extra packages...]
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libboost-graph-dev libabsl-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  zlib1g-dev liblzma-dev
  xz-utils gzip
  pybind11-dev python3-dev python3-numpy python3-scipy python3-networkx python3-matplotlib python3-pytest
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing missing packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! $cmd; then
    apt-get update
    $cmd
  fi
else
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Run as root:  sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
