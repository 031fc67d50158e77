#!/bin/sh
# Installs exactly the locked npm packages when node_modules is missing or older than the
# lockfile, so `npm start` and `npm test` work on a fresh clone with nothing else run first.
set -e
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "even-keel: installing npm packages (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
