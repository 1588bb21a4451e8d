-- A member's saved inbox filters (issue 10): a name and the view, filters and order it stands for,
-- per member and coalition; one click applies it. At most 20 per member (checked by the service).
create table saved_filter (
    tenant_id  varchar(40)  not null references tenant (id),
    username   varchar(100) not null,
    name       varchar(60)  not null,
    view       varchar(30)  not null,
    lifecycle  varchar(60),
    text       varchar(200),
    due        varchar(20)  not null,
    sort       varchar(20)  not null,
    assignee   varchar(100),
    role       varchar(20),
    created_at timestamptz  not null,
    primary key (tenant_id, username, name)
);
select app.isolate_by_tenant('app.saved_filter');
