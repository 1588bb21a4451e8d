#!/usr/bin/env python3
"""Issue 13, item 4: retained heap per open Vaadin UI. Signs in N people over HTTP with the form login
(each their own session and cookie), loads the view they land on as the browser does — the bootstrap
page, then Vaadin's `?v-r=init` (the server creates the UI) and the `ui-navigate` event the client sends
next (the server builds the view: the inbox with its grid, filters and navigation) — and keeps every
session open. Before and after, a full GC and a class histogram of live objects (`jcmd GC.class_histogram`,
which collects first); the delta divided by N is the heap each open UI (with its session) holds.

    python3 bench/load/ui_memory.py --pid <app pid> --base http://127.0.0.1:18480 --tokens tokens.csv
"""
import argparse
import concurrent.futures
import datetime
import json
import re
import subprocess
import time

import requests

TARGET = 1024 * 1024


def histogram(pid):
    """Live objects per class after a full GC: {class: (instances, bytes)} and the total bytes."""
    out = subprocess.run(["jcmd", str(pid), "GC.class_histogram"], capture_output=True, text=True, check=True).stdout
    classes, total = {}, 0
    for line in out.splitlines():
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            classes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
        elif line.startswith("Total"):
            total = int(line.split()[2])
    return classes, total


def heap_used(pid):
    out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    m = re.search(r"total (\d+)K, used (\d+)K", out)
    return int(m.group(2)) * 1024 if m else 0


def settle(pid):
    """Two full collections (the histogram's own), the second one measured."""
    histogram(pid)
    time.sleep(1)
    return histogram(pid)


def open_ui(base, username, password, route=""):
    s = requests.Session()
    r = s.get(f"{base}/login", timeout=60)
    r.raise_for_status()
    r = s.post(f"{base}/login", data={"username": username, "password": password}, allow_redirects=False, timeout=60)
    if r.status_code != 302 or "error" in r.headers.get("Location", ""):
        raise RuntimeError(f"sign-in of {username} failed: {r.status_code} {r.headers.get('Location')}")
    s.get(f"{base}/{route}", timeout=60).raise_for_status()
    init = s.get(f"{base}/", params={"v-r": "init", "location": route, "query": ""}, timeout=60)
    init.raise_for_status()
    config = init.json()["appConfig"]
    ui_id = config["v-uiId"]
    key = config["uidl"]["Vaadin-Security-Key"]
    sync_id = config["uidl"].get("syncId", 0)
    body = {"csrfToken": key, "rpc": [{"type": "event", "node": 1, "event": "ui-navigate",
                                       "data": {"route": route, "query": "", "appShellTitle": "",
                                                "historyState": {"idx": 0}, "trigger": ""}}],
            "syncId": sync_id, "clientId": 0}
    nav = s.post(f"{base}/", params={"v-r": "uidl", "v-uiId": ui_id}, data=json.dumps(body),
                 headers={"Content-Type": "application/json; charset=UTF-8"}, timeout=120)
    nav.raise_for_status()
    if "vaadin-grid" not in nav.text:
        raise RuntimeError(f"the view of {username} did not render: {nav.text[:300]}")
    answer = json.loads(nav.text[len("for(;;);"):] if nav.text.startswith("for(;;);") else nav.text)[0]
    return s, len(nav.content), (ui_id, key, answer.get("syncId", sync_id + 1))


