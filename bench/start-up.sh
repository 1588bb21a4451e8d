#!/bin/sh
# Issue 13, item 5: start-up of the built jar on an existing data directory, to the first page.
# Starts `java -jar` on LIAISON_DATA_DIR, polls /login every 50 ms until it answers 200, prints
# "[start-up] first 200 after N.NN s (Spring: Started … in …)", then stops the app (SIGTERM) and waits
# until it and its embedded PostgreSQL are gone, so the next start finds the data directory free.
#
#   ./mvnw -pl ui -am package -DskipTests                  # the production jar
#   LIAISON_DATA_DIR=/tmp/liaison-startup bench/start-up.sh  # the first call creates the data directory
#   LIAISON_DATA_DIR=/tmp/liaison-startup bench/start-up.sh  # then: the figure
#
# JAVA_OPTS adds JVM options; any Spring property can be set through the environment as usual
# (e.g. CAMUNDA_BPM_EVENTING_TASK=false).
#
# The demo data is seeded after the first page answers (an ApplicationRunner). On a new data directory
# the script therefore waits, before it stops the app, until the log shows SEEDED_LOG (default: the
# seeder's second "Seeded demo cases for", bounded 15 min): a start stopped in the middle of seeding
# leaves a half-seeded demo that later starts re-seed after their first page, or fail on.
set -eu
JAR=${JAR:-$(ls "$(dirname "$0")"/../ui/target/liaison-ui-*.jar | head -1)}
: "${LIAISON_DATA_DIR:?set LIAISON_DATA_DIR to the data directory (created by the first call)}"
export LIAISON_DATA_DIR
PORT=${PORT:-18481}
export PORT
LOG=${START_UP_LOG:-/tmp/liaison-start-up.$$.log}
SEEDED_LOG=${SEEDED_LOG:-Seeded demo cases for}
new_data_dir=false
[ -e "$LIAISON_DATA_DIR/PG_VERSION" ] || new_data_dir=true

t0=$(date +%s%N)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" >"$LOG" 2>&1 &
pid=$!
code=000
while kill -0 "$pid" 2>/dev/null; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)
  [ "$code" = 200 ] && break
  sleep 0.05
done
t1=$(date +%s%N)
started=$(grep -o 'Started LiaisonApplication in [0-9.]* seconds' "$LOG" | head -1 || true)
if [ "$code" = 200 ]; then
  echo "[start-up] first 200 after $(echo "$t0 $t1" | awk '{printf "%.2f", ($2-$1)/1e9}') s (Spring: ${started:-no Started line})"
else
  echo "[start-up] the app ended without answering; its log: $LOG" >&2
  tail -20 "$LOG" >&2
  exit 1
fi
if [ "$new_data_dir" = true ]; then
  i=0
  while kill -0 "$pid" 2>/dev/null && [ "$(grep -c "$SEEDED_LOG" "$LOG" || true)" -lt 2 ]; do
    i=$((i + 1))
    [ $i -gt 900 ] && { echo "[start-up] the demo seeding did not finish within 15 min" >&2; break; }
    sleep 1
  done
  echo "[start-up] new data directory: the demo seeding finished after $(echo "$t0 $(date +%s%N)" | awk '{printf "%.0f", ($2-$1)/1e9}') s"
fi
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
# the embedded server is stopped by the app (or its watchdog): wait for it, bounded
i=0
while [ -f "$LIAISON_DATA_DIR/pgdata/postmaster.pid" ] || [ -f "$LIAISON_DATA_DIR/postmaster.pid" ]; do
  i=$((i + 1))
  [ $i -gt 300 ] && { echo "[start-up] the embedded PostgreSQL did not stop within 30 s" >&2; exit 1; }
  sleep 0.1
done
[ -n "${START_UP_LOG:-}" ] || rm -f "$LOG"
