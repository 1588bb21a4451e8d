package org.liaison.workflow.internal;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.liaison.common.IsoDurations;
import org.liaison.settings.TaskDuePeriods;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model a due date when it is created: the period the task's coalition
 * set for its kind (its element id), else Liaison's default ({@link TaskDuePeriods}). One task listener
 * added to every user task at deployment by a parse listener, so no model hard-codes a due date; a
 * due date the model sets itself (from the record) is kept.
 */
@Component
class TaskDueDates extends EveryUserTask {

  TaskDueDates(ObjectProvider<TaskDuePeriods> periods) {
    super(task -> dueDate(periods, task), TaskListener.EVENTNAME_CREATE);
  }

  private static void dueDate(ObjectProvider<TaskDuePeriods> periods, DelegateTask task) {
    if (task.getDueDate() != null) {
      return;
    }
    String tenantId = task.getTenantId();
    if (tenantId == null || tenantId.isBlank()) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " was created without a coalition");
    }
    String period = periods.getObject().forTask(tenantId, task.getTaskDefinitionKey());
    Date created = task.getCreateTime() == null ? ClockUtil.getCurrentTime() : task.getCreateTime();
    task.setDueDate(Date.from(IsoDurations.plus(created.toInstant(), period)));
  }
}
