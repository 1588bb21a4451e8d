-- The platform admin's list of coalitions shows each coalition's members and pending invitations.
-- Those rows are under row-level security per coalition, so counting them took two queries per
-- coalition. This function counts for a page of coalitions in one round trip, binding each
-- coalition in turn exactly as the application does (it runs with the caller's rights, so
-- row-level security still decides what it sees) and restoring the binding it found.
create function app.coalition_counts(ids text[], at timestamptz)
returns table (tenant_id text, members bigint, pending_invitations bigint)
language plpgsql volatile as $$
declare
  bound text := current_setting('app.tenant_id', true);
  coalition text;
begin
  foreach coalition in array ids loop
    perform set_config('app.tenant_id', coalition, true);
    tenant_id := coalition;
    select count(distinct m.username) into members from app.membership m where m.tenant_id = coalition;
    select count(*) into pending_invitations from app.invitation i
     where i.tenant_id = coalition and i.accepted_at is null and i.revoked_at is null and i.expires_at > at;
    return next;
  end loop;
  perform set_config('app.tenant_id', coalesce(bound, ''), true);
end
$$;

revoke all on function app.coalition_counts(text[], timestamptz) from public;
grant execute on function app.coalition_counts(text[], timestamptz) to ${app_role};
