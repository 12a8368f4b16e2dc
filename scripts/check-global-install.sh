#!/usr/bin/env bash
# The README's way to use `rasd` outside the clone: pack it, install the tarball globally (here
# into a throwaway prefix), then run the installed command from another folder: ingest the bundled
# sample and search it, and analyse an input large enough for its words to be read on a worker
# thread (the worker's bundle, see scripts/bundle-workers.mjs), which must print what the sources do.
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
for i in $(seq 200); do sed "s/^/$i /" "$repo/data/samples/demo/news-dump.txt"; done > "$work/large.txt"
"$rasd" analyze "$work/large.txt" > "$work/large.bundle.terms"
(cd "$repo" && node --import tsx --input-type=module -e 'import { main } from "./src/cli/main.ts"; process.exitCode = await main(process.argv.slice(1));' analyze "$work/large.txt") > "$work/large.source.terms"
if ! cmp -s "$work/large.bundle.terms" "$work/large.source.terms"; then
  echo "global install: rasd analyze of a large input differs from the sources' output" >&2
  exit 1
fi
echo "global install: rasd analyze reads a large input on its worker as the sources do ($(wc -l < "$work/large.txt") lines)"
