-- Every version of a case's outreach as it went to review, with the reviewer's verdict (issue 15):
-- after a coordinator sends an outreach back, the earlier draft and the comment that sent it back stay
-- readable on the case page; outreach_message keeps only the current version. Outreach drafted before
-- this migration gets its first version when it is next reviewed (see OutreachService).
create table outreach_draft (
    tenant_id      varchar(40)   not null references tenant (id),
    case_id        uuid          not null,
    version        integer       not null,
    important      varchar(4000) not null,
    why_us         varchar(4000) not null,
    embassy_action varchar(4000) not null,
    drafted_by     varchar(100),
    drafted_at     timestamptz   not null,
    approved       boolean,
    review_comment varchar(2000),
    reviewed_by    varchar(100),
    reviewed_at    timestamptz,
    primary key (tenant_id, case_id, version),
    foreign key (tenant_id, case_id) references case_file (tenant_id, id)
);
select app.isolate_by_tenant('app.outreach_draft');
