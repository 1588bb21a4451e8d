-- The transactional outbox for e-mail (outreach, reminders): a feature queues a message in the same
-- transaction as its work, so a rolled-back transaction queues nothing; the dispatcher sends what
-- is due and records the outcome here. One row per (coalition, idempotency key): queuing the same
-- message again, as a retried job does, changes nothing.

create table outbox_message (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    idempotency_key varchar(200)  not null,
    recipients      text[]        not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(10)   not null default 'PENDING',
    attempts        integer       not null default 0,
    last_error      varchar(500),
    next_attempt_at timestamptz   not null,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    delivered_via   varchar(10),
    constraint outbox_message_once_per_key unique (tenant_id, idempotency_key),
    constraint outbox_message_has_recipients check (cardinality(recipients) between 1 and 50),
    constraint outbox_message_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint outbox_message_delivered_via_known check (delivered_via in ('smtp', 'catcher')),
    constraint outbox_message_sent_means_delivered
        check ((status = 'SENT') = (sent_at is not null and delivered_via is not null)),
    constraint outbox_message_attempts_not_negative check (attempts >= 0)
);

-- what the dispatcher looks for: a coalition's due messages
create index outbox_message_due on outbox_message (tenant_id, next_attempt_at) where status = 'PENDING';
-- the Sent mail page: a coalition's newest messages
create index outbox_message_recent on outbox_message (tenant_id, created_at desc);

select app.isolate_by_tenant('app.outbox_message');

grant select, insert, update on outbox_message to ${app_role};
