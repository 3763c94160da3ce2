#!/usr/bin/env bash
# Example: drive outagesim from a shell script.
#
# 1. A loop of runs with --set: how the deep-checked active-passive tenant of
#    scenarios/strategies.yaml fares with three record TTLs. Each run writes its own folder;
#    the script reads the all-tenants and per-tenant rows of summary.csv with awk.
# 2. The same question as one sweep with common random numbers: outagesim sweep --vary, then
#    sweep-summary.csv and sweep-differences.csv (paired differences against the first TTL).
#
#   scripts/ttl-study.sh [OUT_DIR]        # default: output/ttl-study
#
# Environment: OUTAGESIM (default: ./outagesim from the repository root), REPLICATIONS
# (default 5), DURATION (default: the scenario's).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-output/ttl-study}"
# OUTAGESIM may be a command with arguments, e.g. "java -jar target/outagesim-0.1.0-all.jar".
read -r -a outagesim <<< "${OUTAGESIM:-$root/outagesim}"
replications="${REPLICATIONS:-5}"
scenario="$root/scenarios/strategies.yaml"
tenant="active-passive-deep"
extra=()
if [[ -n "${DURATION:-}" ]]; then
  extra+=(--set "duration=$DURATION")
fi
mkdir -p "$out"

echo "== runs: lost transactions of $tenant by TTL (mean ± 95% half-width)"
for ttl in 10s 60s 300s; do
  dir="$out/run-ttl-$ttl"
  "${outagesim[@]}" run "$scenario" --quiet --no-charts --force --out "$dir" \
      --replications "$replications" --set "tenants[$tenant].deployment.ttl=$ttl" "${extra[@]}"
  # summary.csv: tenant,sector,strategy,metric,n,mean,sd,ci95_half_width
  awk -F, -v t="$tenant" -v ttl="$ttl" \
      '$1 == t && $4 == "transactions_lost" { printf "ttl %-5s %10.1f ± %.1f\n", ttl, $6, $8 }' \
      "$dir/summary.csv"
done

echo "== sweep: the same TTLs with common random numbers"
"${outagesim[@]}" sweep "$scenario" --quiet --no-charts --force --out "$out/sweep" \
    --replications "$replications" --vary "tenants[$tenant].deployment.ttl=10s,60s,300s" "${extra[@]}"
# sweep-differences.csv: paired differences against the baseline point (point 0: ttl 10s).
awk -F, -v t="$tenant" '
  NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $col["tenant"] == t && $col["metric"] == "transactions_lost" {
    printf "point %s vs %s: %+.1f ± %.1f (paired), ± %.1f (unpaired)\n", $col["point"],
      $col["baseline_point"], $col["difference_mean"], $col["difference_ci95_half_width"],
      $col["unpaired_ci95_half_width"]
  }' "$out/sweep/sweep-differences.csv"
echo "results in $out"
