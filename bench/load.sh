#!/bin/sh
# Issue 13, item 3: interactive load. Starts the built jar in the prod profile against a database of its
# own on the PostgreSQL at 127.0.0.1:5432 (created and seeded on the first call: 200 coalitions × 500
# cases, 100,000 open steps, 2,000 people with an API token each; later calls reuse it), then runs the
# Gatling simulation (bench/src/test/java/org/liaison/bench/load) once per user count and prints, per
# interaction, p50/p95/p99 as Gatling saw them (client side, same machine) and as Tomcat measured them
# (server side, the access log's %D), against the 100 ms target, and the largest count that held it.
#
#   ./mvnw -pl ui -am package -DskipTests -Dbpmnlint.skip      # the production jar, once
#   flock -o /tmp/liaison-maven.lock bench/load.sh              # steps 50 100 200 400
#   flock -o /tmp/liaison-maven.lock bench/load.sh 200          # one step
#
# Environment: LOAD_WARMUP (users of the unreported warm-up run, 30; 0: none), LOAD_DB (liaison_load), PORT (18480), LOAD_RAMP (20 s), LOAD_HOLD (60 s), LOAD_WORK
# (/tmp/liaison-load: the app's log, the access logs, the tokens, the results), JAVA_OPTS (-Xmx2g; add
# e.g. -XX:StartFlightRecording=filename=/tmp/liaison-load/load.jfr,settings=profile to profile the
# server), KEEP_RUNNING=1 leaves the app up afterwards (its pid in $LOAD_WORK/app.pid), NO_LOAD=1 only
# starts and seeds (bench/ui-memory.sh uses it).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=${JAR:-$(ls "$ROOT"/ui/target/liaison-ui-*.jar | head -1)}
DB=${LOAD_DB:-liaison_load}
PORT=${PORT:-18480}
WORK=${LOAD_WORK:-/tmp/liaison-load}
RAMP=${LOAD_RAMP:-20}
HOLD=${LOAD_HOLD:-60}
STEPS=${*:-50 100 200 400}
PASSWORD=${LOAD_PASSWORD:-Load-bench-2026-password}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"

# 1. the database (the app role liaison_app exists on this server: the tests' TestDatabase makes it)
if [ -z "$(psql -d postgres -tAc "select 1 from pg_database where datname = '$DB'")" ]; then
  psql -d postgres -qc "create database $DB"
  psql -d "$DB" -qc "grant create, usage on schema public to liaison_app"
  echo "[load] created database $DB"
fi

# 2. the jar, prod profile (no demo data), with Tomcat's access log for the server-side times
if [ -f "$WORK/app.pid" ] && kill -0 "$(cat "$WORK/app.pid")" 2>/dev/null; then
  echo "[load] reusing the running app, pid $(cat "$WORK/app.pid")"
else
  [ -f "$WORK/master-key.json" ] || GENERATE_KEY=true
  # shellcheck disable=SC2086
  SPRING_PROFILES_ACTIVE=prod PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
  LIAISON_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LIAISON_DB_USER=liaison_app LIAISON_DB_PASSWORD=trusted \
  LIAISON_DB_OWNER_USER=postgres LIAISON_DB_OWNER_PASSWORD=trusted \
  LIAISON_PLATFORM_ADMIN_USERNAME=loadadmin LIAISON_PLATFORM_ADMIN_EMAIL=loadadmin@example.org \
  LIAISON_PLATFORM_ADMIN_PASSWORD="$PASSWORD" LIAISON_PUBLIC_URL="$BASE" \
  LIAISON_MAIL_REQUIRE_SMTP=false LIAISON_MAIL_FROM='Liaison <liaison@localhost>' \
  LIAISON_MASTER_KEY_FILE="$WORK/master-key.json" LIAISON_KEYS_GENERATE_MASTER_KEY=${GENERATE_KEY:-false} \
  LIAISON_AUDIT_ANCHOR_FILE="$WORK/audit-anchors" \
  SERVER_SERVLET_SESSION_COOKIE_SECURE=false \
  SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$WORK" \
  SERVER_TOMCAT_ACCESSLOG_PREFIX=access SERVER_TOMCAT_ACCESSLOG_SUFFIX=.log \
  SERVER_TOMCAT_ACCESSLOG_FILE_DATE_FORMAT= SERVER_TOMCAT_ACCESSLOG_ROTATE=false \
  SERVER_TOMCAT_ACCESSLOG_BUFFERED=false SERVER_TOMCAT_ACCESSLOG_PATTERN='%t "%r" %s %D' \
    java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" >"$WORK/app.log" 2>&1 &
  echo $! >"$WORK/app.pid"
  i=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login" || true)" = 200 ]; do
    kill -0 "$(cat "$WORK/app.pid")" 2>/dev/null || { echo "[load] the app ended; its log: $WORK/app.log" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }
    i=$((i + 1)); [ $i -gt 3000 ] && { echo "[load] no /login within 5 min" >&2; exit 1; }
    sleep 0.1
  done
  echo "[load] app up, pid $(cat "$WORK/app.pid") ($(grep -o 'Started LiaisonApplication in [0-9.]* seconds' "$WORK/app.log" | head -1))"
fi

# 3. the data, once
if [ -z "$(psql -d "$DB" -tAc "select 1 from app.tenant where id = 'load-0'")" ]; then
  hash=$(psql -d "$DB" -tAc "select password_hash from app.local_account where username = 'loadadmin'")
  t0=$(date +%s)
  psql -d "$DB" -q -v coalitions="${LOAD_COALITIONS:-200}" -v cases="${LOAD_CASES:-500}" -v coordinators=2 \
    -v members=8 -v hash="$hash" -f bench/load/seed.sql
  echo "[load] seeded in $(( $(date +%s) - t0 )) s"
