-- One reference generator for every kind of record: cases count in record_reference_counter under
-- the kind 'CASE', as hearings, meetings, convenings and defenders count under theirs. The case
-- counters move over with their last values, so numbering goes on (PFC-2026-0042 is followed by
-- PFC-2026-0043), and the old table goes.
-- Both tables force row-level security, which applies to their owner too: without a coalition bound
-- the copy would see and write nothing. Their owner (who runs migrations) lifts the force for the copy.
alter table case_reference_counter no force row level security;
alter table record_reference_counter no force row level security;

insert into record_reference_counter (tenant_id, kind, year, last_value)
select tenant_id, 'CASE', year, last_value from case_reference_counter
on conflict (tenant_id, kind, year) do update
  set last_value = greatest(record_reference_counter.last_value, excluded.last_value);

alter table record_reference_counter force row level security;
drop table case_reference_counter;
