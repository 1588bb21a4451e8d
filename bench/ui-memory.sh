#!/bin/sh
# Issue 13, item 4: retained heap per open Vaadin UI at 200 sessions. Starts (or reuses) the prod-profile
# jar on the seeded load database exactly as bench/load.sh does, signs in 200 people of 200 coalitions
# over HTTP with the form login, opens the view each lands on (the inbox) as the browser does, keeps the
# sessions open, and compares class histograms of live objects after a full GC (jcmd) before and after.
#
#   ./mvnw -pl ui -am package -DskipTests -Dbpmnlint.skip      # the production jar, once
#   flock -o /tmp/liaison-maven.lock bench/ui-memory.sh         # 200 sessions
#   SESSIONS=400 flock -o /tmp/liaison-maven.lock bench/ui-memory.sh
#
# Needs python3 with requests and the JDK's jcmd. KEEP_RUNNING=1 leaves the app up afterwards.
set -eu
cd "$(dirname "$0")/.."
WORK=${LOAD_WORK:-/tmp/liaison-load}
PORT=${PORT:-18480}
NO_LOAD=1 KEEP_RUNNING=1 bench/load.sh
APP=$(cat "$WORK/app.pid")
python3 bench/load/ui_memory.py --pid "$APP" --base "http://127.0.0.1:$PORT" --tokens "$WORK/tokens.csv" \
  --sessions "${SESSIONS:-200}" --command "flock -o /tmp/liaison-maven.lock bench/ui-memory.sh" | tee "$WORK/ui-memory.md"
if [ "${KEEP_RUNNING:-}" != 1 ]; then
  kill -TERM "$APP" 2>/dev/null || true
  while kill -0 "$APP" 2>/dev/null; do sleep 0.2; done
  rm -f "$WORK/app.pid"
fi
