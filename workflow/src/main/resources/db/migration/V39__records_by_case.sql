-- A case page lists the meetings and court hearings held for it: find them by case, not by a scan of
-- the coalition's records.
create index meeting_by_case on meeting (tenant_id, case_id, created_at) where case_id is not null;
create index court_hearing_by_case on court_hearing (tenant_id, case_id, hearing_at) where case_id is not null;