fi
psql -d "$DB" -tAc "select count(*) || ' coalitions' from app.tenant where id like 'load-%'
  union all select count(*) || ' cases' from app.case_file where tenant_id like 'load-%'
  union all select count(*) || ' open tasks (all coalitions)' from act_ru_task
  union all select count(*) || ' people with a token' from bench.load_token" | sed 's/^/[load] /'
psql -d "$DB" -tAc "copy (select secret as token, tenant_id as coalition, 'LD' || substr(tenant_id, 6) as prefix,
    username, case when coordinator then 'coordinator' else 'member' end as role from bench.load_token
    order by username) to stdout with (format csv, header)" >"$WORK/tokens.csv"

[ "${NO_LOAD:-}" = 1 ] && exit 0

# 4. one Gatling run per user count; the app's CPU and the machine's load are recorded alongside
APP=$(cat "$WORK/app.pid")
# CPU ticks of the app's PostgreSQL backends (the pool's connections to $DB): "pid ticks" lines; the
# pool replaces connections now and then, so a step counts each backend alive at its end from the
# ticks it had at the start (0 for one opened during the step)
db_ticks() {
  for p in $(pgrep -f "postgres: .* $DB " || true); do
    awk -v p="$p" '{print p, $14 + $15}' "/proc/$p/stat" 2>/dev/null || true
  done
}
db_delta() {  # $1: the start's "pid ticks" lines
  db_ticks | awk -v before="$1" 'BEGIN {n = split(before, l, "\n"); for (i = 1; i <= n; i++) {split(l[i], f, " "); b[f[1]] = f[2]}}
    {s += $2 - ($1 in b ? b[$1] : 0)} END {print s + 0}'
}
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
# a warm-up (the JIT, the pools, PostgreSQL's caches), not reported
if [ "${LOAD_WARMUP:-30}" != 0 ]; then
  ./mvnw -B -o -q -Pbench -pl bench -am verify -Dbench.suite=load -Dload.users="${LOAD_WARMUP:-30}" -Dload.ramp=10 \
    -Dload.hold=40 -Dload.baseUrl="$BASE" -Dload.tokens="$WORK/tokens.csv" >"$WORK/gatling-warmup.log" 2>&1 || true
  echo "[load] warm-up done (${LOAD_WARMUP:-30} users, 50 s)"
fi
for users in $STEPS; do
  lines_before=$(wc -l <"$WORK/access.log" 2>/dev/null || echo 0)
  cpu_app_before=$(awk '{print $14 + $15}' "/proc/$APP/stat")
  cpu_db_before=$(db_ticks)
  cpu_all_before=$(awk '/^cpu /{print $2+$3+$4+$6+$7+$8; exit}' /proc/stat)
  idle_before=$(awk '/^cpu /{print $5; exit}' /proc/stat)
  t0=$(date +%s)
  # the Gatling JVM's CPU (it ends before the run does): its last reading, once a second
  : >"$WORK/gatling.ticks"
  ( while :; do g=$(pgrep -f 'Xmx1g -Dload.baseUrl' | head -1 || true)
      [ -n "$g" ] && awk '{print $14 + $15}' "/proc/$g/stat" >"$WORK/gatling.ticks.new" 2>/dev/null \
        && mv "$WORK/gatling.ticks.new" "$WORK/gatling.ticks"
      sleep 1; done ) &
  sampler=$!
  ./mvnw -B -o -q -Pbench -pl bench -am verify -Dbench.suite=load -Dload.users="$users" -Dload.ramp="$RAMP" \
    -Dload.hold="$HOLD" -Dload.baseUrl="$BASE" -Dload.tokens="$WORK/tokens.csv" >"$WORK/gatling-$users.log" 2>&1 \
    || { echo "[load] the Gatling run failed; its log: $WORK/gatling-$users.log" >&2; tail -30 "$WORK/gatling-$users.log" >&2; }
  t1=$(date +%s)
  kill "$sampler" 2>/dev/null || true
  cpu_gatling=$(cat "$WORK/gatling.ticks" 2>/dev/null || echo 0)
  cpu_app=$(( $(awk '{print $14 + $15}' "/proc/$APP/stat") - cpu_app_before ))
  cpu_db=$(db_delta "$cpu_db_before")
  busy=$(( $(awk '/^cpu /{print $2+$3+$4+$6+$7+$8; exit}' /proc/stat) - cpu_all_before ))
  idle=$(( $(awk '/^cpu /{print $5; exit}' /proc/stat) - idle_before ))
  run=$(ls -td bench/target/gatling/*/ | head -1)
  tail -n +"$((lines_before + 1))" "$WORK/access.log" >"$WORK/access-$users.log"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$users" "$run" "$WORK/access-$users.log" "$cpu_app" "$busy" "$idle" \
    "$((t1 - t0))" "$(cut -d' ' -f1-3 /proc/loadavg)" "$cpu_db" "${cpu_gatling:-0}" >>"$RESULTS"
  echo "[load] $users users done ($((t1 - t0)) s, report $run)"
done
python3 bench/load/report.py "$RESULTS" "flock -o /tmp/liaison-maven.lock bench/load.sh $STEPS" | tee "$WORK/table.md"

if [ "${KEEP_RUNNING:-}" != 1 ]; then
  kill -TERM "$APP" 2>/dev/null || true
  while kill -0 "$APP" 2>/dev/null; do sleep 0.2; done
  rm -f "$WORK/app.pid"
fi
