#!/usr/bin/env bash
# Screenshots a result folder's report.html in headless Chromium and checks that the picture is
# not trivially empty (a blank page compresses to a few kilobytes).
#   scripts/screenshot-report.sh RESULT_DIR OUT.png [WIDTH,HEIGHT]
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 RESULT_DIR OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
report="$(cd "$1" && pwd)/report.html"
out="$2"
size="${3:-1280,4000}"
min_bytes=20000

if [[ ! -f "$report" ]]; then
  echo "no report: $report" >&2
  exit 1
fi
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "chromium not found" >&2
  exit 1
fi

rm -f "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --no-first-run --disable-background-networking --disable-component-update --disable-sync \
  --screenshot="$out" --window-size="$size" "file://$report" >/dev/null 2>&1 || true

if [[ ! -s "$out" ]]; then
  echo "chromium wrote no screenshot to $out" >&2
  exit 1
fi
if [[ "$(head -c 8 "$out" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]]; then
  echo "$out is not a PNG" >&2
  exit 1
fi
bytes=$(wc -c <"$out")
if (( bytes < min_bytes )); then
  echo "$out has only $bytes bytes: the page looks empty" >&2
  exit 1
fi
echo "$out ($bytes bytes)"
