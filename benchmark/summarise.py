#!/usr/bin/env python3
"""Prints a Gatling run's figures per request as a table, and the dashboard-to-static-asset
throughput ratio. Gatling 3.15 keeps its statistics in the HTML report (no stats.json), so
this reads the report's statistics table: one row per request, cells marked col-N."""
import re
import sys
from pathlib import Path

ORDER = ["sign in: form", "sign in: submit", "my actions", "update form", "save update", "dashboard",
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


def main(report):
    stats = rows(report)
    names = [n for n in ORDER if n in stats] + sorted(n for n in stats if n not in ORDER)
    print(f"{'request':<18}{'count':>8}{'req/s':>9}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'max ms':>8}{'errors':>8}")
    for name in names:
        s = stats[name]
        print(f"{name:<18}{s['count']:>8}{s['rps']:>9.2f}{s['p50']:>8}{s['p95']:>8}{s['p99']:>8}{s['max']:>8}{s['ko']:>8}")
    errors = sum(s["ko"] for s in stats.values())
    print(f"{'all':<18}{sum(s['count'] for s in stats.values()):>8}{sum(s['rps'] for s in stats.values()):>9.2f}"
          f"{'':>32}{errors:>8}")
    if "dashboard" in stats and "static asset" in stats and stats["static asset"]["rps"] > 0:
        ratio = stats["dashboard"]["rps"] / stats["static asset"]["rps"]
        print(f"dashboard / static asset throughput: {ratio:.3f} (1/{1 / ratio:.1f}) with equal users on each")
    if "health" in stats and "static asset" in stats and stats["static asset"]["rps"] > 0:
        print(f"health / static asset throughput: {stats['health']['rps'] / stats['static asset']['rps']:.3f}")
    return errors


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1]) else 0)
