#!/bin/sh
# Rebuild the practice pages' bundles into the package (helper/postcheck/practice/assets), minified, one per site.
# Usage: cd tests/browser/pages && npm ci && sh build.sh [OUTDIR]   (OUTDIR: elsewhere, e.g. to compare)
set -eu
out=$(realpath -m "${1:-$(dirname "$0")/../../../helper/postcheck/practice/assets}")
cd "$(dirname "$0")"
mkdir -p "$out"
for page in x facebook instagram; do
  # Lexical picks its production build from the condition, React from the define; draft-js (fbjs) expects
  # the Node-style `global`. The libraries' licence notices stay, gathered at the end of each bundle.
  npx --no-install esbuild "src/$page.jsx" --bundle --format=iife --jsx=automatic --minify \
    --conditions=production --define:process.env.NODE_ENV='"production"' --define:global=globalThis \
    --legal-comments=eof --log-level=warning --outfile="$out/$page.js"
done
ls -l "$out" >&2
