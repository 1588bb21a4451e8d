-- Convenings with their invitations, the yearly Human Rights Report (HRR) calendars and cycles with
-- the member organisations' submissions, the coalition settings their timers read, and one counter
-- for the human references of records other than cases. Every table is tenant-scoped and isolated
-- with app.isolate_by_tenant (V5).

-- Per coalition, kind of record and year, the last number handed out (CONV-2026-0001, HRD-2026-0001).
-- The court-hearing migration (V8) creates the same counter for its references; whichever runs
-- first creates it.
create table if not exists record_reference_counter (
    tenant_id  varchar(40) not null references tenant (id),
    kind       varchar(10) not null,
    year       integer     not null,
    last_value integer     not null,
    primary key (tenant_id, kind, year)
);
do $$
begin
  if not exists (select 1 from pg_policy where polname = 'record_reference_counter_isolation') then
    perform app.isolate_by_tenant('app.record_reference_counter');
  end if;
end
$$;

-- The HRR window and the defender monitoring interval are settings, as ISO 8601 durations.
alter table coalition_settings add column hrr_submission_window varchar(40) not null default 'P28D';
alter table coalition_settings add column hrr_reminder_before varchar(40) not null default 'P7D';
alter table coalition_settings add column defender_monitoring_interval varchar(40) not null default 'P7D';

-- so that other tables can point at an organisation of the same coalition
alter table member_organisation add constraint member_organisation_id_within_tenant unique (tenant_id, id);

-- A multi-stakeholder meeting, online (with a link) or in person (at a place).
create table convening (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    reference           varchar(40)   not null,
    title               varchar(200)  not null,
    format              varchar(20)   not null,
    hosting             varchar(30)   not null,
    embassy_id          uuid,
    starts_at           timestamptz   not null,
    place               varchar(500),
    link                varchar(500),
    agenda              varchar(4000) not null,
    rsvp_deadline       timestamptz   not null,
    status              varchar(20)   not null,
    outcomes            varchar(4000),
    owner               varchar(100)  not null,
    process_instance_id varchar(64),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint convening_reference_unique_per_tenant unique (tenant_id, reference),
    constraint convening_id_within_tenant unique (tenant_id, id),
    constraint convening_format_known check (format in ('ONLINE', 'IN_PERSON')),
    constraint convening_hosting_known check (hosting in ('HOSTED', 'CO_HOSTED', 'REQUESTED_FROM_EMBASSY')),
    constraint convening_status_known check (status in ('PROPOSED', 'INVITATIONS_SENT', 'CONFIRMED', 'HELD', 'CANCELLED')),
    constraint convening_place_or_link check ((format = 'IN_PERSON' and place is not null)
                                              or (format = 'ONLINE' and link is not null)),
    constraint convening_rsvp_before_start check (rsvp_deadline <= starts_at),
    foreign key (tenant_id, embassy_id) references embassy (tenant_id, id)
);
create index convening_by_tenant on convening (tenant_id, starts_at desc);
select app.isolate_by_tenant('app.convening');

create table convening_invitation (
    id           uuid         primary key,
    tenant_id    varchar(40)  not null,
    convening_id uuid         not null,
    position     integer      not null,
    invitee_name varchar(200) not null,
    email        varchar(320) not null,
    rsvp         varchar(10)  not null default 'PENDING',
    responded_at timestamptz,
    invited_at   timestamptz,
    constraint convening_invitation_rsvp_known check (rsvp in ('PENDING', 'ACCEPTED', 'DECLINED')),
    constraint convening_invitation_once_per_email unique (convening_id, email),
    constraint convening_invitation_position unique (convening_id, position),
    foreign key (tenant_id, convening_id) references convening (tenant_id, id)
);
create index convening_invitation_by_convening on convening_invitation (tenant_id, convening_id, position);
select app.isolate_by_tenant('app.convening_invitation');

-- One yearly HRR calendar per coalition and country runs at a time (one hrr-input process instance).
create table hrr_calendar (
    id                  uuid         primary key,
    tenant_id           varchar(40)  not null references tenant (id),
    country             varchar(2)   not null,
    status              varchar(10)  not null,
    process_instance_id varchar(64),
    started_at          timestamptz  not null,
    started_by          varchar(100) not null,
    ended_at            timestamptz,
    ended_by            varchar(100),
    constraint hrr_calendar_id_within_tenant unique (tenant_id, id),
    constraint hrr_calendar_status_known check (status in ('RUNNING', 'STOPPED', 'ENDED'))
);
create unique index hrr_calendar_one_running_per_country on hrr_calendar (tenant_id, country) where status = 'RUNNING';
select app.isolate_by_tenant('app.hrr_calendar');

-- One year's input for one country: the dates its timers use, the compiled text and its submission.
create table hrr_cycle (
    id                 uuid           primary key,
    tenant_id          varchar(40)    not null,
    calendar_id        uuid           not null,
    reference          varchar(40)    not null,
    country            varchar(2)     not null,
    year               integer        not null,
    opens_at           timestamptz    not null,
    reminder_at        timestamptz    not null,
    submission_deadline timestamptz   not null,
    next_cycle_opens   timestamptz    not null,
    status             varchar(15)    not null,
    compiled_text      varchar(100000),
    compiled_at        timestamptz,
    compiled_by        varchar(100),
    submitted_at       timestamptz,
    submitted_to       varchar(2000),
    acknowledged_at    timestamptz,
    acknowledged_by    varchar(100),
    acknowledgement    varchar(4000),
    constraint hrr_cycle_id_within_tenant unique (tenant_id, id),
    constraint hrr_cycle_one_per_country_and_year unique (tenant_id, country, year),
    constraint hrr_cycle_reference_unique_per_tenant unique (tenant_id, reference),
    constraint hrr_cycle_status_known check (status in ('OPEN', 'SUBMITTED', 'ACKNOWLEDGED')),
    constraint hrr_cycle_dates_in_order check (opens_at <= reminder_at and reminder_at <= submission_deadline
                                               and submission_deadline <= next_cycle_opens),
    foreign key (tenant_id, calendar_id) references hrr_calendar (tenant_id, id)
);
create index hrr_cycle_by_country on hrr_cycle (tenant_id, country, year desc);
select app.isolate_by_tenant('app.hrr_cycle');

-- A member organisation's input to one cycle; entering it again replaces it.
create table hrr_submission (
    id              uuid           primary key,
    tenant_id       varchar(40)    not null,
    cycle_id        uuid           not null,
    organisation_id uuid           not null,
    text            varchar(20000) not null,
    recorded_by     varchar(100)   not null,
    recorded_at     timestamptz    not null,
    constraint hrr_submission_one_per_organisation unique (cycle_id, organisation_id),
    foreign key (tenant_id, cycle_id) references hrr_cycle (tenant_id, id),
    foreign key (tenant_id, organisation_id) references member_organisation (tenant_id, id)
);
create index hrr_submission_by_cycle on hrr_submission (tenant_id, cycle_id);
select app.isolate_by_tenant('app.hrr_submission');
