-- Per-coalition settings that drive the lifecycles' timers (ISO 8601 durations, as BPMN timers take
-- them) and thresholds. One row per coalition; absent means the defaults.
create table coalition_settings (
    tenant_id                   varchar(40) primary key references tenant (id),
    follow_up_interval          varchar(40) not null,
    follow_ups_before_escalation integer    not null check (follow_ups_before_escalation between 1 and 10),
    contact_cadence             varchar(40) not null,
    defender_assessment_sla     varchar(40) not null,
    hearing_request_lead        varchar(40) not null,
    updated_at                  timestamptz not null,
    updated_by                  varchar(100) not null
);

alter table coalition_settings enable row level security;
alter table coalition_settings force row level security;
create policy coalition_settings_isolation on coalition_settings
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));
