#!/usr/bin/env bash
# One command for deploy/compose.yaml: writes deploy/.env with new secrets the first time (database
# passwords, Keycloak's admin password, the master key), starts Keycloak, reads the ID of the realm's
# platform admin `ada` (Liaison binds its first platform admin to that subject), then starts the rest and
# waits until every health check passes. Needs Docker with the compose plugin, curl, python3, and the
# image loaded (docker load -i ui/target/liaison-image.tar).
set -euo pipefail
cd "$(dirname "$0")/.."
compose() { docker compose -f compose.yaml "$@"; }
docker compose version >/dev/null 2>&1 || { echo "docker compose is missing (Docker's compose plugin)"; exit 1; }
secret() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
if [ ! -f .env ]; then
  umask 077
  {
    echo "POSTGRES_PASSWORD=$(secret)"
    echo "LIAISON_DB_PASSWORD=$(secret)"
    echo "LIAISON_DB_OWNER_PASSWORD=$(secret)"
    echo "KC_BOOTSTRAP_ADMIN_PASSWORD=$(secret)"
    echo "LIAISON_MASTER_KEY=$(./make-master-key.sh | base64 -w0)"
  } > .env
  echo "wrote deploy/.env (keep it: the master key in it decrypts the defender records)"
fi
set -a; . ./.env; set +a
if [ -z "${LIAISON_PLATFORM_ADMIN_OIDC_SUBJECT:-}" ]; then
  LIAISON_PLATFORM_ADMIN_OIDC_SUBJECT=pending compose up -d --wait keycloak
  token=$(curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin \
    --data-urlencode "password=$KC_BOOTSTRAP_ADMIN_PASSWORD" \
    http://localhost:8180/realms/master/protocol/openid-connect/token | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  subject=$(curl -sf -H "Authorization: Bearer $token" "http://localhost:8180/admin/realms/liaison/users?username=ada&exact=true" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  echo "LIAISON_PLATFORM_ADMIN_OIDC_SUBJECT=$subject" >> .env
  export LIAISON_PLATFORM_ADMIN_OIDC_SUBJECT=$subject
fi
compose up -d --wait
echo "Liaison: http://localhost:8080   mail: http://localhost:8025   (\"127.0.0.1 keycloak\" in /etc/hosts for sign-in)"
