#!/usr/bin/env python3
"""Side by side: how each group of tenants fared in several run folders of the same tenants.

    python3 scripts/seoul_groups.py RUN_FOLDER [RUN_FOLDER ...]

Groups come from the last folder's resolved scenario (manifest.json): the deployment strategy and
health check, and whether the tenant replaces instances or has a circuit breaker. For each folder
and group it prints, from summary.json: the tenants' mean time to recover (minutes after the first
fault started; range over the group's tenants), minutes below 50% success, degraded minutes and the
share of intended transactions lost. Prints a Markdown table.
"""
import json
import sys
from pathlib import Path


def group(t):
    d = t["deployment"]
    if d["strategy"] == "single-region":
        if t.get("instance_replacement"):
            return "single-region, instances replaced"
        if t.get("circuit_breaker"):
            return "single-region, circuit breaker"
        return "single-region"
    if d["strategy"] == "active-active":
        return "active-active, deep check"
    if d.get("failover"):
        return "active-passive, manual"
    deep = d.get("health_check") and d["health_check"].get("deep")
    return "active-passive, deep check" if deep else "active-passive, shallow check"


def main(folders):
    manifest = json.loads((Path(folders[-1]) / "manifest.json").read_text())
    groups = {}
    for t in manifest["scenario"]["tenants"]:
        groups.setdefault(group(t), []).append(t["id"])
    print("| group | tenants | scenario | recovered after (min) | below 50% (min) "
          "| degraded (min) | lost share |")
    print("|---|---|---|---|---|---|---|")
    for name, ids in groups.items():
        for folder in folders:
            summary = json.loads((Path(folder) / "summary.json").read_text())
            scenario = json.loads((Path(folder) / "manifest.json").read_text())["scenario"]["name"]
            by_id = {t["tenant"]: t["metrics"] for t in summary["tenants"]}
            rec = [by_id[i]["time_to_recover_s"]["mean"] / 60 for i in ids
                   if by_id[i]["time_to_recover_s"]["mean"] is not None]
            down = [by_id[i]["downtime_minutes"]["mean"] for i in ids]
            degraded = [by_id[i]["degraded_minutes"]["mean"] for i in ids]
            intended = sum(by_id[i]["transactions_intended"]["mean"] for i in ids)
            lost = sum(by_id[i]["transactions_lost"]["mean"] for i in ids)
            share = f"{100 * lost / intended:.2f}%" if intended else "–"
            recovered = (f"{sum(rec) / len(rec):.1f} ({min(rec):.0f}–{max(rec):.0f})"
                         if rec else "–")
            print(f"| {name} | {len(ids)} | {scenario} | {recovered} "
                  f"| {sum(down) / len(down):.1f} | {sum(degraded) / len(degraded):.1f} "
                  f"| {share} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
