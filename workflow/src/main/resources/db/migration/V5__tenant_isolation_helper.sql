-- One call gives a new tenant table the same protection as the others:
--   select app.isolate_by_tenant('app.some_table');
-- enables and forces row-level security and adds the policy that shows and accepts only the rows
-- of the coalition bound to the transaction. The catalog test fails for a tenant table without it.
create function app.isolate_by_tenant(tbl regclass) returns void
language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('alter table %s force row level security', tbl);
  execute format('create policy %I on %s using (tenant_id = current_setting(''app.tenant_id'', true)) '
                 || 'with check (tenant_id = current_setting(''app.tenant_id'', true))',
                 (select relname from pg_class where oid = tbl) || '_isolation', tbl);
end
$$;

revoke all on function app.isolate_by_tenant(regclass) from public;
