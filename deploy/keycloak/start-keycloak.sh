#!/usr/bin/env bash
# Starts Keycloak 26 locally without Docker, from the keycloak-quarkus-dist zip on Maven Central,
# with Liaison's realm (deploy/keycloak/realm-liaison.json) imported. For developers and CI.
#
#   deploy/keycloak/start-keycloak.sh      # starts it in the background and waits until it answers
#   deploy/keycloak/stop-keycloak.sh
#
# Environment: KC_PORT (default 8180); LIAISON_DEMO_PASSWORD, the password of the demo users
# (default "liaison", as in README); KC_BOOTSTRAP_ADMIN_PASSWORD for the master admin (default: a
# random one, printed once). Files go to target/keycloak/ at the repository root.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=26.5.6
port=${KC_PORT:-8180}
home=${KEYCLOAK_WORK_DIR:-$root/target/keycloak}
kc=$home/keycloak-$version
well_known=http://localhost:$port/realms/liaison/.well-known/openid-configuration

if curl -sf "$well_known" >/dev/null 2>&1; then
  echo "Keycloak already answers at http://localhost:$port (realm liaison)"
  exit 0
fi
if [ ! -x "$kc/bin/kc.sh" ]; then
  echo "Unpacking Keycloak $version into $home ..."
  "$root/mvnw" -q -N dependency:unpack -Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip \
    -DoutputDirectory="$home"
fi
mkdir -p "$kc/data/import"
cp "$here/realm-liaison.json" "$kc/data/import/"

export LIAISON_DEMO_PASSWORD=${LIAISON_DEMO_PASSWORD:-liaison}
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
if [ -z "${KC_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then
  KC_BOOTSTRAP_ADMIN_PASSWORD=$(openssl rand -hex 12)
  echo "Keycloak admin console: user $KC_BOOTSTRAP_ADMIN_USERNAME, password $KC_BOOTSTRAP_ADMIN_PASSWORD (this start only)"
fi
export KC_BOOTSTRAP_ADMIN_PASSWORD

echo "Starting Keycloak on port $port (log: $home/keycloak.log) ..."
nohup "$kc/bin/kc.sh" start-dev --http-port "$port" --import-realm > "$home/keycloak.log" 2>&1 &
echo $! > "$home/keycloak.pid"

for _ in $(seq 1 240); do
  if curl -sf "$well_known" >/dev/null 2>&1; then
    echo "Keycloak is up: http://localhost:$port/realms/liaison"
    exit 0
  fi
  if ! kill -0 "$(cat "$home/keycloak.pid")" 2>/dev/null; then
    echo "Keycloak stopped while starting; last lines of its log:" >&2
    tail -n 30 "$home/keycloak.log" >&2
    exit 1
  fi
  sleep 1
done
echo "Keycloak did not answer within 240 s; see $home/keycloak.log" >&2
exit 1
