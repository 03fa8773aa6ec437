#!/usr/bin/env bash
# Headless Chromium for the browser test (tests/test_browser.py), idempotent and quiet:
# the Debian `chromium` and `chromium-driver` packages when missing, and Playwright's Python
# package in .venv (used only as a driver, with executable_path=/usr/bin/chromium; no
# `playwright install`, nothing downloaded besides the apt and pip packages).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
"$PY" -c "import playwright" 2>/dev/null || "$PY" -m pip --disable-pip-version-check -q install "playwright>=1.40"
