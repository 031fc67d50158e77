#!/bin/sh
# Installs exactly the locked npm packages when node_modules is missing or older than the
# lockfile, so `npm start` and `npm test` work on a fresh clone with nothing else run first.
# `bootstrap.sh chromium` also installs Debian's Chromium when it is missing: the end-to-end
# tests and the browser demo drive it (playwright's own browser downloads do not work here).
set -e
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "even-keel: installing npm packages (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
if [ "$1" = "chromium" ] && [ -z "$CHROMIUM_PATH" ] && [ ! -x /usr/bin/chromium ]; then
  echo "even-keel: installing Chromium (apt-get install chromium)…" >&2
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium >&2
fi
