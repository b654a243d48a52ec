#!/usr/bin/env bash
# Installs the Debian 12 packages Annalist needs to build, run and test. Run as root or with sudo.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libsqlite3-dev libxlsxwriter-dev
  # run: SQLite ledgers, and ledgers on a PostgreSQL server through Qt's driver
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-dejavu-core qt6-translations-l10n
  # test: real readers of what Annalist writes, and baselines
  sqlite3 poppler-utils locales xvfb xauth ledger
  # the server ledger's tests: a throw-away PostgreSQL cluster (scripts/pg-test-cluster.sh) and psql
  postgresql postgresql-client
  # the Excel workbook read back: openpyxl for values and stored formula results, LibreOffice
  # Calc without its GUI to recalculate every formula on load (tests run /usr/bin/python3)
  python3-openpyxl libreoffice-calc-nogui
  # the CSV parser's fuzz target: clang with libFuzzer
  clang libclang-rt-14-dev
  # benchmark (bench/run): its interpreter and GNU time for the peak memory of each command
  python3 time
  # the Debian package's checks: dpkg-shlibdeps for its dependencies, the desktop entry's and
  # AppStream metadata's validators
  dpkg-dev file desktop-file-utils appstream
  # the web report's checks: an HTML5 parser, and Chromium to run axe-core in
  python3-html5lib chromium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Tests run once under a Danish locale; a fresh machine has none until it is generated.
if ! locale -a 2>/dev/null | grep -qi '^da_DK\.utf-\?8$'; then
  as_root localedef -i da_DK -f UTF-8 da_DK.UTF-8
fi

# axe-core, the accessibility rules the web report is checked against, from the npm registry at the
# version in tests/a11y/package-lock.json. npm comes with Node.js; Debian's own when none is there.
if ! command -v npm >/dev/null 2>&1; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
fi
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$here/tests/a11y/node_modules/axe-core/axe.min.js" ]; then
  npm ci --prefix "$here/tests/a11y" --no-audit --no-fund --loglevel=error
fi
