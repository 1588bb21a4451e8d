-- The outbox's totals over every coalition, for the operators' metrics (pending and failed mail).
-- The outbox is under row-level security per coalition; like app.coalition_counts this binds each
-- coalition in turn, with the caller's rights, and returns two numbers, never a row of the outbox.
create function app.outbox_totals()
returns table (pending bigint, failed bigint)
language plpgsql volatile as $$
declare
  bound text := current_setting('app.tenant_id', true);
  coalition text;
  p bigint;
  f bigint;
begin
  pending := 0;
  failed := 0;
  for coalition in select t.id from app.tenant t loop
    perform set_config('app.tenant_id', coalition, true);
    select count(*) filter (where o.status = 'PENDING'), count(*) filter (where o.status = 'FAILED')
      into p, f from app.outbox_message o where o.tenant_id = coalition and o.status <> 'SENT';
    pending := pending + p;
    failed := failed + f;
  end loop;
  perform set_config('app.tenant_id', coalesce(bound, ''), true);
  return next;
end
$$;

revoke all on function app.outbox_totals() from public;
grant execute on function app.outbox_totals() to ${app_role};
