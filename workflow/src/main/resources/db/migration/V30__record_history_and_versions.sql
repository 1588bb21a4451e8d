-- Records that people correct: every change of a field is kept (who, when, field, old → new), for
-- every kind of record in one table, and the contacts and member organisations get a version, so
-- that of two people saving the same record the second is told instead of overwriting the first.
-- (Cases have had their version since V1.)

create table record_history (
    id          bigserial     primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    record_kind varchar(30)   not null,
    record_key  varchar(100)  not null,
    field       varchar(60)   not null,
    old_value   varchar(4000),
    new_value   varchar(4000),
    changed_by  varchar(100)  not null,
    changed_at  timestamptz   not null
);
create index record_history_by_record on record_history (tenant_id, record_kind, record_key, changed_at, id);
select app.isolate_by_tenant('app.record_history');

alter table embassy add column version integer not null default 0;
alter table embassy_priority add column version integer not null default 0;
alter table officer add column version integer not null default 0;
alter table member_organisation add column version integer not null default 0;
