#!/usr/bin/env python3
"""Hot spots of a JFR recording of the server under load: CPU samples (jdk.ExecutionSample) of Tomcat's
request threads, by top frame (self time), by Liaison method on the stack (inclusive) and by the
library the top frame is in; plus the socket reads (JDBC waits) by the Liaison method that waited.

    python3 bench/load/jfr_top.py /tmp/liaison-load/load.jfr
"""
import collections
import json
import subprocess
import sys


def frames(event):
    return [f"{f['method']['type']['name']}.{f['method']['name']}" for f in event["values"]["stackTrace"]["frames"]]


def events(path, kind, depth=64):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(depth), "--events", kind, path],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def package(frame):
    parts = frame.split(".")
    for prefix_len in (3, 2):
        candidate = ".".join(parts[:prefix_len])
        if candidate.startswith(("org.liaison", "org.camunda", "org.postgresql", "org.hibernate", "com.vaadin",
                                 "org.springframework", "com.fasterxml", "org.apache", "com.zaxxer", "java.",
                                 "jdk.", "sun.", "org.mybatis", "org.apache.ibatis")):
            return ".".join(parts[:prefix_len])
    return ".".join(parts[:2])


def main(path):
    samples = [e for e in events(path, "jdk.ExecutionSample")
               if "exec" in (e["values"].get("sampledThread") or {}).get("javaName", "")]
    n = len(samples)
    self_time, inclusive, libraries = collections.Counter(), collections.Counter(), collections.Counter()
    for e in samples:
        fs = frames(e)
        if not fs:
            continue
        self_time[fs[0]] += 1
        libraries[package(fs[0])] += 1
        for f in set(fs):
            if f.startswith("org.liaison"):
                inclusive[f] += 1
    print(f"[jfr] {n} CPU samples of request threads")
    print("\nby library of the top frame:")
    for k, v in libraries.most_common(12):
        print(f"  {v / n:6.1%}  {k}")
    print("\ntop frames (self):")
    for k, v in self_time.most_common(15):
        print(f"  {v / n:6.1%}  {k}")
    print("\nLiaison methods on the stack (inclusive):")
    for k, v in inclusive.most_common(25):
        print(f"  {v / n:6.1%}  {k}")
    try:
        reads = events(path, "jdk.SocketRead")
    except subprocess.CalledProcessError:
        reads = []
    waited = collections.Counter()
    total = 0.0
    for e in reads:
        d = e["values"].get("duration", "PT0S")
        seconds = float(d[2:-1]) if d.startswith("PT") and d.endswith("S") else 0.0
        total += seconds
        liaison = next((f for f in frames(e) if f.startswith("org.liaison")), "(no Liaison frame)")
        waited[liaison] += seconds
    if reads:
        print(f"\nsocket reads over the JFR threshold ({len(reads)}, {total:.1f} s), by the Liaison method that waited:")
        for k, v in waited.most_common(12):
            print(f"  {v:7.2f} s  {k}")


if __name__ == "__main__":
    main(sys.argv[1])
