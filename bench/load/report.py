#!/usr/bin/env python3
"""Prints bench/load.sh's table: per user count and interaction, p50/p95/p99 as Gatling saw them (client
side, js/stats.json of the run) and as Tomcat measured them (server side, %D of the access log), against
the 100 ms p95 target; then the largest user count whose every interaction held it on the server."""
import datetime
import json
import math
import os
import re
import sys

TARGET_MS = 100
CLK_TCK = os.sysconf("SC_CLK_TCK")

# the access log's request line -> the simulation's request name
PATTERNS = [
    (r"^GET /api/tasks\?view=team&due=week", "inbox: team, due this week"),
    (r"^GET /api/tasks\?view=open", "inbox: open (mine, then team)"),
    (r"^GET /api/tasks\?view=(all|team)&sort=due&size=50", "inbox: all open / team, by due"),
    (r"^GET /api/tasks\?view=all&q=", "inbox: search a reference"),
    (r"^GET /api/cases/[^/?]+/timeline", "case timeline"),
    (r"^GET /api/cases/[^/?]+/routing", "case routing"),
    (r"^GET /api/cases/[^/?]+ ", "case"),
    (r"^GET /api/cases\?q=", "cases: search"),
    (r"^GET /api/cases\?status=", "cases: filtered, sorted"),
    (r"^POST /api/cases ", "raise a case"),
    (r"^POST /api/tasks/[^/]+/claim", "claim a step"),
    (r"^POST /api/tasks/[^/]+/follow-up", "set a follow-up"),
    (r"^POST /api/tasks/[^/]+/unclaim", "hand the step back"),
]
LINE = re.compile(r'^\[[^\]]*\] "([^"]*)" (\d{3}) (\d+)$')


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))]


def server_times(path):
    times, errors = {}, {}
    with open(path) as f:
        for line in f:
            m = LINE.match(line.strip())
            if not m:
                continue
            # Tomcat 10's %D is in microseconds
            request, status, ms = m.group(1), int(m.group(2)), int(m.group(3)) / 1000
            for pattern, name in PATTERNS:
                if re.search(pattern, request):
                    times.setdefault(name, []).append(ms)
                    if status >= 400:
                        errors[name] = errors.get(name, 0) + 1
                    break
    return times, errors


def client_times(run):
    """Gatling 3.13 writes its statistics as a script (js/stats.js), not JSON: each request's block starts
    with `stats: {` and holds `"name"`, `"numberOfRequests"` and `"percentiles1..4"` (p50/75/95/99)."""
    text = open(os.path.join(run, "js", "stats.js")).read()
    blocks = text.split("stats: {")[1:]

    def field(block, key, part="total"):
        m = re.search(r'"%s": \{\s*"total": "([^"]*)",\s*"ok": "([^"]*)",\s*"ko": "([^"]*)"' % key, block)
        value = m.group({"total": 1, "ok": 2, "ko": 3}[part]) if m else "-"
        try:
            return float(value) if "." in value else int(value)
        except ValueError:
            return float("nan")

    out, rps = {}, None
    for i, block in enumerate(blocks):
        name = re.search(r'"name": "([^"]*)"', block).group(1)
        row = (field(block, "numberOfRequests"), field(block, "numberOfRequests", "ko"), field(block, "percentiles1"),
               field(block, "percentiles3"), field(block, "percentiles4"))
        if i == 0:
            out["all requests"] = row
            rps = field(block, "meanNumberOfRequestsPerSecond")
        else:
            out[name] = row
    return out, rps


def main(results, command):
    today = datetime.date.today().isoformat()
    held = []
    print(f"\n[load] interactive load, {today}: ms per interaction, client = Gatling on the same 2 cores, "
          f"server = Tomcat's %D (from the request's first byte read to the response's last byte written); target p95 <= {TARGET_MS} ms (server)")
    for row in open(results):
        users, run, access, cpu_app, busy, idle, wall, load, *rest = row.rstrip("\n").split("\t")
        cpu_db = int(rest[0]) if rest else 0
        cpu_gatling = int(rest[1] or 0) if len(rest) > 1 else 0
        users, cpu_app, busy, idle, wall = int(users), int(cpu_app), int(busy), int(idle), int(wall)
        client, rps = client_times(run)
        server, errors = server_times(access)
        all_server = [t for ts in server.values() for t in ts]
        server["all requests"] = all_server
        print(f"\n{users} concurrent users: {client['all requests'][0]} requests, {rps:.1f}/s "
              f"({client['all requests'][1]} KO); the app used {cpu_app / CLK_TCK / wall:.2f} of 2 cores and its "
              f"PostgreSQL backends {cpu_db / CLK_TCK / wall:.2f}, Gatling's JVM {cpu_gatling / CLK_TCK / wall:.2f} "
              f"(over the whole run of {wall} s, Maven's start included), "
              f"the whole machine {busy / (busy + idle) * 2:.2f} of 2 (the rest: Maven and other sessions' "
              f"work on the machine); load average at the end {load}")
        print("| interaction | n | client p50 | client p95 | client p99 | server p50 | server p95 | server p99 "
              "| target | met | date |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        ok = True
        names = [n for _, n in PATTERNS if n in client or n in server] + ["all requests"]
        for name in dict.fromkeys(names):
            n, ko, c50, c95, c99 = client.get(name, (0, 0, float("nan"), float("nan"), float("nan")))
            st = server.get(name, [])
            s95 = pct(st, 95)
            met = "met" if st and s95 <= TARGET_MS else ("missed" if st else "")
            if st and s95 > TARGET_MS:
                ok = False
            ko_note = f" ({ko} KO)" if ko else ""
            print(f"| {name} | {n}{ko_note} | {c50} | {c95} | {c99} | {pct(st, 50):.1f} | {s95:.1f} | {pct(st, 99):.1f} "
                  f"| <= {TARGET_MS} ms p95 | {met} | {today} |")
        if ok:
            held.append(users)
    print(f"\nlargest user count whose every interaction held p95 <= {TARGET_MS} ms on the server: "
          f"{max(held) if held else 'none of the steps'}")
    print(f"command: {command}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "bench/load.sh")
