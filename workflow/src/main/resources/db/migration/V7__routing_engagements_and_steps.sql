-- What the widened raise-issue lifecycle records about a case, the engagements with officers it
-- leads to, the coalition's member organisations, and a journal of every completed process step.
-- Every table is tenant-scoped and isolated with app.isolate_by_tenant (V5).

alter table case_file add column urgency varchar(20);
alter table case_file add column outcome varchar(4000);
alter table case_file add column closed_at timestamptz;

-- route-case decision: the portfolios to approach
create table case_portfolio (
    tenant_id varchar(40) not null,
    case_id   uuid        not null references case_file (id),
    portfolio varchar(30) not null,
    primary key (case_id, portfolio)
);
create index case_portfolio_by_tenant on case_portfolio (tenant_id, case_id);
select app.isolate_by_tenant('app.case_portfolio');

-- the embassy priorities a case aligns with
create table case_priority (
    tenant_id   varchar(40) not null,
    case_id     uuid        not null references case_file (id),
    priority_id uuid        not null references embassy_priority (id),
    primary key (case_id, priority_id)
);
create index case_priority_by_tenant on case_priority (tenant_id, case_id);
select app.isolate_by_tenant('app.case_priority');

-- the officers the outreach goes to
create table case_officer (
    tenant_id  varchar(40) not null,
    case_id    uuid        not null references case_file (id),
    officer_id uuid        not null references officer (id),
    primary key (case_id, officer_id)
);
create index case_officer_by_tenant on case_officer (tenant_id, case_id);
select app.isolate_by_tenant('app.case_officer');

-- one touch with an officer
create table engagement (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    case_id     uuid          references case_file (id),
    officer_id  uuid          references officer (id),
    kind        varchar(30)   not null,
    summary     varchar(4000) not null,
    occurred_on date          not null,
    outcome     varchar(4000),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null,
    constraint engagement_kind_known check (kind in ('QUESTION', 'INFORMATION_SHARING', 'RAISING_ISSUE', 'REPLY',
        'MEETING', 'EVENT_INVITATION', 'SITE_VISIT', 'COURT_HEARING_REQUEST'))
);
create index engagement_by_officer on engagement (tenant_id, officer_id);
create index engagement_by_case on engagement (tenant_id, case_id);
select app.isolate_by_tenant('app.engagement');

-- agreed next steps of an engagement; each becomes a task for its owner
create table next_step (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null,
    engagement_id uuid          not null references engagement (id),
    description   varchar(1000) not null,
    owner         varchar(100)  not null,
    due_on        date          not null,
    done_at       timestamptz,
    done_by       varchar(100)
);
create index next_step_by_engagement on next_step (tenant_id, engagement_id);
select app.isolate_by_tenant('app.next_step');

-- the NGOs, unions and firms that make up the coalition
create table member_organisation (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenant (id),
    name          varchar(200) not null,
    contact_email varchar(320) not null,
    created_at    timestamptz  not null,
    constraint member_organisation_unique_name unique (tenant_id, name)
);
select app.isolate_by_tenant('app.member_organisation');

-- every completed step of any lifecycle: who, when, the note and the decision taken
create table step_journal (
    id           bigserial     primary key,
    tenant_id    varchar(40)   not null,
    business_key varchar(100)  not null,
    process_key  varchar(100)  not null,
    task_key     varchar(100)  not null,
    task_name    varchar(200)  not null,
    note         varchar(4000),
    decision     boolean,
    completed_by varchar(100)  not null,
    completed_at timestamptz   not null
);
create index step_journal_by_key on step_journal (tenant_id, business_key, completed_at);
select app.isolate_by_tenant('app.step_journal');
