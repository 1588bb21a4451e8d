package org.liaison.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/**
 * The engine side of coalition administration: pausing and resuming all of a coalition's lifecycles
 * (suspension), and the open tasks of a member who leaves. Like {@link WorkflowEngine}, every call
 * runs with the engine's tenant check for exactly one coalition.
 */
@Service
public class CoalitionWork {

  /** The engine user of platform administration; it never holds a task. */
  static final String PLATFORM = "liaison-platform";

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;

  CoalitionWork(IdentityService identity, RuntimeService runtime, TaskService tasks) {
    this.identity = identity;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /**
   * Suspends every running lifecycle of a coalition: its timers and other jobs are not executed, its
   * tasks cannot be completed, nothing is deleted. Returns how many instances were running.
   */
  public int pause(String tenantId) {
    return inCoalition(tenantId, () -> {
      ProcessInstanceQuery running = runtime.createProcessInstanceQuery().tenantIdIn(tenantId).active();
      int count = (int) running.count();
      if (count > 0) {
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceQuery(running).suspend();
      }
      return count;
    });
  }

  /** Resumes a suspended coalition's lifecycles; timers that fell due meanwhile fire now. Returns how many. */
  public int resume(String tenantId) {
    return inCoalition(tenantId, () -> {
      ProcessInstanceQuery suspended = runtime.createProcessInstanceQuery().tenantIdIn(tenantId).suspended();
      int count = (int) suspended.count();
      if (count > 0) {
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceQuery(suspended).activate();
      }
      return count;
    });
  }

  /** How many of a coalition's lifecycles are suspended (for tests and the platform page). */
  public long pausedLifecycles(String tenantId) {
    return inCoalition(tenantId, () -> runtime.createProcessInstanceQuery().tenantIdIn(tenantId).suspended().count());
  }

  /** The most open tasks of one person {@link #tasksAssignedTo(String)} returns. */
  public static final int ASSIGNED_MAX = 500;

  /**
   * The open tasks assigned to a person in the actor's coalition, oldest first, at most
   * {@value #ASSIGNED_MAX}: three engine queries whatever their number.
   */
  public List<WorkItem> tasksAssignedTo(String username) {
    Actor actor = TenantContext.current();
    return inCoalition(actor.tenantId(), () -> {
      List<Task> open = tasks.createTaskQuery().taskAssignee(username).tenantIdIn(actor.tenantId()).initializeFormKeys()
          .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, ASSIGNED_MAX);
      if (open.isEmpty()) {
        return List.of();
      }
      java.util.Set<String> instances = open.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
          .collect(java.util.stream.Collectors.toSet());
      Map<String, String> businessKeys = new java.util.HashMap<>();
      if (!instances.isEmpty()) {
        runtime.createProcessInstanceQuery().processInstanceIds(instances).tenantIdIn(actor.tenantId()).list()
            .forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
      }
      java.util.Set<String> groupTasks = tasks.createTaskQuery().taskIdIn(open.stream().map(Task::getId)
              .toArray(String[]::new)).withCandidateGroups().includeAssignedTasks().list().stream()
          .map(Task::getId).collect(java.util.stream.Collectors.toSet());
      return open.stream().map(t -> {
        String definition = t.getProcessDefinitionId();
        return new WorkItem(t.getId(), t.getName(),
            definition == null ? null : definition.substring(0, definition.indexOf(':')), t.getTaskDefinitionKey(),
            t.getFormKey(), t.getProcessInstanceId(), businessKeys.get(t.getProcessInstanceId()), t.getAssignee(),
            t.getCreateTime().toInstant(), groupTasks.contains(t.getId()));
      }).toList();
    });
  }

  /** Gives a group task held by {@code from} back to its groups, in the actor's coalition. */
  public void handBack(String taskId, String from) {
    Actor actor = TenantContext.current();
    inCoalition(actor.tenantId(), () -> {
      Task task = heldBy(taskId, from);
      if (tasks.createTaskQuery().taskId(task.getId()).withCandidateGroups().includeAssignedTasks().count() == 0) {
        throw new IllegalArgumentException("Task " + taskId + " is its owner's: give it to another member instead");
      }
      tasks.setAssignee(taskId, null);
      return null;
    });
  }

  /**
   * Gives a task held by {@code from} to {@code to}, in the actor's coalition. Where the lifecycle named
   * {@code from} as the owner of its record (a variable such as {@code caseOwner}), {@code to} becomes
   * the owner there too, so later owner tasks go to them as well.
   */
  public void reassign(String taskId, String from, String to) {
    Actor actor = TenantContext.current();
    inCoalition(actor.tenantId(), () -> {
      Task task = heldBy(taskId, from);
      tasks.setAssignee(taskId, to);
      for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId())
          .tenantIdIn(actor.tenantId()).list()) {
        if (v.getName().endsWith("Owner") && from.equals(v.getValue())) {
          runtime.setVariable(v.getExecutionId(), v.getName(), to);
        }
      }
      return null;
    });
  }

  private Task heldBy(String taskId, String from) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || !from.equals(task.getAssignee())) {
      throw TaskNotAvailableException.gone(taskId);
    }
    return task;
  }

  private <T> T inCoalition(String tenantId, Supplier<T> work) {
    if (tenantId == null || tenantId.isBlank()) {
      throw new IllegalStateException("Refusing to work on lifecycles without a coalition");
    }
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(PLATFORM, List.of(), List.of(tenantId));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }

}
