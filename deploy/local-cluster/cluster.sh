#!/usr/bin/env bash
# Liaison's production topology without containers, on one machine: two nodes (the production jar,
# profile prod) against one PostgreSQL, an SMTP server, and HAProxy in front with cookie stickiness.
#
#   deploy/local-cluster/cluster.sh up        # start everything; the proxy answers at http://localhost:18080
#   deploy/local-cluster/cluster.sh check     # sign-in page through the proxy, work saved, kill -9 the node
#                                             # holding the session, the work read back through the other node
#   deploy/local-cluster/cluster.sh status
#   deploy/local-cluster/cluster.sh down      # stop what `up` started (the database is kept; `down --drop` drops it)
#
# Sign-in: Liaison's local accounts by default; LIAISON_CLUSTER_AUTH=keycloak signs in through Keycloak instead
# (the nodes run the profiles prod,keycloak; deploy/keycloak/start-keycloak.sh is started when nothing answers on
# :8180, and its realm lets the proxy's address http://localhost:18080 sign in). The demo coalitions are seeded
# (LIAISON_DEMO_ENABLED) so that there are people to sign in as (cora, milo, ... password "liaison"), and the
# platform admin `ops`;
# without the demo's year of history (LIAISON_DEMO_HISTORY_CASES=0): it moves the engine's clock back while it
# seeds, which two nodes starting one after the other must not overlap.
# SMTP: Python's smtpd on 127.0.0.1:18025, which logs each message it receives (target/local-cluster/smtp.log).
# Ports: proxy 18080, nodes 18081 and 18082, HAProxy statistics 18079, SMTP 18025 (LIAISON_CLUSTER_PORT_BASE
# moves them all). PostgreSQL: PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres), database liaison_cluster.
# Needs: the production jar (./mvnw -pl ui -am package -DskipTests), java 17, psql, python3, haproxy
# (installed with apt-get when missing and running as root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state=${LIAISON_CLUSTER_DIR:-$root/target/local-cluster}
base=${LIAISON_CLUSTER_PORT_BASE:-18080}
proxy_port=$base; stats_port=$((base - 1)); smtp_port=$((base - 55))
node_ports=($((base + 1)) $((base + 2)))
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${LIAISON_CLUSTER_DB:-liaison_cluster}
owner_role=liaison_cluster_owner; app_role=liaison_cluster_app
db_password=${LIAISON_CLUSTER_DB_PASSWORD:-cluster-$(hostname | md5sum | cut -c1-12)}
admin_password=${LIAISON_CLUSTER_ADMIN_PASSWORD:-Cluster-admin-2026!}
proxy=http://localhost:$proxy_port
auth=${LIAISON_CLUSTER_AUTH:-local}
issuer=${LIAISON_OIDC_ISSUER:-http://localhost:${KC_PORT:-8180}/realms/liaison}
case "$auth" in local|keycloak) ;; *) echo "cluster.sh: LIAISON_CLUSTER_AUTH is '$auth': use local or keycloak" >&2; exit 2 ;; esac

