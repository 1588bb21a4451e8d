-- Who read, broke the glass on, changed or erased which defender record, when and why (issue 12).
-- Append-only for the application: it may insert and read, never update or delete. Each row carries
-- the SHA-256 of the previous row of its coalition and of its own content, so a row edited or removed
-- later (by someone with the owner's rights) breaks the chain, which DefenderAuditVerifier reports.

create table defender_audit (
    id          bigserial     primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    seq         bigint        not null check (seq > 0),
    occurred_at timestamptz   not null,
    actor       varchar(100)  not null,
    defender_id uuid          not null,
    reference   varchar(40)   not null,
    action      varchar(20)   not null,
    reason      varchar(500),
    prev_hash   varchar(64)   not null,
    hash        varchar(64)   not null,
    constraint defender_audit_seq_unique unique (tenant_id, seq),
    constraint defender_audit_action_known check (action in ('REPORTED', 'READ', 'BROKE_THE_GLASS', 'CHANGED', 'ERASED'))
);
create index defender_audit_by_record on defender_audit (tenant_id, defender_id, seq);
select app.isolate_by_tenant('app.defender_audit');
revoke update, delete, truncate on defender_audit from ${app_role};
