package org.liaison.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.liaison.common.NotAllowedException;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
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
  private final ManagementService management;
  private final RepositoryService repository;
  private final HistoryService history;

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

  /**
   * What the running lifecycles of the record with this business key wait for outside a user step:
   * the messages and timers of their intermediate catch events and receive tasks (a boundary event of
   * a step is the step's business, an event subprocess's start — a withdrawal — no wait either): messages first, then timers by due date. At most a
   * handful per record: bounded by the model, queried once per instance.
   */
  public List<Wait> waitsOf(String businessKey) {
    return asActor(actor -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .listPage(0, 20).stream()
        .flatMap(instance -> waitsOf(instance).stream())
        .sorted(Comparator.comparing((Wait w) -> w.dueAt() != null)
            .thenComparing(Wait::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Wait::activityId))
        .toList());
  }

  /**
   * Of these open tasks, the ids of those the actor may work on now: assigned to them, or unassigned
   * and offered to one of their groups (one query for all).
   */
  public Set<String> workable(Collection<WorkItem> items) {
    return asActor(actor -> {
      Set<String> mine = items.stream().filter(i -> i.isAssignedTo(actor.username())).map(WorkItem::id)
          .collect(Collectors.toSet());
      String[] unassigned = items.stream().filter(WorkItem::isUnassigned).map(WorkItem::id).toArray(String[]::new);
      if (unassigned.length == 0 || actor.engineGroups().isEmpty()) {
        return mine;
      }
      Set<String> offered = tasks.createTaskQuery().taskIdIn(unassigned).taskUnassigned()
          .taskCandidateGroupIn(actor.engineGroups()).listPage(0, unassigned.length).stream()
          .map(Task::getId).collect(Collectors.toSet());
      return Stream.concat(mine.stream(), offered.stream()).collect(Collectors.toUnmodifiableSet());
    });
  }

  private List<Wait> waitsOf(ProcessInstance instance) {
    String definitionId = instance.getProcessDefinitionId();
    Stream<Wait> messages = runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
        .listPage(0, 50).stream()
        .filter(s -> !"compensate".equals(s.getEventType()))
        .map(EventSubscription::getActivityId)
        .distinct()
        .map(activity -> new Wait(instance.getId(), activity, nameOf(definitionId, activity), null));
    List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers().listPage(0, 50);
    Map<String, String> activities = timers.isEmpty() ? Map.of()
        // the job definitions of one model: as many as its timers and asynchronous steps
        : management.createJobDefinitionQuery().processDefinitionId(definitionId).listPage(0, 200).stream()
            .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
    Stream<Wait> moments = timers.stream()
        .filter(job -> activities.containsKey(job.getJobDefinitionId()) && job.getDuedate() != null)
        .map(job -> {
          String activity = activities.get(job.getJobDefinitionId());
          return new Wait(instance.getId(), activity, nameOf(definitionId, activity), job.getDuedate().toInstant());
        });
    return Stream.concat(moments, messages)
        .filter(w -> element(definitionId, w.activityId()) instanceof IntermediateCatchEvent
            || element(definitionId, w.activityId()) instanceof ReceiveTask)
        .toList();
  }

  private String nameOf(String definitionId, String activityId) {
    FlowNode node = element(definitionId, activityId) instanceof FlowNode f ? f : null;
    return node == null || node.getName() == null ? activityId : node.getName();
  }

  private Object element(String definitionId, String activityId) {
    // the engine caches the parsed model of every deployed definition
    return repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
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

  /** The most rows one inbox page may ask for. */
  public static final int MAX_PAGE = 200;

  /**
   * One page of the actor's tasks in their coalition: the engine query is limited to {@code max} rows
   * from {@code first} and runs with the engine's tenant check for the actor's coalition only, plus an
   * explicit {@code tenantIdIn}. {@link TaskScope#OPEN} is {@link TaskScope#MINE} followed by
   * {@link TaskScope#TEAM}, paged across both.
   */
  public List<WorkItem> inboxPage(TaskFilter filter, int first, int max) {
    if (first < 0 || max < 1 || max > MAX_PAGE) {
      throw new IllegalArgumentException("An inbox page is 1 to " + MAX_PAGE + " tasks from a position of 0 or more");
    }
    return asActor(actor -> {
      if (filter.scope() != TaskScope.OPEN) {
        // tasks found through the actor's candidate groups are group tasks: no query needed to tell
        boolean offered = filter.scope() == TaskScope.TEAM || filter.scope() == TaskScope.CLAIMED_BY_OTHERS;
        return query(actor, filter).map(q -> toWorkItems(q.listPage(first, max), offered)).orElse(List.of());
      }
      long mine = query(actor, filter.withScope(TaskScope.MINE)).map(TaskQuery::count).orElse(0L);
      List<Task> page = new java.util.ArrayList<>();
      if (first < mine) {
        page.addAll(query(actor, filter.withScope(TaskScope.MINE)).orElseThrow().listPage(first, max));
      }
      int left = max - page.size();
      if (left > 0) {
        int teamFirst = (int) Math.max(0, first - mine);
        query(actor, filter.withScope(TaskScope.TEAM)).ifPresent(q -> page.addAll(q.listPage(teamFirst, left)));
      }
      return toWorkItems(page);
    });
  }

  /**
   * The ids of those tasks whose step was already completed once in the same process instance: a step
   * sent back (a draft after a review) is open again. One history query for the whole list, with the
   * engine's tenant check; only tasks whose step is in {@code steps} are looked at.
   */
  public Set<String> doneBefore(List<WorkItem> items, Set<String> steps) {
    List<WorkItem> candidates = items.stream()
        .filter(i -> steps.contains(i.taskKey()) && i.businessKey() != null).toList();
    if (candidates.isEmpty()) {
      return Set.of();
    }
    return asActor(actor -> {
      Set<String> done = history.createHistoricTaskInstanceQuery().tenantIdIn(actor.tenantId())
          .processInstanceBusinessKeyIn(candidates.stream().map(WorkItem::businessKey).distinct().toArray(String[]::new))
          .taskDefinitionKeyIn(candidates.stream().map(WorkItem::taskKey).distinct().toArray(String[]::new))
          .finished().listPage(0, MAX_PAGE * 10).stream()
          .map(h -> h.getProcessInstanceId() + "/" + h.getTaskDefinitionKey()).collect(Collectors.toSet());
      return candidates.stream().filter(i -> done.contains(i.processInstanceId() + "/" + i.taskKey()))
          .map(WorkItem::id).collect(Collectors.toSet());
    });
  }

  /** How many tasks {@link #inboxPage} would page through (a count query, never a list). */
  public long inboxCount(TaskFilter filter) {
    return asActor(actor -> {
      if (filter.scope() == TaskScope.OPEN) {
        return query(actor, filter.withScope(TaskScope.MINE)).map(TaskQuery::count).orElse(0L)
            + query(actor, filter.withScope(TaskScope.TEAM)).map(TaskQuery::count).orElse(0L);
      }
      return query(actor, filter).map(TaskQuery::count).orElse(0L);
    });
  }

  /** The query of a filter, or empty when the scope can hold nothing for the actor (no roles). */
  private Optional<TaskQuery> query(Actor actor, TaskFilter f) {
    TaskQuery q = tasks.createTaskQuery().tenantIdIn(actor.tenantId()).initializeFormKeys();
    List<String> groups = actor.engineGroups();
    Date now = ClockUtil.getCurrentTime();
    switch (f.scope()) {
      case MINE -> q.taskAssignee(actor.username()).followUpBeforeOrNotExistent(now);
      case LATER -> q.taskAssignee(actor.username()).followUpAfter(now);
      case TEAM -> {
        if (groups.isEmpty()) {
          return Optional.empty();
        }
        q.taskCandidateGroupIn(groups).taskUnassigned();
      }
      case CLAIMED_BY_OTHERS -> {
        if (groups.isEmpty()) {
          return Optional.empty();
        }
        q.taskCandidateGroupIn(groups).includeAssignedTasks().taskAssigned().taskAssigneeNotIn(actor.username());
      }
      case ALL_OPEN -> {
        if (!actor.has(Role.COORDINATOR)) {
          throw new NotAllowedException("Only a coordinator sees every open task of the coalition");
        }
      }
      case OPEN -> throw new IllegalStateException("OPEN is paged as MINE then TEAM");
    }
    if (f.processKey() != null) {
      q.processDefinitionKey(f.processKey());
    }
    if (f.assignee() != null) {
      if (f.scope() == TaskScope.TEAM || (f.scope() == TaskScope.CLAIMED_BY_OTHERS && f.assignee().equals(actor.username()))
          || ((f.scope() == TaskScope.MINE || f.scope() == TaskScope.LATER) && !f.assignee().equals(actor.username()))) {
        return Optional.empty(); // nobody holds a team task; the scope already names whose they are
      }
      q.taskAssignee(f.assignee());
    }
    if (f.role() != null) {
      String group = actor.tenantId() + ":" + f.role();
      if ((f.scope() == TaskScope.TEAM || f.scope() == TaskScope.CLAIMED_BY_OTHERS) && !groups.contains(group)) {
        return Optional.empty(); // the team views show the actor's own roles only
      }
      q.taskCandidateGroupIn(List.of(group));
      if (f.scope() != TaskScope.TEAM) {
        q.includeAssignedTasks();
      }
    }
    if (f.text() != null) {
      String literal = f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      TaskQuery either = q.or().processInstanceBusinessKeyLike("%" + literal + "%");
      if (!f.matchingKeys().isEmpty()) {
        either.processInstanceBusinessKeyIn(f.matchingKeys().toArray(String[]::new));
      }
      either.endOr();
    }
    if (f.withoutDue()) {
      q.withoutDueDate();
    }
    if (f.dueAfter() != null) {
      q.dueAfter(Date.from(f.dueAfter()));
    }
    if (f.dueBefore() != null) {
      q.dueBefore(Date.from(f.dueBefore()));
    }
    if (f.order() == TaskOrder.DUE) {
      q.orderByDueDate().asc();
    } else if (f.order() == TaskOrder.RECORD) {
      q.orderByProcessInstanceId().asc();
    }
    q.orderByTaskCreateTime().asc().orderByTaskId().asc();
    return Optional.of(q);
  }

  /**
   * The coalition roles (keys such as {@code coordinator}) a task is offered to, from its candidate
   * groups; empty for a task assigned by ownership. {@link TaskNotAvailableException} when the task is
   * not open in the actor's coalition.
   */
  public WorkItemRoles rolesOf(String taskId) {
    return asActor(actor -> {
      Task task = tasks.createTaskQuery().taskId(taskId).tenantIdIn(actor.tenantId()).initializeFormKeys()
          .singleResult();
      if (task == null) {
        throw TaskNotAvailableException.gone(taskId);
      }
      String prefix = actor.tenantId() + ":";
      Set<String> roles = tasks.getIdentityLinksForTask(taskId).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null
              && l.getGroupId().startsWith(prefix))
          .map(l -> l.getGroupId().substring(prefix.length()))
          .collect(Collectors.toUnmodifiableSet());
      return new WorkItemRoles(toWorkItems(List.of(task)).get(0), roles);
    });
  }

  /**
   * Gives a task held by {@code from} (null: unclaimed) to {@code to}, in the actor's coalition; who
   * may do so and whether {@code to} may take it is the caller's check. Someone else holding it by
   * now: {@link TaskNotAvailableException}, nothing changed.
   */
  public void assign(String taskId, String from, String to) {
    asActor(actor -> {
      Task task = tasks.createTaskQuery().taskId(taskId).tenantIdIn(actor.tenantId()).singleResult();
      if (task == null) {
        throw TaskNotAvailableException.gone(taskId);
      }
      if (!java.util.Objects.equals(from, task.getAssignee())) {
        throw TaskNotAvailableException.claimedBy(taskId, String.valueOf(task.getAssignee()));
      }
      return engineCall(taskId, () -> tasks.setAssignee(taskId, to));
    });
  }

  /**
   * Sets or clears ({@code null}) the follow-up date of a task the actor holds: until then it sits
   * under {@link TaskScope#LATER}.
   */
  public void followUp(String taskId, Instant when) {
    asActor(actor -> {
      Task task = tasks.createTaskQuery().taskId(taskId).tenantIdIn(actor.tenantId()).singleResult();
      if (task == null) {
        throw TaskNotAvailableException.gone(taskId);
      }
      if (!actor.username().equals(task.getAssignee())) {
        throw TaskNotAvailableException.claimedBy(taskId, String.valueOf(task.getAssignee()));
      }
      task.setFollowUpDate(when == null ? null : Date.from(when));
      return engineCall(taskId, () -> tasks.saveTask(task));
    });
  }

  /** Open tasks of the instances running for the given business keys (visible in the actor's coalition). */
  public List<WorkItem> openTasksFor(Collection<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return List.of();
    }
    return asActor(actor -> {
      List<Task> found = tasks.createTaskQuery().tenantIdIn(actor.tenantId())
          .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).initializeFormKeys()
          .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, MAX_PAGE);
      return toWorkItems(found);
    });
  }

  /**
   * Ends the running lifecycle of one record in the actor's coalition, its open steps and timers with
   * it; the engine's history keeps the instance, its reference and {@code reason}. Nothing running:
   * nothing happens. Returns whether a lifecycle was ended.
   */
  public boolean end(String processKey, String businessKey, String reason) {
    return asActor(actor -> {
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().tenantIdIn(actor.tenantId())
          .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).listPage(0, 10);
      running.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), reason));
      return !running.isEmpty();
    });
  }

  /**
   * Assigned tasks of one coalition due after {@code after} and at or before {@code before}, earliest
   * due first, at most {@code limit}: for the platform's notice job, which runs for no user (the
   * coalition filter keeps other coalitions' tasks out).
   */
  public List<WorkItem> assignedDueBetween(String tenantId, Instant after, Instant before, int limit) {
    List<Task> found = tasks.createTaskQuery().tenantIdIn(tenantId).taskAssigned().initializeFormKeys()
        .dueAfter(Date.from(after)).dueBefore(Date.from(before.plusMillis(1)))
        .orderByDueDate().asc().orderByTaskId().asc().listPage(0, Math.min(limit, MAX_PAGE));
    return toWorkItems(found);
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
              businessKeys.get(i.getProcessInstanceId()), i.getActivityId(), activityName(i.getProcessDefinitionId(),
                  i.getActivityId()), i.getIncidentType(), i.getIncidentMessage(),
              i.getIncidentTimestamp().toInstant(),
              org.camunda.bpm.engine.runtime.Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType())
                  ? i.getConfiguration() : null))
          .toList();
    });
  }

  /** The name a model gives an activity (the engine caches deployed models), or its id when it has none. */
  private String activityName(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return activityId;
    }
    var element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    return element instanceof FlowNode node && node.getName() != null ? node.getName() : activityId;
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
    return toWorkItems(found, false);
  }

  /** The page's tasks with their business keys (one query) and whether each is a group task (one more, unless known). */
  private List<WorkItem> toWorkItems(List<Task> found, boolean allOfferedToGroups) {
    Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
        : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).listPage(0, instanceIds.size()).stream()
            .filter(pi -> pi.getBusinessKey() != null)
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Set<String> groupTasks = found.isEmpty() ? Set.of()
        : allOfferedToGroups ? found.stream().map(Task::getId).collect(Collectors.toSet())
        : tasks.createTaskQuery().taskIdIn(found.stream().map(Task::getId).toArray(String[]::new))
            .withCandidateGroups().includeAssignedTasks().listPage(0, found.size()).stream().map(Task::getId)
            .collect(Collectors.toSet());
    return found.stream()
        .map(t -> new WorkItem(t.getId(), t.getName(), processKeyOf(t), t.getTaskDefinitionKey(), t.getFormKey(),
            t.getProcessInstanceId(), businessKeys.get(t.getProcessInstanceId()), t.getAssignee(),
            t.getCreateTime().toInstant(), groupTasks.contains(t.getId()), instant(t.getDueDate()),
            instant(t.getFollowUpDate()), instant(t.getLastUpdated() == null ? t.getCreateTime() : t.getLastUpdated())))
        .toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
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
    return EngineIdentity.asActor(identity, work);
  }

}
