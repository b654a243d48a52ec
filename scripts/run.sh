#!/usr/bin/env bash
# Installs what Annalist needs, builds it (Release) and starts it on the default ledger
# (created with the demo books in your data folder on first start). Extra arguments go to annalist.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build-release -j2 --target annalist
exec build-release/app/annalist "$@"
