#!/usr/bin/env python3
"""Example: drive outagesim from Python with the standard library only.

1. Runs with --set and --json: the summary comes back on stdout as JSON.
2. A sweep with --vary; sweep-summary.csv and sweep-differences.csv read with the csv module.

    python3 scripts/ttl_study.py [OUT_DIR]     # default: output/ttl-study-py

Environment: OUTAGESIM (default: ./outagesim in the repository root), REPLICATIONS (default 5),
DURATION (default: the scenario's).
"""
import csv
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTAGESIM = shlex.split(os.environ.get("OUTAGESIM", str(ROOT / "outagesim")))
REPLICATIONS = os.environ.get("REPLICATIONS", "5")
DURATION = os.environ.get("DURATION")
SCENARIO = str(ROOT / "scenarios" / "strategies.yaml")
TENANT = "active-passive-deep"
TTLS = ["10s", "60s", "300s"]


def outagesim(*args):
    """Runs outagesim; returns its stdout. Exit code 2 means bad input: show stderr and stop."""
    extra = ["--set", "duration=" + DURATION] if DURATION else []
    done = subprocess.run(OUTAGESIM + list(args) + extra, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("outagesim failed with exit code %d:\n%s" % (done.returncode, done.stderr))
    return done.stdout


def metric(summary, tenant, name):
    """Mean and 95% half-width of a metric of one tenant in summary.json."""
    for t in summary["tenants"]:
        if t["tenant"] == tenant:
            m = t["metrics"][name]
            return m["mean"], m["ci95_half_width"]
    raise KeyError(tenant)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "output/ttl-study-py")
    out.mkdir(parents=True, exist_ok=True)

    print("== runs: lost transactions of %s by TTL" % TENANT)
    for ttl in TTLS:
        summary = json.loads(outagesim(
            "run", SCENARIO, "--json", "--no-charts", "--force", "--out", str(out / ("run-ttl-" + ttl)),
            "--replications", REPLICATIONS, "--set", "tenants[%s].deployment.ttl=%s" % (TENANT, ttl)))
        mean, half = metric(summary, TENANT, "transactions_lost")
        print("ttl %-5s %10.1f ± %.1f" % (ttl, mean, half))

    print("== sweep with common random numbers")
    sweep = out / "sweep"
    outagesim("sweep", SCENARIO, "--quiet", "--no-charts", "--force", "--out", str(sweep),
              "--replications", REPLICATIONS,
              "--vary", "tenants[%s].deployment.ttl=%s" % (TENANT, ",".join(TTLS)))
    parameter = "tenants[%s].deployment.ttl" % TENANT
    with open(sweep / "sweep-summary.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["tenant"] == TENANT:
                print("point %s ttl %-5s %10s ± %s" % (row["point"], row[parameter],
                      row["transactions_lost_mean"], row["transactions_lost_ci95_half_width"]))
    with open(sweep / "sweep-differences.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["tenant"] == TENANT and row["metric"] == "transactions_lost":
                print("point %s vs %s: %s ± %s paired, ± %s unpaired" % (
                    row["point"], row["baseline_point"], row["difference_mean"],
                    row["difference_ci95_half_width"], row["unpaired_ci95_half_width"]))
    print("results in %s" % out)


if __name__ == "__main__":
    main()
