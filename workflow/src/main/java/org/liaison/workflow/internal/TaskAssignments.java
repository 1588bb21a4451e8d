package org.liaison.workflow.internal;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.liaison.workflow.StandIns;
import org.liaison.workflow.TaskAssigned;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model: when it is created for someone who is away, it goes to their
 * stand-in; whenever it is given to someone, {@link TaskAssigned} is published in the engine's
 * transaction (notifications listen). Built-in listeners added at deployment, like the due dates.
 */
@Component
class TaskAssignments extends EveryUserTask {

  private static final String STANDING_IN_FOR = "liaison.standingInFor";

  TaskAssignments(ObjectProvider<StandIns> standIns, ObjectProvider<ApplicationEventPublisher> events) {
    super(task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        standIn(standIns, task);
      } else {
        assigned(events, task);
      }
    }, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT);
  }

  private static void standIn(ObjectProvider<StandIns> standIns, DelegateTask task) {
    String owner = task.getAssignee();
    StandIns known = standIns.getIfAvailable();
    if (owner == null || task.getTenantId() == null || known == null) {
      return;
    }
    known.standInFor(task.getTenantId(), owner).ifPresent(standIn -> {
      task.setVariableLocal(STANDING_IN_FOR, owner);
      task.setAssignee(standIn);
    });
  }

  private static void assigned(ObjectProvider<ApplicationEventPublisher> events, DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null || task.getTenantId() == null) {
      return;
    }
    Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    boolean byAssignee = who != null && assignee.equals(who.getUserId());
    Object standingInFor = task.getVariableLocal(STANDING_IN_FOR);
    String definitionId = task.getProcessDefinitionId();
    events.getObject().publishEvent(new TaskAssigned(task.getTenantId(), task.getId(), task.getName(),
        definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':')), task.getTaskDefinitionKey(),
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), assignee,
        task.getDueDate() == null ? null : Instant.ofEpochMilli(task.getDueDate().getTime()), byAssignee,
        standingInFor instanceof String s && !s.equals(assignee) ? s : null));
  }
}
