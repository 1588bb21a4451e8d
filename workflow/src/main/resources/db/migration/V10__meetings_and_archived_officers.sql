-- Meetings with embassy officers (the embassy-meeting lifecycle), officers that were archived (their
-- relationship-cadence ends), and the link from an agreed next step to the task that completes it.
-- Every new table is tenant-scoped and isolated with app.isolate_by_tenant (V5).

alter table officer add column archived_at timestamptz;

-- set when the next step's task is created (task listener), and when it is done
alter table next_step add column task_id varchar(64);
alter table next_step add column done_note varchar(4000);
create index next_step_by_task on next_step (tenant_id, task_id);

-- one meeting per engagement: requested on its own (business key = the meeting's reference) or by a
-- case's lifecycle after an officer replied (business key = the case reference)
create table meeting (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    reference           varchar(40)   not null,
    business_key        varchar(100)  not null,
    engagement_id       uuid          not null references engagement (id),
    case_id             uuid          references case_file (id),
    officer_id          uuid          references officer (id),
    owner               varchar(100)  not null,
    status              varchar(30)   not null,
    confirmed_for       date,
    confirmed_by        varchar(100),
    thanked_at          timestamptz,
    thanked_by          varchar(100),
    thanks_note         varchar(4000),
    process_instance_id varchar(64),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint meeting_reference_unique_per_tenant unique (tenant_id, reference),
    constraint meeting_one_per_engagement unique (tenant_id, engagement_id),
    constraint meeting_status_known check (status in ('REQUESTED', 'AWAITING_CONFIRMATION', 'CONFIRMATION_OVERDUE',
        'CONFIRMED', 'FOLLOWING_UP', 'FOLLOWED_UP', 'DROPPED'))
);
create index meeting_by_officer on meeting (tenant_id, officer_id);
create index meeting_by_instance on meeting (tenant_id, process_instance_id);
select app.isolate_by_tenant('app.meeting');
