#!/usr/bin/env bash
# Installs the built library into a temporary prefix and builds and runs
# tests/cmake_consumer against it with find_package(shortcut).
#   usage: cmake_consumer_test.sh BINARY_DIR SOURCE_DIR CXX "CXX_FLAGS" BUILD_TYPE
set -euo pipefail
binary_dir=$1
source_dir=$2
cxx=$3
flags=$4
build_type=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$binary_dir" --prefix "$tmp/prefix" >/dev/null
cmake -S "$source_dir/tests/cmake_consumer" -B "$tmp/build" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$tmp/build" >/dev/null
"$tmp/build/consumer"
