#!/usr/bin/env bash
# A short libFuzzer run of the CSV parser (fuzz/csvreader_fuzzer.cpp), as the test suite runs it:
#   scripts/fuzz-short.sh BUILD_DIR [SECONDS]
# Builds the fuzz target with clang into BUILD_DIR (once), then fuzzes for SECONDS (default 30)
# from the seeds in fuzz/corpus. Any crash, leak or sanitizer report fails the run; libFuzzer
# writes the input that caused it into BUILD_DIR/artifacts.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:?usage: fuzz-short.sh BUILD_DIR [SECONDS]}"
seconds="${2:-30}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DANNALIST_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target csvreader_fuzzer
mkdir -p "$build/corpus" "$build/artifacts"
"$build/fuzz/csvreader_fuzzer" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/" "$build/corpus" "$root/fuzz/corpus"
