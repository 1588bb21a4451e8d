-- The outbox gains two things for coalition administration:
--
-- 1. Platform mail: a message that belongs to no coalition (a password reset link for a person who
--    may be in none, such as a platform admin) has no tenant_id. The coalitions' policy never shows
--    such rows; a second policy shows them only to a transaction that bound itself to the platform
--    lane (set_config('app.platform', 'on', true), RowSecurity.bindPlatform), which the outbox
--    dispatcher and the accounts feature do explicitly. A transaction bound to a coalition, or to
--    nothing, still sees none of them.
-- 2. Secrets: strings in a body that only its recipients may read (an invitation or reset link).
--    The Sent mail page masks them, and once a message went out by SMTP they are wiped from the
--    stored body, so the database keeps no usable link (the mail catcher keeps them: it is where
--    such a message arrives when no SMTP server is configured).

alter table outbox_message alter column tenant_id drop not null;
alter table outbox_message add column secrets text[];

create unique index outbox_message_platform_once_per_key on outbox_message (idempotency_key) where tenant_id is null;
create index outbox_message_platform_due on outbox_message (next_attempt_at) where tenant_id is null and status = 'PENDING';

create policy outbox_message_platform on outbox_message
  using (tenant_id is null and current_setting('app.platform', true) = 'on')
  with check (tenant_id is null and current_setting('app.platform', true) = 'on');
