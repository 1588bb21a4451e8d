-- A contact logged on an officer's page at any time: a call, an e-mail, an event where the coalition
-- met them, a site visit or information shared (the last two existed already).
alter table engagement drop constraint engagement_kind_known;
alter table engagement add constraint engagement_kind_known check (kind in ('QUESTION', 'INFORMATION_SHARING',
    'RAISING_ISSUE', 'REPLY', 'MEETING', 'EVENT_INVITATION', 'SITE_VISIT', 'COURT_HEARING_REQUEST', 'CALL', 'EMAIL',
    'EVENT'));
