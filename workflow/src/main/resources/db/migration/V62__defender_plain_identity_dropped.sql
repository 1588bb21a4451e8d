-- V61 encrypted every defender's identity and risk summary; the plain columns go. (A dump taken before
-- this migration still holds them: see README, "Defender records".)
alter table defender drop column name;
alter table defender drop column location;
alter table defender drop column contact;
alter table defender drop column risk_summary;

alter table defender alter column risk_level set not null;
alter table defender add constraint defender_risk_level_known check (risk_level in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));
-- an erased record keeps its reference and lifecycle only
alter table defender add constraint defender_pseudonym_unless_erased check (pseudonym is not null or erased_at is not null);
alter table defender add constraint defender_erased_holds_no_ciphertext check (erased_at is null or
    (name_ct is null and location_ct is null and contact_ct is null and risk_summary_ct is null));
