-- The coalition's map of U.S. embassies, what each says it cares about (with the source), and the
-- officers and Washington subject-matter experts the coalition works with. Each coalition keeps its
-- own records: nothing here is shared between coalitions.

create table embassy (
    id         uuid          primary key,
    tenant_id  varchar(40)   not null references tenant (id),
    country    varchar(2)    not null,
    city       varchar(100)  not null,
    website    varchar(500),
    created_at timestamptz   not null,
    constraint embassy_id_within_tenant unique (tenant_id, id),
    constraint embassy_one_per_city unique (tenant_id, country, city)
);

create table embassy_priority (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null,
    embassy_id  uuid          not null,
    objective   varchar(1000) not null,
    source_url  varchar(500)  not null,
    captured_on date          not null,
    created_at  timestamptz   not null,
    foreign key (tenant_id, embassy_id) references embassy (tenant_id, id)
);
create index embassy_priority_by_embassy on embassy_priority (tenant_id, embassy_id);

-- embassy_id null: a subject-matter expert in Washington, DC
create table officer (
    id                 uuid          primary key,
    tenant_id          varchar(40)   not null references tenant (id),
    embassy_id         uuid,
    name               varchar(200)  not null,
    title              varchar(200),
    portfolio          varchar(30)   not null,
    email              varchar(320),
    contact_cadence    varchar(40),
    last_contact_on    date,
    newsletter_invited boolean       not null default false,
    social_invited     boolean       not null default false,
    created_at         timestamptz   not null,
    foreign key (tenant_id, embassy_id) references embassy (tenant_id, id),
    constraint officer_portfolio_known check (portfolio in
        ('HUMAN_RIGHTS', 'LABOR', 'ECONOMIC', 'COMMERCIAL', 'POLITICAL', 'PUBLIC_AFFAIRS', 'OTHER'))
);
create index officer_by_tenant on officer (tenant_id, embassy_id);

alter table embassy enable row level security;
alter table embassy force row level security;
create policy embassy_isolation on embassy
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));

alter table embassy_priority enable row level security;
alter table embassy_priority force row level security;
create policy embassy_priority_isolation on embassy_priority
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));

alter table officer enable row level security;
alter table officer force row level security;
create policy officer_isolation on officer
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));
