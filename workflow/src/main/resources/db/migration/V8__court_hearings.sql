-- Court hearings the coalition asks embassy officers to attend and observe (the court-hearing
-- lifecycle): the hearing, the officers asked (each request is an engagement), who attended and the
-- observation. Also the per-coalition counters of the human references of hearings and meetings
-- (HRG-2026-0001, MTG-2026-0001). Every table is tenant-scoped and isolated with
-- app.isolate_by_tenant (V5).

-- per coalition, kind of record and year: the last number handed out
create table record_reference_counter (
    tenant_id  varchar(40) not null references tenant (id),
    kind       varchar(10) not null,
    year       integer     not null,
    last_value integer     not null,
    primary key (tenant_id, kind, year)
);
select app.isolate_by_tenant('app.record_reference_counter');

create table court_hearing (
    id                    uuid          primary key,
    tenant_id             varchar(40)   not null references tenant (id),
    reference             varchar(40)   not null,
    case_id               uuid          references case_file (id),
    case_reference        varchar(40),
    title                 varchar(200)  not null,
    court                 varchar(200)  not null,
    hearing_at            timestamptz   not null,
    request_attendance_at timestamptz   not null,
    owner                 varchar(100)  not null,
    status                varchar(30)   not null,
    observation           varchar(4000),
    observed_by           varchar(100),
    observed_at           timestamptz,
    adjournments          integer       not null default 0,
    adjourned_from        timestamptz,
    cancel_reason         varchar(2000),
    process_instance_id   varchar(64),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint court_hearing_reference_unique_per_tenant unique (tenant_id, reference),
    constraint court_hearing_id_within_tenant unique (tenant_id, id),
    constraint court_hearing_status_known check (status in ('SCHEDULED', 'REQUEST_DUE', 'AWAITING_CONFIRMATION',
        'ATTENDANCE_CONFIRMED', 'OBSERVATION_DUE', 'DEBRIEF_DUE', 'OBSERVED', 'CANCELLED'))
);
create index court_hearing_by_tenant on court_hearing (tenant_id, hearing_at);
select app.isolate_by_tenant('app.court_hearing');

-- the officers asked to attend (each request recorded as an engagement) and whether they attended
create table court_hearing_officer (
    tenant_id     varchar(40) not null,
    hearing_id    uuid        not null,
    officer_id    uuid        not null references officer (id),
    engagement_id uuid        not null references engagement (id),
    attended      boolean,
    primary key (hearing_id, officer_id),
    foreign key (tenant_id, hearing_id) references court_hearing (tenant_id, id)
);
create index court_hearing_officer_by_tenant on court_hearing_officer (tenant_id, hearing_id);
select app.isolate_by_tenant('app.court_hearing_officer');