fail() { echo "cluster.sh: $*" >&2; exit 1; }
port_free() { ss -ltnH "sport = :$1" | grep -q . && fail "port $1 is taken by another program: stop it or set LIAISON_CLUSTER_PORT_BASE"; return 0; }
now_ms() { date +%s%3N; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

jar() {
  local j
  j=$(ls "$root"/ui/target/liaison-ui-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  [ -n "$j" ] || fail "no production jar in ui/target: build it with ./mvnw -pl ui -am package -DskipTests"
  echo "$j"
}

need_haproxy() {
  command -v haproxy >/dev/null && return
  [ "$(id -u)" = 0 ] || fail "haproxy is missing: apt-get install -y haproxy"
  echo "installing haproxy from Debian's packages ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; } \
    || fail "could not install haproxy (apt-get install -y haproxy)"
}

prepare_database() {
  pg_isready -q || fail "PostgreSQL does not answer at $PGHOST:$PGPORT: start it (pg_ctlcluster <version> main start) or set PGHOST/PGPORT"
  psql -qX -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL || fail "could not prepare database $db as $PGUSER"
select format('create role %I login password %L', '$owner_role', '$db_password')
  where not exists (select 1 from pg_roles where rolname = '$owner_role') \gexec
select format('create role %I login nosuperuser nobypassrls password %L', '$app_role', '$db_password')
  where not exists (select 1 from pg_roles where rolname = '$app_role') \gexec
select format('create database %I owner %I', '$db', '$owner_role')
  where not exists (select 1 from pg_database where datname = '$db') \gexec
SQL
  psql -qX -v ON_ERROR_STOP=1 -d "$db" -c "grant create, usage on schema public to $app_role" >/dev/null
}

start_smtp() {
  alive "$state/smtp.pid" && return
  port_free "$smtp_port"
  nohup python3 -W ignore -u -m smtpd -n -c DebuggingServer "127.0.0.1:$smtp_port" >"$state/smtp.log" 2>&1 &
  echo $! >"$state/smtp.pid"
}

start_node() { # $1 = 1 or 2
  [ -f "$state/liaison.jar" ] || fail "no $state/liaison.jar: run cluster.sh up"
  local n=$1 port=${node_ports[$(($1 - 1))]} dir=$state/node$1 t0
  alive "$dir/pid" && { echo "node$n already runs (pid $(cat "$dir/pid"))"; return; }
  port_free "$port"
  mkdir -p "$dir"
  local generate=false
  [ -f "$state/master-key.json" ] || generate=true   # the first start makes the key; both nodes share it
  t0=$(now_ms)
  local profiles=prod
  [ "$(cat "$state/auth" 2>/dev/null || echo local)" = keycloak ] && profiles=prod,keycloak
  env SPRING_PROFILES_ACTIVE=$profiles LIAISON_OIDC_ISSUER="$issuer" PORT="$port" SERVER_ADDRESS=127.0.0.1 \
    LIAISON_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    LIAISON_DB_USER=$app_role LIAISON_DB_PASSWORD="$db_password" \
    LIAISON_DB_OWNER_USER=$owner_role LIAISON_DB_OWNER_PASSWORD="$db_password" \
    LIAISON_PUBLIC_URL="$proxy" \
    LIAISON_PLATFORM_ADMIN_USERNAME=ops LIAISON_PLATFORM_ADMIN_EMAIL=ops@cluster.example \
    LIAISON_PLATFORM_ADMIN_NAME="Cluster Ops" LIAISON_PLATFORM_ADMIN_PASSWORD="$admin_password" \
    LIAISON_DEMO_ENABLED=true LIAISON_DEMO_HISTORY_CASES=0 \
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$smtp_port" LIAISON_MAIL_FROM="Liaison <liaison@cluster.example>" \
    LIAISON_MASTER_KEY_FILE="$state/master-key.json" LIAISON_KEYS_GENERATE_MASTER_KEY=$generate \
    LIAISON_AUDIT_ANCHOR_FILE="$dir/defender-audit-anchors" \
    SERVER_FORWARD_HEADERS_STRATEGY=NATIVE SERVER_SERVLET_SESSION_COOKIE_SECURE=false \
    nohup java -Xmx768m -jar "$state/liaison.jar" >"$dir/node.log" 2>&1 &
  echo $! >"$dir/pid"
  for _ in $(seq 1 1800); do
    if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
      local ms=$(( $(now_ms) - t0 ))
      echo "$ms" >"$dir/start-ms"
      echo "node$n ready on :$port in $ms ms (pid $(cat "$dir/pid"), log $dir/node.log)"
      return
    fi
    alive "$dir/pid" || { tail -n 20 "$dir/node.log" >&2; fail "node$n stopped while starting (log: $dir/node.log)"; }
    sleep 0.2
  done
  fail "node$n did not become ready within 360 s (log: $dir/node.log)"
}

start_proxy() {
  need_haproxy
  alive "$state/haproxy.pid" && return
  port_free "$proxy_port"; port_free "$stats_port"
  sed -e "s/@PROXY_PORT@/$proxy_port/" -e "s/@STATS_PORT@/$stats_port/" \
      -e "s/@NODE1_PORT@/${node_ports[0]}/" -e "s/@NODE2_PORT@/${node_ports[1]}/" \
      "$here/haproxy.cfg" >"$state/haproxy.cfg"
  haproxy -c -q -f "$state/haproxy.cfg" || fail "haproxy refuses $state/haproxy.cfg"
  haproxy -D -p "$state/haproxy.pid" -f "$state/haproxy.cfg" || fail "haproxy did not start"
  for _ in $(seq 1 50); do curl -s -o /dev/null "$proxy/actuator/health" && return; sleep 0.1; done
  fail "haproxy does not answer on :$proxy_port"
}

up() {
  mkdir -p "$state"
  # the nodes run a copy: a build that rewrites ui/target's jar under a running JVM makes it fail
  # (ClassNotFoundException) and stop
  if ! alive "$state/node1/pid" && ! alive "$state/node2/pid"; then cp "$(jar)" "$state/liaison.jar"; fi
  if alive "$state/node1/pid" || alive "$state/node2/pid"; then
    [ "$(cat "$state/auth" 2>/dev/null || echo local)" = "$auth" ] \
      || fail "the running nodes sign in with $(cat "$state/auth"), not $auth: cluster.sh down first"
  fi
  echo "$auth" >"$state/auth"
  if [ "$auth" = keycloak ]; then
    curl -sf "$issuer/.well-known/openid-configuration" >/dev/null 2>&1 || "$root/deploy/keycloak/start-keycloak.sh"
  fi
  prepare_database
  start_smtp
  start_node 1   # one after the other: the first start creates the schema, the key and the demo data
  start_node 2
  start_proxy
  echo "Liaison through HAProxy: $proxy  (statistics: http://localhost:$stats_port/; sign-in: $auth)"
}

down() {
  for f in "$state/haproxy.pid" "$state/node1/pid" "$state/node2/pid" "$state/smtp.pid"; do
    if alive "$f"; then kill "$(cat "$f")"; fi
  done
  for f in "$state/node1/pid" "$state/node2/pid"; do
    for _ in $(seq 1 100); do alive "$f" || break; sleep 0.2; done
    alive "$f" && kill -9 "$(cat "$f")"
    rm -f "$f"
  done
  rm -f "$state/haproxy.pid" "$state/smtp.pid"
  if [ "${1:-}" = --drop ]; then
    psql -qX -d postgres -c "drop database if exists $db" -c "drop role if exists $app_role" -c "drop role if exists $owner_role"
    rm -rf "$state"
  fi
  echo "stopped"
}

status() {
  for n in 1 2; do
    if alive "$state/node$n/pid"; then
      echo "node$n :${node_ports[$((n - 1))]} pid $(cat "$state/node$n/pid") readiness $(curl -s "http://127.0.0.1:${node_ports[$((n - 1))]}/actuator/health/readiness")"
    else echo "node$n down"; fi
  done
  alive "$state/haproxy.pid" && curl -s "http://127.0.0.1:$stats_port/;csv" | awk -F, '$1=="nodes"{print "haproxy", $2, $18}'
  return 0
}

case "${1:-}" in
  up) up ;;
  down) shift; down "${1:-}" ;;
  status) status ;;
  check) shift; exec "$here/check.sh" "$@" ;;
  start-node) start_node "$2" ;;
  *) echo "usage: $0 up|check|status|down [--drop]|start-node 1|2"; exit 2 ;;
esac
