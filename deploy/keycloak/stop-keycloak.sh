#!/usr/bin/env bash
# Stops the Keycloak started by start-keycloak.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
pidfile=${KEYCLOAK_WORK_DIR:-$root/target/keycloak}/keycloak.pid
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  kill "$(cat "$pidfile")"
  echo "Keycloak stopped"
else
  echo "Keycloak is not running"
fi
rm -f "$pidfile"
