-- Documents attached to records (cases, meetings, hearings, convenings, HRR submissions), kept in
-- PostgreSQL like every other fact of a coalition: row-level security, backups, transactions and the
-- coalition's deletion apply to them as to the record (see docs/design-decisions). The content lives in
-- its own table, so listing documents never reads their bytes.

create table attachment (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    record_kind  varchar(30)   not null,
    record_key   varchar(100)  not null,
    filename     varchar(255)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    sha256       varchar(64)   not null,
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamptz   not null,
    constraint attachment_id_within_tenant unique (tenant_id, id)
);
create index attachment_by_record on attachment (tenant_id, record_kind, record_key, uploaded_at);
select app.isolate_by_tenant('app.attachment');

create table attachment_content (
    attachment_id uuid         primary key,
    tenant_id     varchar(40)  not null,
    content       bytea        not null,
    foreign key (tenant_id, attachment_id) references attachment (tenant_id, id) on delete cascade
);
select app.isolate_by_tenant('app.attachment_content');

-- the largest document a coalition accepts, in megabytes (1 to 100)
alter table coalition_settings add column attachment_max_mb integer not null default 20
    check (attachment_max_mb between 1 and 100);
