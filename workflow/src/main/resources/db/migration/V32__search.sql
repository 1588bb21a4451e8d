-- Lists that page on the server and full-text search within a coalition: a tsvector per searchable
-- record, kept by PostgreSQL itself (generated columns), with a GIN index; and indexes for the
-- default order of each list. Row-level security and the tenant filter still decide what is seen.

alter table case_file add column search tsvector generated always as
    (to_tsvector('english', reference || ' ' || title || ' ' || summary)) stored;
create index case_file_search on case_file using gin (search);
create index case_file_by_tenant_created on case_file (tenant_id, created_at desc, id desc);

-- a meeting is found by what it was asked for (its engagement's summary)
alter table engagement add column search tsvector generated always as (to_tsvector('english', summary)) stored;
create index engagement_search on engagement using gin (search);
create index meeting_by_tenant_created on meeting (tenant_id, created_at desc, id desc);

alter table court_hearing add column search tsvector generated always as
    (to_tsvector('english', reference || ' ' || title || ' ' || court)) stored;
create index court_hearing_search on court_hearing using gin (search);

alter table convening add column search tsvector generated always as
    (to_tsvector('english', reference || ' ' || title || ' ' || agenda || ' ' || coalesce(place, ''))) stored;
create index convening_search on convening using gin (search);

alter table officer add column search tsvector generated always as
    (to_tsvector('english', name || ' ' || coalesce(title, '') || ' ' || coalesce(email, ''))) stored;
create index officer_search on officer using gin (search);
