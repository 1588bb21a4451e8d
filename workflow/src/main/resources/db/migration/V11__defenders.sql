-- At-risk human-rights defenders. The identity columns (name, location, contact) are for the
-- coalition's security focal points only: they never go into process variables, logs, mail or task
-- names; the defender-emergency lifecycle knows the row by its id and the page by its reference.

create table defender (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    reference           varchar(40)   not null,
    name                varchar(200)  not null,
    location            varchar(500)  not null,
    contact             varchar(500)  not null,
    country             varchar(2)    not null,
    risk_summary        varchar(4000) not null,
    status              varchar(25)   not null,
    reported_by         varchar(100)  not null,
    reported_at         timestamptz   not null,
    updated_at          timestamptz   not null,
    officer_notified_at timestamptz,
    process_instance_id varchar(64),
    constraint defender_reference_unique_per_tenant unique (tenant_id, reference),
    constraint defender_status_known check (status in ('ASSESSING', 'PROTECTING', 'MONITORING', 'SAFE',
                                                       'NO_PROTECTION_NEEDED'))
);
create index defender_by_tenant on defender (tenant_id, reported_at desc);
select app.isolate_by_tenant('app.defender');