def next_request(base, s, ui):
    """What the browser sends next when nothing changed (an empty UIDL message): Vaadin then keeps this
    small answer as the UI's last response instead of the first render."""
    ui_id, key, sync_id = ui
    body = {"csrfToken": key, "rpc": [], "syncId": sync_id, "clientId": 1}
    r = s.post(f"{base}/", params={"v-r": "uidl", "v-uiId": ui_id}, data=json.dumps(body),
               headers={"Content-Type": "application/json; charset=UTF-8"}, timeout=60)
    r.raise_for_status()
    return len(r.content)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--pid", required=True)
    p.add_argument("--base", default="http://127.0.0.1:18480")
    p.add_argument("--tokens", default="/tmp/liaison-load/tokens.csv")
    p.add_argument("--password", default="Load-bench-2026-password")
    p.add_argument("--sessions", type=int, default=200)
    p.add_argument("--warmup", type=int, default=10)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--hold", type=int, default=0, help="seconds to keep the sessions open after measuring")
    p.add_argument("--command", default="bench/ui-memory.sh")
    a = p.parse_args()

    rows = [line.split(",") for line in open(a.tokens).read().splitlines()[1:]]
    # one person per coalition, coordinators and members alternating, spread over all the coalitions
    by_coalition = {}
    for token, coalition, prefix, username, role in rows:
        by_coalition.setdefault(coalition, []).append((username, role))
    people = []
    for i, (coalition, members) in enumerate(sorted(by_coalition.items())):
        wanted = "coordinator" if i % 2 == 0 else "member"
        people.append(next((u for u, r in members if r == wanted), members[0][0]))
    spare = [u for u, r in (x for ms in by_coalition.values() for x in ms) if u not in people]
    warm_people, people = spare[:a.warmup], (people + spare[a.warmup:])[:a.sessions]

    held = []  # every session stays referenced (and so open) until the end
    for u in warm_people:
        s, _, ui = open_ui(a.base, u, a.password)
        next_request(a.base, s, ui)
        held.append(s)
    before, before_total = settle(a.pid)
    used_before = heap_used(a.pid)

    t0 = time.time()
    sizes, uis = [], []
    with concurrent.futures.ThreadPoolExecutor(a.threads) as pool:
        for s, size, ui in pool.map(lambda u: open_ui(a.base, u, a.password), people):
            held.append(s)
            sizes.append(size)
            uis.append((s, ui))
    opened = time.time() - t0
    after, after_total = settle(a.pid)
    used_after = heap_used(a.pid)

    # then each UI's next (empty) request, as a person's next click would, and the heap again
    with concurrent.futures.ThreadPoolExecutor(a.threads) as pool:
        next_sizes = list(pool.map(lambda x: next_request(a.base, x[0], x[1]), uis))
    later, later_total = settle(a.pid)

    n = len(people)
    per_ui = (after_total - before_total) / n
    per_ui_later = (later_total - before_total) / n
    delta = sorted(((after.get(c, (0, 0))[1] - before.get(c, (0, 0))[1],
                     after.get(c, (0, 0))[0] - before.get(c, (0, 0))[0], c) for c in set(before) | set(after)),
                   reverse=True)
    today = datetime.date.today().isoformat()
    print(f"\n[ui-memory] {n} sessions signed in and their inbox view opened in {opened:.0f} s "
          f"({a.threads} at a time; first UIDL response {sum(sizes) / len(sizes) / 1024:.0f} KB on average), "
          f"{len(warm_people)} more opened before the baseline (warm-up)")
    print(f"live heap after full GC (class histogram): {before_total / 1e6:.1f} MB before, "
          f"{after_total / 1e6:.1f} MB with the {n} sessions open; heap used (GC.heap_info) "
          f"{used_before / 1e6:.1f} MB -> {used_after / 1e6:.1f} MB")
    print("\n| figure | value | target | met | date | command |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| retained heap per open Vaadin UI (session + UI + inbox view), {n} sessions | "
          f"{per_ui / 1024:.0f} KB ({per_ui:,.0f} bytes) | <= 1 MB | {'met' if per_ui <= TARGET else 'missed'} "
          f"| {today} | {a.command} |")
    print(f"| the same after each UI's next request (its last response {sum(next_sizes) / n:.0f} bytes instead of the "
          f"first render) | {per_ui_later / 1024:.0f} KB ({per_ui_later:,.0f} bytes) | <= 1 MB | "
          f"{'met' if per_ui_later <= TARGET else 'missed'} | {today} | {a.command} |")
    print(f"\ntop classes by retained bytes added ({n} UIs):")
    print("| class | bytes added | per UI | instances per UI |")
    print("| --- | --- | --- | --- |")
    for b, count, c in delta[:15]:
        print(f"| `{c}` | {b:,} | {b / n / 1024:.1f} KB | {count / n:.0f} |")
    if a.hold:
        print(f"[ui-memory] holding the {len(held)} sessions for {a.hold} s")
        time.sleep(a.hold)


if __name__ == "__main__":
    main()
