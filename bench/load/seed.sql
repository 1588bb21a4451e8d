-- Issue 13, item 3/4: the data of the interactive load, written straight into a prod-profile Liaison's
-- database (as the owner, so row-level security does not apply to the writes) after its first start
-- has migrated it and deployed the models. Same shapes as the workflow module's CaseListBenchmark
-- (cases) and InboxBenchmark (open tasks in the engine's runtime tables), one step further: each case
-- has its own raise-issue instance whose business key is the case's reference, so inbox rows, case
-- pages and steps refer to each other as in a real installation.
--
--   :coalitions  number of coalitions (200)      :cases     cases per coalition (500)
--   :coordinators  per coalition (2)             :members   per coalition (8)
--   :hash   the BCrypt hash every seeded person signs in with (the platform admin's, copied)
\set ON_ERROR_STOP on
begin;
insert into app.tenant (id, name, reference_prefix, created_at, created_by)
select 'load-' || t, 'Load coalition ' || t, 'LD' || t, now() - interval '400 days', 'load'
  from generate_series(0, :coalitions - 1) t;

insert into app.person (username, display_name, email, created_at)
select case when k < :coordinators then 'lc' else 'lm' end || t || '-' || k,
       case when k < :coordinators then 'Coordinator ' else 'Member ' end || k || ' of coalition ' || t,
       'load' || t || '-' || k || '@example.org', now() - interval '400 days'
  from generate_series(0, :coalitions - 1) t, generate_series(0, :coordinators + :members - 1) k;

insert into app.local_account (username, password_hash, password_changed_at)
select username, :'hash', now() from app.person where username ~ '^l[cm][0-9]+-[0-9]+$';

insert into app.membership (tenant_id, username, role)
select 'load-' || t, case when k < :coordinators then 'lc' else 'lm' end || t || '-' || k, r
  from generate_series(0, :coalitions - 1) t, generate_series(0, :coordinators + :members - 1) k,
       unnest(array['member', 'coordinator']) r
 where r = 'member' or k < :coordinators;

-- cases: the CaseListBenchmark's words, countries, themes and severities; every case open
with words(w) as (select array['journalist','detained','protest','union','harbour','court','election','radio',
       'blogger','arrest','strike','land','eviction','police','trial','women','workers','press','license','raid'])
insert into app.case_file (id, tenant_id, reference, title, summary, country, themes, severity, status, owner,
                           process_instance_id, created_at, updated_at, version)
select gen_random_uuid(), 'load-' || t, 'LD' || t || '-2026-' || lpad(c::text, 4, '0'),
       initcap((select w from words)[1 + (t * 7 + c) % 20]) || ' case ' || c,
       (select string_agg((select w from words)[1 + ((t + c) * k * 13) % 20], ' ') from generate_series(1, 25) k)
         || ' w' || ((t * 500 + c) % 2000),
       (array['KE','UG','TZ','ZW','PK'])[1 + c % 5],
       array[(array['FREEDOM_OF_EXPRESSION','LABOR_RIGHTS','RULE_OF_LAW','OTHER'])[1 + c % 4]],
       (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (c / 3) % 4],
       (array['IN_TRIAGE','ALIGNING','OUTREACH_SENT','MEETING'])[1 + (c / 7) % 4],
       'lm' || t || '-' || (:coordinators + c % :members),
       'ld-' || t || '-' || c,
       now() - ((:cases - c) * 17 || ' hours')::interval, now() - ((:cases - c) * 3 || ' hours')::interval, 0
  from generate_series(0, :coalitions - 1) t, generate_series(1, :cases) c;

-- three timeline entries a case: raised, triaged, a note
insert into app.case_activity (tenant_id, case_id, occurred_at, actor, kind, detail)
select f.tenant_id, f.id, f.created_at + (n || ' hours')::interval, f.owner,
       (array['RAISED','TRIAGED','ALIGNED'])[n + 1], 'Seeded for the load benchmark, entry ' || n
  from app.case_file f, generate_series(0, 2) n
 where f.tenant_id like 'load-%';

-- cases raised through the API go on numbering after the seeded ones
insert into app.record_reference_counter (tenant_id, kind, year, last_value)
select 'load-' || t, 'CASE', y, :cases from generate_series(0, :coalitions - 1) t,
       (select extract(year from now())::int y union select 2026) years
on conflict (tenant_id, kind, year) do update
  set last_value = greatest(app.record_reference_counter.last_value, excluded.last_value);

-- one raise-issue instance and one open step per case (the step that matches its status): 70% offered to
-- the coalition's coordinators, 30% held by the case's owner; due from 5 days ago to 14 days ahead
insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_, act_id_,
       is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
       sequence_counter_, tenant_id_, proc_def_key_)
select f.process_instance_id, 1, f.process_instance_id, f.process_instance_id, f.reference, d.id_,
       case f.status when 'IN_TRIAGE' then 'Task_TriageCase' when 'ALIGNING' then 'Task_AlignWithPriorities'
                     when 'OUTREACH_SENT' then 'Task_FollowUp' else 'Task_MonitorCase' end,
       false, false, true, false, 1, 0, 1, f.tenant_id, 'raise-issue'
  from app.case_file f,
       (select id_ from act_re_procdef where key_ = 'raise-issue' order by version_ desc limit 1) d
 where f.tenant_id like 'load-%';

insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_,
       priority_, create_time_, last_updated_, due_date_, suspension_state_, tenant_id_, task_state_)
