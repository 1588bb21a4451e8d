-- An embassy's local time zone (IANA, e.g. Africa/Nairobi), so meetings and convenings with it are
-- entered and shown in its local time with the zone named (issue 15). Null: Liaison uses the zone of
-- the embassy's country when the country has one (EmbassyZones), else UTC.
alter table embassy add column time_zone varchar(60);
