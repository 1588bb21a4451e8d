-- Coalition administration (issue 14): people and their sign-in, platform admins, coalition status,
-- invitations, the membership audit and a new coalition's setup checklist.
--
-- Platform-level tables (no tenant_id, so no row-level security): person, local_account,
-- platform_admin, password_reset. They say who someone is and how they sign in; they hold no
-- coalition's data, and which coalitions a person works for stays in app.membership alone (RLS).
-- The application role reads them before any coalition is chosen (sign-in, accepting an
-- invitation, a password reset), which a tenant policy would forbid. Only org.liaison.accounts
-- reads them; passwords are BCrypt hashes and reset links are stored as SHA-256 hashes.

-- A Liaison person: the stable username is the key every other table uses (memberships, task
-- assignees, owners); with Keycloak the token's subject ("sub") maps to it, never its display name.
create table person (
    username      varchar(100) primary key,
    display_name  varchar(200) not null,
    email         varchar(320) not null,
    oidc_subject  varchar(255),
    created_at    timestamptz  not null,
    constraint person_username_is_a_handle check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    constraint person_one_subject unique (oidc_subject)
);
create index person_by_email on person (lower(email));

-- A local account's password (embedded default and prod without Keycloak): a BCrypt hash only.
create table local_account (
    username            varchar(100) primary key references person (username),
    password_hash       varchar(100) not null,
    password_changed_at timestamptz  not null
);

-- Platform admins create and suspend coalitions; they are outside every coalition.
create table platform_admin (
    username   varchar(100) primary key references person (username),
    granted_at timestamptz  not null,
    granted_by varchar(100) not null
);

-- A single-use, expiring password reset link, stored as the SHA-256 of its token.
create table password_reset (
    token_hash varchar(64)  primary key,
    username   varchar(100) not null references person (username),
    created_at timestamptz  not null,
    expires_at timestamptz  not null,
    used_at    timestamptz
);
create index password_reset_by_user on password_reset (username, created_at desc);

-- A coalition is active or suspended; suspension deletes nothing.
alter table tenant add column status            varchar(12) not null default 'active';
alter table tenant add column status_reason     varchar(500);
alter table tenant add column status_changed_at timestamptz;
alter table tenant add column status_changed_by varchar(100);
alter table tenant add column created_by        varchar(100);
alter table tenant add constraint tenant_status_known check (status in ('active', 'suspended'));
alter table tenant add constraint tenant_suspension_has_reason check (status = 'active' or status_reason is not null);

-- An invitation into a coalition with the roles the person will get. The link's token is stored
-- only as its SHA-256; resending replaces it, so only the newest link works.
create table invitation (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    email       varchar(320) not null,
    roles       text[]       not null,
    token_hash  varchar(64)  not null,
    invited_by  varchar(100) not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz  not null,
    sends       integer      not null default 1,
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    accepted_by varchar(100),
    revoked_at  timestamptz,
    revoked_by  varchar(100),
    constraint invitation_token_unique unique (token_hash),
    constraint invitation_roles_known check (cardinality(roles) between 1 and 4
        and roles <@ array['member', 'coordinator', 'security', 'admin']::text[]),
    constraint invitation_accepted_or_revoked_once check (accepted_at is null or revoked_at is null)
);
create index invitation_by_tenant on invitation (tenant_id, created_at desc);
select app.isolate_by_tenant('app.invitation');

-- Every membership change (invitation, acceptance, role change, removal, suspension): who did what
-- to whom, when. Append-only for the application.
create table membership_audit (
    id          bigserial     primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    occurred_at timestamptz   not null,
    actor       varchar(100)  not null,
    subject     varchar(320)  not null,
    action      varchar(30)   not null,
    detail      varchar(1000),
    constraint membership_audit_action_known check (action in ('COALITION_CREATED', 'INVITED', 'INVITATION_RESENT',
        'INVITATION_REVOKED', 'ACCEPTED', 'ROLES_CHANGED', 'REMOVED', 'TASK_REASSIGNED', 'SUSPENDED', 'REACTIVATED'))
);
create index membership_audit_by_tenant on membership_audit (tenant_id, occurred_at desc, id desc);
create index membership_audit_by_subject on membership_audit (tenant_id, subject, occurred_at desc);
select app.isolate_by_tenant('app.membership_audit');
revoke update, delete on membership_audit from ${app_role};

-- A new coalition's setup checklist: whether its coordinators dismissed it.
create table coalition_setup (
    tenant_id    varchar(40)  primary key references tenant (id),
    dismissed_at timestamptz,
    dismissed_by varchar(100)
);
select app.isolate_by_tenant('app.coalition_setup');
