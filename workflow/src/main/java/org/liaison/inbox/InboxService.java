package org.liaison.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.records.Changes;
import org.liaison.records.RecordHistory;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.RecordTitle;
import org.liaison.records.RecordLifecycles;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.TaskFilter;
import org.liaison.workflow.TaskScope;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkItemRoles;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's inbox in the current coalition, paged on the server: each page is one limited
 * engine query (with the engine's tenant check), one query for the cases of the page, one for the
 * titles of each other lifecycle on the page (never one per row) and, when a step that can be sent
 * back is on it, one history query telling which came back for rework.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InboxService {

  /** How many records whose title matches a search are looked for among the tasks, at most. */
  static final int MAX_TITLE_MATCHES = 200;
  /** The most tasks {@link #tasks()} returns. */
  public static final int FIRST_TASKS = 200;

  private final WorkflowEngine workflow;
  private final CaseService cases;
  private final RecordLifecycles lifecycles;
  private final MembershipService memberships;
  private final RecordHistory history;
  private final Clock clock;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /**
   * The first {@value #FIRST_TASKS} tasks of the inbox as it opens: assigned to the user, then
   * offered to their roles, oldest first. For callers that need no paging (tests, the demo seeder).
   */
  @Transactional(readOnly = true)
  public List<InboxItem> tasks() {
    return page(InboxQuery.OPEN, 0, FIRST_TASKS);
  }

  /** {@code limit} tasks of the view from {@code offset}, with their cases fetched in one query. */
  @Transactional(readOnly = true)
  public List<InboxItem> page(InboxQuery query, int offset, int limit) {
    List<WorkItem> items = workflow.inboxPage(filter(query), offset, limit);
    return itemsOf(items);
  }

  private List<InboxItem> itemsOf(List<WorkItem> items) {
    Map<String, CaseDetails> byReference = cases.byReferences(
        items.stream().map(WorkItem::businessKey).filter(Objects::nonNull).distinct().toList());
    Map<String, RecordTitle> titles = titles(items);
    Set<String> steps = items.stream().map(WorkItem::processKey).distinct()
        .flatMap(key -> lifecycles.of(key).stream()).flatMap(l -> l.reworkedSteps().stream())
        .collect(Collectors.toSet());
    Set<String> reworked = steps.isEmpty() ? Set.of() : workflow.doneBefore(items, steps);
    return items.stream()
        .map(item -> new InboxItem(item, item.businessKey() == null ? null : byReference.get(item.businessKey()),
            lifecycles.link(item.processKey(), item.businessKey()), titles.get(item.processInstanceId()),
            reworked.contains(item.id())))
        .toList();
  }

  /** What the records of the tasks are called, by process instance: one query per lifecycle on the page. */
  private Map<String, RecordTitle> titles(List<WorkItem> items) {
    String tenantId = TenantContext.current().tenantId();
    Map<String, Map<String, String>> byLifecycle = items.stream().filter(i -> i.businessKey() != null)
        .collect(Collectors.groupingBy(WorkItem::processKey, Collectors.toMap(WorkItem::processInstanceId,
            WorkItem::businessKey, (a, b) -> a)));
    Map<String, RecordTitle> titles = new java.util.HashMap<>();
    byLifecycle.forEach((processKey, keys) -> lifecycles.of(processKey).map(RecordLifecycle::titles)
        .ifPresent(named -> titles.putAll(named.titles(tenantId, keys))));
    return titles;
  }

  /** How many tasks the view holds with its filters. */
  @Transactional(readOnly = true)
  public long count(InboxQuery query) {
    return workflow.inboxCount(filter(query));
  }

  /** How many steps wait for the user now: theirs and their roles' unclaimed ones (not those set for later). */
  @Transactional(readOnly = true)
  public long waitingForMe() {
    return workflow.inboxCount(TaskFilter.of(TaskScope.OPEN));
  }

  /** The number of tasks in each view the user has (without filters); All open for coordinators only. */
  @Transactional(readOnly = true)
  public Map<TaskScope, Long> counts() {
    Actor actor = TenantContext.current();
    Map<TaskScope, Long> counts = new EnumMap<>(TaskScope.class);
    for (TaskScope view : views(actor)) {
      counts.put(view, workflow.inboxCount(TaskFilter.of(view)));
    }
    return counts;
  }

  /** The views the current user may open, in the order the inbox shows them. */
  public List<TaskScope> views() {
    return views(TenantContext.current());
  }

  private static List<TaskScope> views(Actor actor) {
    return actor.has(Role.COORDINATOR)
        ? List.of(TaskScope.OPEN, TaskScope.MINE, TaskScope.TEAM, TaskScope.CLAIMED_BY_OTHERS, TaskScope.LATER,
            TaskScope.ALL_OPEN)
        : List.of(TaskScope.OPEN, TaskScope.MINE, TaskScope.TEAM, TaskScope.CLAIMED_BY_OTHERS, TaskScope.LATER);
  }

  private TaskFilter filter(InboxQuery q) {
    Set<String> titleMatches = q.text() == null ? Set.of()
        : new HashSet<>(cases.referencesMatching(q.text(), MAX_TITLE_MATCHES));
    ZonedDateTime now = clock.instant().atZone(clock.getZone());
    Instant startOfToday = now.toLocalDate().atStartOfDay(clock.getZone()).toInstant();
    Instant dueAfter = null;
    Instant dueBefore = null;
    switch (q.due()) {
      case OVERDUE -> dueBefore = now.toInstant();
      case TODAY -> {
        dueAfter = startOfToday.minusMillis(1);
        dueBefore = now.toLocalDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
      }
      case THIS_WEEK -> dueBefore = now.toLocalDate().plusDays(7).atStartOfDay(clock.getZone()).toInstant();
      case ANY, NONE -> { }
    }
    return new TaskFilter(q.view(), q.lifecycle(), q.text(), titleMatches, dueAfter, dueBefore,
        q.due() == InboxQuery.Due.NONE, q.sort(), q.assignee(), q.role() == null ? null : q.role().key());
  }

  /** The most filters one member saves in one coalition. */
  public static final int MAX_SAVED_FILTERS = 20;

  /** The current user's saved filters in the current coalition, by name. */
  @Transactional(readOnly = true)
  public List<SavedFilter> savedFilters() {
    Actor actor = TenantContext.current();
    return jdbc.sql("""
            select name, view, lifecycle, text, due, sort, assignee, role from app.saved_filter
            where tenant_id = :tenant and username = :user order by lower(name) limit :max""")
        .param("tenant", actor.tenantId()).param("user", actor.username()).param("max", MAX_SAVED_FILTERS)
        .query((rs, n) -> new SavedFilter(rs.getString("name"), new InboxQuery(TaskScope.valueOf(rs.getString("view")),
            rs.getString("lifecycle"), rs.getString("text"), InboxQuery.Due.valueOf(rs.getString("due")),
            org.liaison.workflow.TaskOrder.valueOf(rs.getString("sort")), rs.getString("assignee"),
            rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")))))
        .list();
  }

  /**
   * Saves the query under a name for the current user (the same name again replaces it). A blank or
   * over-long name, or a 21st filter, is refused with a message on the name; nothing saved.
   */
  @Transactional
  public SavedFilter saveFilter(String name, InboxQuery query) {
    Actor actor = TenantContext.current();
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw InvalidInputException.of("name", "Give the filter a name, such as \"Overdue triage\".");
    }
    if (n.length() > 60) {
      throw InvalidInputException.of("name", "Keep the name to 60 characters (this one has " + n.length() + ").");
    }
    if (query.view() == TaskScope.ALL_OPEN && !actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only a coordinator sees every open task of the coalition");
    }
    if (query.text() != null && query.text().length() > 200) {
      throw InvalidInputException.of("text", "Search for at most 200 characters.");
    }
    boolean exists = jdbc.sql("select count(*) from app.saved_filter where tenant_id = :t and username = :u and name = :n")
        .param("t", actor.tenantId()).param("u", actor.username()).param("n", n).query(Long.class).single() > 0;
    long saved = jdbc.sql("select count(*) from app.saved_filter where tenant_id = :t and username = :u")
        .param("t", actor.tenantId()).param("u", actor.username()).query(Long.class).single();
    if (!exists && saved >= MAX_SAVED_FILTERS) {
      throw InvalidInputException.of("name", "You have " + MAX_SAVED_FILTERS
          + " saved filters, the most there can be: remove one first.");
    }
    jdbc.sql("""
            insert into app.saved_filter (tenant_id, username, name, view, lifecycle, text, due, sort, assignee, role,
                created_at)
            values (:t, :u, :n, :view, :lifecycle, :text, :due, :sort, :assignee, :role, :at)
            on conflict (tenant_id, username, name) do update set view = excluded.view, lifecycle = excluded.lifecycle,
                text = excluded.text, due = excluded.due, sort = excluded.sort, assignee = excluded.assignee,
                role = excluded.role, created_at = excluded.created_at""")
        .param("t", actor.tenantId()).param("u", actor.username()).param("n", n).param("view", query.view().name())
        .param("lifecycle", query.lifecycle()).param("text", query.text()).param("due", query.due().name())
        .param("sort", query.sort().name()).param("assignee", query.assignee())
        .param("role", query.role() == null ? null : query.role().name())
        .param("at", java.sql.Timestamp.from(clock.instant())).update();
    return new SavedFilter(n, query);
  }

  /** Removes one of the current user's saved filters; false when there was none of that name. */
  @Transactional
  public boolean deleteFilter(String name) {
    Actor actor = TenantContext.current();
    return jdbc.sql("delete from app.saved_filter where tenant_id = :t and username = :u and name = :n")
        .param("t", actor.tenantId()).param("u", actor.username()).param("n", name == null ? "" : name.strip())
        .update() == 1;
  }

  /** One task the user can work on now, with its case; {@link org.liaison.workflow.TaskNotAvailableException} otherwise. */
  @Transactional(readOnly = true)
  public InboxItem open(String taskId) {
    return itemsOf(List.of(workflow.task(taskId))).get(0);
  }

  @Transactional
  public void claim(String taskId) {
    workflow.claim(taskId);
  }

  @Transactional
  public void unclaim(String taskId) {
    workflow.unclaim(taskId);
  }

  /**
   * Hands a task to a colleague: a coordinator any open task of the coalition (owner-assigned ones
   * too), a member only a task they hold. The colleague must be a member of this coalition holding a
   * role the task is offered to (any member for a task assigned by ownership); anyone else is refused
   * with a field message, nothing changed. The record's history says who handed what to whom.
   */
  @Transactional
  public void handOver(String taskId, String to) {
    Actor actor = TenantContext.current();
    WorkItemRoles found = workflow.rolesOf(taskId);
    WorkItem task = found.task();
    if (!actor.has(Role.COORDINATOR) && !task.isAssignedTo(actor.username())) {
      throw new NotAllowedException("Only a coordinator can hand over a task you do not hold");
    }
    String target = to == null ? "" : to.strip();
    if (target.isEmpty()) {
      throw InvalidInputException.of("to", "Choose the colleague who takes it over.");
    }
    if (target.equals(task.assignee())) {
      throw InvalidInputException.of("to", target + " already holds this task.");
    }
    Set<Role> roles = memberships.rolesOf(actor.tenantId(), target);
    if (roles.isEmpty()) {
      throw InvalidInputException.of("to", target + " is not a member of this coalition.");
    }
    if (!found.roles().isEmpty() && roles.stream().noneMatch(r -> found.roles().contains(r.key()))) {
      throw InvalidInputException.of("to", target + " does not hold the role this task is for ("
          + String.join(", ", found.roles().stream().sorted().toList()) + ").");
    }
    workflow.assign(taskId, task.assignee(), target);
    if (task.businessKey() != null) {
      String kind = RaiseIssueProcess.KEY.equals(task.processKey()) ? CaseService.KIND : task.processKey();
      history.record(kind, task.businessKey(), Changes.of()
          .field("Task \"" + task.name() + "\" held by", task.assignee() == null ? "(its group)" : task.assignee(),
              target));
    }
  }

  /**
   * The colleagues who may take a task over: members of this coalition holding a role the task is
   * offered to (any member for an owner's task), except its holder.
   */
  @Transactional(readOnly = true)
  public List<String> handOverTargets(String taskId) {
    Actor actor = TenantContext.current();
    WorkItemRoles found = workflow.rolesOf(taskId);
    return memberships.rolesByMember(actor.tenantId()).entrySet().stream()
        .filter(e -> !e.getKey().equals(found.task().assignee()))
        .filter(e -> found.roles().isEmpty() || e.getValue().stream().anyMatch(r -> found.roles().contains(r.key())))
        .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
  }

  /**
   * "Show me this again on …": the task the user holds moves to {@link TaskScope#LATER} until the
   * start of that day; {@code null} brings it back now. A day that is not in the future is refused.
   */
  @Transactional
  public void followUp(String taskId, LocalDate day) {
    if (day == null) {
      workflow.followUp(taskId, null);
      return;
    }
    if (!day.isAfter(LocalDate.now(clock))) {
      throw InvalidInputException.of("followUp", "Choose a day after today.");
    }
    workflow.followUp(taskId, day.atStartOfDay(clock.getZone()).toInstant());
  }
}
