-- Notifications and absence (issue 10).
--
-- A member's profile in one coalition: the address Liaison mails them at for this coalition's work
-- (null: their person's address), whether they want each notice at once or one daily digest, and
-- when they are away and who stands in for them. One row per member and coalition, written when
-- they (or a coordinator) first change something; membership itself stays one row per role.
create table member_profile (
    tenant_id   varchar(40)  not null references tenant (id),
    username    varchar(100) not null,
    email       varchar(320),
    mail        varchar(10)  not null default 'each',
    away_from   date,
    away_to     date,
    stand_in    varchar(100),
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    primary key (tenant_id, username),
    constraint member_profile_mail_known check (mail in ('each', 'digest')),
    constraint member_profile_away_is_a_period check (
        (away_from is null and away_to is null and stand_in is null)
        or (away_from is not null and away_to is not null and away_from <= away_to)),
    constraint member_profile_stand_in_is_someone_else check (stand_in is null or stand_in <> username)
);
select app.isolate_by_tenant('app.member_profile');

-- What Liaison told a member: one row per event and person (the event key says what happened, e.g.
-- "assigned:<task id>:<assignee>"), so a notice is written and mailed exactly once even when the job
-- or listener that found it runs again. mailed_at: when its mail was queued (at once, or with the
-- digest); read_at: when the member opened it or marked it read under the bell.
create table notification (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    username    varchar(100) not null,
    event_key   varchar(200) not null,
    kind        varchar(30)  not null,
    title       varchar(300) not null,
    link        varchar(300),
    created_at  timestamptz  not null,
    mailed_at   timestamptz,
    read_at     timestamptz,
    constraint notification_once_per_event unique (tenant_id, event_key, username),
    constraint notification_kind_known check (kind in
        ('assigned', 'due-soon', 'overdue', 'defender-reported', 'defender-half-sla'))
);
create index notification_by_member on notification (tenant_id, username, created_at desc);
create index notification_digest_due on notification (tenant_id, username) where mailed_at is null;
select app.isolate_by_tenant('app.notification');

-- How far the due-date scan of each coalition has looked, so that each run reads only the tasks whose
-- due date (or the day before it) passed since the last run, never every overdue task again.
create table notice_scan (
    tenant_id     varchar(40) primary key references tenant (id),
    scanned_until timestamptz not null
);
select app.isolate_by_tenant('app.notice_scan');
