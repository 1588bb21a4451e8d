#!/usr/bin/env bash
# Backs up Liaison's database: one pg_dump in PostgreSQL's custom format of every schema (Liaison's `app`,
# the engine's tables in `public`), with the row-level security policies, grants and owners.
#
#   deploy/backup.sh [FILE]        # default: liaison-<database>-<UTC time>.dump in the current directory
#
# Connection from libpq's variables: PGHOST, PGPORT, PGDATABASE (default liaison), PGUSER, PGPASSWORD. Run
# it as a PostgreSQL superuser or a role with pg_read_all_data and BYPASSRLS: pg_dump refuses (rather than
# silently skipping rows) when row-level security would hide rows from it. PG_BIN chooses the client tools
# (e.g. /usr/lib/postgresql/15/bin); they must be of the server's major version or newer.
# The master key and the audit anchors are NOT in the database and so not in this backup: keep them apart.
set -euo pipefail
export PGDATABASE=${PGDATABASE:-liaison}
bin=${PG_BIN:+$PG_BIN/}
out=${1:-liaison-$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump}
command -v "${bin}pg_dump" >/dev/null || { echo "backup.sh: no pg_dump (${bin}pg_dump): apt-get install postgresql-client, or set PG_BIN" >&2; exit 1; }
"${bin}psql" -XqAt -c "select 1" >/dev/null 2>"$out.err" \
  || { echo "backup.sh: cannot connect to database $PGDATABASE ($(head -n 1 "$out.err")): check PGHOST, PGPORT, PGUSER, PGPASSWORD" >&2; rm -f "$out.err"; exit 1; }
rm -f "$out.err"
start=$(date +%s%3N)
# into a temporary file, renamed only when complete: a failed or interrupted backup never looks like one
tmp="$out.partial"
if ! "${bin}pg_dump" --format=custom --compress=6 --file="$tmp" 2>"$tmp.err"; then
  echo "backup.sh: pg_dump failed: $(grep -m1 -i error "$tmp.err" || head -n 1 "$tmp.err")" >&2
  rm -f "$tmp" "$tmp.err"; exit 1
fi
rm -f "$tmp.err"
"${bin}pg_restore" --list "$tmp" >/dev/null || { echo "backup.sh: the dump does not read back" >&2; rm -f "$tmp"; exit 1; }
mv "$tmp" "$out"
echo "backup of $PGDATABASE: $out ($(du -h "$out" | cut -f1), $(( $(date +%s%3N) - start )) ms)"
