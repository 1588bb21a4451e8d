#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into a NEW database (never over an existing one), in one transaction:
# either everything is restored or nothing is.
#
#   deploy/restore.sh FILE DATABASE [OWNER [APP_ROLE]]   # the new database's owner (default liaison_owner) and
#                                                        # the application's role (default liaison_app)
#
# Connection from libpq's variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) as a PostgreSQL superuser: the
# roles of the backup (liaison_owner, liaison_app) must exist on the server. Then point LIAISON_DB_URL at
# the new database and start Liaison with the same master key as when the backup was taken.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 FILE DATABASE [OWNER [APP_ROLE]]" >&2; exit 2; }
file=$1; db=$2; owner=${3:-liaison_owner}; app=${4:-liaison_app}
bin=${PG_BIN:+$PG_BIN/}
[ -r "$file" ] || { echo "restore.sh: cannot read $file" >&2; exit 1; }
"${bin}pg_restore" --list "$file" >/dev/null 2>&1 || { echo "restore.sh: $file is not a backup of backup.sh (pg_restore cannot read it)" >&2; exit 1; }
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "restore.sh: use a plain database name (lower-case letters, digits, _): $db" >&2; exit 1; }
export PGDATABASE=postgres
exists=$("${bin}psql" -XqAt -v ON_ERROR_STOP=1 -c "select count(*) from pg_database where datname = '$db'") \
  || { echo "restore.sh: cannot connect to the server: check PGHOST, PGPORT, PGUSER, PGPASSWORD" >&2; exit 1; }
[ "$exists" = 0 ] || { echo "restore.sh: database $db exists; restore into a new one (and switch LIAISON_DB_URL), or drop it first" >&2; exit 1; }
missing=$("${bin}psql" -XqAt -c "select string_agg(r, ', ') from unnest(array['$owner', '$app']) r where not exists (select 1 from pg_roles where rolname = r)")
[ -z "$missing" ] || { echo "restore.sh: missing roles on this server: $missing (create them as in deploy/README.md)" >&2; exit 1; }
start=$(date +%s%3N)
"${bin}psql" -Xq -v ON_ERROR_STOP=1 -c "create database \"$db\" owner \"$owner\""
if ! "${bin}pg_restore" --dbname="$db" --single-transaction --exit-on-error "$file" 2>"$file.restore.err"; then
  echo "restore.sh: restore failed, nothing kept: $(grep -m1 -i error "$file.restore.err" || head -n 1 "$file.restore.err")" >&2
  rm -f "$file.restore.err"
  "${bin}psql" -Xq -c "drop database if exists \"$db\"" || true
  exit 1
fi
rm -f "$file.restore.err"
summary=$(PGDATABASE=$db "${bin}psql" -XqAt -c "select (select count(*) from app.tenant) || ' coalitions, ' || (select count(*) from public.act_re_procdef) || ' process definitions, ' || (select count(*) from public.act_hi_procinst) || ' lifecycles in history'" 2>/dev/null || echo "?")
echo "restored $file into $db in $(( $(date +%s%3N) - start )) ms: $summary"