select 'ldt-' || substr(e.id_, 4), 1, e.id_, e.id_, e.proc_def_id_,
       case e.act_id_ when 'Task_TriageCase' then 'Triage case' when 'Task_AlignWithPriorities'
                      then 'Align with embassy priorities' when 'Task_FollowUp' then 'Follow up with the officers'
                      else 'Monitor case' end,
       e.act_id_, case when hashtext(e.id_) % 10 in (0, 1, 2, -1, -2, -3) then f.owner end, 50,
       f.updated_at, f.updated_at, now() + ((abs(hashtext(e.id_)) % 20 - 5) || ' days')::interval, 1, e.tenant_id_,
       'Created'
  from act_ru_execution e join app.case_file f on f.process_instance_id = e.id_
 where e.tenant_id_ like 'load-%';

insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_, tenant_id_)
select 'ldl-' || substr(t.id_, 5), 1, t.tenant_id_ || ':coordinator', 'candidate', t.id_, t.tenant_id_
  from act_ru_task t where t.tenant_id_ like 'load-%' and t.assignee_ is null;

-- one personal API token a person, for their coalition (the secret is made here and written out once
-- by bench/load.sh; only its SHA-256 is stored, as ApiTokens stores it)
create temporary table load_token on commit drop as
select p.username, m.tenant_id,
       'lia_' || m.tenant_id || '.' || translate(substr(encode(sha256(convert_to('load-secret-' || p.username, 'UTF8'))
         || sha256(convert_to('pepper-' || p.username, 'UTF8')), 'base64'), 1, 43), '+/', '-_') as secret,
       bool_or(m.role = 'coordinator') as coordinator
  from app.person p join app.membership m on m.username = p.username
 where p.username ~ '^l[cm][0-9]+-[0-9]+$'
 group by p.username, m.tenant_id;
insert into app.api_token (id, tenant_id, username, name, token_hash, created_at, expires_at)
select gen_random_uuid(), tenant_id, username, 'Load benchmark', encode(sha256(convert_to(secret, 'UTF8')), 'hex'),
       now(), now() + interval '90 days'
  from load_token;
create schema if not exists bench;
create table bench.load_token as select * from load_token;
commit;

analyze app.case_file;
analyze app.case_activity;
analyze act_ru_execution;
analyze act_ru_task;
analyze act_ru_identitylink;
