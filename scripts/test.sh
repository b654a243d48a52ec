#!/usr/bin/env bash
# Installs what Annalist needs, builds it and every test with warnings as errors, and runs the
# whole test suite through ctest; then the same under AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

jobs=2
export QT_QPA_PLATFORM=offscreen

echo "== format check"
scripts/check-format.sh

echo "== build and test"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANNALIST_WERROR=ON \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build build -j"$jobs"
ctest --test-dir build -j"$jobs" --output-on-failure --no-tests=error

if [ "${ANNALIST_SKIP_SANITIZERS:-0}" != "1" ]; then
  echo "== build and test with AddressSanitizer and UBSan"
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DANNALIST_WERROR=ON -DANNALIST_SANITIZE=ON \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan -j"$jobs" --output-on-failure --no-tests=error -LE "fuzz|bench|package|postgresql"
fi
