-- Liaison's own tables live in the "app" schema; the Camunda engine owns "public".
-- Every domain table carries tenant_id (the coalition) from its first column on.

create table tenant (
    id               varchar(40)  primary key,
    name             varchar(200) not null,
    reference_prefix varchar(10)  not null unique,
    default_locale   varchar(20)  not null default 'en',
    time_zone        varchar(60)  not null default 'UTC',
    created_at       timestamptz  not null default now(),
    constraint tenant_id_is_a_slug check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    constraint tenant_prefix_is_upper check (reference_prefix ~ '^[A-Z0-9]+$')
);

-- Authoritative: which user belongs to which coalition, with which roles.
create table membership (
    tenant_id varchar(40)  not null references tenant (id),
    username  varchar(100) not null,
    role      varchar(20)  not null,
    primary key (tenant_id, username, role),
    constraint membership_role_known check (role in ('member', 'coordinator', 'security', 'admin'))
);
create index membership_by_user on membership (username);

-- Per coalition and year, the last number handed out for a case reference (ACME-2026-0042).
create table case_reference_counter (
    tenant_id  varchar(40) not null references tenant (id),
    year       integer     not null,
    last_value integer     not null,
    primary key (tenant_id, year)
);

create table case_file (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    reference           varchar(40)   not null,
    title               varchar(200)  not null,
    summary             varchar(4000) not null,
    country             varchar(2)    not null,
    themes              text[]        not null,
    severity            varchar(20)   not null,
    status              varchar(30)   not null,
    owner               varchar(100)  not null,
    process_instance_id varchar(64),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             integer       not null,
    constraint case_reference_unique_per_tenant unique (tenant_id, reference),
    constraint case_id_within_tenant unique (tenant_id, id)
);
create index case_file_by_tenant_status on case_file (tenant_id, status);

-- Append-only timeline of a case: who did what, when.
create table case_activity (
    id          bigserial     primary key,
    tenant_id   varchar(40)   not null,
    case_id     uuid          not null,
    occurred_at timestamptz   not null,
    actor       varchar(100)  not null,
    kind        varchar(40)   not null,
    detail      varchar(4000),
    foreign key (tenant_id, case_id) references case_file (tenant_id, id)
);
create index case_activity_by_case on case_activity (tenant_id, case_id, occurred_at);

-- The structured email the seed asks for: what is important, why it matters to the U.S.,
-- what the embassy can do. One per case in this first version.
create table outreach_message (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null,
    case_id         uuid          not null,
    important       varchar(4000) not null,
    why_us          varchar(4000) not null,
    embassy_action  varchar(4000) not null,
    status          varchar(30)   not null,
    review_comment  varchar(2000),
    recipients      varchar(1000),
    sent_on         date,
    sent_by         varchar(100),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         integer       not null,
    foreign key (tenant_id, case_id) references case_file (tenant_id, id),
    constraint outreach_one_per_case unique (tenant_id, case_id)
);
