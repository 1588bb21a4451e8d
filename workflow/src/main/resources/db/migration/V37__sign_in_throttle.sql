-- Failed sign-ins (issue 11, abuse): per account and per client address, so that guessing a
-- password is slowed down and then locked out for a growing time. Platform-level like
-- local_account (no tenant_id): sign-in happens before any coalition is chosen. Kept in the
-- database, not in one node's memory, so every node of a cluster counts the same attempts.
create table sign_in_throttle (
    throttle_key    varchar(200) primary key,  -- 'account:<username>' or 'address:<client address>'
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz,
    constraint sign_in_throttle_failures_positive check (failures > 0)
);
create index sign_in_throttle_by_age on sign_in_throttle (last_failure_at);
