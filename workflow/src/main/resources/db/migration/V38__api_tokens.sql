-- Personal API tokens (issue 11, abuse): integrations call the API with a token a person creates
-- and revokes under "Your account", instead of a password that would run BCrypt on every request.
-- A token works for one coalition only, until it expires; it is shown once and stored only as its
-- SHA-256. A request made with a token still acts only where its person is a member now (the
-- membership check runs on every request).
create table api_token (
    id           uuid         primary key,
    tenant_id    varchar(40)  not null references tenant (id),
    username     varchar(100) not null references person (username),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_token_expires_after_creation check (expires_at > created_at)
);
create index api_token_by_person on api_token (username, created_at desc);

-- A token is looked up in its own coalition (the token names it) under the usual tenant policy;
-- a person lists and revokes their own tokens of every coalition under "Your account".
select app.isolate_by_tenant('app.api_token');
create policy api_token_own_read on api_token for select
  using (username = current_setting('app.username', true));
create policy api_token_own_revoke on api_token for update
  using (username = current_setting('app.username', true));
