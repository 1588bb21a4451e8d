#!/bin/bash
# PostgreSQL's first start in deploy/compose.yaml: Liaison's two roles and its database (deploy/README.md):
# liaison_owner owns the schema app (Flyway migrates it); liaison_app connects the application and owns
# nothing of it, so row-level security applies to it; the engine's tables go to public.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
  -v owner_pw="$LIAISON_DB_OWNER_PASSWORD" -v app_pw="$LIAISON_DB_PASSWORD" <<'SQL'
create role liaison_owner login password :'owner_pw';
create role liaison_app login nosuperuser nobypassrls password :'app_pw';
create database liaison owner liaison_owner;
\c liaison
grant create, usage on schema public to liaison_app;
SQL
