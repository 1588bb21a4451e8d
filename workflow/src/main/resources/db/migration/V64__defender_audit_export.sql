-- A focal point's export of a defender record (a file with its identity and history) is audited like a
-- read (issue 12): the audit's action may now be EXPORTED.
alter table defender_audit drop constraint defender_audit_action_known;
alter table defender_audit add constraint defender_audit_action_known
    check (action in ('REPORTED', 'READ', 'BROKE_THE_GLASS', 'CHANGED', 'ERASED', 'EXPORTED'));
