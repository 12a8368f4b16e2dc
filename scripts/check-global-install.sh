#!/usr/bin/env bash
# The README's way to use `rasd` outside the clone: pack it, install the tarball globally (here
# into a throwaway prefix), then run the installed command from another folder: ingest the bundled
# sample and search it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" > /dev/null
npm install -g --prefix "$work/global" "$work"/rasd-*.tgz --allow-scripts=better-sqlite3 --no-audit --no-fund > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; exit 1; }
if grep -q EBADENGINE "$work/install.log"; then
  echo "global install: engine warning (EBADENGINE)" >&2
  exit 1
fi
rasd="$work/global/bin/rasd"
cd "$work"
"$rasd" --version
"$rasd" ingest "$repo/data/samples/demo" --db "$work/demo.db" --no-analysis
hits="$("$rasd" search 'المياه' --db "$work/demo.db" --json | head -c 200)"
case "$hits" in
  *'"total"'*) echo "global install: rasd works outside the clone" ;;
  *) echo "global install: search gave no result: $hits" >&2; exit 1 ;;
esac
