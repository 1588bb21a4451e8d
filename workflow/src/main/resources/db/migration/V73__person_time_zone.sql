-- The time zone a person chose on their account page (issue 15): an IANA id (Europe/Berlin), checked
-- by Accounts before it is stored. Null: the screens use the browser's time zone, else the
-- coalition's (app.tenant.time_zone). Like the rest of app.person it is platform-level (no tenant_id,
-- no row-level security): a person has one clock whichever coalition they work in.
alter table person add column time_zone varchar(60);
