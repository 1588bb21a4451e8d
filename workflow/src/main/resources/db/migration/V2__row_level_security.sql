-- Row-level security: every table with tenant_id shows and accepts only the rows of the coalition
-- bound to the current transaction (set_config('app.tenant_id', ..., true)), so a query that forgets
-- its tenant filter returns nothing instead of another coalition's data. FORCE applies the policies
-- to the tables' owner too. The application connects as ${app_role}, which owns nothing here and
-- gets only row privileges.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = '${app_role}') then
    execute 'create role ${app_role} nologin';
  end if;
end
$$;

grant usage on schema app to ${app_role};
grant select, insert, update, delete on all tables in schema app to ${app_role};
grant usage, select on all sequences in schema app to ${app_role};
revoke all on app.flyway_schema_history from ${app_role};
alter default privileges in schema app grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema app grant usage, select on sequences to ${app_role};

-- Memberships: the rows of the bound coalition, plus a user's own rows (needed to sign in and to
-- list the coalitions one may switch to, before any coalition is chosen).
alter table membership enable row level security;
alter table membership force row level security;
create policy membership_isolation on membership
  using (tenant_id = current_setting('app.tenant_id', true)
         or username = current_setting('app.username', true))
  with check (tenant_id = current_setting('app.tenant_id', true));

alter table case_reference_counter enable row level security;
alter table case_reference_counter force row level security;
create policy case_reference_counter_isolation on case_reference_counter
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));

alter table case_file enable row level security;
alter table case_file force row level security;
create policy case_file_isolation on case_file
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));

alter table case_activity enable row level security;
alter table case_activity force row level security;
create policy case_activity_isolation on case_activity
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));

alter table outreach_message enable row level security;
alter table outreach_message force row level security;
create policy outreach_message_isolation on outreach_message
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));
