package org.liaison.workflow.internal;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
class TaskDueDates extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskDuePeriods> periods;

  TaskDueDates(ObjectProvider<TaskDuePeriods> periods) {
    this.periods = periods;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    if (config.getCustomPreBPMNParseListeners() == null) {
      config.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    config.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskDueDates.this::dueDate);
        }
      }
    });
  }

  private void dueDate(DelegateTask task) {
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
