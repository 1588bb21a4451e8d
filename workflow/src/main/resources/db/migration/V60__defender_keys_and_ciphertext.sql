-- Defender records encrypted at rest (issue 12): envelope encryption with Tink AEAD. A data key per
-- record (an AES-256-GCM keyset) wrapped by a key per coalition, wrapped by the master key, which never
-- is in the database (LIAISON_MASTER_KEY, a key file, or a KMS). Every ciphertext is bound to its
-- coalition, record and field (associated data). V61 (Java) encrypts the rows written before this,
-- V62 drops the plain columns.

-- One row per version of a coalition's key; a rotation adds a version, re-wraps the data keys and
-- deletes the older versions.
create table coalition_key (
    tenant_id      varchar(40)  not null references tenant (id),
    version        integer      not null check (version > 0),
    master_key_id  varchar(100) not null,
    wrapped_keyset bytea        not null,
    created_at     timestamptz  not null,
    primary key (tenant_id, version)
);
select app.isolate_by_tenant('app.coalition_key');

-- The data key of one protected record; deleting the row erases the record (crypto-shredding).
create table data_key (
    tenant_id             varchar(40) not null references tenant (id),
    record_id             uuid        not null,
    coalition_key_version integer     not null,
    wrapped_keyset        bytea       not null,
    created_at            timestamptz not null,
    primary key (tenant_id, record_id),
    foreign key (tenant_id, coalition_key_version) references coalition_key (tenant_id, version)
);
select app.isolate_by_tenant('app.data_key');

-- Minimal-data mode: a pseudonym, the country and a risk level run the lifecycle; the identity and
-- the free-text risk summary are optional ciphertext, to be added when known.
alter table defender add column pseudonym       varchar(100);
alter table defender add column risk_level      varchar(10);
alter table defender add column name_ct         bytea;
alter table defender add column location_ct     bytea;
alter table defender add column contact_ct      bytea;
alter table defender add column risk_summary_ct bytea;
alter table defender add column erased_at       timestamptz;
alter table defender add column erased_by       varchar(100);
alter table defender alter column name drop not null;
alter table defender alter column location drop not null;
alter table defender alter column contact drop not null;
alter table defender alter column risk_summary drop not null;
