-- Officers rotate out of embassies: the leaver is marked with the date they leave and their successor,
-- and the relationship is handed over (meetings, engagements with their next steps, case alignments,
-- hearing requests and the contact cadence move to the successor). An engagement handed over keeps
-- whom it was actually with, so the successor's page shows the history it inherited.

alter table officer add constraint officer_id_within_tenant unique (tenant_id, id);
alter table officer add column leaving_on date;
alter table officer add column successor_id uuid;
alter table officer add constraint officer_successor_in_tenant
    foreign key (tenant_id, successor_id) references officer (tenant_id, id);
alter table officer add constraint officer_not_own_successor check (successor_id is null or successor_id <> id);

alter table engagement add column handed_over_from uuid;
alter table engagement add constraint engagement_handed_over_from_in_tenant
    foreign key (tenant_id, handed_over_from) references officer (tenant_id, id);
