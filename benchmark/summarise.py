#!/usr/bin/env python3
"""Prints a Gatling run's figures per request as a table, and the dashboard-to-static-asset
throughput ratio. Given two runs, the "people" phase (with think time) and the "capacity"
phase (without), prints both and then the targets of docs/benchmarks.md: response times
from the first, the throughput ratio from the second, errors from both. Gatling 3.15 keeps
its statistics in the HTML report (no stats.json), so this reads the report's statistics
table: one row per request, cells marked col-N."""
import re
import sys
from pathlib import Path

ORDER = ["sign in: form", "sign in: submit", "my actions", "update form", "save update", "action page", "dashboard",
         "report pdf", "plans", "plan", "static asset", "health"]


def rows(report):
    html = (Path(report) / "index.html").read_text(encoding="utf-8")
    found = {}
    for match in re.finditer(r'<tr id="(req_[^"]+)"[^>]*>(.*?)</tr>', html, re.S):
        body = match.group(2)
        name = re.search(r'class="ellipsed-name">([^<]*)<', body).group(1)
        cells = {}
        for column, value in re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', body):
            cells.setdefault(int(column), value)
        found[name] = {
            "count": int(cells[2]), "ko": int(cells[4]), "rps": float(cells[6]),
            "p50": int(cells[8]), "p95": int(cells[10]), "p99": int(cells[11]), "max": int(cells[12]),
        }
    return found


def table(stats):
    names = [n for n in ORDER if n in stats] + sorted(n for n in stats if n not in ORDER)
    print(f"{'request':<18}{'count':>8}{'req/s':>9}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'max ms':>8}{'errors':>8}")
    for name in names:
        s = stats[name]
        print(f"{name:<18}{s['count']:>8}{s['rps']:>9.2f}{s['p50']:>8}{s['p95']:>8}{s['p99']:>8}{s['max']:>8}{s['ko']:>8}")
    print(f"{'all':<18}{requests(stats):>8}{sum(s['rps'] for s in stats.values()):>9.2f}"
          f"{'':>32}{errors(stats):>8}")


def requests(stats):
    return sum(s["count"] for s in stats.values())


def errors(stats):
    return sum(s["ko"] for s in stats.values())


def ratio(stats):
    if "dashboard" in stats and "static asset" in stats and stats["static asset"]["rps"] > 0:
        return stats["dashboard"]["rps"] / stats["static asset"]["rps"]
    return None


def targets(people, capacity):
    """Each target with the figure it is judged by; True when all are met."""
    checks = []
    for name, limit in (("dashboard", 100), ("my actions", 100), ("report pdf", 1000)):
        p95 = people.get(name, {}).get("p95")
        checks.append((f"{name} p95 under {limit} ms (people)", f"{p95} ms", p95 is not None and p95 < limit))
    r = ratio(capacity)
    checks.append(("dashboard throughput at least 1/10 of the static asset's (capacity)",
                   f"1/{1 / r:.1f}" if r else "not measured", r is not None and r >= 0.1))
    for phase, stats in (("people", people), ("capacity", capacity)):
        checks.append((f"no errors ({phase})", f"{errors(stats)} of {requests(stats)}",
                       errors(stats) == 0))
    print("target" + " " * 66 + "figure      met")
    for label, figure, met in checks:
        print(f"{label:<72}{figure:<12}{'yes' if met else 'NO'}")
    return all(met for _, _, met in checks)


def main(reports):
    runs = [rows(report) for report in reports]
    labels = ["people (1 s think time)", "capacity (no think time)"] if len(runs) == 2 else [None]
    for label, stats in zip(labels, runs):
        if label:
            print(f"\n{label}")
        table(stats)
        r = ratio(stats)
        # With think time everyone keeps the same pace, so the ratio says nothing there.
        if r and not (label or "").startswith("people"):
            print(f"dashboard / static asset throughput: {r:.3f} (1/{1 / r:.1f}) with equal users on each")
    if len(runs) == 2:
        print()
        return targets(*runs)
    return errors(runs[0]) == 0


if __name__ == "__main__":
    if sys.argv[1] == "--errors-only":
        warmup = rows(sys.argv[2])
        print(f"warm-up (not counted): {requests(warmup)} requests, {errors(warmup)} errors")
        sys.exit(0)
    sys.exit(0 if main(sys.argv[1:]) else 1)
