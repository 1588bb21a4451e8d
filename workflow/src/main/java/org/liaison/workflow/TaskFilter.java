package org.liaison.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What an inbox page asks the engine for; the coalition always comes from the actor.
 *
 * @param processKey only tasks of this lifecycle (e.g. {@code raise-issue}), or null for all
 * @param text part of the record's reference (business key), or null
 * @param matchingKeys references of records whose title matched the text (found by the records'
 *     owners, bounded); a task matches when its reference contains the text or is one of these
 * @param dueAfter only tasks due after this instant, or null
 * @param dueBefore only tasks due before this instant, or null
 * @param withoutDue only tasks without a due date
 * @param assignee only tasks held by this member, or null
 * @param role only tasks offered to this coalition role (its key, e.g. {@code coordinator}), or null
 */
public record TaskFilter(TaskScope scope, String processKey, String text, Set<String> matchingKeys, Instant dueAfter,
    Instant dueBefore, boolean withoutDue, TaskOrder order, String assignee, String role) {

  public TaskFilter(TaskScope scope, String processKey, String text, Set<String> matchingKeys, Instant dueAfter,
      Instant dueBefore, boolean withoutDue, TaskOrder order) {
    this(scope, processKey, text, matchingKeys, dueAfter, dueBefore, withoutDue, order, null, null);
  }

  public TaskFilter {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(order, "order");
    matchingKeys = matchingKeys == null ? Set.of() : Set.copyOf(matchingKeys);
    text = text == null || text.isBlank() ? null : text.strip();
    assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    role = role == null || role.isBlank() ? null : role.strip();
  }

  /** Every task of the scope, oldest first. */
  public static TaskFilter of(TaskScope scope) {
    return new TaskFilter(scope, null, null, Set.of(), null, null, false, TaskOrder.WAITING);
  }

  public TaskFilter withScope(TaskScope other) {
    return new TaskFilter(other, processKey, text, matchingKeys, dueAfter, dueBefore, withoutDue, order, assignee, role);
  }
}
