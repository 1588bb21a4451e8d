package org.liaison.workflow;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/**
 * Every engine call made for a user goes through here. Each call runs with
 * {@code identityService.setAuthentication(user, tenant-scoped groups, [tenant])}, so the engine's
 * own tenant check hides other coalitions' instances and tasks, and clears it afterwards.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkflowEngine {

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DecisionService decisions;
  private final org.camunda.bpm.engine.ManagementService management;

  /**
   * Delivers a message to the one running lifecycle of the record with this business key that waits
   * for it. None or several waiting: {@link MessageNotExpectedException}, nothing changed.
   */
  public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
    asActor(actor -> deliver(messageName, businessKey,
        () -> runtime.createExecutionQuery().messageEventSubscriptionName(messageName)
            .processInstanceBusinessKey(businessKey).count(),
        () -> runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey)
            .setVariables(variables).correlateWithResult()));
  }

  /**
   * Like {@link #correlate}, for lifecycles identified by a process variable (an officer id, an
   * engagement id) rather than a business key; {@code record} names the record in the error.
   */
  public void correlateByVariable(String messageName, String variable, String value, String record,
      Map<String, Object> variables) {
    asActor(actor -> deliver(messageName, record,
        () -> runtime.createExecutionQuery().messageEventSubscriptionName(messageName)
            .processVariableValueEquals(variable, value).count(),
        () -> runtime.createMessageCorrelation(messageName).processInstanceVariableEquals(variable, value)
            .setVariables(variables).correlateWithResult()));
  }

  /** Whether a running lifecycle waits for the message (e.g. to offer a button only when it can work). */
  public boolean awaits(String messageName, String businessKey) {
    return asActor(actor -> runtime.createExecutionQuery().messageEventSubscriptionName(messageName)
        .processInstanceBusinessKey(businessKey).count() > 0);
  }

  private Void deliver(String messageName, String record, Supplier<Long> waiting, Runnable correlation) {
    long count = waiting.get();
    if (count != 1) {
      throw new MessageNotExpectedException(record, messageName, count);
    }
    try {
      correlation.run();
    } catch (MismatchingMessageCorrelationException e) {
      throw new MessageNotExpectedException(record, messageName, waiting.get());
    }
    return null;
  }

  /**
   * Evaluates a shared decision for a coalition, from code that runs for an instance of that
   * coalition (a delegate, possibly on the job executor); the decision's history carries the tenant.
   * Returns one map of outputs per matched rule.
   */
  public List<Map<String, Object>> decide(String decisionKey, String tenantId, Map<String, Object> inputs) {
    if (tenantId == null) {
      throw new IllegalStateException("Refusing to evaluate " + decisionKey + " without a coalition");
    }
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication("liaison-engine", List.of(), List.of(tenantId));
    try {
      return decisions.evaluateDecisionByKey(decisionKey).decisionDefinitionWithoutTenantId()
          .variables(inputs).evaluate().getResultList().stream()
          .map(row -> (Map<String, Object>) new java.util.LinkedHashMap<String, Object>(row))
          .toList();
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }

  /**
   * Starts a shared (tenant-less) definition; the tenant id provider stamps the new instance with
   * the actor's coalition. Returns the process instance id.
   */
  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    return asActor(actor -> runtime.createProcessInstanceByKey(processKey)
        .processDefinitionWithoutTenantId()
        .businessKey(businessKey)
        .setVariables(variables)
        .execute()
        .getId());
  }

  /** Tasks assigned to the actor, then unassigned tasks offered to one of the actor's groups, oldest first. */
  public List<WorkItem> inbox() {
    return asActor(actor -> {
      List<Task> mine = tasks.createTaskQuery().taskAssignee(actor.username()).initializeFormKeys().list();
      List<Task> offered = actor.engineGroups().isEmpty() ? List.of()
          : tasks.createTaskQuery().taskCandidateGroupIn(actor.engineGroups()).taskUnassigned()
              .initializeFormKeys().list();
      List<Task> all = Stream.concat(mine.stream(), offered.stream())
          .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId))
          .toList();
      return toWorkItems(all);
    });
  }

  /** Open tasks of the instances running for the given business keys (visible in the actor's coalition). */
  public List<WorkItem> openTasksFor(Collection<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return List.of();
    }
    return asActor(actor -> {
      List<Task> found = businessKeys.stream()
          .flatMap(key -> tasks.createTaskQuery().processInstanceBusinessKey(key).initializeFormKeys().list().stream())
          .sorted(Comparator.comparing(Task::getCreateTime))
          .toList();
      return toWorkItems(found);
    });
  }

  /**
   * The open tasks of the actor's coalition (all of them, not only the actor's), oldest first, at most
   * {@code limit}; of one lifecycle when {@code processKey} is given. For reports: the engine's tenant
   * check and the coalition filter both keep other coalitions' tasks out.
   */
  public List<OpenTask> openTasks(String processKey, int limit) {
    return asActor(actor -> {
      var query = tasks.createTaskQuery().tenantIdIn(actor.tenantId());
      if (processKey != null) {
        query.processDefinitionKey(processKey);
      }
      return query.orderByTaskCreateTime().asc().listPage(0, limit).stream()
          .map(t -> new OpenTask(t.getId(), processKeyOf(t), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
              t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant()))
          .toList();
    });
  }

  /**
   * The incidents of the actor's coalition's lifecycles (failed jobs whose retries are used up, and
   * others), newest first, at most {@code limit}; the engine's tenant check and the coalition filter
   * keep other coalitions' out.
   */
  public List<StuckJob> incidents(int limit) {
    return asActor(actor -> {
      List<org.camunda.bpm.engine.runtime.Incident> found = runtime.createIncidentQuery().tenantIdIn(actor.tenantId())
          .orderByIncidentTimestamp().desc().listPage(0, limit);
      Set<String> instanceIds = found.stream().map(org.camunda.bpm.engine.runtime.Incident::getProcessInstanceId)
          .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
      Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
          : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
              .filter(pi -> pi.getBusinessKey() != null)
              .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
      return found.stream().map(i -> new StuckJob(i.getId(),
              i.getProcessDefinitionId() == null ? null : i.getProcessDefinitionId().substring(0, i.getProcessDefinitionId().indexOf(':')),
              businessKeys.get(i.getProcessInstanceId()), i.getActivityId(), i.getIncidentType(), i.getIncidentMessage(),
              i.getIncidentTimestamp().toInstant(),
              org.camunda.bpm.engine.runtime.Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType())
                  ? i.getConfiguration() : null))
          .toList();
    });
  }

  /**
   * Gives a failed job of the actor's coalition one more try (the job executor picks it up; its
   * incident is resolved). A job of another coalition, or none, is {@link TaskNotAvailableException}
   * gone, exactly like one that does not exist.
   */
  public void retry(String jobId) {
    asActor(actor -> {
      if (jobId == null || management.createJobQuery().jobId(jobId).tenantIdIn(actor.tenantId()).count() != 1) {
        throw TaskNotAvailableException.gone(String.valueOf(jobId));
      }
      management.setJobRetries(jobId, 1);
      return null;
    });
  }

  /**
   * The task, if the actor may work on it now: assigned to them, or unassigned and offered to one
   * of their groups. Throws {@link TaskNotAvailableException} otherwise.
   */
  public WorkItem task(String taskId) {
    return asActor(actor -> {
      Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        throw TaskNotAvailableException.gone(taskId);
      }
      if (task.getAssignee() != null) {
        if (!task.getAssignee().equals(actor.username())) {
          throw TaskNotAvailableException.claimedBy(taskId, task.getAssignee());
        }
      } else if (!offeredTo(actor, taskId)) {
        throw TaskNotAvailableException.gone(taskId);
      }
      return toWorkItems(List.of(task)).get(0);
    });
  }

  /**
   * Like {@link #task(String)}, for a caller about to submit the form {@code expectedFormKey}; a task
   * with another form is a programming error.
   */
  public WorkItem openTask(String taskId, String expectedFormKey) {
    WorkItem item = task(taskId);
    if (!expectedFormKey.equals(item.formKey())) {
      throw new IllegalArgumentException(
          "Task " + taskId + " is completed with form " + item.formKey() + ", not " + expectedFormKey);
    }
    return item;
  }

  /** Takes an offered task for the actor. */
  public void claim(String taskId) {
    asActor(actor -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        throw TaskNotAvailableException.gone(taskId);
      }
      if (actor.username().equals(task.getAssignee())) {
        return null;
      }
      if (task.getAssignee() != null) {
        throw TaskNotAvailableException.claimedBy(taskId, task.getAssignee());
      }
      if (!offeredTo(actor, taskId)) {
        throw TaskNotAvailableException.gone(taskId);
      }
      return engineCall(taskId, () -> tasks.claim(taskId, actor.username()));
    });
  }

  /** Gives a claimed task back to its groups; only a task the actor holds can be unclaimed. */
  public void unclaim(String taskId) {
    asActor(actor -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        throw TaskNotAvailableException.gone(taskId);
      }
      if (!actor.username().equals(task.getAssignee())) {
        throw TaskNotAvailableException.claimedBy(taskId, String.valueOf(task.getAssignee()));
      }
      if (tasks.createTaskQuery().taskId(taskId).withCandidateGroups().includeAssignedTasks().count() == 0) {
        throw TaskNotAvailableException.owned(taskId, task.getAssignee());
      }
      return engineCall(taskId, () -> tasks.setAssignee(taskId, null));
    });
  }

  /**
   * Completes a task obtained from {@link #openTask}, claiming it first when it was offered to a
   * group. If someone else got there first, throws {@link TaskNotAvailableException}; the caller's
   * transaction then rolls back, so nothing is completed twice.
   */
  public void complete(WorkItem item, Map<String, Object> variables) {
    WorkItem current = task(item.id()); // the item may be stale or forged: check against the engine again
    asActor(actor -> engineCall(current.id(), () -> {
      if (current.isUnassigned()) {
        tasks.claim(current.id(), actor.username());
      }
      tasks.complete(current.id(), variables);
    }));
  }

  private boolean offeredTo(Actor actor, String taskId) {
    return !actor.engineGroups().isEmpty()
        && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(actor.engineGroups()).count() == 1;
  }

  private List<WorkItem> toWorkItems(List<Task> found) {
    Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
        : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
            .filter(pi -> pi.getBusinessKey() != null)
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Set<String> groupTasks = found.isEmpty() ? Set.of()
        : tasks.createTaskQuery().taskIdIn(found.stream().map(Task::getId).toArray(String[]::new))
            .withCandidateGroups().includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
    return found.stream()
        .map(t -> new WorkItem(t.getId(), t.getName(), processKeyOf(t), t.getTaskDefinitionKey(), t.getFormKey(),
            t.getProcessInstanceId(), businessKeys.get(t.getProcessInstanceId()), t.getAssignee(),
            t.getCreateTime().toInstant(), groupTasks.contains(t.getId())))
        .toList();
  }

  private static String processKeyOf(Task task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }

  private Void engineCall(String taskId, Runnable call) {
    try {
      call.run();
      return null;
    } catch (TaskAlreadyClaimedException e) {
      throw TaskNotAvailableException.claimedBy(taskId, e.getTaskAssignee());
    } catch (NullValueException | OptimisticLockingException e) {
      throw TaskNotAvailableException.gone(taskId);
    }
  }

  private <T> T asActor(Function<Actor, T> work) {
    Actor actor = TenantContext.current();
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(actor.username(), actor.engineGroups(), List.of(actor.tenantId()));
    try {
      return work.apply(actor);
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
