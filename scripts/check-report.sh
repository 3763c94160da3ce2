#!/usr/bin/env bash
# End-to-end check of report.html: runs scenarios/minimal.yaml (2 replications) with the built
# jar into a temporary folder (which draws the charts and writes the report), checks that the
# report refers to nothing outside itself, and screenshots it in headless Chromium.
# Needs `./mvnw package` first (for target/outagesim-*-all.jar) and chromium on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="$(ls target/outagesim-*-all.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$jar" ]]; then
  echo "no target/outagesim-*-all.jar: run ./mvnw -B package first" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/minimal"

java -jar "$jar" run scenarios/minimal.yaml --set replications=2 --out "$out" --quiet

report="$out/report.html"
if [[ ! -s "$report" ]]; then
  echo "no report written: $report" >&2
  exit 1
fi
outside="$(grep -Eo '(src|href)="[^"]*' "$report" | grep -Ev '="(data:|#)' || true)"
if [[ -n "$outside" ]]; then
  echo "report.html refers to something outside itself: $outside" >&2
  exit 1
fi

scripts/screenshot-report.sh "$out" "$work/report.png"
echo "report check passed"
