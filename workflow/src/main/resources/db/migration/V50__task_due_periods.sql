-- Due dates of user tasks (issue 10): how long after it appears each kind of task is due, per
-- coalition. A kind is the task's element id in its model (Task_TriageCase, Task_ReviewOutreach);
-- a kind without a row is due after Liaison's default for it (see TaskDuePeriods). One engine-wide
-- task listener reads this when a task is created; no model hard-codes a due date.
create table task_due_period (
    tenant_id  varchar(40)  not null references tenant (id),
    task_kind  varchar(100) not null,
    period     varchar(40)  not null,
    updated_at timestamptz  not null,
    updated_by varchar(100) not null,
    primary key (tenant_id, task_kind)
);
select app.isolate_by_tenant('app.task_due_period');
